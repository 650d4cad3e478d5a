"""Turn any accepted source (str, bytes, path, file object) into decoded text and its kind."""

from __future__ import annotations

import os
import re
from typing import IO, Literal

import attrs

from ._archives._feeds import is_feed
from ._archives._mhtml import is_mhtml
from ._encoding import BOMS, LONE_SURROGATE, bomless_utf16, decode_bytes, without_lone_surrogates
from ._limits import max_input_bytes
from ._model import Archive
from .errors import DecodeError, EmptyInput, InputError, InputTooLarge, SourceNotFound, UnsupportedFormat

Kind = Literal["auto", "html", "text"]
Source = str | bytes | os.PathLike[str] | IO[bytes] | IO[str]

_PATH_SUFFIXES = tuple(
    ".html .htm .xhtml .txt .text .md .markdown .gz .shtml .php .mhtml .mht .rss .atom".split()
)
_MAX_PATH_LENGTH = 1024
_GZIP_MAGIC = b"\x1f\x8b"
#: The first bytes of documents of other kinds (file signatures), and what each is.
SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"%!PS", "a PostScript document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a zip archive (or a .docx, .epub, .odt built on one; `articlekit batch` reads a .wacz)"),
    (b"WARC/", "a WARC file of captured pages (`articlekit batch FILE` gives one record per page)"),
    (b"filedesc://", "an ARC file of captured pages (`articlekit batch FILE` gives one record per page)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard file"),
)
#: Share of control bytes above which the input is binary data, not text in any encoding.
MAX_CONTROL_SHARE = 0.05

# Tags that occur in real pages; text that merely contains a "<" has none of these in tag form.
_HTML_TAG = re.compile(
    r"<(/?)(html|head|body|div|p|span|a|article|section|main|header|footer|nav|br|img|h[1-6]|meta|"
    r"title|script|style|link|ul|ol|li|table|tr|td|figure|figcaption|time|em|strong|b|i)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<(!doctype|html)|<!--)", re.IGNORECASE)
#: What may come before a document's first tag without making it text: white space, control
#: characters, byte-order and replacement marks.
_LEADING_JUNK = re.compile("[\\s\x00-\x1f\ufeff\ufffd\ud800-\udfff]*")
#: So many tags in tag form make a document HTML whatever else it holds (a page of scripts with few
#: closing tags; a copied text quotes a tag or two, not dozens).
MANY_TAGS = 30
_STRUCTURAL_CLOSERS = {"p", "div", "html", "body", "article", "section", "head", "title", "li", "span", "a"}


@attrs.frozen
class Loaded:
    """A decoded document: its text, its kind, where it came from and what decoding noticed."""

    text: str
    kind: Literal["html", "text"]
    name: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    #: What the container said of the capture (an MHTML file's snapshot address and date), if anything.
    capture: Archive | None = None
    #: `text` in UTF-8, when reading it made those bytes (the HTML parser reads them instead of
    #: converting the text again); None otherwise.
    utf8: bytes | None = attrs.field(default=None, eq=False, repr=False)


def load(
    source: Source, kind: Kind = "auto", *, charset: str | None = None, url: str | None = None
) -> Loaded:
    """Read and decode `source`; decide its kind when `kind` is "auto". `charset` is the encoding its
    transport declared (an HTTP header's); `url` where it came from (a hint for undeclared bytes)."""
    if kind not in ("auto", "html", "text"):
        raise InputError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    raw, name = _read_source(source)
    if isinstance(raw, str) and _is_container(raw[:CONTAINER_SNIFF_CHARS].lstrip("\ufeff")):
        raw = raw.encode("utf-8", "replace")  # an archive or a feed read as text: its bytes again
    if isinstance(raw, bytes):
        data = unpacked(raw)
        if is_mhtml(data):
            return _from_mhtml(data, kind, name=name, url=url)
        if is_feed(data):
            raise _feed_refused(data, name)
        text, encoding, warnings = _decoded(data, is_html=kind != "text", charset=charset, url=url)
        return _loaded(text, kind, name=name, encoding=encoding, warnings=warnings)
    text, utf8, warnings = _checked_text(raw)
    return _loaded(text, kind, name=name, encoding=None, warnings=warnings, utf8=utf8)


def _read_source(source: Source) -> tuple[str | bytes, str | None]:
    """The source's content (text or bytes) and its file name, if it has one."""
    if isinstance(source, str):
        refuse_url(source)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        name = os.fspath(source)
        return _read_path(name), name
    if isinstance(source, str | bytes | bytearray):
        return (bytes(source) if isinstance(source, bytearray) else source), None
    if hasattr(source, "read"):
        named = getattr(source, "name", None)
        return _read_file_object(source), named if isinstance(named, str) else None
    raise InputError(f"cannot read a source of type {type(source).__name__}")


def _checked_text(text: str) -> tuple[str, bytes | None, tuple[str, ...]]:
    """A str source within the size limit, its unpaired surrogates replaced (with a warning), and its
    UTF-8 bytes when the check for them made those (see `_utf8_unless_surrogates`)."""
    if len(text) > max_input_bytes():
        raise InputTooLarge(
            f"{len(text)} characters, more than the {max_input_bytes()} a document may have "
            "(ARTICLEKIT_MAX_INPUT_BYTES)"
        )
    if text.isascii():
        return text, None, ()  # (no surrogate; lxml reads ASCII text as it is)
    utf8 = _utf8_unless_surrogates(text)
    if utf8 is not None or LONE_SURROGATE.search(text) is None:
        return text, utf8, ()
    warning = "the text held unpaired surrogates, which are no characters: each was replaced by U+FFFD"
    return without_lone_surrogates(text), None, (warning,)


def _utf8_unless_surrogates(text: str) -> bytes | None:
    """The text in UTF-8, or None when it holds half a surrogate pair. Speed: strict UTF-8 encodes any
    text without one, and the bytes spare the HTML parser its own conversion of the text (lxml hands
    libxml2 most pages as UTF-16, which it converts to UTF-8 before reading)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _loaded(
    text: str,
    kind: Kind,
    *,
    name: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
    capture: Archive | None = None,
    utf8: bytes | None = None,
) -> Loaded:
    """The decoded document, its kind decided when `kind` is "auto"; EmptyInput when it holds nothing.
    `utf8`: the text's UTF-8 bytes, if made (dropped with a byte-order mark: they would hold it)."""
    if text.startswith("\ufeff"):
        text, utf8 = text.lstrip("\ufeff"), None
    if not text or text.isspace():  # (no copy of the page, as `strip` would make)
        raise EmptyInput(f"{name or 'input'}: empty")
    chosen: Literal["html", "text"] = sniff_kind(text) if kind == "auto" else kind
    return Loaded(
        text=text, kind=chosen, name=name, encoding=encoding, warnings=warnings, capture=capture, utf8=utf8
    )


#: How much of a str source is looked at for an archive's or a feed's first lines.
CONTAINER_SNIFF_CHARS = 4096


def _is_container(head: str) -> bool:
    """Whether text starts as an MHTML archive or a feed (a str source: a file read as text)."""
    data = head.encode("utf-8", "replace")
    return is_mhtml(data) or is_feed(data)


def _from_mhtml(data: bytes, kind: Kind, *, name: str | None, url: str | None) -> Loaded:
    """An MHTML archive's page, decoded as a page whose transport declared the part's charset; the
    archive's snapshot address and date are its capture."""
    from ._archives._mhtml import read_mhtml

    page = read_mhtml(data, limit=max_input_bytes())
    where = url or page.capture.original_url
    text, encoding, warnings = decode(page.html, is_html=kind != "text", charset=page.charset, url=where)
    chosen: Kind = "html" if kind == "auto" else kind
    return _loaded(text, chosen, name=name, encoding=encoding, warnings=warnings, capture=page.capture)


def _feed_refused(data: bytes, name: str | None) -> UnsupportedFormat:
    """The error for a feed given as one page: it holds many articles, which a batch run reads."""
    from ._archives._feeds import feed_items

    try:
        count = len(feed_items(data))
    except DecodeError:
        held = "that cannot be read"
    else:
        held = f"of {count} item{'' if count == 1 else 's'}"
    return UnsupportedFormat(
        f"{name or 'input'}: an RSS or Atom feed {held}, not one article page: "
        f"`articlekit batch {name or 'FILE'}` gives one record per item"
    )


_URL = re.compile(r"\s*([a-z][a-z0-9+.-]*://\S+)\s*", re.IGNORECASE)


def refuse_url(value: str) -> None:
    """A URL given where a page is expected: parsing never fetches, so say how to get the page."""
    match = _URL.fullmatch(value)  # (fails at a page's first character: no copy of a page is made)
    if match:
        url = match.group(1)
        raise SourceNotFound(
            f"{url}: a URL, not a page: articlekit never fetches; save the page first "
            f"(curl -o page.html '{url}') and parse that file, giving the URL with --url / url="
        )


def _looks_like_path(value: str) -> bool:
    if len(value) > _MAX_PATH_LENGTH or "\n" in value or "<" in value or not value.strip():
        return False
    if os.path.isfile(value):
        return True
    return value.lower().endswith(_PATH_SUFFIXES) and " " not in value.strip()


def _read_path(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError as exc:
        raise SourceNotFound(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise SourceNotFound(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise SourceNotFound(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:  # a NUL in the name
        raise SourceNotFound(f"{path!r}: not a usable file name ({exc})") from exc


def _read_file_object(handle: IO[bytes] | IO[str]) -> str | bytes:
    try:
        data = handle.read()
    except (OSError, ValueError) as exc:  # ValueError: a closed file
        raise InputError(f"cannot read the file object: {exc}") from exc
    if isinstance(data, str | bytes):
        return data
    raise InputError(f"the file object's read() returned {type(data).__name__}, not bytes or str")


def _gunzip(data: bytes, limit: int) -> bytes:
    """Gzip members unpacked, stopping with InputTooLarge past `limit` bytes."""
    import zlib

    out: list[bytes] = []
    size = 0
    while data:
        unpacker = zlib.decompressobj(wbits=31)
        try:
            while data and not unpacker.eof:
                chunk = unpacker.decompress(data, limit + 1 - size)
                data = unpacker.unconsumed_tail
                size += len(chunk)
                out.append(chunk)
                if size > limit:
                    raise InputTooLarge(
                        f"gzip data unpacks to more than {limit} bytes (ARTICLEKIT_MAX_INPUT_BYTES)"
                    )
                if not chunk and not data:
                    break
        except zlib.error as exc:
            raise DecodeError(f"gzip data is damaged or truncated: {exc}") from exc
        if not unpacker.eof:
            raise DecodeError("gzip data is damaged or truncated: it ends inside a member")
        data = unpacker.unused_data
        if data and not data.startswith(_GZIP_MAGIC):
            break  # bytes after the last member (padding): ignored, as gzip does
    return b"".join(out)


def decode(
    data: bytes, *, is_html: bool = True, charset: str | None = None, url: str | None = None
) -> tuple[str, str | None, tuple[str, ...]]:
    """Decode bytes: gunzip if gzipped, then read them as a browser would (`_encoding.py`)."""
    return _decoded(unpacked(data), is_html=is_html, charset=charset, url=url)


def unpacked(data: bytes) -> bytes:
    """A document's bytes within the size limit, gunzipped if gzipped; EmptyInput when they are blank."""
    limit = max_input_bytes()
    if len(data) > limit:
        raise InputTooLarge(
            f"{len(data)} bytes, more than the {limit} a document may have (ARTICLEKIT_MAX_INPUT_BYTES)"
        )
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, limit)
    if not data.strip():
        raise EmptyInput("empty")
    return data


def _decoded(
    data: bytes, *, is_html: bool, charset: str | None, url: str | None
) -> tuple[str, str | None, tuple[str, ...]]:
    """Unpacked bytes as text, refusing documents of other kinds and binary data."""
    for signature, what in SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedFormat(f"{what}, not HTML or text")
    if _looks_binary(data):
        raise DecodeError("binary data, not text in any encoding")
    decoded = decode_bytes(data, is_html=is_html, declared=charset, url=url)
    return decoded.text, decoded.encoding, decoded.warnings


def _has_bom(data: bytes) -> bool:
    return data.startswith(tuple(bom for bom, _ in BOMS))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if _has_bom(sample):
        return False
    if b"\x00" in sample:
        # UTF-16 without a BOM has a NUL in most of every other byte; anything else with NULs is binary.
        return bomless_utf16(sample) is None
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return control > MAX_CONTROL_SHARE * len(sample)


def sniff_kind(text: str) -> Literal["html", "text"]:
    """HTML when the text starts as a document or is made of real tags; a stray "<" stays text."""
    junk = _LEADING_JUNK.match(text)  # control characters, marks: no reason to call a document text
    start = junk.end() if junk else 0
    if _HTML_START.match(text, start):
        return "html"
    head = text[:200_000]
    tags = _HTML_TAG.findall(head)
    if text.startswith("<", start) and tags:
        return "html"
    closers = sum(1 for closing, tag in tags if closing and tag.lower() in _STRUCTURAL_CLOSERS)
    return "html" if len(tags) >= MANY_TAGS or (len(tags) >= 5 and closers >= 2) else "text"
