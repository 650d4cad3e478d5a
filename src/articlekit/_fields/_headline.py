"""Headline: the article's own title, chosen among the visible h1 and the metadata titles by agreement."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from . import _patterns as P

#: Metadata title sources in order of trust when the visible headline does not settle it.
SOURCE_ORDER = ("json-ld", "microdata", "og:title", "twitter:title", "meta", "title")


def fold(text: str) -> str:
    """Compare texts after Unicode NFKC, case folding and white-space folding."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def strip_site_name(title: str, site_names: Sequence[str]) -> str:
    """Drop the "| Site" suffix or "Site - " prefix that `<title>` carries."""
    parts = [p.strip() for p in P.TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    folded_sites = {fold(s) for s in site_names}
    kept = [p for p in parts if fold(p) not in folded_sites]
    if kept and len(kept) < len(parts):
        return _rejoin(title, kept)
    # No site name known: a short end part after a long one is the site's name.
    longest = max(parts, key=len)
    if len(longest.split()) >= 3 and all(len(p.split()) <= 4 for p in parts if p is not longest):
        return longest
    return title.strip()


def _rejoin(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.find(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)


#: Of two titles, the shorter must be this long to agree by being part of the longer one.
MIN_PARTIAL_TITLE_CHARS = 15


def agree(a: str, b: str) -> bool:
    """Two titles agree when their words are the same, or the words of one (long enough) run inside the
    other's: punctuation aside ("Kicker: Title" and "Kicker Title"), a kicker or a site name added."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    shorter, longer = sorted((wa, wb), key=len)
    return len(shorter) >= MIN_PARTIAL_TITLE_CHARS and f" {shorter} " in f" {longer} "


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> str:
    return " ".join(P.WORD.findall(fold(text)))


def choose_headline(
    visible: str | None, titles: Sequence[tuple[str, str]], site_names: Sequence[str]
) -> tuple[str | None, str, bool]:
    """(headline, how it was chosen, whether it is the visible one)."""
    cleaned = [(strip_site_name(t, site_names) if src == "title" else t.strip(), src) for t, src in titles]
    cleaned = [(t, src) for t, src in cleaned if t]
    folded_sites = {fold(s) for s in site_names}
    if visible and fold(visible) in folded_sites:
        visible = None
    if visible:
        agreeing = [src for t, src in cleaned if agree(visible, t)]
        if agreeing:
            return visible, f"visible headline, agreeing with {', '.join(agreeing)}", True
        if not cleaned:
            return visible, "visible headline (no metadata title)", True
    ranked = sorted(cleaned, key=lambda item: _rank(item[1]))
    if ranked:
        if visible and len(ranked) == 1 and ranked[0][1] == "title":
            return visible, "visible headline (the page title disagrees)", True
        text, src = ranked[0]
        return text, f"metadata title ({src})", False
    return None, "", False


def _rank(source: str) -> int:
    return SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)


def site_from_title(title: str, headline: str) -> str | None:
    """ "Headline | Site" or "Site - Headline": what `<title>` adds to the headline is the site's name."""
    parts = [p.strip() for p in P.TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2 or not any(agree(p, headline) or fold(p) == fold(headline) for p in parts):
        return None
    rest = [p for p in parts if not (agree(p, headline) or fold(p) == fold(headline))]
    if len(rest) == 1 and 1 <= len(rest[0].split()) <= 5:
        return rest[0]
    return None
