"""Corpora for the batch benchmarks and tests: folders of page copies and WARC files of them.

The pages are the AEB benchmark pages, read in place from ../shared and copied only into temporary
folders; WARC files are written by warcio (a response record and its request record per page).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sets import pages


def aeb_pages(data: Path, half: str = "all") -> list[tuple[str, bytes]]:
    """(url, raw HTML bytes) of every AEB page of `half` (see sets.py)."""
    return [(page.url or f"https://aeb.example/{page.key}", page.raw) for page in pages("aeb", data, half)]


def cycled(pages: list[tuple[str, bytes]], count: int) -> Iterator[tuple[str, bytes]]:
    """`count` pages, cycling through `pages`; each copy gets its own URL (a query naming the copy)."""
    for number in range(count):
        url, raw = pages[number % len(pages)]
        yield (url if number < len(pages) else f"{url}{'&' if '?' in url else '?'}copy={number}"), raw


def write_folder(folder: Path, pages: Iterable[tuple[str, bytes]]) -> int:
    """Write each page as `page-NNNNNN.html` under `folder` (1,000 to a subfolder); the number written."""
    count = 0
    for count, (_, raw) in enumerate(pages, start=1):
        sub = folder / f"{(count - 1) // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page-{count:06d}.html").write_bytes(raw)
    return count


def write_warc(path: Path, pages: Iterable[tuple[str, bytes]], *, gzip_records: bool = True) -> int:
    """A WARC of HTTP responses (each with its request record), written by warcio; the pages written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip_records)
        for url, raw in pages:
            count += 1
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(raw), http_headers=http)
            request_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            request = writer.create_warc_record(url, "request", http_headers=request_headers)
            writer.write_request_response_pair(request, response)
    return count


def write_wacz(path: Path, warc: Path) -> Path:
    """A WACZ package holding `warc` as `archive/data.warc.gz`, with the package description and page
    list a WACZ has (stored uncompressed: the WARC is gzipped already)."""
    import json
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as package:
        package.write(warc, "archive/data.warc.gz")
        package.writestr("pages/pages.jsonl", json.dumps({"format": "json-pages-1.0", "id": "pages"}) + "\n")
        description = {"profile": "data-package", "wacz_version": "1.1.1", "resources": []}
        package.writestr("datapackage.json", json.dumps(description))
    return path
