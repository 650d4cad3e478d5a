"""One input document of a batch run: what the inputs give, the workers parse and the outputs name."""

from __future__ import annotations

import datetime as dt

import attrs


@attrs.frozen
class Document:
    """One input document. `source` names it in the output: the file's path, or `warcfile#offset`.

    A file document is read by the worker (`path`); a WARC response is read by the process that reads
    the WARC and carried as `content`. `error` is set when reading already failed (a cut-short WARC)."""

    source: str
    path: str | None = None
    content: bytes | None = None
    url: str | None = None
    #: When the page was fetched (a WARC record's date): the reference time for relative dates.
    fetched: dt.datetime | None = None
    error: tuple[str, str] | None = None
