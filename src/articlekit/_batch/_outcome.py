"""One document in, one record out: the article's fields, or the error that stopped it.

Records are made (and serialised) where the document is parsed, in a worker process, so that the process
writing the output only writes lines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any, Literal

import attrs

from .._archives._document import Document
from .._load import load
from .._model import Article
from .._pipeline import parse, parse_guarded

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


@attrs.frozen
class ArticleParser:
    """articlekit's parser in a batch run, with its site rules (None: the installed ones; False: none;
    rule folders or files before the installed ones). Unlike a parser of your own, it is also given
    what an archive says of each document: the HTTP charset, and where it was captured."""

    rules: tuple[str, ...] | bool | None = None

    def __call__(self, content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
        return self.parse_document(content, Document(source="", url=url, fetched=fetched))

    def parse_document(self, content: bytes, document: Document) -> Article:
        loaded = load(content, "auto", url=document.url, charset=document.charset)
        loaded = attrs.evolve(loaded, name=document.source or loaded.name)  # errors name the document
        if document.capture is not None:
            loaded = attrs.evolve(loaded, capture=document.capture.filled_from(loaded.capture))
        rules = list(self.rules) if isinstance(self.rules, tuple) else self.rules
        return parse_guarded(loaded, url=document.url, rules=rules, reference_time=document.fetched)


#: The parser of a run given none: articlekit's, with the installed rules.
DEFAULT_PARSER = ArticleParser()


def rules_parser(rules: object) -> Parser:
    """The default parser with site rules: None the installed ones, False none, a list of rule folders or
    files before the installed ones (a picklable parser, for worker processes)."""
    if rules is None:
        return DEFAULT_PARSER
    chosen = tuple(str(item) for item in rules) if isinstance(rules, list | tuple) else bool(rules)
    return ArticleParser(chosen)


def outcome_of(document: Document, parser: Parser = DEFAULT_PARSER) -> Outcome:
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
        article = _parsed(parser, content, document)
    except Exception as exc:  # bad input (ArticleKitError) or a bug: either way one error record
        message = str(exc) or type(exc).__name__
        if message.startswith(_UNNAMED):  # a parser's error about bytes it was given: name the document
            message = f"{document.source}: {message.removeprefix(_UNNAMED)}"
        outcome = error_outcome(document.source, type(exc).__name__, message)
        return attrs.evolve(outcome, url=document.url, digest=digest)
    record: dict[str, Any] = {"source": document.source, **article.to_dict()}
    status: Status = "warnings" if article.warnings else "parsed"
    url = article.url or article.canonical_url or document.url
    return Outcome(document.source, dumps(record), status, url=url, digest=digest)


#: How the pipeline names a document given as bytes, which a batch run names by its source.
_UNNAMED = "input: "


def _parsed(parser: Parser, content: bytes, document: Document) -> Article:
    """The document's article: articlekit's parser is given all the document says; a parser of your own
    its three arguments, and the capture is added to its record when it gives none."""
    if isinstance(parser, ArticleParser):
        return parser.parse_document(content, document)
    article = parser(content, document.url, document.fetched)
    if document.capture is not None and article.archive is None:
        article = attrs.evolve(article, archive=document.capture)
    return article


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
