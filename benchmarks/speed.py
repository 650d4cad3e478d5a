"""Pages per second on one core, side by side, over the AEB pages.

    python benchmarks/speed.py [--data DIR] [--rounds 5] [--half tune|check|all]

Each tool runs in its own process pinned to one core, over the same decoded pages held in memory; the
tools take turns over slices of ten pages, so a machine whose speed drifts during the run slows each
tool alike.
Every tool's memo caches (`functools` caches in its own and its helper packages' modules) are emptied
before every round, so no round profits from having seen the same pages in an earlier one:
articlekit (the whole record; generic, and with its built-in site rules), trafilatura (main text, its
default extraction) and lxml's bare
`document_fromstring` (the floor: parsing alone). Reported: the median pages/s over the rounds, and
the process's peak resident memory. `--half tune` or `--half check` times the AEB pages of that half of
the sites alone (see sets.py); the default, all, times every page.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sets import DEFAULT_DATA, half_argument, pages, require_set

TOOLS = ("lxml", "articlekit", "articlekit+rules", "trafilatura")
#: Pages each tool parses in one turn.
CHUNK = 10
#: The packages whose caches are a tool's own (trafilatura reads dates with htmldate, URLs with courlan).
CACHED_PACKAGES = {
    "articlekit": ("articlekit",),
    "articlekit+rules": ("articlekit",),
    "trafilatura": ("trafilatura", "htmldate", "courlan"),
}


def load_pages(data: Path, half: str = "all") -> list[tuple[str, str | None]]:
    """(decoded HTML, url) of the AEB pages of `half`."""
    return [(page.html, page.url) for page in pages("aeb", data, half)]


def extractor(tool: str) -> Callable[[str, str | None], object]:
    if tool == "lxml":
        import lxml.html

        return lambda html, url: lxml.html.document_fromstring(html)
    if tool in ("articlekit", "articlekit+rules"):
        import articlekit

        rules = None if tool == "articlekit+rules" else False  # the generic extraction, or with the built-ins

        def parse(html: str, url: str | None) -> object:
            try:
                return articlekit.parse_html(html, url=url, rules=rules)
            except articlekit.errors.ArticleKitError:
                return None

        return parse
    if tool == "trafilatura":
        import trafilatura

        return lambda html, url: trafilatura.extract(html, url=url, include_comments=False)
    raise SystemExit(f"unknown tool {tool}")


def clear_caches(packages: tuple[str, ...]) -> int:
    """Empty every `functools` cache found in the modules of `packages`; the number emptied."""
    cleared: dict[int, object] = {}
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in packages:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                value.cache_clear()
                cleared[id(value)] = value
    return len(cleared)


def serve(tool: str, data: Path, half: str = "all") -> None:
    """In a child process: pin to one core, load and warm up, then time one round per line read from
    stdin, answering each with the round's pages/s; at end of input, the peak memory and caches."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    loaded = load_pages(data, half)
    extract = extractor(tool)
    for html, url in loaded[:10]:
        extract(html, url)
    print(len(loaded), flush=True)
    cleared = 0
    for line in sys.stdin:  # "first last": time pages [first, last), emptying the caches at a round's start
        first, last = (int(part) for part in line.split())
        if first == 0:
            cleared = clear_caches(CACHED_PACKAGES.get(tool, ()))
        start = time.perf_counter()
        for html, url in loaded[first:last]:
            extract(html, url)
        print(time.perf_counter() - start, flush=True)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"caches_cleared": cleared, "peak_mib": peak_kib / 1024}), flush=True)


def measure(data: Path, rounds: int, half: str = "all") -> dict[str, dict[str, object]]:
    """Every tool in its own process, taking turns over slices of CHUNK pages (each slice by every tool
    before the next), so that a machine whose speed drifts slows every tool alike: the ratios stay fair.
    A round is one pass over all the pages; its rate is the pages over the time of its slices."""
    children = {}
    for tool in TOOLS:
        command = [sys.executable, "-W", "ignore", __file__, "--tool", tool, "--data", str(data)]
        children[tool] = subprocess.Popen(
            [*command, "--half", half], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
    rates: dict[str, list[float]] = {tool: [] for tool in TOOLS}
    counts = set()
    for child in children.values():
        assert child.stdout is not None
        counts.add(int(child.stdout.readline()))
    (count,) = counts
    for _ in range(rounds):
        seconds = dict.fromkeys(TOOLS, 0.0)
        for first in range(0, count, CHUNK):
            for tool, child in children.items():
                assert child.stdin is not None and child.stdout is not None
                child.stdin.write(f"{first} {min(count, first + CHUNK)}\n")
                child.stdin.flush()
                seconds[tool] += float(child.stdout.readline())
        for tool in TOOLS:
            rates[tool].append(count / seconds[tool])
    results = {}
    for tool, child in children.items():
        out, _ = child.communicate("")
        results[tool] = {
            "tool": tool,
            "pages_per_second": statistics.median(rates[tool]),
            "rounds": rates[tool],
            **json.loads(out.strip().splitlines()[-1]),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=5)
    half_argument(parser)
    parser.add_argument("--tool", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tool:
        serve(args.tool, args.data, args.half)
        return 0
    require_set("aeb", args.data)
    results = measure(args.data, args.rounds, args.half)
    floor = float(results["lxml"]["pages_per_second"])  # type: ignore[arg-type]
    print(
        f"{'tool':<17} {'pages/s':>8} {'x lxml':>7} {'peak MiB':>9} {'caches':>7}"
        f"   (median of {args.rounds} interleaved rounds, one core; caches: emptied before each round; half: {args.half})"
    )
    for tool, result in results.items():
        rate = float(result["pages_per_second"])  # type: ignore[arg-type]
        peak = float(result["peak_mib"])  # type: ignore[arg-type]
        print(f"{tool:<17} {rate:8.1f} {rate / floor:7.3f} {peak:9.1f} {result['caches_cleared']:>7}")
    ak, tr = (float(results[t]["pages_per_second"]) for t in ("articlekit", "trafilatura"))  # type: ignore[arg-type]
    per_round = statistics.median(
        a / t
        for a, t in zip(results["articlekit"]["rounds"], results["trafilatura"]["rounds"], strict=True)  # type: ignore[call-overload]
    )
    print(f"articlekit / trafilatura: {ak / tr:.2f}x (median of the rounds' ratios: {per_round:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
