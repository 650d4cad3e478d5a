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


def articlekit_body(html: str, url: str | None, *, rules: bool = False) -> str:
    """articlekit's body: the generic extraction (no site rules) unless `rules`."""
    try:
        return articlekit.parse_html(html, url=url, rules=None if rules else False).body.text
    except articlekit.errors.ArticleKitError:
        return ""


def articlekit_with_rules(html: str, url: str | None) -> str:
    """With the built-in site rules: reported apart; quality claims are made on the generic figure."""
    return articlekit_body(html, url, rules=True)


def trafilatura_body(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def readability_body(html: str, url: str | None) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return "\n\n".join(
        " ".join(p.text_content().split()) for p in _blocks(lxml.html.fragment_fromstring(summary))
    )


def _blocks(root):  # type: ignore[no-untyped-def]
    tags = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td")
    found = [e for e in root.iter(*tags) if not any(a.tag in tags for a in e.iterancestors())]
    return found or [root]


def newspaper_body(html: str, url: str | None) -> str:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # no network: the page is given, images are not fetched
    config.memoize_articles = False
    article = newspaper.Article(url or "https://example.com/", config=config)
    article.download(input_html=html)
    article.parse()
    return str(article.text or "")


def goose_body(html: str, url: str | None) -> str:
    from goose3 import Goose

    with Goose() as goose:
        return str(goose.extract(raw_html=html).cleaned_text or "")


def _guarded(extract: Extractor) -> Extractor:
    """A reference tool's crash on a page scores as an empty extraction, as it would for a user."""

    def run(html: str, url: str | None) -> str:
        try:
            return extract(html, url)
        except Exception:
            return ""

    return run


EXTRACTORS: dict[str, Extractor] = {
    "articlekit": articlekit_body,
    "articlekit+rules": articlekit_with_rules,
    "trafilatura": _guarded(trafilatura_body),
    "readability": _guarded(readability_body),
    "newspaper4k": _guarded(newspaper_body),
    "goose3": _guarded(goose_body),
}


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
    parser.add_argument("--tools", default=",".join(EXTRACTORS), help="comma-separated tools to run")
    args = parser.parse_args()
    for tool in list(EXTRACTORS):
        if tool not in args.tools.split(","):
            del EXTRACTORS[tool]
    print(f"{'set':<11} {'tool':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages':>6}")
    for set_name, tool, score in run(args.data):
        print(f"{set_name:<11} {tool:<12} {score.f1:6.3f} {score.precision:6.3f} {score.recall:6.3f} "
              f"{score.accuracy:6.3f} {score.pages:6d}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
