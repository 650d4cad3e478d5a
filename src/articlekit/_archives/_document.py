"""One input document of a batch run: what the inputs give, the workers parse and the outputs name."""

from __future__ import annotations

import datetime as dt

import attrs

from .._model import Archive, Via


@attrs.frozen
class Document:
    """One input document. `source` names it in the output: the file's path, or `FILE#OFFSET` for a
    record inside an archive file.

    A file document is read by the worker (`path`); an archive's record is read by the process that
    reads the archive and carried as `content`. `error` is set when reading already failed (a cut-short
    WARC)."""

    source: str
    path: str | None = None
    content: bytes | None = None
    url: str | None = None
    #: When the page was fetched (a WARC record's date): the reference time for relative dates.
    fetched: dt.datetime | None = None
    error: tuple[str, str] | None = None
    #: The charset the HTTP response declared (it comes before anything the page says).
    charset: str | None = None
    #: Where the document was captured, as the archive file says.
    capture: Archive | None = None


def captured_page(
    source: str, body: bytes, charset: str | None, *, url: str | None, captured: dt.datetime | None, via: Via
) -> Document:
    """A page an archive holds: its URL and capture time are the article's URL and reference time, and
    the capture the record's `archive`."""
    capture = Archive(original_url=url, captured_at=captured, via=via)
    return Document(source=source, content=body, url=url, fetched=captured, charset=charset, capture=capture)


@attrs.define
class Passed:
    """What the inputs held that is not a page (an archive's images, scripts, redirects): counted for
    the run's summary, so that nothing is passed over unsaid."""

    #: Records of archives that are no page: images, scripts, styles, redirects, requests' answers.
    not_pages: int = 0
    #: Files in the folders searched whose names are no page's and no archive's.
    other_files: int = 0
