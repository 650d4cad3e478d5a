"""WARC files (and WET, their text-only kin): the pages they hold as documents, read with FastWARC
(chosen over warcio by measurement: docs/batch.md).

A document is a `response` with a 2xx status, a `resource` (stored without HTTP, as browser-based
crawlers write) or a `revisit` of an earlier capture in the same file, when it holds HTML; and a WET
`conversion` record of plain text. Payloads are decoded as a browser would (_http.py). The record's
target URI is the article's URL, its date the capture time. A record's source is `FILE#OFFSET`, the
offset of the record in the file (in the uncompressed stream for a file gzipped as a whole).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import IO, Any

from .._limits import max_input_bytes
from .._model import Via
from ._document import Document, Passed, captured_page
from ._http import decoded

#: Content types of the pages read (a missing one is decided by the payload's first bytes).
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Bytes of decoded pages kept for `revisit` records that point back at them (a revisit mostly
#: follows its capture closely: a crawl's later pass over the same site).
REVISIT_MEMORY = 32 * 1024 * 1024
#: Addresses kept for revisits that name the page they repeat by its address only.
REVISIT_ADDRESSES = 100_000
_DOCUMENT_RECORDS = ("response", "resource", "revisit", "conversion")


def warc_documents(path: str, passed: Passed | None = None) -> Iterator[Document]:
    """The pages of one WARC or WET file. A file that cannot be opened, holds no WARC record or is
    cut short gives an error document where reading stopped."""
    try:
        file = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as exc:
        yield failed(path, "SourceNotFound", str(exc.strerror or exc))
        return
    with file:
        yield from stream_documents(file, path, passed=passed)


def stream_documents(
    file: IO[bytes], name: str, *, passed: Passed | None = None, via: Via = "warc"
) -> Iterator[Document]:
    """The pages of a WARC stream (a file, a WACZ member), their sources `NAME#OFFSET`."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:  # the `warc` extra is not installed
        yield failed(name, "ImportError", "reading WARC files needs FastWARC: pip install 'articlekit[warc]'")
        return
    stream: Any = gzip.GzipFile(fileobj=file) if _gzipped_whole(file) else file
    reader = _RecordReader(name, passed if passed is not None else Passed(), via)
    records = iter(ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True))
    while True:
        try:
            record = next(records, None)
        except Exception as exc:  # FastWARC raises OSError (and others) on a malformed record
            where = f"{name}#{stream.tell()}" if reader.seen else name
            yield failed(where, "WarcError", f"unreadable WARC record ({exc})")
            return
        if record is None:
            break
        reader.seen += 1
        document = reader.document(record)
        if document is not None:
            yield document
    if not reader.seen:
        yield failed(name, "WarcError", "no WARC records (not a WARC file, or cut short)")
    elif not reader.yielded:
        yield failed(name, "NotAnArticle", f"no page in this archive ({reader.seen} records, none a page)")


class _RecordReader:
    """Turns WARC records into documents, remembering pages for the revisits that point back at them."""

    def __init__(self, name: str, passed: Passed, via: Via) -> None:
        self.name, self.passed, self.via = name, passed, via
        self.seen = self.yielded = 0
        self._pages: OrderedDict[str, tuple[bytes, str | None]] = OrderedDict()
        self._addresses: OrderedDict[str, str] = OrderedDict()
        self._kept = 0

    def document(self, record: Any) -> Document | None:
        kind = str(record.record_type).rpartition(".")[2]
        if kind not in _DOCUMENT_RECORDS:
            return None
        source = f"{self.name}#{record.stream_pos}"
        raw = record.reader.read()
        if kind != "revisit" and len(raw) < record.content_length:
            return failed(source, "WarcError", "the WARC file ends inside this record")
        page = self._page(kind, record, raw, source)
        if page is None:
            self.passed.not_pages += 1
            return None
        self.yielded += 1
        return page

    def _page(self, kind: str, record: Any, raw: bytes, source: str) -> Document | None:
        headers, http = record.headers, record.http_headers
        if kind == "revisit":
            return self._revisit(record, source)
        if http is not None and not 200 <= (http.status_code or 200) < 300:
            return None
        content_type = (http.get("Content-Type") if http is not None else headers.get("Content-Type")) or ""
        if kind == "conversion" and not content_type.lower().startswith("text/plain"):
            return None
        if kind != "conversion" and not is_html(content_type, raw):
            return None
        url, via = (
            _target(headers.get("WARC-Target-URI")) or None,
            "wet" if kind == "conversion" else self.via,
        )
        header = http.get if http is not None else no_header
        page = archived_page(source, raw, header, content_type, url=url, captured=record.record_date, via=via)
        if page.content is not None:
            self._remember(headers, page.content, page.charset)
        return page

    def _revisit(self, record: Any, source: str) -> Document | None:
        """A revisit stores no payload: it is the earlier capture's, found by digest or by address."""
        headers, http = record.headers, record.http_headers
        content_type = (http.get("Content-Type") if http is not None else None) or ""
        if http is not None and not 200 <= (http.status_code or 200) < 300:
            return None
        earlier = self._earlier(headers)
        if earlier is None:
            if content_type and not is_html(content_type, b""):
                return None
            refers = headers.get("WARC-Refers-To-Target-URI") or _target(headers.get("WARC-Target-URI"))
            return failed(
                source, "WarcError", f"a revisit of an earlier capture of {refers} not in this input"
            )
        url = _target(headers.get("WARC-Target-URI")) or None
        return captured_page(
            source, earlier[0], earlier[1], url=url, captured=record.record_date, via=self.via
        )

    def _remember(self, headers: Any, body: bytes, charset: str | None) -> None:
        """Keep a page for later revisits: by payload digest (a page with none gets its address as its
        key), its address pointing at that key; the oldest pages go past REVISIT_MEMORY bytes."""
        address = "uri:" + _target(headers.get("WARC-Target-URI"))
        key = headers.get("WARC-Payload-Digest") or address
        if key not in self._pages:
            self._kept += len(body)
        self._pages[key] = (body, charset)
        self._addresses[address] = key
        if len(self._addresses) > REVISIT_ADDRESSES:
            self._addresses.popitem(last=False)
        while self._kept > REVISIT_MEMORY and self._pages:
            self._kept -= len(self._pages.popitem(last=False)[1][0])

    def _earlier(self, headers: Any) -> tuple[bytes, str | None] | None:
        """The page a revisit points back at, if it is still kept."""
        digest = headers.get("WARC-Payload-Digest") or ""
        address = "uri:" + _target(headers.get("WARC-Refers-To-Target-URI") or headers.get("WARC-Target-URI"))
        return self._pages.get(digest) or self._pages.get(self._addresses.get(address, ""))


def archived_page(
    source: str,
    body: bytes,
    header: Callable[[str], str | None],
    content_type: str,
    *,
    url: str | None,
    captured: dt.datetime | None,
    via: Via,
) -> Document:
    """An archived response's page, its payload decoded as its headers (`header(name)`) say; one that
    unpacks past the input limit is an error document."""
    try:
        payload = decoded(
            body,
            transfer_encoding=header("Transfer-Encoding"),
            content_encoding=header("Content-Encoding"),
            content_type=content_type,
            limit=max_input_bytes(),
        )
    except ValueError as exc:
        return failed(source, "InputTooLarge", str(exc))
    return captured_page(source, payload.body, payload.charset, url=url, captured=captured, via=via)


def no_header(name: str) -> None:
    """The headers of a record stored without HTTP: none."""


def _target(uri: str | None) -> str:
    """A target URI as written, without the angle brackets wget puts round it."""
    return (uri or "").strip().removeprefix("<").removesuffix(">")


def _gzipped_whole(stream: IO[bytes]) -> bool:
    """Whether a WARC file is gzipped as a whole rather than record by record (both are valid). FastWARC
    then gives every record after the first the same position, which cannot tell records apart: such
    a file is read through gzip, and sources are offsets in the uncompressed stream."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    if stream.read(2) != b"\x1f\x8b":
        stream.seek(0)
        return False
    stream.seek(0)
    positions: list[int] = []
    with contextlib.suppress(Exception):  # a malformed file: the reading proper reports it
        for record in ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=False):
            positions.append(record.stream_pos)
            if len(positions) == 3:
                break
    stream.seek(0)
    return len(positions) == 3 and positions[1] == positions[2]


def is_html(content_type: str, payload: bytes) -> bool:
    if content_type:
        return any(kind in content_type.lower() for kind in HTML_TYPES)
    return payload.lstrip()[:1] == b"<"


def failed(source: str, kind: str, message: str) -> Document:
    """A document that is only the error that stopped its reading."""
    return Document(source=source, error=(kind, message))
