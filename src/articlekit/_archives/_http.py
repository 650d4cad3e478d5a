"""An archived HTTP response's payload as a browser would read it: the chunks of `Transfer-Encoding:
chunked` joined, `Content-Encoding` undone (gzip, deflate, br, zstd), the charset of `Content-Type`.

Archives store the bytes as they went over the wire, but not always: some tools store the payload
decoded and keep the headers. So a payload that does not look encoded as its headers say is taken as
it is, and a decoding that fails keeps what came before it, with a warning.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from typing import Any

import attrs

#: A chunked body opens on a chunk size in hex (and maybe extensions), then a line break.
_CHUNK_HEAD = re.compile(rb"\A[0-9A-Fa-f]{1,8}[ \t]*(?:;[^\r\n]*)?\r?\n")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


@attrs.frozen
class Payload:
    """The decoded body, the charset its headers declare, and what could not be decoded."""

    body: bytes
    charset: str | None = None
    warnings: tuple[str, ...] = ()


def decoded(
    body: bytes,
    *,
    transfer_encoding: str | None,
    content_encoding: str | None,
    content_type: str | None,
    limit: int,
) -> Payload:
    """`body` decoded as its headers say, never to more than `limit` bytes (a compression bomb stops
    there, as an error: ValueError)."""
    warnings: list[str] = []
    if transfer_encoding and "chunked" in transfer_encoding.lower() and _CHUNK_HEAD.match(body):
        body = _undone("chunked", body, _unchunked, warnings, limit)
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):  # the last applied is the first undone
        decoder = _DECODERS.get(coding.removeprefix("x-"))
        if decoder is None:
            if coding != "identity":
                warnings.append(f"the payload's Content-Encoding {coding!r} is not known; read as it is")
            continue
        if coding.endswith("gzip") and body[:2] != b"\x1f\x8b":
            continue  # stored decoded, headers kept
        body = _undone(coding, body, decoder, warnings, limit)
    return Payload(body, charset_of(content_type), tuple(warnings))


def charset_of(content_type: str | None) -> str | None:
    """The charset a Content-Type header names (`text/html; charset=ISO-8859-1` → "ISO-8859-1")."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


Decoder = Callable[[bytes, int], bytes]


def _undone(coding: str, body: bytes, decoder: Decoder, warnings: list[str], limit: int) -> bytes:
    try:
        result = decoder(body, limit + 1)
    except (OSError, ValueError, zlib.error) as exc:
        warnings.append(f"the payload's {coding} encoding could not be undone ({exc}); read as it is")
        return body
    if len(result) > limit:
        raise ValueError(f"the payload unpacks to more than {limit} bytes")
    return result


def _read(reader: Any, limit: int) -> bytes:
    """Up to `limit` bytes of a FastWARC stream reader."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        part: bytes = reader.read(min(1 << 20, limit - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def _unchunked(body: bytes, limit: int) -> bytes:
    from fastwarc.stream_io import ChunkedReader

    return _read(ChunkedReader(io.BytesIO(body)), limit)


def _gunzipped(body: bytes, limit: int) -> bytes:
    unpacker = zlib.decompressobj(wbits=47)  # gzip or zlib framing, whichever the header says
    return unpacker.decompress(body, limit)


def _inflated(body: bytes, limit: int) -> bytes:
    """`deflate` is zlib-wrapped by the standard, raw by some servers: both are read."""
    try:
        return zlib.decompressobj(wbits=15).decompress(body, limit)
    except zlib.error:
        return zlib.decompressobj(wbits=-15).decompress(body, limit)


def _unbrotli(body: bytes, limit: int) -> bytes:
    from fastwarc.stream_io import BrotliReader

    return _read(BrotliReader(io.BytesIO(body)), limit)


def _unzstd(body: bytes, limit: int) -> bytes:
    from fastwarc.stream_io import ZstdReader

    return _read(ZstdReader(io.BytesIO(body)), limit)


_DECODERS: dict[str, Decoder] = {
    "gzip": _gunzipped,
    "deflate": _inflated,
    "br": _unbrotli,
    "zstd": _unzstd,
}
