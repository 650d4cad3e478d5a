"""One document in, one record out: the article's fields, or the error that stopped it.

Records are made (and serialised) where the document is parsed, in a worker process, so that the process
writing the output only writes lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any, Literal

import attrs

from .._model import Article
from .._pipeline import parse
from ._document import Document

Status = Literal["parsed", "warnings", "error", "duplicate"]
#: Parses one document (its bytes, URL and fetch time) into an Article: `articlekit.parse` by default.
Parser = Callable[[bytes, str | None, dt.datetime | None], Article]


@attrs.frozen
class Outcome:
    """A document's record as one JSON line, with what the run needs to know of it."""

    source: str
    line: str
    status: Status
    url: str | None = None
    digest: str | None = None


def parse_bytes(content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
    """The default parser: `articlekit.parse`, the kind decided from the content; a WARC record's date
    is the reference time that resolves "3 hours ago"."""
    return parse(content, url=url, reference_time=fetched)


def _parse_with_rules(
    content: bytes, url: str | None, fetched: dt.datetime | None, *, rules: tuple[str, ...] | bool | None
) -> Article:
    return parse(
        content, url=url, reference_time=fetched, rules=list(rules) if isinstance(rules, tuple) else rules
    )


def rules_parser(rules: object) -> Parser:
    """The default parser with site rules: None the installed ones, False none, a list of rule folders or
    files before the installed ones (a picklable parser, for worker processes)."""
    if rules is None:
        return parse_bytes
    chosen = tuple(str(item) for item in rules) if isinstance(rules, list | tuple) else bool(rules)
    return functools.partial(_parse_with_rules, rules=chosen)


def outcome_of(document: Document, parser: Parser = parse_bytes) -> Outcome:
    """Parse one document; never raises (every failure becomes an error record)."""
    if document.error is not None:
        return error_outcome(document.source, *document.error)
    try:
        content = document.content
        if content is None:
            with open(str(document.path), "rb") as stream:
                content = stream.read()
    except OSError as exc:
        return error_outcome(document.source, "SourceNotFound", str(exc.strerror or exc))
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    try:
        article = parser(content, document.url, document.fetched)
    except Exception as exc:  # bad input (ArticleKitError) or a bug: either way one error record
        outcome = error_outcome(document.source, type(exc).__name__, str(exc) or type(exc).__name__)
        return attrs.evolve(outcome, url=document.url, digest=digest)
    record: dict[str, Any] = {"source": document.source, **article.to_dict()}
    status: Status = "warnings" if article.warnings else "parsed"
    url = article.url or article.canonical_url or document.url
    return Outcome(document.source, dumps(record), status, url=url, digest=digest)


def error_outcome(source: str, kind: str, message: str) -> Outcome:
    """The record of a document that gave no article: `{"source", "error": {"type", "message"}}`."""
    record = {"source": source, "error": {"type": kind, "message": message}}
    return Outcome(source, dumps(record), "error")


def duplicate_outcome(outcome: Outcome, first: str) -> Outcome:
    """The record of a document that repeats an earlier one (same URL or same bytes)."""
    record = {"source": outcome.source, "duplicate_of": first}
    return Outcome(outcome.source, dumps(record), "duplicate", url=outcome.url, digest=outcome.digest)


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
