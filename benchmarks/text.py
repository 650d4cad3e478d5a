"""The plain-text front door on real pages: benchmark pages rendered to text, parsed back, scored.

    python benchmarks/text.py [--data DIR] [--renderers html2text,inscriptis,html-text]
                              [--sets fundus,aeb,trafeval] [--half tune|check|all]

Each page of ../shared/benchmarks is rendered to text here, in memory (the renderings are not kept: the
publishers' text is not ours to commit), by renderers installed with the `bench` extra:
- html2text: Markdown, hard-wrapped at 78 columns, as HTML-to-Markdown converters write it;
- inscriptis: a layout-aware text dump, as text browsers (lynx, w3m) write it;
- html-text: the text a browser's innerText would give, one block per line.
articlekit parses each rendering as text (`parse_text`); the truths are the sets' own records. Scores:
headline exact match (NFKC, case and space folding), kicker-tolerant as in fields.py (the record's kicker
and headline joined as pages join them may equal the truth; "strict" is the headline alone), beside its
ceiling (the share of pages whose truth, a kicker aside, is a line or a paragraph of the rendering: a
headline the rendering lost or wrapped into other text cannot be found), published day, and the body: on fundus-dev and aeb
its F1, precision and recall by the AEB method; on trafeval-dev (hundreds of sites, none tuned on before,
the main evidence that the text front door carries over) by its `with` / `without` snippets as
trafilatura's evaluation scores them. Beside each, a whole-text baseline (the whole rendering as the
body) scored the same way.

Halves (see sets.py): `--half all` (the default) renders and parses every page once per renderer and
prints rows for the tune half, the check half and the whole set; `--half tune` or `--half check` runs
and prints that half alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fields import same_day, same_headline
from quality import body_truth
from scoring import KICKER_JOINS, fold_headline, same_headline_kicker_aside, score_bodies, score_snippets
from sets import DEFAULT_DATA, Page, by_half, chosen_names, half_argument, pages

import articlekit

Renderer = Callable[[str], str]


def html2text_render(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.ignore_links = False
    return str(converter.handle(html))


def inscriptis_render(html: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def html_text_render(html: str) -> str:
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


RENDERERS: dict[str, Renderer] = {
    "html2text": html2text_render,
    "inscriptis": inscriptis_render,
    "html-text": html_text_render,
}


#: (body, `with` snippets, `without` snippets): one trafeval-dev page as score_snippets takes it.
SnippetCase = tuple[str, list[str], list[str]]


@dataclass
class TextScores:
    headlines: list[bool] = field(default_factory=list)
    strict: list[bool] = field(default_factory=list)
    reachable: list[bool] = field(default_factory=list)
    days: list[bool] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    baseline: list[tuple[str, str]] = field(default_factory=list)
    snippets: list[SnippetCase] = field(default_factory=list)
    snippets_baseline: list[SnippetCase] = field(default_factory=list)
    errors: int = 0


@dataclass(frozen=True)
class PageText:
    """One page rendered and parsed back: what it scores (None where the truth gives no such field)."""

    headline: bool | None
    day: bool | None
    pair: tuple[str, str]
    baseline: tuple[str, str]
    error: bool
    strict: bool | None = None
    #: The truth's headline, a kicker aside, is a line or a paragraph of the rendering.
    reachable: bool | None = None
    snippets: SnippetCase | None = None  #: on pages whose truth holds `with` / `without` snippets
    snippets_baseline: SnippetCase | None = None


def _render(renderer: Renderer, html: str) -> str:
    try:
        return renderer(html)
    except Exception:  # a renderer that fails on a page gives no text for it
        return ""


def _parse(text: str) -> articlekit.Article | None:
    try:
        return articlekit.parse_text(text)
    except articlekit.errors.ArticleKitError:
        return None


def read_page(renderer: Renderer, html: str, truth: dict[str, object]) -> PageText:
    text = _render(renderer, html)
    article = _parse(text)
    body = str(truth.get("body") or "")
    headline = strict = reachable = day = None
    if truth.get("title"):
        want = str(truth["title"])
        got, kicker = (article.headline, article.kicker) if article else (None, None)
        headline, strict = same_headline_kicker_aside(got, kicker, want), same_headline(got, want)
        reachable = in_rendering(want, text)
    if truth.get("published"):
        day = same_day(article.dates.published if article else None, str(truth["published"]))
    parsed = article.body.text if article else ""
    snippets = snippets_baseline = None
    if "with" in truth or "without" in truth:
        wanted, unwanted = _snippet_list(truth, "with"), _snippet_list(truth, "without")
        snippets, snippets_baseline = (parsed, wanted, unwanted), (text, wanted, unwanted)
    return PageText(
        headline=headline,
        strict=strict,
        reachable=reachable,
        day=day,
        pair=(parsed, body),
        baseline=(text, body),
        error=article is None,
        snippets=snippets,
        snippets_baseline=snippets_baseline,
    )


#: Markup a rendering puts around a line (Markdown's "#", "*", "_", ">" and list dashes).
_LINE_MARKUP = re.compile(r"^[\s#*_>|-]+|[\s#*_|]+$")


def in_rendering(truth: str, text: str) -> bool:
    """The truth's headline, or what follows a kicker in it, is a line or a paragraph of the text."""
    lines = [_LINE_MARKUP.sub("", line) for line in text.splitlines()]
    paragraphs = [" ".join(part.splitlines()) for part in re.split(r"\n\s*\n", "\n".join(lines))]
    shown = {fold_headline(part) for part in lines + paragraphs if part.strip()}
    want = fold_headline(truth)
    rests = [want.split(join.strip(), 1)[1].strip() for join in KICKER_JOINS[:-1] if join.strip() in want]
    return any(form in shown for form in [want, *rests])


def _snippet_list(truth: dict[str, object], side: str) -> list[str]:
    found = truth.get(side)
    return [str(snippet) for snippet in found] if isinstance(found, list) else []


def combine(results: Iterable[PageText]) -> TextScores:
    scores = TextScores()
    for result in results:
        scores.errors += result.error
        scores.pairs.append(result.pair)
        scores.baseline.append(result.baseline)
        if result.snippets is not None and result.snippets_baseline is not None:
            scores.snippets.append(result.snippets)
            scores.snippets_baseline.append(result.snippets_baseline)
        if result.headline is not None:
            scores.headlines.append(result.headline)
            scores.strict.append(bool(result.strict))
            scores.reachable.append(bool(result.reachable))
        if result.day is not None:
            scores.days.append(result.day)
    return scores


def score_set(renderer: Renderer, cases: list[tuple[str, dict[str, object]]]) -> TextScores:
    return combine(read_page(renderer, html, truth) for html, truth in cases)


def _share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def body_figures(scores: TextScores) -> tuple[float, float, float, float]:
    """(F1, precision, recall, baseline F1) of the bodies: by snippets where the pages have them, else
    by the AEB method."""
    if scores.snippets:
        got, whole = score_snippets(scores.snippets), score_snippets(scores.snippets_baseline)
        return got.f1, got.precision, got.recall, whole.f1
    body, whole_body = score_bodies(scores.pairs), score_bodies(scores.baseline)
    return body.f1, body.precision, body.recall, whole_body.f1


#: The sets `--sets` names, and what each is called in the table.
SET_NAMES = {"fundus": "fundus-dev", "aeb": "aeb", "trafeval": "trafeval-dev"}


def _truth(page: Page) -> dict[str, object]:
    """The page's truth, its body under "body" whatever the set calls it (none on trafeval-dev)."""
    if page.set_name == "trafeval-dev":
        return dict(page.truth)
    return {**page.truth, "body": body_truth(page)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--renderers", default=",".join(RENDERERS), help="comma-separated renderers")
    parser.add_argument(
        "--sets", default=",".join(SET_NAMES), help="comma-separated sets: fundus, aeb, trafeval"
    )
    half_argument(parser)
    args = parser.parse_args()
    sets = {
        SET_NAMES[name]: pages(SET_NAMES[name], args.data, args.half)
        for name in chosen_names(args.sets, list(SET_NAMES), "sets")
    }
    renderers = chosen_names(args.renderers, list(RENDERERS), "renderers")
    print("body: F1, precision and recall by the AEB method; on trafeval-dev by snippets")
    print(
        f"{'set':<13} {'half':<6} {'renderer':<11} {'headline':>9} {'strict':>7} {'ceiling':>8} {'pub.day':>8} {'body F1':>8} {'prec':>6}"
        f" {'recall':>6} {'baseline':>9} {'errors':>7} {'pages':>6}"
    )
    started = dt.datetime.now()
    for set_name, set_pages in sets.items():
        for name in renderers:
            results = [read_page(RENDERERS[name], page.html, _truth(page)) for page in set_pages]
            for shown, picked in by_half(set_pages, args.half):
                scores = combine(results[i] for i in picked)
                f1, precision, recall, baseline = body_figures(scores)
                print(
                    f"{set_name:<13} {shown:<6} {name:<11} {_share(scores.headlines):>9} {_share(scores.strict):>7} "
                    f"{_share(scores.reachable):>8} {_share(scores.days):>8} "
                    f"{f1:8.3f} {precision:6.3f} {recall:6.3f} {baseline:9.3f} {scores.errors:7d} {len(picked):6d}",
                    flush=True,
                )
    print(f"({(dt.datetime.now() - started).seconds} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
