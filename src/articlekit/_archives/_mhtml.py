"""MHTML ("Save as single file" in Chrome and Edge, .mht from older browsers): a `multipart/related` MIME
message whose root part is the page's HTML. Read with the standard library's `email` package, loaded only
when a document's first bytes say it is one; nothing the archive points to is fetched."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from .._model import Archive
from ..errors import DecodeError, InputTooLarge, UnsupportedFormat

if TYPE_CHECKING:
    from email.message import Message

#: How much of a document the sniff reads: a browser writes the archive's headers in a few hundred bytes.
SNIFF_WINDOW = 4096
#: The content types a root (page) part may have.
HTML_TYPES = ("text/html", "application/xhtml+xml")

_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:")
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_MIME_VERSION = re.compile(rb"^mime-version:", re.IGNORECASE | re.MULTILINE)
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)
_FOLDING = re.compile(r"\r?\n(?=[ \t])")  # unfolding keeps the white space after the line break
_NOT_IN_URLS = re.compile(r"[\s<>\"\x00-\x1f\x7f]")


@attrs.frozen
class MhtmlPage:
    """An archive's page: its HTML bytes, the charset its part declares, and what the archive says of
    the capture (the snapshot's address and date)."""

    html: bytes
    charset: str | None
    capture: Archive


def is_mhtml(head: bytes) -> bool:
    """Whether a document's first bytes are the headers of a MIME `multipart/related` message (an MHTML
    archive): they start with a header line, and hold `MIME-Version:` and that content type."""
    if not _HEADER_LINE.match(head):
        return False
    window = head[:SNIFF_WINDOW]
    end = _HEADERS_END.search(window)
    headers = window[: end.start()] if end else window
    return bool(_MIME_VERSION.search(headers) and _MULTIPART_RELATED.search(headers))


def read_mhtml(data: bytes, *, limit: int) -> MhtmlPage:
    """The root HTML part of an MHTML archive, its transfer encoding undone, and the capture. Raises
    UnsupportedFormat when the archive holds no HTML part, InputTooLarge past `limit` bytes."""
    message = _parsed(data)
    page = _root_part(message)
    if page is None:
        raise UnsupportedFormat(
            "an MHTML archive with no HTML part (text/html): no page to read; "
            'save the page again as "Webpage, Single File" or as HTML'
        )
    html = page.get_payload(decode=True)
    if not isinstance(html, bytes):
        raise DecodeError("the MHTML archive's HTML part could not be decoded")
    if len(html) > limit:
        raise InputTooLarge(
            f"the MHTML archive's page is {len(html)} bytes, more than the {limit} a document may have "
            "(ARTICLEKIT_MAX_INPUT_BYTES)"
        )
    return MhtmlPage(html=html, charset=page.get_content_charset(), capture=_capture(message, page))


def _parsed(data: bytes) -> Message:
    """The archive as a MIME message (the lenient compat32 policy: a damaged archive gives defects, not
    exceptions; anything it still raises becomes a DecodeError)."""
    from email import policy
    from email.parser import BytesParser

    try:
        return BytesParser(policy=policy.compat32).parsebytes(data)
    except Exception as exc:  # the parser's own failures on hostile input, of no documented type
        raise DecodeError(f"a damaged MHTML archive ({type(exc).__name__}: {exc})") from exc


def _root_part(message: Message) -> Message | None:
    """The page's part: the one the multipart's `start` parameter names, else the HTML part at the
    snapshot's address, else the first HTML part (later ones are the page's frames)."""
    pages = [part for part in message.walk() if part.get_content_type() in HTML_TYPES]
    if not pages:
        return None
    start = _header(message.get_param("start", header="content-type"))
    snapshot = _header(message.get("Snapshot-Content-Location"))
    for wanted, header in ((start, "Content-ID"), (snapshot, "Content-Location")):
        if wanted:
            named = [part for part in pages if _bare(_header(part.get(header))) == _bare(wanted)]
            if named:
                return named[0]
    return pages[0]


def _bare(name: str | None) -> str | None:
    """A Content-ID or address without the angle brackets it may be written in."""
    return name.strip("<>") if name else None


def _capture(message: Message, page: Message) -> Archive:
    """The archive's account of the capture: the snapshot's address (else the page part's) and date."""
    original = _address(message.get("Snapshot-Content-Location")) or _address(page.get("Content-Location"))
    return Archive(original_url=original, captured_at=_date(_header(message.get("Date"))), via="mhtml")


def _address(value: object) -> str | None:
    """A header's URL when it is one (a scheme, a well-formed host, no spaces); a part's name inside
    the archive (`cid:`) is none."""
    from urllib.parse import urlsplit

    address = _header(value)
    if address is None or _NOT_IN_URLS.search(address):
        return None
    try:
        scheme = urlsplit(address).scheme
    except ValueError:  # a damaged host ("[" without its IPv6 address)
        return None
    return address if scheme and scheme.lower() != "cid" else None


def _header(value: object) -> str | None:
    """A header's (or a parameter's) value as one line of text, None when absent or blank."""
    if value is None:
        return None
    if isinstance(value, tuple):  # an RFC 2231 parameter: (charset, language, value)
        value = value[-1]
    text = _FOLDING.sub("", str(value)).strip()
    return text or None


def _date(value: str | None) -> dt.datetime | None:
    """An RFC 2822 date; one without a zone (`-0000`) is UTC, as the RFC means it."""
    from email.utils import parsedate_to_datetime

    if value is None:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
