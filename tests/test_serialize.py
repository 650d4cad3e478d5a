"""The record's JSON shape, and the round trip Article -> dict/JSON -> Article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlekit
from articlekit import errors
from conftest import fixture_inputs

TOP_KEYS = [
    "headline", "kicker", "subheadline", "titles", "authors", "organisations", "site_name", "url",
    "canonical_url", "language", "description", "section", "tags", "access", "dates",
    "read_time", "images", "publication", "body", "boilerplate", "archive", "provenance", "warnings",
]  # fmt: skip


@pytest.mark.parametrize("source", fixture_inputs(), ids=lambda p: p.name)
def test_round_trip(source: Path) -> None:
    article = articlekit.parse(source, url="https://example.test/a")
    assert articlekit.Article.from_dict(article.to_dict()) == article
    assert articlekit.from_json(articlekit.to_json(article)) == article
    assert json.loads(articlekit.to_json(article)) == article.to_dict()


def test_shape() -> None:
    record = articlekit.parse(next(iter(fixture_inputs()))).to_dict()
    assert list(record) == TOP_KEYS
    assert list(record["dates"]) == ["published", "modified", "displayed", "evidence", "conflict"]
    assert list(record["body"]) == ["blocks", "text", "word_count"]
    assert list(record["provenance"]) == ["input", "rule", "fields"]
    for evidence in record["dates"]["evidence"]:
        assert list(evidence) == ["role", "value", "source", "raw"]
        assert isinstance(evidence["value"], str)


def test_dates_are_iso_strings() -> None:
    from conftest import FIXTURES

    record = articlekit.parse(FIXTURES / "html-jsonld-graph.html").to_dict()
    assert record["dates"]["published"] == "2025-01-20T08:00:00+00:00"
    assert record["dates"]["displayed"] == "2025-01-20"


@pytest.mark.parametrize("bad", [{"headline": 3}, {"dates": {"published": "not a date"}}, []])
def test_bad_records_are_record_errors(bad: object) -> None:
    with pytest.raises(errors.RecordError):
        articlekit.Article.from_dict(bad)  # type: ignore[arg-type]
    with pytest.raises(errors.RecordError):
        articlekit.from_json(json.dumps(bad))
