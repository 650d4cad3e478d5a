"""Body-text quality on the shared benchmark sets, every tool in one run, per half.

    python benchmarks/quality.py [--data DIR] [--tools articlekit,trafilatura] [--sets aeb,fundus-dev,trafeval-dev]
                                 [--half tune|check|all] [--misses FILE]

DIR defaults to $ARTICLEKIT_BENCHMARKS or ../shared/benchmarks. aeb and fundus-dev are scored the AEB
way (F1, precision, recall, accuracy: see scoring.py), trafeval-dev by its snippets as trafilatura's
evaluation does (F1, precision, recall over all snippets).

Halves (see sets.py): every site is in the "tune" or the "check" half. `--half all` (the default)
extracts every page once per tool and prints rows for tune, check and the whole set; `--half tune` or
`--half check` runs and prints that half alone. `--misses FILE` writes, as JSON lines, page-by-page
details for articlekit and trafilatura on tune pages only: check pages are read as figures, never one
by one, so that they keep telling whether a change carries over to sites nobody looked at.

articlekit and trafilatura are given the page's bytes (each decodes them itself); the other tools the
text sets.py decodes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import (
    BodyScore,
    SnippetScore,
    page_precision_recall,
    score_bodies,
    score_snippets,
    snippet_page,
)
from sets import DEFAULT_DATA, Page, by_half, chosen_names, half_argument, pages, write_lines

import articlekit

Extractor = Callable[[Page], str]
SETS = ("aeb", "fundus-dev", "trafeval-dev")
#: Where each AEB-scored set keeps its body truth.
BODY_FIELD = {"aeb": "articleBody", "fundus-dev": "body"}
#: The tools whose page-by-page details `--misses` writes.
DETAILED = ("articlekit", "trafilatura")


# --- the sets ------------------------------------------------------------------------------------------------
def body_truth(page: Page) -> str:
    return str(page.truth.get(BODY_FIELD[page.set_name]) or "")


def _body_cases(set_name: str, data: Path, half: str) -> Iterator[tuple[bytes, str | None, str]]:
    for page in pages(set_name, data, half):
        yield page.raw, page.url, body_truth(page)


def aeb_cases(data: Path, half: str = "all") -> Iterator[tuple[bytes, str | None, str]]:
    """(page bytes, url, body truth) of the AEB pages."""
    return _body_cases("aeb", data, half)


def fundus_cases(data: Path, half: str = "all") -> Iterator[tuple[bytes, str | None, str]]:
    """(page bytes, url, body truth) of the fundus-dev pages."""
    return _body_cases("fundus-dev", data, half)


# --- the tools ---------------------------------------------------------------------------------------------
def articlekit_body(source: str | bytes, url: str | None, *, rules: bool = False) -> str:
    """articlekit's body: the generic extraction (no site rules) unless `rules`."""
    try:
        return articlekit.parse_html(source, url=url, rules=None if rules else False).body.text
    except articlekit.errors.ArticleKitError:
        return ""


def articlekit_generic(page: Page) -> str:
    return articlekit_body(page.raw, page.url)


def articlekit_with_rules(page: Page) -> str:
    """With the built-in site rules: reported apart; quality claims are made on the generic figure."""
    return articlekit_body(page.raw, page.url, rules=True)


def trafilatura_body(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.raw, url=page.url, include_comments=False) or ""


def readability_body(page: Page) -> str:
    import lxml.html
    from readability import Document

    summary = Document(page.html, url=page.url).summary(html_partial=True)
    return "\n\n".join(
        " ".join(p.text_content().split()) for p in _blocks(lxml.html.fragment_fromstring(summary))
    )


def _blocks(root):  # type: ignore[no-untyped-def]
    tags = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td")
    found = [e for e in root.iter(*tags) if not any(a.tag in tags for a in e.iterancestors())]
    return found or [root]


def newspaper_body(page: Page) -> str:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # no network: the page is given, images are not fetched
    config.memoize_articles = False
    article = newspaper.Article(page.url or "https://example.com/", config=config)
    article.download(input_html=page.html)
    article.parse()
    return str(article.text or "")


def goose_body(page: Page) -> str:
    from goose3 import Goose

    with Goose() as goose:
        return str(goose.extract(raw_html=page.html).cleaned_text or "")


def _guarded(extract: Extractor) -> Extractor:
    """A reference tool's crash on a page scores as an empty extraction, as it would for a user."""

    def run(page: Page) -> str:
        try:
            return extract(page)
        except Exception:
            return ""

    return run


EXTRACTORS: dict[str, Extractor] = {
    "articlekit": articlekit_generic,
    "articlekit+rules": articlekit_with_rules,
    "trafilatura": _guarded(trafilatura_body),
    "readability": _guarded(readability_body),
    "newspaper4k": _guarded(newspaper_body),
    "goose3": _guarded(goose_body),
}


# --- scoring -------------------------------------------------------------------------------------------------
Score = BodyScore | SnippetScore


def score(set_name: str, chosen: list[Page], bodies: list[str]) -> Score:
    """The set's score of the `chosen` pages, given each one's extracted body."""
    if set_name == "trafeval-dev":
        return score_snippets(
            (body, _snippets(page, "with"), _snippets(page, "without"))
            for page, body in zip(chosen, bodies, strict=True)
        )
    return score_bodies((body, body_truth(page)) for page, body in zip(chosen, bodies, strict=True))


def _snippets(page: Page, side: str) -> list[str]:
    return [str(snippet) for snippet in page.truth.get(side) or []]  # type: ignore[attr-defined]


def extract_all(set_pages: list[Page], tools: dict[str, Extractor]) -> dict[str, list[str]]:
    """Each page's body by each tool, extracted once."""
    return {tool: [extract(page) for page in set_pages] for tool, extract in tools.items()}


def rows(
    set_name: str, set_pages: list[Page], bodies: dict[str, list[str]], half: str
) -> Iterator[tuple[str, str, str, Score]]:
    """(set, half, tool, score) for every half `half` reports."""
    for shown, picked in by_half(set_pages, half):
        chosen = [set_pages[i] for i in picked]
        for tool, extracted in bodies.items():
            yield set_name, shown, tool, score(set_name, chosen, [extracted[i] for i in picked])


# --- tune-half details ---------------------------------------------------------------------------------
def page_details(page: Page, bodies: dict[str, str]) -> dict[str, object]:
    """What `--misses` writes for one tune page: per tool, the snippets it got wrong (trafeval-dev) or
    its precision and recall (aeb, fundus-dev)."""
    if page.half != "tune":
        raise ValueError(f"{page.set_name} {page.key} is a check page: only its figures are read")
    record: dict[str, object] = {"set": page.set_name, "key": page.key, "url": page.url}
    for tool, body in bodies.items():
        if page.set_name == "trafeval-dev":
            outcome = snippet_page(body, _snippets(page, "with"), _snippets(page, "without"))
            record[tool] = {"missed": outcome.missed, "found without": outcome.found_without}
        else:
            precision, recall = page_precision_recall(body, body_truth(page))
            record[tool] = {"precision": _rounded(precision), "recall": _rounded(recall)}
    return record


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def tune_details(set_pages: list[Page], bodies: dict[str, list[str]]) -> Iterator[dict[str, object]]:
    """`page_details` of every tune page, for the tools in DETAILED that ran."""
    detailed = {tool: extracted for tool, extracted in bodies.items() if tool in DETAILED}
    for i, page in enumerate(set_pages):
        if detailed and page.half == "tune":
            yield page_details(page, {tool: extracted[i] for tool, extracted in detailed.items()})


# --- the run -------------------------------------------------------------------------------------------------
def print_header() -> None:
    print(f"{'set':<13} {'half':<6} {'tool':<17} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages':>6}")


def print_row(set_name: str, half: str, tool: str, result: Score) -> None:
    accuracy = f"{result.accuracy:6.3f}" if isinstance(result, BodyScore) else f"{'-':>6}"
    print(f"{set_name:<13} {half:<6} {tool:<17} {result.f1:6.3f} {result.precision:6.3f} "
          f"{result.recall:6.3f} {accuracy} {result.pages:6d}", flush=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--tools", default=",".join(EXTRACTORS), help="comma-separated tools to run")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sets to run")
    half_argument(parser)
    parser.add_argument("--misses", type=Path, help="write tune-half page details here (JSON lines)")
    args = parser.parse_args()
    tools = {name: EXTRACTORS[name] for name in chosen_names(args.tools, list(EXTRACTORS), "tools")}
    details: list[dict[str, object]] = []
    print_header()
    for set_name in chosen_names(args.sets, list(SETS), "sets"):
        set_pages = pages(set_name, args.data, args.half)
        bodies = extract_all(set_pages, tools)
        for row in rows(set_name, set_pages, bodies, args.half):
            print_row(*row)
        details.extend(tune_details(set_pages, bodies))
    if args.misses:
        write_lines(args.misses, details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
