"""What kind of input a file is, by its name and, where the name does not say, by its first bytes: an
archive of many pages (WARC, ARC, WACZ), a feed of many articles, or one page for the loader."""

from __future__ import annotations

import zlib
from typing import Literal

Container = Literal["warc", "arc", "wacz", "feed", "page"]

#: Suffixes of the pages a folder is searched for (any file named on the command line is read).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".md", ".markdown", ".mhtml", ".mht")
#: Suffixes of containers, each with what it holds.
CONTAINER_SUFFIXES: dict[str, Container] = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".warc.wet": "warc",
    ".warc.wet.gz": "warc",
    ".wet.gz": "warc",
    ".arc": "arc",
    ".arc.gz": "arc",
    ".wacz": "wacz",
    ".rss": "feed",
    ".atom": "feed",
}
_SNIFF_BYTES = 4096


def by_name(path: str) -> Container | None:
    """The container a file's name says it is; "page" for a page's suffix; None when it says nothing."""
    lowered = path.lower()
    for suffix, kind in CONTAINER_SUFFIXES.items():
        if lowered.endswith(suffix):
            return kind
    return "page" if lowered.removesuffix(".gz").endswith(PAGE_SUFFIXES) else None


def container_of(path: str) -> Container:
    """What `path` holds: its name decides for the suffixes above, its first bytes for the rest (a file
    that cannot be read is a page: the loader reports the error)."""
    named = by_name(path)
    if named is not None:
        return named
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return "page"
    return by_content(head)


def by_content(head: bytes) -> Container:
    """The container a file's first bytes show."""
    if head[:2] == b"\x1f\x8b":
        head = _gunzipped_head(head)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    if head.startswith(b"PK\x03\x04") and (
        b"archive/" in head or b"datapackage" in head or b"pages/" in head
    ):
        return "wacz"
    from ._feeds import is_feed

    return "feed" if is_feed(head) else "page"


def _gunzipped_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
    except zlib.error:
        return b""
