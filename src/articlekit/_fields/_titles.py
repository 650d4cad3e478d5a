"""A page's titles as text: their separated parts, the site's name among them, and when two agree."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence

from . import _patterns as P
from ._site import host_label


def fold(text: str) -> str:
    """Compare texts after Unicode NFKC, case folding and white-space folding."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@functools.lru_cache(maxsize=4096)
def title_parts(title: str) -> tuple[str, ...]:
    """A title's parts between its separators ("Headline | Section | Site"), stripped, empty ones left
    out. Cached: each title and line is split several times while the head is chosen."""
    parts = P.TITLE_SEPARATORS.split(title, maxsplit=MAX_TITLE_PARTS - 1)
    return tuple(part.strip() for part in parts if part.strip())


def title_ends(title: str) -> list[str]:
    """The first and the last of a title's separated parts ("Headline | Site": both), none for a title
    of one part."""
    parts = title_parts(title)
    return [parts[0], parts[-1]] if len(parts) >= 2 else []


#: A title is split into this many parts at most (the rest stays in the last): the choices made over
#: runs of parts would otherwise grow with the cube of a hostile title's length.
MAX_TITLE_PARTS = 12


def strip_site_name(title: str, site_names: Sequence[str], host: str | None = None) -> str:
    """Drop the "| Site" suffix or "Site - " prefix that `<title>` carries: a part that is the site's
    name (a known one, or the host's: "The Guardian" on theguardian.com) wherever it stands; with none
    known, a short end part behind a bar ("Headline | Site"). A dash or a colon often joins a
    headline's own parts ("Budget approved - council votes 7 to 2"): no guess is made there."""
    parts = title_parts(title)
    if len(parts) < 2:
        return title.strip()
    is_site = site_test(site_names, host)
    kept = [p for p in parts if not is_site(p)]
    if kept and len(kept) < len(parts):
        return rejoin_parts(title, kept)
    barred = [p.strip() for p in P.TITLE_BARS.split(title) if p.strip()]
    if len(barred) < 2:
        return title.strip()
    longest = max(barred, key=len)
    if len(longest.split()) >= 3 and all(
        len(p.split()) <= MAX_GUESSED_SITE_WORDS for p in barred if p is not longest
    ):
        return longest
    return title.strip()


#: With no site name known, an end part behind a bar this short is taken for one.
MAX_GUESSED_SITE_WORDS = 4


def site_test(site_names: Sequence[str], host: str | None) -> Callable[[str], bool]:
    """Whether a title's part is the site's name: a known one, or the host's."""
    folded_sites = {fold(s) for s in site_names}
    label = host_label(host)
    return lambda part: fold(part) in folded_sites or _names_host(part, label)


def title_letters(text: str) -> str:
    """A title's letters and digits alone, folded ("Essen-Westviertel" -> "essenwestviertel"): how a
    host's name or an address's last part spells it."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _names_host(part: str, label: str | None) -> bool:
    """A title's part that spells the host's name ("The Guardian", "SPIEGEL ONLINE" on spiegel.de)."""
    if label is None:
        return False
    letters = title_letters(part)
    return bool(letters) and (
        letters == label or (len(letters) <= 2 * len(label) and letters.startswith(label))
    )


#: A <title> line is short: "Headline | Site" rather than a sentence of the article.
MAX_TITLE_LINE_WORDS = 30


def title_shaped(line: str) -> bool:
    """ "Headline | Site" or "Site - Headline": a page title's shape (parts joined by a separator, one of
    them of three words or more, no sentence's end)."""
    parts = title_parts(line)
    return (
        len(parts) >= 2
        and len(line.split()) <= MAX_TITLE_LINE_WORDS
        and max(len(p.split()) for p in parts) >= 3
        and not line.rstrip().endswith((".", "?", "!"))
    )


def rejoin_parts(title: str, kept: Sequence[str]) -> str:
    start = title.find(kept[0])
    end = title.find(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)


#: Of two titles, the shorter must be this long to agree by being part of the longer one.
MIN_PARTIAL_TITLE_CHARS = 15


def agree(a: str, b: str) -> bool:
    """Two titles agree when their words are the same, or the words of one (long enough) run inside the
    other's: punctuation aside ("Kicker: Title" and "Kicker Title"), a kicker or a site name added."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    shorter, longer = sorted((wa, wb), key=len)
    return len(shorter) >= MIN_PARTIAL_TITLE_CHARS and f" {shorter} " in f" {longer} "


def names_heading(heading: str, title: str) -> bool:
    """Whether a metadata title names this heading: the two agree, and the heading is not merely one of
    the title's shorter separated parts (the site's name in "Headline : Site | Motto")."""
    if not agree(heading, title):
        return False
    parts = title_parts(title)
    if len(parts) < 2:
        return True
    longest = max(parts, key=len)
    return not any(title_words(part) == title_words(heading) for part in parts if part is not longest)


@functools.lru_cache(maxsize=1024)
def title_words(text: str) -> str:
    return " ".join(P.WORD.findall(fold(text)))
