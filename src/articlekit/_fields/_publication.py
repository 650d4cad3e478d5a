"""Publication and syndication lines: "Published in X, <date>", "Originally published in X", ..."""

from __future__ import annotations

import functools
import re

from .._model import DateValue, PublicationLine
from . import _patterns as P
from ._dates import parse_date

_MAX_WORDS = 40


@functools.lru_cache(maxsize=32768)
def publication_line(text: str, *, dayfirst: bool = False) -> PublicationLine | None:
    """The line as a PublicationLine when it is one, with the outlet and date it names."""
    words = text.split(None, _MAX_WORDS)  # (a longer line's words are not all split apart)
    if not words or len(words) > _MAX_WORDS:
        return None
    line = " ".join(words)
    for pattern in P.PUBLICATION_LINES:
        match = pattern.match(line)
        if match is None:
            continue
        outlet = _clean_outlet(match.groupdict().get("outlet"))
        rest = match.groupdict().get("rest") or ""
        date = _date_in(rest, dayfirst) if rest else None
        if outlet is None and date is None:
            continue
        return PublicationLine(raw=line, outlet=outlet, date=date)
    return None


def _clean_outlet(outlet: str | None) -> str | None:
    if not outlet:
        return None
    outlet = re.sub(r"\s+(on|in|at)$", "", outlet.strip(" .,;:"))
    return outlet or None


def _date_in(text: str, dayfirst: bool) -> DateValue | None:
    """The first date phrase of the text after the outlet ("..., July 11th, 2025", "on 3 May 2024")."""
    match = P.DATE_PHRASE.search(text)
    return parse_date(match.group(0), dayfirst=dayfirst) if match else None
