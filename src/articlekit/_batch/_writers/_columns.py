"""The flat columns of the CSV and Parquet outputs: one row per input document (docs/batch.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

Kind = Literal["string", "int", "bool", "list"]
Record = dict[str, Any]


def _get(*keys: str) -> Callable[[Record], Any]:
    def read(record: Record) -> Any:
        value: Any = record
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    return read


def _images(record: Record) -> int | None:
    return len(record["images"]) if "images" in record else None


#: (column, kind, how it is read from a record). `record` is the whole record as JSON (Parquet only).
COLUMNS: tuple[tuple[str, Kind, Callable[[Record], Any]], ...] = (
    ("source", "string", _get("source")),
    ("error_type", "string", _get("error", "type")),
    ("error_message", "string", _get("error", "message")),
    ("duplicate_of", "string", _get("duplicate_of")),
    ("headline", "string", _get("headline")),
    ("kicker", "string", _get("kicker")),
    ("subheadline", "string", _get("subheadline")),
    ("authors", "list", _get("authors")),
    ("organisations", "list", _get("organisations")),
    ("published", "string", _get("dates", "published")),
    ("modified", "string", _get("dates", "modified")),
    ("displayed", "string", _get("dates", "displayed")),
    ("dates_conflict", "bool", _get("dates", "conflict")),
    ("read_time_minutes", "int", _get("read_time", "minutes")),
    ("read_time_source", "string", _get("read_time", "source")),
    ("site_name", "string", _get("site_name")),
    ("url", "string", _get("url")),
    ("canonical_url", "string", _get("canonical_url")),
    ("language", "string", _get("language")),
    ("description", "string", _get("description")),
    ("section", "string", _get("section")),
    ("tags", "list", _get("tags")),
    ("access", "string", _get("access")),
    ("publication", "string", _get("publication", "raw")),
    ("image_count", "int", _images),
    ("word_count", "int", _get("body", "word_count")),
    ("body_text", "string", _get("body", "text")),
    ("archive_original_url", "string", _get("archive", "original_url")),
    ("archive_captured_at", "string", _get("archive", "captured_at")),
    ("archive_via", "string", _get("archive", "via")),
    ("warnings", "list", _get("warnings")),
)


def flatten(record: Record) -> Record:
    """A record's flat row: lists stay lists (CSV joins them), absent values are None."""
    return {name: read(record) for name, _, read in COLUMNS}
