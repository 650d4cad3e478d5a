"""Fields other than the body, per field and tool, on fundus-dev and the Readability pages, in one run.

    python benchmarks/fields.py [--data DIR] [--tools articlekit,trafilatura,newspaper4k]

Scores (docs/benchmarks.md says why each is measured so):
- headline: exact match after Unicode NFKC, case folding and white-space folding;
- published day: the calendar day of the published date, read in the truth's own time zone;
- authors F1: set F1 of folded names per page, averaged over pages whose truth names authors (fundus
  counts organisations - "dpa", "Associated Press" - as authors; articlekit keeps them out of `authors`,
  so "credited F1" scores its people and the organisations it lists in provenance together);
- caption / description recall: the share of the truth's image captions (descriptions) that one of the
  tool's image captions (descriptions) contains, or is contained in while at least CONTAINED_SHARE as long.
On the Readability pages, Readability.js's own output is the reference (agreement, not truth); its
titles keep a site-name affix that articlekit drops by design ("How to Build a Terrarium | eHow"), so
"headline" there also agrees when the reference is ours plus a separated affix of at most
MAX_AFFIX_WORDS words; "headline strict" is plain equality.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import fold_title

import articlekit

DEFAULT_DATA = Path(
    os.environ.get("ARTICLEKIT_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks")
)
CONTAINED_SHARE = 0.6


@dataclass
class Fields:
    """What a tool says about a page, in one shape for every tool."""

    headline: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    #: Organisations credited as authors, where the tool keeps them apart from people (articlekit).
    organisations: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None


@dataclass
class Case:
    html: str
    url: str | None
    truth: dict[str, object]


Tool = Callable[[str, str | None], Fields]


# --- the sets ----------------------------------------------------------------------------------------
def fundus_cases(data: Path) -> Iterator[Case]:
    for truth_path in sorted((data / "fundus-dev").glob("*.json")):
        record = json.loads(truth_path.read_text(encoding="utf-8"))
        page = truth_path.with_name(truth_path.name.removesuffix(".json") + ".html.gz")
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        yield Case(html, record.get("url"), record)


def readability_cases(data: Path) -> Iterator[Case]:
    for folder in sorted(p for p in (data / "readability").iterdir() if p.is_dir()):
        expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        html = (folder / "source.html").read_bytes().decode("utf-8", "replace")
        yield Case(html, None, expected)


# --- the tools -----------------------------------------------------------------------------------------
def articlekit_fields(html: str, url: str | None, *, rules: bool = False) -> Fields:
    """articlekit's fields: the generic extraction (no site rules) unless `rules`."""
    try:
        article = articlekit.parse_html(html, url=url, rules=None if rules else False)
    except articlekit.errors.ArticleKitError:
        return Fields()
    captions = [c for image in article.images for c in _caption_forms(image.caption, image.credit)]
    return Fields(
        headline=article.headline,
        published=article.dates.published,
        authors=list(article.authors),
        organisations=[
            name for name in article.provenance.fields.get("authors.organisations", "").split(", ") if name
        ],
        captions=captions,
        descriptions=[image.description for image in article.images if image.description],
        site_name=article.site_name,
        language=article.language,
    )


def _caption_forms(caption: str | None, credit: str | None) -> list[str]:
    """A caption alone, and with its credit (pages and truths differ on whether the credit is part of it)."""
    forms = [caption] if caption else []
    if caption and credit:
        forms.append(f"{caption} {credit}")
    return forms


def trafilatura_fields(html: str, url: str | None) -> Fields:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_images=True)
    if document is None:
        return Fields()
    xml = trafilatura.extract(html, url=url, output_format="xml", include_images=True) or ""
    # trafilatura keeps an image's alt text (and title attribute, when there is one): its only image texts.
    alts = [_unescape(a) for a in re.findall(r'<graphic[^>]*\balt="([^"]*)"', xml)]
    titles = [_unescape(t) for t in re.findall(r'<graphic[^>]*\btitle="([^"]*)"', xml)]
    author = getattr(document, "author", None) or ""
    return Fields(
        headline=getattr(document, "title", None),
        published=_iso_date(getattr(document, "date", None)),
        authors=[a.strip() for a in author.split(";") if a.strip()],
        captions=titles + alts,
        descriptions=alts,
        site_name=getattr(document, "sitename", None),
        language=getattr(document, "language", None),
    )


def newspaper_fields(html: str, url: str | None) -> Fields:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # no network: the page is given
    config.memoize_articles = False
    article = newspaper.Article(url or "https://example.com/", config=config)
    article.download(input_html=html)
    article.parse()
    published = article.publish_date
    return Fields(
        headline=article.title or None,
        published=published if isinstance(published, dt.datetime) else None,
        authors=list(article.authors or []),
        site_name=(article.meta_site_name or None) if hasattr(article, "meta_site_name") else None,
        language=article.meta_lang or None,
    )


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _guarded(tool: Tool) -> Tool:
    """A reference tool's crash on a page scores as an empty record, as it would for a user."""

    def run(html: str, url: str | None) -> Fields:
        try:
            return tool(html, url)
        except Exception:
            return Fields()

    return run


def articlekit_with_rules(html: str, url: str | None) -> Fields:
    """articlekit with its built-in site rules: reported apart, claims are made on the generic figure."""
    return articlekit_fields(html, url, rules=True)


TOOLS: dict[str, Tool] = {
    "articlekit": articlekit_fields,
    "articlekit+rules": articlekit_with_rules,
    "trafilatura": _guarded(trafilatura_fields),
    "newspaper4k": _guarded(newspaper_fields),
}
#: Fields a tool does not give at all are shown as "-", not scored as misses.
LACKS = {"newspaper4k": {"caption", "description"}}


# --- scoring ---------------------------------------------------------------------------------------------
def same_headline(predicted: str | None, truth: str | None) -> bool:
    return bool(predicted) and bool(truth) and fold_title(str(predicted)) == fold_title(str(truth))


#: A site-name affix is at most this many words ("| eHow", "- John C. Welch - Medium").
MAX_AFFIX_WORDS = 6
_TITLE_SEPARATOR = re.compile(r"\s[|–—·»/:-]\s|[|｜_\[(]")


def same_headline_affix_aside(predicted: str | None, reference: str | None) -> bool:
    """Equal, or equal to the reference without a separated site-name affix at its start or end:
    Readability.js keeps "Headline | Site" from og:title, where articlekit drops the site's name."""
    if same_headline(predicted, reference):
        return True
    if not predicted or not reference or not _TITLE_SEPARATOR.search(reference):
        return False
    got, want = _words(predicted), _words(reference)
    rest = len(want) - len(got)
    return 0 < rest <= MAX_AFFIX_WORDS and (want[: len(got)] == got or want[rest:] == got)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold_title(text))


def same_day(predicted: dt.date | dt.datetime | None, truth: str | None) -> bool:
    """The predicted date's calendar day, read in the truth's time zone when both carry one."""
    if predicted is None or not truth:
        return False
    truth_value = _truth_datetime(truth)
    if truth_value is None:
        return False
    if isinstance(predicted, dt.datetime):
        if predicted.tzinfo is not None and truth_value.tzinfo is not None:
            predicted = predicted.astimezone(truth_value.tzinfo)
        return predicted.date() == truth_value.date()
    return predicted == truth_value.date()


def _truth_datetime(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        day = _iso_date(text.strip())
        return dt.datetime.combine(day, dt.time()) if day else None


def authors_f1(predicted: list[str], truth: list[str]) -> float:
    want = {fold_title(a) for a in truth if a.strip()}
    got = {fold_title(a) for a in predicted if a.strip()}
    shared = len(want & got)
    if not shared:
        return 0.0
    precision, recall = shared / len(got), shared / len(want)
    return 2 * precision * recall / (precision + recall)


def found(truth: str, predicted: list[str]) -> bool:
    want = fold_title(truth)
    for text in predicted:
        got = fold_title(text)
        if got and (want in got or (got in want and len(got) >= CONTAINED_SHARE * len(want))):
            return True
    return False


@dataclass
class Tally:
    hits: float = 0.0
    total: int = 0

    def add(self, value: float) -> None:
        self.hits += value
        self.total += 1

    def score(self) -> float | None:
        return self.hits / self.total if self.total else None


def score_fundus(tool: Tool, cases: list[Case]) -> dict[str, Tally]:
    columns = ("headline", "published day", "authors F1", "credited F1", "caption", "description")
    tallies = {name: Tally() for name in columns}
    for case in cases:
        got, truth = tool(case.html, case.url), case.truth
        if truth.get("title"):
            tallies["headline"].add(same_headline(got.headline, str(truth["title"])))
        if truth.get("published"):
            tallies["published day"].add(same_day(got.published, str(truth["published"])))
        if truth.get("authors"):
            want = list(truth["authors"])  # type: ignore[call-overload]
            tallies["authors F1"].add(authors_f1(got.authors, want))
            tallies["credited F1"].add(authors_f1(got.authors + got.organisations, want))
        for image in truth.get("images") or []:  # type: ignore[attr-defined]
            if image.get("caption"):
                tallies["caption"].add(found(image["caption"], got.captions))
            if image.get("description"):
                tallies["description"].add(found(image["description"], got.descriptions))
    return tallies


def score_readability(tool: Tool, cases: list[Case]) -> dict[str, Tally]:
    columns = ("headline", "headline strict", "published day", "byline", "site name", "language")
    tallies = {name: Tally() for name in columns}
    for case in cases:
        got, expected = tool(case.html, case.url), case.truth
        if expected.get("title"):
            tallies["headline"].add(same_headline_affix_aside(got.headline, str(expected["title"])))
            tallies["headline strict"].add(same_headline(got.headline, str(expected["title"])))
        if expected.get("publishedTime"):
            tallies["published day"].add(same_day(got.published, str(expected["publishedTime"])))
        if expected.get("byline"):
            tallies["byline"].add(
                found(str(expected["byline"]), [", ".join(got.authors)] if got.authors else [])
            )
        if expected.get("siteName"):
            tallies["site name"].add(same_headline(got.site_name, str(expected["siteName"])))
        if expected.get("lang"):
            tallies["language"].add(_same_language(got.language, str(expected["lang"])))
    return tallies


def _same_language(predicted: str | None, expected: str) -> bool:
    return bool(predicted) and str(predicted).lower().split("-")[0] == expected.lower().split("-")[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools to run")
    args = parser.parse_args()
    tools = {name: tool for name, tool in TOOLS.items() if name in args.tools.split(",")}
    sets = (
        ("fundus-dev", score_fundus, list(fundus_cases(args.data))),
        ("readability", score_readability, list(readability_cases(args.data))),
    )
    for set_name, scorer, cases in sets:
        results = {name: scorer(tool, cases) for name, tool in tools.items()}
        columns = list(next(iter(results.values())))
        print(f"{set_name} ({len(cases)} pages)")
        print(f"  {'tool':<12}" + "".join(f"{c:>16}" for c in columns))
        for name, tallies in results.items():
            cells = []
            for column in columns:
                value = tallies[column].score()
                lacking = column in LACKS.get(name, ())
                cells.append(f"{'-' if lacking or value is None else f'{value:.3f}':>16}")
            print(f"  {name:<12}" + "".join(cells))
        counts = {c: results[next(iter(results))][c].total for c in columns}
        print(f"  {'scored':<12}" + "".join(f"{counts[c]:>16}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
