"""How long `import articlekit` takes, beside `import lxml.etree` (the floor: every parse needs it) and
the reference tools, each in fresh interpreters; and what a first parse of a declared UTF-8 page adds.

    python benchmarks/import_time.py [--runs 15]

Reported: the median wall time over the runs, in milliseconds, of `python -c "import X"` minus
`python -c "pass"`, and the modules each import loads.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "fixtures" / "html-german.html"
CASES = {
    "(nothing)": "pass",
    "lxml.etree": "import lxml.etree",
    "articlekit": "import articlekit",
    "articlekit + first parse": f"import articlekit; articlekit.parse({str(PAGE)!r}, url='https://example.com/a')",
    "trafilatura": "import trafilatura",
}


def _time(code: str, runs: int) -> float:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            return float("nan")
    return statistics.median(seconds)


def _modules(code: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print(len(sys.modules))"], capture_output=True, text=True
    )
    return int(done.stdout.strip() or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    base = _time(CASES["(nothing)"], args.runs)
    bare = _modules("pass")
    print(
        f"{'import':<26} {'ms':>7} {'modules':>8}   (median of {args.runs} fresh interpreters, minus Python's start)"
    )
    for name, code in CASES.items():
        if name == "(nothing)":
            continue
        print(f"{name:<26} {(_time(code, args.runs) - base) * 1000:7.0f} {_modules(code) - bare:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
