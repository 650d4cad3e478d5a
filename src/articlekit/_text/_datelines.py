"""The article's dateline in text: the date lines next to its headline, read in the page's own day
order. Whole-page text shows many dates (teasers, comments, archives); the article's are the ones by
its headline, so only those are claims about it.
"""

from __future__ import annotations

import attrs

from .._blocks import Candidate
from .._fields._dates import PAGE_SOURCE, dates_in_line, slashes_day_first
from .._fields._language import guess_language
from .._fields._publication import publication_line
from .._fields._roles import is_metadata_line
from ._page import is_prose, sentence_count

#: Below the headline, datelines are looked for down to where the article's prose runs (two prose
#: paragraphs in a row: a dek, a picture and a byline may come first), and this many lines at most.
MAX_BELOW_HEADLINE = 20
#: Above the headline (section, date, headline; a kicker), this many lines up.
ABOVE_HEADLINE = 6


def locate_datelines(
    candidates: list[Candidate], headline_index: int | None, body_start: int, text: str
) -> bool:
    """Give the date lines by the headline their claims (candidate.dates). Looked at: the lines below
    it down to where the prose runs, and the nearest date line above it. Taken, in this order of
    trust: lines that are only a dateline or byline below it, such a line above it, then lines that
    hold a date among other words ("Audio 03:07 Min. | 25.04.24") below, then above; a line above that
    says it gives the publication date ("Erschienen am ...") always. Whether any was found."""
    dayfirst = _day_first(text)
    anchor = headline_index if headline_index is not None else body_start - 1
    stop = _prose_runs(candidates, max(anchor + 1, body_start), anchor)
    below = [_Line(index, candidates[index], dayfirst) for index in range(anchor + 1, stop)]
    first_above = anchor - 1 if headline_index is not None else anchor
    above = next(
        (
            line
            for index in range(first_above, max(-1, anchor - 1 - ABOVE_HEADLINE), -1)
            if (line := _Line(index, candidates[index], dayfirst)).claims
        ),
        None,
    )
    ranked = [
        [line for line in below if line.pure],
        [above] if above is not None and above.pure else [],
        [line for line in below if line.claims],
        [above] if above is not None else [],
    ]
    chosen = next((lines for lines in ranked if lines), [])
    if above is not None and above not in chosen and any(c.role == "published" for c in above.claims):
        chosen.append(above)
    for line in chosen:
        candidates[line.index].dates = tuple(line.claims)
    if chosen:
        _keep_the_page_dates(candidates, dayfirst)
    return bool(chosen)


def _keep_the_page_dates(candidates: list[Candidate], dayfirst: bool) -> None:
    """The dates other short lines show (teasers, comments, archives), read in the same day order,
    kept as evidence of the page: never claims about the article. (A publication line's date is a
    claim of its own, read where publication lines are.)"""
    for candidate in candidates:
        if not candidate.dates and candidate.kind != "image" and publication_line(candidate.text) is None:
            claims = dates_in_line(candidate.text, dayfirst=dayfirst, openings=True)
            candidate.dates = tuple(attrs.evolve(claim, source=PAGE_SOURCE) for claim in claims)


class _Line:
    """A line's date claims, and whether the line is nothing but a dateline or byline."""

    def __init__(self, index: int, candidate: Candidate, dayfirst: bool) -> None:
        self.index = index
        holds = candidate.kind != "image" and not candidate.caption_hint
        self.claims = dates_in_line(candidate.text, dayfirst=dayfirst, openings=True) if holds else []
        self.pure = bool(self.claims) and is_metadata_line(candidate.text)


def _prose_runs(candidates: list[Candidate], start: int, anchor: int) -> int:
    """The index where two prose paragraphs in a row begin, one of them more than one sentence (a dek
    and a caption are one sentence each), from `start` on (within reach)."""
    end = min(len(candidates) - 1, anchor + 1 + MAX_BELOW_HEADLINE)
    for index in range(start, end):
        pair = (candidates[index].text, candidates[index + 1].text)
        if all(is_prose(text) for text in pair) and any(sentence_count(text) > 1 for text in pair):
            return index
    return end


def _day_first(text: str) -> bool:
    """How to read 02/12/2024: as the page's other slashed dates tell, else as its language writes
    dates (month first in English, day first elsewhere)."""
    told = slashes_day_first(text)
    return told if told is not None else guess_language(text) not in ("en", None)
