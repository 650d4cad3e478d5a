"""Batch throughput and memory: pages/s with 1 and 2 workers, peak memory at 1,000 and 100,000 pages.

    python benchmarks/batch.py [--data DIR] [--pages 10000] [--big 100000] [--work DIR] [--half tune|check|all]

The pages are the AEB benchmark pages, linked (hard links: a directory entry each, the bytes shared) into
folders of the sizes asked for; the WARC holds the same pages as gzipped response records with their
request records, written by warcio, and the WACZ holds that WARC. Each run is `articlekit batch INPUT -o OUT.jsonl --workers N` in a
process of its own; its peak memory is the largest total resident memory of the run's processes (the
batch process and its workers together), sampled every 0.1 s. `--half tune` or `--half check` builds
the corpora from the AEB pages of that half of the sites alone (see sets.py); the default, all, from
every page.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import aeb_pages, cycled, write_wacz, write_warc
from sets import DEFAULT_DATA, half_argument


def linked_folder(folder: Path, originals: list[Path], count: int) -> Path:
    """`count` pages under `folder` (1,000 to a subfolder), hard-linked to the originals in turn."""
    for number in range(count):
        sub = folder / f"{number // 1000:04d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        target = sub / f"page-{number:06d}.html"
        if not target.exists():
            os.link(originals[number % len(originals)], target)
    return folder


def run(inputs: Path, output: Path, workers: int) -> dict[str, float]:
    """One batch run in its own process: pages/s from its records and time, peak memory of its tree."""
    import psutil

    command = [sys.executable, "-m", "articlekit", "batch", str(inputs), "-o", str(output)]
    command += ["--workers", str(workers), "--quiet", "--no-rules"]  # the generic extraction
    output.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(command)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    with output.open("rb") as stream:
        records = sum(1 for _ in stream)
    return {
        "records": records,
        "seconds": seconds,
        "pages_per_second": records / seconds,
        "peak_mib": peak / 2**20,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pages", type=int, default=10_000, help="pages of the throughput runs")
    parser.add_argument("--small", type=int, default=1_000, help="pages of the small memory run")
    parser.add_argument("--big", type=int, default=100_000, help="pages of the big memory run (0: skip)")
    parser.add_argument("--work", type=Path, help="a folder for the corpora (default: a temporary one)")
    half_argument(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as temporary:
        work = Path(temporary)
        sources = aeb_pages(args.data, args.half)
        originals = []
        for number, (_, raw) in enumerate(sources):
            original = work / "originals" / f"{number:03d}.html"
            original.parent.mkdir(parents=True, exist_ok=True)
            original.write_bytes(raw)
            originals.append(original)
        folder = linked_folder(work / "pages", originals, args.pages)
        warc = work / "pages.warc.gz"
        write_warc(warc, cycled(sources, args.pages))
        wacz = write_wacz(work / "pages.wacz", warc)
        print(f"{'input':<28} {'workers':>7} {'records':>8} {'seconds':>8} {'pages/s':>8} {'peak MiB':>9}")
        rates: dict[tuple[str, int], float] = {}
        for label, inputs in (
            (f"folder, {args.pages} pages", folder),
            (f"WARC, {args.pages} responses", warc),
            (f"WACZ, {args.pages} responses", wacz),
        ):
            for workers in (1, 2):
                result = run(inputs, work / "out.jsonl", workers)
                rates[label, workers] = result["pages_per_second"]
                _row(label, workers, result)
            print(f"{'':<28} 2 workers / 1 worker: {rates[label, 2] / rates[label, 1]:.2f}x")
        sizes = [args.small] + ([args.big] if args.big else [])
        peaks = []
        for size in sizes:
            inputs = linked_folder(work / f"pages-{size}", originals, size)
            result = run(inputs, work / "out.jsonl", 2)
            peaks.append(result["peak_mib"])
            _row(f"folder, {size} pages", 2, result)
        if len(peaks) == 2:
            print(f"peak memory at {sizes[1]} pages / at {sizes[0]} pages: {peaks[1] / peaks[0]:.2f}x")
    return 0


def _row(label: str, workers: int, result: dict[str, float]) -> None:
    print(
        f"{label:<28} {workers:>7} {result['records']:>8.0f} {result['seconds']:>8.1f} "
        f"{result['pages_per_second']:>8.1f} {result['peak_mib']:>9.1f}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
