"""Real pages from ../shared/benchmarks, read in place: robustness on all of them, and the field
scores held to the figures recorded in benchmarks/recorded.json (body figures: test_main_text.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlekit
from articlekit import errors
from conftest import benchmark_module, require_shared


def _fundus_cases() -> list[tuple[Path, dict[str, object]]]:
    folder = require_shared("benchmarks", "fundus-dev")
    cases = []
    for truth_path in sorted(folder.glob("*.json")):
        page = truth_path.with_name(truth_path.name.removesuffix(".json") + ".html.gz")
        cases.append((page, json.loads(truth_path.read_text(encoding="utf-8"))))
    return cases


@pytest.fixture(scope="module")
def fundus() -> list[tuple[dict[str, object], articlekit.Article | None]]:
    results = []
    for page, truth in _fundus_cases():
        try:
            article: articlekit.Article | None = articlekit.parse(
                page, url=str(truth.get("url") or "") or None, rules=False
            )
        except errors.ArticleKitError:
            article = None
        results.append((truth, article))
    return results


def test_every_fundus_page_gives_a_record_with_a_body(fundus) -> None:  # type: ignore[no-untyped-def]
    missing = [truth["url"] for truth, article in fundus if article is None or not article.body.text]
    assert len(fundus) >= 100
    assert len(missing) <= len(fundus) * 0.03, missing


#: How far a field score may fall below the figure recorded in benchmarks/recorded.json.
ALLOWED_FIELD_DROP = 0.01


@pytest.mark.parametrize("half", ["tune", "check"])
@pytest.mark.parametrize("set_name", ["fundus-dev", "readability", "trafeval-dev", "htmldate-dev"])
def test_field_scores_hold_the_recorded_figures(set_name: str, half: str) -> None:
    """benchmarks/fields.py's own scoring, on articlekit alone, per half, against the recorded figures."""
    data = require_shared("benchmarks")
    fields, sets = benchmark_module("fields"), benchmark_module("sets")
    recorded = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "recorded.json").read_text())
    want = recorded["fields"][set_name][half]
    pages = sets.pages(set_name, data, half)
    tallies = fields.tallies(set_name, ((fields.articlekit_fields(page), page.truth) for page in pages))
    low = {name: (tallies[name].score(), floor) for name, floor in want.items()
           if tallies[name].score() < floor - ALLOWED_FIELD_DROP}  # fmt: skip
    assert not low, low


@pytest.mark.parametrize(
    "pattern", ["aeb/html/*.html.gz", "readability/*/source.html", "fundus-dev/*.html.gz"]
)
def test_every_benchmark_page_gives_a_record_or_a_typed_error(pattern: str) -> None:
    folder = require_shared("benchmarks")
    pages = sorted(folder.glob(pattern))
    assert pages
    for page in pages:
        try:
            article = articlekit.parse(page)
        except errors.ArticleKitError:
            continue
        assert articlekit.Article.from_dict(article.to_dict()) == article, page
