"""Site-rule look-up cost: how long finding a page's rule takes with 10,000 rules loaded.

    python benchmarks/rules.py [--rules 10000] [--ftr DIR]

Loads the 2,041 ftr-site-config files of ../shared/ftr-site-config (timed), adds synthetic TOML-style
rules up to the count asked for, and times `RuleSet.match` for URLs that match a rule (on a subdomain)
and URLs that match none. Reported: microseconds per look-up (median of 5 rounds of 10,000 look-ups).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from articlekit._rules._discover import folder_rules
from articlekit._rules._model import Rule
from articlekit._rules._registry import RuleSet

DEFAULT_FTR = (
    Path(os.environ.get("ARTICLEKIT_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    / "ftr-site-config"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=10_000)
    parser.add_argument("--ftr", type=Path, default=DEFAULT_FTR)
    args = parser.parse_args()
    started = time.perf_counter()
    ftr = folder_rules(args.ftr, origin="ftr") if args.ftr.is_dir() else []
    loading = time.perf_counter() - started
    synthetic = [Rule(name=f"site{i}", domains=(f"site{i}.example",)) for i in range(args.rules - len(ftr))]
    ruleset = RuleSet([*synthetic, *ftr])
    hits = [f"https://www.news.site{i * 7 % len(synthetic)}.example/2025/03/04/story" for i in range(10_000)]
    misses = [f"https://www.unknown{i}.example.org/story" for i in range(10_000)]
    print(f"{len(ruleset)} rules ({len(ftr)} ftr-site-config files loaded in {loading:.2f} s)")
    for label, urls in (("matching", hits), ("not matching", misses)):
        rounds = []
        for _ in range(5):
            start = time.perf_counter()
            for url in urls:
                ruleset.match(url)
            rounds.append((time.perf_counter() - start) / len(urls) * 1e6)
        print(f"look-up, {label:<13} {statistics.median(rounds):6.1f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
