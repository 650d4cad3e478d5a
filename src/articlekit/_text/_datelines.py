"""The article's dateline in text: the date lines next to its headline, read in the page's own day
order. Whole-page text shows many dates (teasers, comments, archives); the article's are the ones by
its headline, so only those are claims about it.
"""

from __future__ import annotations

from .._blocks import Candidate
from .._fields._dates import dates_in_line, slashes_day_first
from .._fields._language import guess_language
from .._model import DateEvidence
from ._page import is_prose

#: Below the headline, datelines are looked for down to where the article's prose runs (two prose
#: paragraphs in a row: a dek, a picture and a byline may come first), and this many lines at most.
MAX_BELOW_HEADLINE = 20
#: Above the headline (section, date, headline; a kicker), this many lines up.
ABOVE_HEADLINE = 6


def locate_datelines(
    candidates: list[Candidate], headline_index: int | None, body_start: int, text: str
) -> bool:
    """Give the date lines by the headline their claims (candidate.dates): those below it down to
    where the prose runs, and the nearest one above it when nothing below gives a date or when it says
    it is the publication date ("Erschienen am ..."). Whether any was found."""
    dayfirst = _day_first(text)
    anchor = headline_index if headline_index is not None else body_start - 1
    below = [
        claims
        for index in range(anchor + 1, _prose_runs(candidates, max(anchor + 1, body_start), anchor))
        if (claims := _attach(candidates[index], dayfirst))
    ]
    first_above = anchor - 1 if headline_index is not None else anchor
    for index in range(first_above, max(-1, anchor - 1 - ABOVE_HEADLINE), -1):
        above = (
            dates_in_line(candidates[index].text, dayfirst=dayfirst) if _may_hold(candidates[index]) else []
        )
        if above:
            if not below or any(claim.role == "published" for claim in above):
                candidates[index].dates = tuple(above)
                return True
            break
    return bool(below)


def _prose_runs(candidates: list[Candidate], start: int, anchor: int) -> int:
    """The index where two prose paragraphs in a row begin, from `start` on (within reach)."""
    end = min(len(candidates) - 1, anchor + 1 + MAX_BELOW_HEADLINE)
    for index in range(start, end):
        if is_prose(candidates[index].text) and is_prose(candidates[index + 1].text):
            return index
    return end


def _may_hold(candidate: Candidate) -> bool:
    """Whether a line may be a dateline: text, not an image or its caption."""
    return candidate.kind != "image" and not candidate.caption_hint


def _attach(candidate: Candidate, dayfirst: bool) -> list[DateEvidence]:
    claims = dates_in_line(candidate.text, dayfirst=dayfirst) if _may_hold(candidate) else []
    if claims:
        candidate.dates = tuple(claims)
    return claims


def _day_first(text: str) -> bool:
    """How to read 02/12/2024: as the page's other slashed dates tell, else as its language writes
    dates (month first in English, day first elsewhere)."""
    told = slashes_day_first(text)
    return told if told is not None else guess_language(text) not in ("en", None)
