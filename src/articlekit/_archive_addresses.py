"""Web archives' addresses (Wayback Machine, archive.today): telling one from an article's own
address, and taking out the original address it wraps. The patterns first, as data."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

#: A Wayback Machine address: `web.archive.org/web/<timestamp><modifier>/<original URL>` (`id_`, `im_`,
#: `if_`, ... pick how the capture is replayed; the original may go without its scheme).
WAYBACK_ADDRESS = re.compile(
    r"^(?:https?:)?//(?:web|wayback)\.archive\.org/web/(?P<ts>\d{1,14})(?:[a-z]{2}_)?/(?P<url>.+)$",
    re.IGNORECASE,
)
#: A link Wayback rewrote: `/web/<timestamp><modifier>/<original URL>`, written relative to its host (so
#: read against the original site's address, it can follow any host).
WAYBACK_LINK = re.compile(r"/web/(?P<ts>\d{1,14})(?:[a-z]{2}_)?/(?P<url>(?:https?:)?/+.+)$", re.IGNORECASE)
WAYBACK_HOSTS = frozenset(("web.archive.org", "wayback.archive.org"))
#: archive.today's address of a capture, its "long link": `archive.ph/2019.01.11-080444/<original URL>`
#: (archive.today, .ph, .is, .li, .vn, .fo, .md are one service).
ARCHIVE_TODAY_HOSTS = frozenset(f"archive.{tld}" for tld in ("today", "ph", "is", "li", "vn", "fo", "md"))
ARCHIVE_TODAY_ADDRESS = re.compile(
    r"(?:https?:)?//archive\.(?:today|ph|is|li|vn|fo|md)/(?P<ts>\d{4}\.\d{2}\.\d{2}-\d{6})/"
    r"(?P<url>https?://[^\s\"'<>]+)",
    re.IGNORECASE,
)
#: archive.today's links to the original's pages: `archive.ph/o/<id>/<original URL>`.
ARCHIVE_TODAY_LINK = re.compile(
    r"^(?:https?:)?//archive\.(?:today|ph|is|li|vn|fo|md)/o/[A-Za-z0-9]+/(?P<url>https?://.+)$",
    re.IGNORECASE,
)
_DEFAULT_PORT = re.compile(r"^(http://[^/:]+):80(?=/|$)|^(https://[^/:]+):443(?=/|$)", re.IGNORECASE)
_SCHEME_SLASHES = re.compile(r"^(https?:)/+", re.IGNORECASE)
_HOST = re.compile(r"^https?://[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)


def clean_address(url: str) -> str | None:
    """An original address as archives write it, made plain: `http:/x`, `//x` and `x` given a scheme and
    its two slashes, a default port (`:80`, which old Wayback captures show) dropped; `None` when it
    names no host."""
    url = _SCHEME_SLASHES.sub(r"\1//", html.unescape(url.strip()))
    if not url.lower().startswith(("http://", "https://")):
        url = "http://" + url.lstrip("/")  # Wayback's default scheme
    if not _HOST.match(url):
        return None
    return _DEFAULT_PORT.sub(lambda m: m.group(1) or m.group(2), url)


def is_archive_address(url: str | None) -> bool:
    """Whether `url` is an archive service's address (Wayback, archive.today) rather than the article's."""
    host = host_of(url)
    return host in WAYBACK_HOSTS or host in ARCHIVE_TODAY_HOSTS


def host_of(url: str | None) -> str:
    """The address's host, lower-cased; empty for no address or one that cannot be read."""
    try:
        return (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:  # a broken IPv6 host ("https://[oops/a")
        return ""


def original_url(url: str | None) -> str | None:
    """`url` without an archive's wrapping: the original address a Wayback or archive.today address
    (or a Wayback link resolved against the original site) holds; `url` itself otherwise."""
    if not url:
        return url
    for pattern in (WAYBACK_ADDRESS, WAYBACK_LINK, ARCHIVE_TODAY_ADDRESS, ARCHIVE_TODAY_LINK):
        found = pattern.search(url)
        if found is not None:
            return clean_address(found.group("url")) or url
    return url
