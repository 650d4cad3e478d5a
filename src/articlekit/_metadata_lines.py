"""Metadata lines taken from the candidates as they are routed: bylines, authors' links, datelines,
relative dates and read times (a read time split across two blocks is joined first)."""

from __future__ import annotations

import re

import attrs

from ._blocks import Candidate
from ._fields._authors import bare_name
from ._fields._patterns import DIGIT
from ._fields._read_time import stated_read_time
from ._fields._relative import MAX_RELATIVE_CHARS, relative_phrase, resolve
from ._fields._roles import read_metadata_line
from ._fields._titles import fold
from ._found import Found
from ._model import ReadTime

#: A block that is a number alone: the first part of a read time split across blocks ("5" + "min read").
BARE_MINUTES = re.compile(r"\s*\d{1,3}\s*")
MAX_BARE_MINUTES_CHARS = 5


def split_read_time(candidate: Candidate, following: list[Candidate]) -> Candidate | None:
    """A read time split across two blocks ("5", then "min read"), as one candidate; else None."""
    if (
        len(candidate.text) > MAX_BARE_MINUTES_CHARS
        or not following
        or not BARE_MINUTES.fullmatch(candidate.text)
    ):
        return None
    if DIGIT.search(following[0].text):
        return None
    text = f"{candidate.text.strip()} {following[0].text}"
    named = candidate.read_time_hint or following[0].read_time_hint
    if stated_read_time(text, named=named) is None:
        return None
    return attrs.evolve(candidate, text=text, kind="paragraph", read_time_hint=named)


def take_author_links(candidate: Candidate, found: Found) -> None:
    """Names linked to their authors' pages in the article's head, or before its text: a byline,
    whatever else its line holds ("Jane Doe , 01. Dez. 2017, 3 min Lesezeit"). A dek already read as
    body does not make the head's byline a teaser's."""
    if not candidate.author_links or candidate.zone not in ("head", "main"):
        return
    if found.body and candidate.zone != "head":
        return
    names = [name for link in candidate.author_links for name in bare_name(link) or []]
    if names:
        found.authors.extend(names)
        found.how.setdefault("authors", f"links to the authors' pages ({candidate.where})")


#: A line of nothing but links to authors' pages this few blocks above the headline is its byline.
AUTHOR_LINE_ABOVE = 3


def take_author_line_above(candidate: Candidate, found: Found) -> None:
    """A block just above the headline that is only the names linked to their authors' pages (a
    byline set above the title, outside the article's container)."""
    if candidate.zone != "outside" or not candidate.author_links or found.authors:
        return
    if fold(" ".join(candidate.author_links)) != fold(candidate.text):
        return
    names = [name for link in candidate.author_links for name in bare_name(link) or []]
    if names:
        found.authors.extend(names)
        found.how.setdefault("authors", f"links to the authors' pages above the headline ({candidate.where})")


def take_relative_date(candidate: Candidate, found: Found) -> bool:
    """A "3 hours ago" line: a claim counted back from the reference time, or a warning without one."""
    if len(candidate.text) > MAX_RELATIVE_CHARS or candidate.kind not in ("paragraph", "heading"):
        return False
    if relative_phrase(candidate.text) is None:
        return False
    if found.reference_time is None:
        found.unresolved.append(candidate.text)
    elif (claim := resolve(candidate.text, found.reference_time)) is not None:
        found.evidence.append(claim)
    return True


def take_metadata(candidate: Candidate, found: Found) -> bool:
    if candidate.kind not in ("paragraph", "heading"):
        return False
    # (spelled as `is_metadata_line` calls it when no bare name counts: one cache entry for both)
    text = candidate.text
    reading = read_metadata_line(text, bare_names=True) if candidate.byline_hint else read_metadata_line(text)
    if reading is None:
        return _take_named_read_time(candidate, found)
    if not found.datelines_located:  # (else the text's front door has read every line's dates)
        found.evidence.extend(reading.dates)
    if reading.read_time is not None:
        _note_read_time(found, reading.read_time, f"stated on the page ({candidate.where})")
    if reading.authors and (
        candidate.zone in ("head", "main") or (candidate.zone == "tail" and not found.authors)
    ):
        # (after the article, a byline is the article's only when none came before: the next are teasers')
        found.authors.extend(reading.authors)
        found.how.setdefault("authors", f"byline ({candidate.where})")
    return True


def _take_named_read_time(candidate: Candidate, found: Found) -> bool:
    """ "4 minutes" alone, in an element named for the read time ("rt-reading-time")."""
    named = stated_read_time(candidate.text, named=True) if candidate.read_time_hint else None
    if named is None:
        return False
    _note_read_time(found, named, f"stated on the page, in an element named for it ({candidate.where})")
    return True


def _note_read_time(found: Found, read_time: ReadTime, how: str) -> None:
    """The first read time the page states is the article's."""
    if found.read_time is None:
        found.read_time, found.how["read_time"] = read_time, how
