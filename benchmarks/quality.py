"""Body-text quality on the shared benchmark sets, scored the AEB way (see scoring.py).

    python benchmarks/quality.py [--data DIR]      # DIR defaults to $ARTICLEKIT_BENCHMARKS or ../shared/benchmarks

Prints one table: F1, precision, recall and accuracy per tool and set.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import BodyScore, score_bodies

import articlekit

DEFAULT_DATA = Path(
    os.environ.get("ARTICLEKIT_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks")
)
Extractor = Callable[[str, str | None], str]


def aeb_cases(data: Path) -> Iterator[tuple[str, str | None, str]]:
    truth = json.loads((data / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, record in sorted(truth.items()):
        html = gzip.decompress((data / "aeb" / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        yield html, record.get("url"), record["articleBody"]


def fundus_cases(data: Path) -> Iterator[tuple[str, str | None, str]]:
    for truth_path in sorted((data / "fundus-dev").glob("*.json")):
        record = json.loads(truth_path.read_text(encoding="utf-8"))
        page = truth_path.with_name(truth_path.name.removesuffix(".json") + ".html.gz")
        yield (
            gzip.decompress(page.read_bytes()).decode("utf-8", "replace"),
            record.get("url"),
            record.get("body") or "",
        )


def articlekit_body(html: str, url: str | None) -> str:
    try:
        return articlekit.parse_html(html, url=url).body.text
    except articlekit.errors.ArticleKitError:
        return ""


EXTRACTORS: dict[str, Extractor] = {"articlekit": articlekit_body}


def run(data: Path) -> list[tuple[str, str, BodyScore]]:
    rows = []
    for set_name, cases in (("aeb", list(aeb_cases(data))), ("fundus-dev", list(fundus_cases(data)))):
        for tool, extract in EXTRACTORS.items():
            rows.append(
                (set_name, tool, score_bodies((extract(html, url), truth) for html, url, truth in cases))
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    args = parser.parse_args()
    print(f"{'set':<11} {'tool':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages':>6}")
    for set_name, tool, score in run(args.data):
        print(f"{set_name:<11} {tool:<12} {score.f1:6.3f} {score.precision:6.3f} {score.recall:6.3f} "
              f"{score.accuracy:6.3f} {score.pages:6d}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
