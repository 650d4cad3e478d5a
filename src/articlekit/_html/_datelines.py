"""The article's dateline in HTML: the date lines next to its headline, wherever the layout puts them.

A dateline often stands outside the container the article's text is found in: in a box above the
`<h1>` ("03.02.2022", a kicker and a date), beside it, or in the header below it. The blocks the walker
emits keep the page's order, so the lines by the headline are read as the text front door reads them:
below the headline down to where the article's prose runs, and the nearest date line above it. Dates
the page shows elsewhere (teasers, comments, archives) are kept as the page's evidence, never chosen.
"""

from __future__ import annotations

import datetime as dt

from .._blocks import Candidate
from .._fields._dates import PAGE_SOURCE, dates_in_line, slashes_day_first
from .._fields._patterns import DATE_TOKEN, PUBLISHED_PREFIX
from .._fields._prose import reads_as_prose
from .._fields._roles import is_metadata_line
from .._model import DateEvidence

#: Below the headline: this many blocks at most, and no further than the second prose paragraph.
MAX_BELOW_HEADLINE = 20
#: Above the headline (a box with the section and the date, a kicker), this many blocks up.
ABOVE_HEADLINE = 6
#: A block longer than this holds no dateline (a short line, 16 words at most, is read for dates).
MAX_DATE_BLOCK_CHARS = 200
#: At the foot of the text, this many blocks before its end and after it.
FOOT_LINES = 4
#: Languages that write the month first in slashed dates (02/12/2024 is February 12th).
MONTH_FIRST_LANGUAGES = frozenset({"en"})


def locate_datelines(candidates: list[Candidate], headline_index: int | None, language: str | None) -> bool:
    """Give the date lines by the headline their claims (added to `candidate.dates`, beside what
    `<time>` elements said), and the other short blocks' dates as the page's evidence. Taken, in this
    order of trust: blocks below the headline that are nothing but a dateline or byline, such a block
    above it, blocks below that hold a date among other words, a block above; a block above that says
    it gives the publication date always. Whether any was found."""
    anchor = _anchor(candidates, headline_index)
    if anchor is None:
        return False
    dayfirst = _day_first(candidates, language)
    lines: dict[int, _Line] = {}
    for index in range(anchor + 1, _prose_runs(candidates, anchor)):
        lines[index] = _Line(candidates[index], dayfirst)
    below = [(index, line) for index, line in lines.items() if line.claims]
    above = next(
        (
            (index, line)
            for index in range(anchor - 1, max(-1, anchor - 1 - ABOVE_HEADLINE), -1)
            if (line := _Line(candidates[index], dayfirst)).claims
        ),
        None,
    )
    ranked = [
        [(i, line) for i, line in below if line.pure],
        [above] if above is not None and above[1].pure else [],
        below,
        [above] if above is not None else [],
    ]
    chosen = next((group for group in ranked if group), []) or _at_the_foot(candidates, dayfirst)
    if above is not None and above not in chosen and any(c.role == "published" for c in above[1].claims):
        chosen.append(above)
    taken: set[int] = set()
    for index, line in chosen:
        candidate = candidates[index]
        candidate.dates = (*candidate.dates, *_new(line.claims, candidate.dates))
        taken.add(index)
    _keep_the_page_dates(candidates, taken, dayfirst)
    return bool(chosen)


def _at_the_foot(candidates: list[Candidate], dayfirst: bool) -> list[tuple[int, _Line]]:
    """Where the head shows no date: the lines right after the article's text ("Von Christian am
    03.05.2013", "Dieser Artikel wurde am ..."), the nearest first."""
    end = max((i for i, c in enumerate(candidates) if c.zone == "main"), default=None)
    if end is None:
        return []
    for index in range(end - FOOT_LINES + 1, min(len(candidates), end + 1 + FOOT_LINES)):
        if index < 0 or (candidates[index].zone == "outside" and index <= end):
            continue
        line = _Line(candidates[index], dayfirst)
        if line.claims:
            return [(index, line)]
    return []


def _anchor(candidates: list[Candidate], headline_index: int | None) -> int | None:
    if headline_index is not None:
        return headline_index
    first_text = next((i for i, c in enumerate(candidates) if c.zone in ("head", "main")), None)
    return None if first_text is None else first_text - 1


def _prose_runs(candidates: list[Candidate], anchor: int) -> int:
    """Where the article's prose has run for two paragraphs of the main text (within reach)."""
    end = min(len(candidates), anchor + 1 + MAX_BELOW_HEADLINE)
    prose = 0
    for index in range(anchor + 1, end):
        candidate = candidates[index]
        if candidate.zone == "main" and reads_as_prose(candidate.text, candidate.link_density):
            prose += 1
            if prose == 2:
                return index
    return end


def _keep_the_page_dates(candidates: list[Candidate], taken: set[int], dayfirst: bool) -> None:
    """Dates that other short blocks show, kept as evidence of the page (never claims about it)."""
    for index, candidate in enumerate(candidates):
        if index in taken or candidate.kind == "image" or candidate.zone in ("head", "main", "tail"):
            continue  # the article's own zones are read by the assembler, line by line
        if len(candidate.text) > MAX_DATE_BLOCK_CHARS:
            continue
        claims = dates_in_line(candidate.text, dayfirst=dayfirst, openings=True)
        if claims:
            page = tuple(DateEvidence(c.role, c.value, PAGE_SOURCE, c.raw) for c in claims)
            candidate.dates = (*candidate.dates, *page)


def _new(claims: list[DateEvidence], known: tuple[DateEvidence, ...]) -> list[DateEvidence]:
    """The claims whose day no claim already there gives (a `<time>` says it more precisely)."""
    days = {_day(c) for c in known}
    return [c for c in claims if _day(c) not in days]


def _day(claim: DateEvidence) -> dt.date:
    value = claim.value
    return value.date() if isinstance(value, dt.datetime) else value


def _day_first(candidates: list[Candidate], language: str | None) -> bool:
    """How to read 02/12/2024: as the page's other slashed dates tell, else as its language writes
    dates (month first in English, day first elsewhere)."""
    told = slashes_day_first(" ".join(c.text for c in candidates if "/" in c.text and len(c.text) < 200))
    if told is not None:
        return told
    return (language or "en").split("-")[0].lower() not in MONTH_FIRST_LANGUAGES


class _Line:
    """A block's date claims, and whether it is nothing but a dateline or byline."""

    def __init__(self, candidate: Candidate, dayfirst: bool) -> None:
        # a list's items are lines of their own ("Mise en ligne 23 mai 2019" in a credits list); in a
        # block named as a caption or credit, only a line opening with its date or a publication label
        lines = candidate.text.split("\n") if candidate.kind != "image" else []
        self.claims = [
            claim
            for line in lines
            if not candidate.caption_hint or _opens_with_a_date(line) or PUBLISHED_PREFIX.match(line)
            for claim in dates_in_line(line, dayfirst=dayfirst, openings=True)
        ]
        self.pure = bool(self.claims) and is_metadata_line(candidate.text)


def _opens_with_a_date(text: str) -> bool:
    """A block (even one named as a caption) that opens with its date: "01. November 2021 | Natur"."""
    match = DATE_TOKEN.search(text)
    return match is not None and match.start() <= 2
