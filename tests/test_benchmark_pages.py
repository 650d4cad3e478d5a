"""Real pages from ../shared/benchmarks, read in place: robustness on all of them, and floors on
fundus-dev's reviewed records so that a regression in the pipeline fails here.

The floors sit a little under what the foundation measured (see docs/benchmarks.md); the
issue-specific benchmarks in benchmarks/ report the figures themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import articlekit
from articlekit import errors
from conftest import benchmark_module, require_shared

BODY_F1_FLOOR = 0.87
PUBLISHED_DAY_FLOOR = 0.81
HEADLINE_FLOOR = 0.73


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
                page, url=str(truth.get("url") or "") or None
            )
        except errors.ArticleKitError:
            article = None
        results.append((truth, article))
    return results


def test_every_fundus_page_gives_a_record_with_a_body(fundus) -> None:  # type: ignore[no-untyped-def]
    missing = [truth["url"] for truth, article in fundus if article is None or not article.body.text]
    assert len(fundus) >= 100
    assert len(missing) <= len(fundus) * 0.03, missing


def test_fundus_body_f1_floor(fundus) -> None:  # type: ignore[no-untyped-def]
    scoring = benchmark_module("scoring")
    pairs = [
        (article.body.text if article else "", str(truth.get("body") or "")) for truth, article in fundus
    ]
    assert scoring.score_bodies(pairs).f1 >= BODY_F1_FLOOR


def test_fundus_published_day_floor(fundus) -> None:  # type: ignore[no-untyped-def]
    dated = [(truth, article) for truth, article in fundus if truth.get("published")]
    right = 0
    for truth, article in dated:
        want = dt.datetime.fromisoformat(str(truth["published"])).date().isoformat()
        got = article.dates.published if article else None
        right += got is not None and got.isoformat()[:10] == want
    assert right / len(dated) >= PUBLISHED_DAY_FLOOR


def test_fundus_headline_floor(fundus) -> None:  # type: ignore[no-untyped-def]
    scoring = benchmark_module("scoring")
    titled = [(truth, article) for truth, article in fundus if truth.get("title")]
    right = sum(
        article is not None
        and scoring.fold_title(article.headline or "") == scoring.fold_title(str(truth["title"]))
        for truth, article in titled
    )
    assert right / len(titled) >= HEADLINE_FLOOR


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
