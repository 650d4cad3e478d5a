"""WARC files: their HTML responses as documents, read with FastWARC (chosen over warcio by measurement:
docs/batch.md). Only `response` records with a 2xx status and an HTML payload are documents; the record's
target URI becomes the article's URL. A record's source is `FILE#OFFSET`, the offset of the record in the
file (in the uncompressed stream for a file gzipped as a whole)."""

from __future__ import annotations

import contextlib
import gzip
from collections.abc import Iterator
from typing import BinaryIO

from ._document import Document

#: Content types of the responses parsed (a missing one is decided by the payload's first bytes).
HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(path: str) -> Iterator[Document]:
    """The HTML responses of one WARC file. A file that cannot be opened, holds no WARC record or is cut
    short gives an error document where reading stopped."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:  # the `warc` extra is not installed
        yield _failed(
            path, "ImportError", "reading WARC files needs FastWARC: pip install 'articlekit[warc]'"
        )
        return
    try:
        file = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
        stream: BinaryIO | gzip.GzipFile = file
        if _gzipped_whole(file):
            stream = gzip.GzipFile(fileobj=file)  # closed with the file below
    except OSError as exc:
        yield _failed(path, "SourceNotFound", str(exc.strerror or exc))
        return
    seen_any = False
    with file, stream:
        records = iter(ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True))
        while True:
            try:
                record = next(records, None)
            except Exception as exc:  # FastWARC raises OSError (and others) on a malformed record
                where = f"{path}#{stream.tell()}" if seen_any else path
                yield _failed(where, "WarcError", f"unreadable WARC record ({exc})")
                return
            if record is None:
                break
            seen_any = True
            if record.record_type != WarcRecordType.response:
                continue
            source = f"{path}#{record.stream_pos}"
            http = record.http_headers
            payload = record.reader.read()
            if len(payload) < record.content_length:
                yield _failed(source, "WarcError", "the WARC file ends inside this record")
                return
            if http is not None and not 200 <= (http.status_code or 200) < 300:
                continue
            if not _is_html((http.get("Content-Type") or "") if http is not None else "", payload):
                continue
            url = record.headers.get("WARC-Target-URI")
            yield Document(source=source, content=payload, url=url, fetched=record.record_date)
        if not seen_any:
            yield _failed(path, "WarcError", "no WARC records (not a WARC file, or cut short)")


def _gzipped_whole(stream: BinaryIO) -> bool:
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


def _is_html(content_type: str, payload: bytes) -> bool:
    if content_type:
        return any(kind in content_type.lower() for kind in HTML_TYPES)
    return payload.lstrip()[:1] == b"<"


def _failed(source: str, kind: str, message: str) -> Document:
    return Document(source=source, error=(kind, message))
