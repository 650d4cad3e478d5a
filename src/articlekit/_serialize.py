"""Article <-> plain data and JSON, through one cattrs converter."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs

from ._model import Article, DateValue
from .errors import RecordError


def date_to_iso(value: DateValue) -> str:
    """ISO 8601: `YYYY-MM-DD` for a day, full datetime (with offset when known) otherwise."""
    return value.isoformat()


def date_from_iso(value: object, _type: object = None) -> DateValue:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 string, got {type(value).__name__}")
    if "T" in value or " " in value.strip():
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


def _datetime_from_iso(value: object, _type: object = None) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 date and time, got {type(value).__name__}")
    return dt.datetime.fromisoformat(value)


def _strict(kind: type) -> Any:
    """A structure hook that accepts values of `kind` as they are, instead of coercing (3 -> "3")."""

    def structure(value: object, _type: object) -> object:
        if type(value) is not kind and not (kind is float and type(value) is int):
            raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}: {value!r}")
        return value

    return structure


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    for kind in (str, int, float, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_unstructure_hook(dt.date, date_to_iso)
    converter.register_unstructure_hook(dt.datetime, date_to_iso)
    converter.register_structure_hook(DateValue, date_from_iso)
    converter.register_structure_hook(DateValue | None, lambda v, _: None if v is None else date_from_iso(v))
    converter.register_structure_hook(dt.datetime, _datetime_from_iso)
    return converter


_CONVERTER = _make_converter()


def unstructure_article(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = _CONVERTER.unstructure(article)
    return data


def structure_article(data: dict[str, Any]) -> Article:
    if not isinstance(data, dict):
        raise RecordError(f"an Article record is a mapping, not {type(data).__name__}")
    try:
        return _CONVERTER.structure(data, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise RecordError(f"not an Article record: {exc}") from exc


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The record as a JSON string (the shape documented in docs/record.md)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Article:
    """Rebuild an Article from `to_json` output."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RecordError("an Article record is a JSON object")
    return structure_article(data)
