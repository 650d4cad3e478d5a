"""ARC files, the Internet Archive's format before WARC: their pages as documents, read with warcio
(FastWARC reads WARC only). Each `URL IP-address Archive-date Content-type Length` record holds an HTTP
response; the pages among them are documents as in a WARC file (_warc.py)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

from ._document import Document, Passed
from ._warc import archived_page, failed, is_html, no_header


def arc_documents(path: str, passed: Passed | None = None) -> Iterator[Document]:
    """The pages of one ARC file (plain or gzipped); a file that cannot be read gives an error document
    where reading stopped."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        yield failed(path, "ImportError", "reading ARC files needs warcio: pip install 'articlekit[warc]'")
        return
    logging.getLogger("warcio").addHandler(logging.NullHandler())  # its notes are not the run's to print
    passed = passed if passed is not None else Passed()
    seen = 0
    try:
        with open(path, "rb") as file:
            records = ArchiveIterator(file, arc2warc=True)
            for record in records:
                body = record.raw_stream.read()
                seen += 1
                if record.rec_type != "response":
                    continue
                document = _page(record, body, f"{path}#{records.get_record_offset()}")
                if document is None:
                    passed.not_pages += 1
                else:
                    yield document
    except OSError as exc:
        yield failed(path, "SourceNotFound", str(exc.strerror or exc))
    except Exception as exc:  # warcio's ArchiveLoadFailed and others on a malformed file
        yield failed(path, "WarcError", f"unreadable ARC record ({exc})")
    else:
        if not seen:
            yield failed(path, "WarcError", "no ARC records (not an ARC file, or cut short)")


def _page(record: Any, body: bytes, source: str) -> Document | None:
    http = record.http_headers
    status = http.get_statuscode() if http is not None else "200"
    content_type = (http.get_header("Content-Type") if http is not None else None) or ""
    if not str(status).startswith("2") or not is_html(content_type, body):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    captured = _date(record.rec_headers.get_header("WARC-Date"))
    header = http.get_header if http is not None else no_header
    return archived_page(source, body, header, content_type, url=url, captured=captured, via="arc")


def _date(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
