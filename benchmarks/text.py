"""The plain-text front door on real pages: benchmark pages rendered to text, parsed back, scored.

    python benchmarks/text.py [--data DIR] [--renderers html2text,inscriptis,html-text] [--sets fundus,aeb]

Each page of ../shared/benchmarks is rendered to text here, in memory (the renderings are not kept: the
publishers' text is not ours to commit), by renderers installed with the `bench` extra:
- html2text: Markdown, hard-wrapped at 78 columns, as HTML-to-Markdown converters write it;
- inscriptis: a layout-aware text dump, as text browsers (lynx, w3m) write it;
- html-text: the text a browser's innerText would give, one block per line.
articlekit parses each rendering as text (`parse_text`); the truths are the sets' own records. Scores:
headline exact match (NFKC, case and space folding), published day, body F1 (the AEB method), beside a
whole-text baseline (the whole rendering as the body).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fields import DEFAULT_DATA, fundus_cases, same_day, same_headline
from quality import aeb_cases
from scoring import score_bodies

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


@dataclass
class TextScores:
    headlines: list[bool] = field(default_factory=list)
    days: list[bool] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    baseline: list[tuple[str, str]] = field(default_factory=list)
    errors: int = 0


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


def score_set(renderer: Renderer, cases: list[tuple[str, dict[str, object]]]) -> TextScores:
    scores = TextScores()
    for html, truth in cases:
        text = _render(renderer, html)
        article = _parse(text)
        scores.errors += article is None
        body = article.body.text if article else ""
        scores.pairs.append((body, str(truth.get("body") or "")))
        scores.baseline.append((text, str(truth.get("body") or "")))
        if truth.get("title"):
            scores.headlines.append(same_headline(article.headline if article else None, str(truth["title"])))
        if truth.get("published"):
            published = article.dates.published if article else None
            scores.days.append(same_day(published, str(truth["published"])))
    return scores


def _share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--renderers", default=",".join(RENDERERS), help="comma-separated renderers")
    parser.add_argument("--sets", default="fundus,aeb", help="comma-separated sets: fundus, aeb")
    args = parser.parse_args()
    sets: dict[str, list[tuple[str, dict[str, object]]]] = {}
    if "fundus" in args.sets:
        sets["fundus-dev"] = [(case.html, case.truth) for case in fundus_cases(args.data)]
    if "aeb" in args.sets:
        sets["aeb"] = [(html, {"body": body}) for html, _, body in aeb_cases(args.data)]
    print(
        f"{'set':<11} {'renderer':<11} {'headline':>9} {'pub.day':>8} {'body F1':>8} {'baseline':>9} {'errors':>7}"
    )
    started = dt.datetime.now()
    for set_name, cases in sets.items():
        for name in args.renderers.split(","):
            scores = score_set(RENDERERS[name], cases)
            print(
                f"{set_name:<11} {name:<11} {_share(scores.headlines):>9} {_share(scores.days):>8} "
                f"{score_bodies(scores.pairs).f1:8.3f} {score_bodies(scores.baseline).f1:9.3f} {scores.errors:7d}"
            )
    print(f"({(dt.datetime.now() - started).seconds} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
