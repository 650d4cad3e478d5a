"""Every fixture gives its expected record, compared field by field (provenance's details aside)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import articlekit
from conftest import expected_path, fixture_inputs

FIELDS = (
    "headline", "kicker", "subheadline", "titles", "authors", "organisations", "site_name", "url",
    "canonical_url", "language", "description", "section", "tags", "access", "dates",
    "read_time", "images", "publication", "body", "boilerplate", "warnings",
)  # fmt: skip


def _record(source: Path) -> dict[str, Any]:
    return articlekit.parse(source).to_dict()


@pytest.mark.parametrize("source", fixture_inputs(), ids=lambda p: p.name)
@pytest.mark.parametrize("field", FIELDS)
def test_fixture_field(source: Path, field: str) -> None:
    expected = json.loads(expected_path(source).read_text(encoding="utf-8"))
    assert _record(source)[field] == expected[field]


@pytest.mark.parametrize("source", fixture_inputs(), ids=lambda p: p.name)
def test_fixture_provenance(source: Path) -> None:
    expected = json.loads(expected_path(source).read_text(encoding="utf-8"))["provenance"]
    provenance = _record(source)["provenance"]
    assert (provenance["input"], provenance["rule"]) == (expected["input"], expected["rule"])
    assert provenance["fields"], "every record explains how its fields were found"


def test_there_are_enough_fixtures() -> None:
    inputs = fixture_inputs()
    assert len(inputs) >= 14
    assert {p.suffix for p in inputs} >= {".txt", ".html", ".md"}
