"""Bytes to text as a browser reads them (the WHATWG Encoding Standard's order): a byte-order mark;
then the charset the transport declared (an HTTP header); then the one the page declares in its head;
then UTF-8 when the bytes are UTF-8; then a guess (the page's language, else statistical detection).
Labels are read through the standard's table. Whatever was guessed or repaired says so in a warning.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

import attrs

from ._encoding_labels import (
    CODEC_BY_LABEL,
    DEFAULT_FALLBACK,
    DETECTED_ALIASES,
    ENCODINGS_BY_LANGUAGE,
    LANGUAGE_BY_DOMAIN,
    UNSAFE_LABELS,
)

BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: How far into a page its head's charset declaration is looked for (browsers look in the first 1024
#: bytes, then change the encoding when the parser meets a later one in the head).
HEAD_WINDOW = 32_768
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)
_META = re.compile(rb"<meta\s[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""\bcharset\s*=\s*["']?\s*([^\s"'>;/]+)""", re.IGNORECASE)
_HTTP_EQUIV = re.compile(rb"""\bhttp-equiv\s*=\s*["']?\s*content-type""", re.IGNORECASE)
_META_CONTENT = re.compile(rb"""\bcontent\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_LANG = re.compile(
    rb"""<html\b[^>]*?\b(?:xml:)?lang\s*=\s*["']?([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)"""
    rb"""|<meta\s[^>]*http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?([a-z]{2,3}(?:-[a-z0-9]{2,8})?)""",
    re.IGNORECASE,
)


#: Half a surrogate pair: no character, and nothing UTF-8 can write.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(data: Any) -> Any:
    """Text, or JSON data, with every unpaired surrogate (a valid JSON escape, and possible in a Python
    str, but no character) replaced by U+FFFD, so that no record made of it fails to be written."""
    if isinstance(data, str):
        return LONE_SURROGATE.sub("\ufffd", data)
    if isinstance(data, list):
        return [without_lone_surrogates(item) for item in data]
    if isinstance(data, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in data.items()}
    return data


@attrs.frozen
class Decoded:
    """Decoded text, the Python codec it was read with, and what a reader should know about how."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def codec_for(label: str | bytes | None) -> str | None:
    """The Python codec a browser reads an encoding label as; None for an unknown or unsafe label."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    key = label.strip().strip("\"'").lower()
    if key in UNSAFE_LABELS:
        return None
    return CODEC_BY_LABEL.get(key)


def decode_bytes(
    data: bytes, *, is_html: bool = True, declared: str | None = None, url: str | None = None
) -> Decoded:
    """Decode a document's bytes. `declared` is the charset its transport gave (an HTTP header's),
    `url` where it came from (its country domain hints at its language when nothing else does)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, "replace"), codec)
    warnings: list[str] = []
    transport = codec_for(declared)
    if declared and transport is None:
        warnings.append(f"the declared charset {declared!r} is not an encoding browsers read; ignored")
    page = page_declared(data) if is_html and transport is None else None
    chosen = transport or page
    if chosen in ("utf-16-le", "utf-16-be") and page is not None:
        chosen = "utf-8"  # a declaration read as ASCII cannot be true of UTF-16 bytes (the standard's rule)
    if chosen is not None:
        return _as_declared(data, chosen, "the transport" if transport else "the page", warnings)
    return _undeclared(data, is_html, url, warnings)


def page_declared(data: bytes) -> str | None:
    """The codec of the first charset declaration in the page's head (`<meta charset>`, a
    Content-Type `<meta http-equiv>`), else of an XML declaration."""
    head = data[:HEAD_WINDOW]
    end = _HEAD_END.search(head)
    if end is not None:
        head = head[: end.start()]
    for meta in _META.finditer(head):
        tag = meta.group(0)
        if _HTTP_EQUIV.search(tag):
            content = _META_CONTENT.search(tag)
            found = _META_CHARSET.search(content.group(2)) if content else None
        else:
            found = _META_CHARSET.search(tag)
        if found is not None and (codec := codec_for(found.group(1))) is not None:
            return codec
    xml = _XML_ENCODING.match(data[:200])
    return codec_for(xml.group(1)) if xml else None


def _as_declared(data: bytes, codec: str, who: str, warnings: list[str]) -> Decoded:
    """Bytes whose encoding was declared: read so, unless the bytes plainly are not that."""
    if codec == "utf-8":
        return _as_utf8(data, who, warnings)
    if _is_utf8_beyond_ascii(data):  # (UTF-8 itself was read above)
        warnings.append(f"{who} declares {_name(codec)}, but the bytes are UTF-8: read as UTF-8")
        return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
    text = data.decode(codec, "replace")
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        warnings.append(f"some bytes are not {_name(codec)}, as {who} declares, and were replaced")
    return Decoded(text, codec, tuple(warnings))


def _as_utf8(data: bytes, who: str, warnings: list[str]) -> Decoded:
    """Declared UTF-8: decoded so when it is; a windows-1252 byte or two mixed in are repaired; bytes
    that are not UTF-8 at all are read as what they look like."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    stray = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    real = sum(1 for char in lenient if ord(char) > 127 and char != "\ufffd")
    if real > stray:  # UTF-8 with some bytes of another encoding in it
        from bs4.dammit import UnicodeDammit  # only pages mixing encodings need it

        try:
            text = UnicodeDammit.detwingle(data).decode("utf-8")
        except UnicodeDecodeError:
            warnings.append(f"some bytes are not UTF-8, as {who} declares, and were replaced")
            return Decoded(lenient, "utf-8", tuple(warnings))
        warnings.append("the page mixes UTF-8 with windows-1252 bytes; those were read as windows-1252")
        return Decoded(text, "utf-8", tuple(warnings))
    guess = _guess(data, None, None)
    warnings.append(f"{who} declares UTF-8, but the bytes are not: read as {_name(guess)}")
    return Decoded(data.decode(guess, "replace"), guess, tuple(warnings))


def _undeclared(data: bytes, is_html: bool, url: str | None, warnings: list[str]) -> Decoded:
    utf16 = bomless_utf16(data) if b"\x00" in data[:4096] else None  # before ASCII: "В" is 12 04
    if utf16 is not None:
        warnings.append(
            f"encoding not declared; {_name(utf16)} without a byte-order mark, told by its zero bytes"
        )
        return Decoded(data.decode(utf16, "replace"), utf16, tuple(warnings))
    if data.isascii():
        return Decoded(data.decode("ascii"), "ascii", tuple(warnings))
    try:
        return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
    except UnicodeDecodeError:
        pass
    language = _language(data) if is_html else None
    guess = _guess(data, language, url)
    warnings.append(f"encoding not declared; guessed as {_name(guess)}")
    return Decoded(data.decode(guess, "replace"), guess, tuple(warnings))


def _guess(data: bytes, language: str | None, url: str | None) -> str:
    """The legacy encoding of undeclared non-UTF-8 bytes. Statistical detection reads them; the page's
    language (or its country domain's) narrows the choice to that language's encodings, the most
    common first. With no language known, a Latin-script reading defers to windows-1252, the web's
    most common, unless windows-1252 puts symbols inside words ("³ód¿": Polish misread)."""
    detected = _detect(data)
    language = language or _domain_language(url)
    if language is not None:
        family = ENCODINGS_BY_LANGUAGE.get(language) or ENCODINGS_BY_LANGUAGE.get(language.split("-")[0])
        family = family or (DEFAULT_FALLBACK,)
        if detected in family:
            return detected
        if _decodes(data, family[0]):
            return family[0]
    if detected is None:
        return DEFAULT_FALLBACK
    if detected != DEFAULT_FALLBACK and _decodes(data, DEFAULT_FALLBACK):
        as_detected = data.decode(detected, "replace")
        as_default = data.decode(DEFAULT_FALLBACK)
        if _latin_script(as_detected) and _symbols_in_words(as_default) <= _symbols_in_words(as_detected):
            return DEFAULT_FALLBACK
    return detected


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best reading of the bytes, as the Python codec the standard reads it by."""
    import charset_normalizer  # only undeclared legacy-encoded pages need it

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return None
    try:
        name = codecs.lookup(best.encoding).name.replace("-", "_")
    except LookupError:
        return None
    return DETECTED_ALIASES.get(name, name)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    """The bytes are UTF-8 holding characters beyond ASCII (which no legacy encoding's text is by chance)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: markup, spaces and Latin text put a zero in the high byte of
    their code units, which text in any other encoding never holds; the low bytes are almost never zero."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((even, odd, "utf-16-be"), (odd, even, "utf-16-le")):
        if zeros.count(0) >= 0.2 * len(zeros) and others.count(0) <= 0.1 * len(others):
            return codec if _decodes(sample, codec) else None
    return None


def _language(data: bytes) -> str | None:
    match = _LANG.search(data[:HEAD_WINDOW])
    if match is None:
        return None
    value = (match.group(1) or match.group(2)).decode("ascii").lower().replace("_", "-")
    return value


def _domain_language(url: str | None) -> str | None:
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    return LANGUAGE_BY_DOMAIN.get(host.rsplit(".", 1)[-1])


def _latin_script(text: str) -> bool:
    """Most letters beyond ASCII are Latin ones (so windows-1252 may read the bytes as well)."""
    letters = [char for char in text if ord(char) > 127 and char.isalpha()]
    if not letters:
        return True
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin >= 0.8 * len(letters)


#: A letter, a character beyond ASCII that is no letter, a letter: a misread letter inside a word.
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f](?=[^\W\d_])")


def _symbols_in_words(text: str) -> int:
    return len(_SYMBOL_IN_WORD.findall(text))


def _name(codec: str) -> str:
    """A codec's name as people write it ("windows-1252", "Shift_JIS")."""
    return _NAMES.get(codec) or codec.upper().replace("_", "-")


_NAMES = {
    "utf-8": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "cp932": "Shift_JIS",
    "gb18030": "GB18030", "big5hkscs": "Big5", "cp949": "EUC-KR", "euc_jp": "EUC-JP", "cp874": "windows-874",
    "koi8_r": "KOI8-R", "koi8_u": "KOI8-U", "mac_roman": "macintosh", "iso2022_jp": "ISO-2022-JP",
} | {f"cp{n}": f"windows-{n}" for n in range(1250, 1259)} | {
    f"iso8859_{n}": f"ISO-8859-{n}" for n in range(2, 17)
}  # fmt: skip
