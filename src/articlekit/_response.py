"""HTTP responses a caller already fetched (requests, httpx, urllib3, urllib): their bytes, their URL,
the charset and type of their `Content-Type` header, and when they were sent. Nothing is fetched here:
a response is read as it is, by the attributes those libraries share."""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
from typing import Any, Protocol, runtime_checkable

import attrs

_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


@runtime_checkable
class HTTPResponse(Protocol):
    """What a response of requests, httpx, urllib3 or urllib has: headers (and a body and a URL)."""

    @property
    def headers(self) -> Any: ...


@attrs.frozen
class Fetched:
    """What parsing uses of a response."""

    content: bytes
    url: str | None
    charset: str | None
    content_type: str | None
    sent: dt.datetime | None


def from_response(source: object) -> Fetched | None:
    """The response's parts, or None when `source` is no response (a path, bytes, a file)."""
    if isinstance(source, str | bytes | bytearray | os.PathLike) or not isinstance(source, HTTPResponse):
        return None
    content = _body(source)
    if content is None:
        return None
    headers = source.headers
    content_type = _header(headers, "content-type")
    charset = _CHARSET.search(content_type) if content_type else None
    return Fetched(
        content=content,
        url=_url(source),
        charset=charset.group(1) if charset else None,
        content_type=content_type.split(";")[0].strip().lower() if content_type else None,
        sent=_date(_header(headers, "date")),
    )


def _body(source: object) -> bytes | None:
    for attribute in ("content", "data"):  # requests and httpx; urllib3
        value = getattr(source, attribute, None)
        if isinstance(value, bytes):
            return value
    read = getattr(source, "read", None)  # urllib's http.client.HTTPResponse
    if callable(read):
        value = read()
        return value if isinstance(value, bytes) else None
    return None


def _url(source: object) -> str | None:
    url = getattr(source, "url", None)  # requests (str), httpx (httpx.URL), urllib3 and urllib (str)
    if url is None and callable(getattr(source, "geturl", None)):
        url = source.geturl()  # type: ignore[attr-defined]
    return str(url) if url else None


def _header(headers: Any, name: str) -> str | None:
    try:
        value = headers.get(name)
    except AttributeError:
        return None
    return value if isinstance(value, str) else None


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
