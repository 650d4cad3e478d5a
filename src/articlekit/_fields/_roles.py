"""Line roles shared by both front doors: is a line (or block) metadata, a publication line, boilerplate?"""

from __future__ import annotations

import functools
import re

import attrs

from .._model import DateEvidence, ReadTime
from ._authors import bare_name, byline_names, is_role
from ._boilerplate import line_kind
from ._dates import dateline_claims, dates_in_line
from ._patterns import BYLINE, DIGIT, TIME_ONLY
from ._publication import publication_line
from ._read_time import stated_read_time
from ._segments import is_folded
from ._segments import segments as split_segments

MAX_METADATA_CHARS = 200
#: A line of more words than this is longer than MAX_METADATA_CHARS (each word and a space after it).
_MAX_METADATA_WORDS = MAX_METADATA_CHARS // 2 + 1
#: Line classifications are pure functions of the text and repeat across pages; cache this many.
CACHE_SIZE = 32768
MAX_BYLINE_WORDS = 10


@attrs.frozen
class MetadataLine:
    """What a head line says: date claims, a stated read time, author names."""

    dates: tuple[DateEvidence, ...] = ()
    read_time: ReadTime | None = None
    authors: tuple[str, ...] = ()


@functools.lru_cache(maxsize=CACHE_SIZE)
def read_metadata_line(
    text: str, *, dayfirst: bool = False, source: str = "dateline", bare_names: bool = False
) -> MetadataLine | None:
    """The line read as metadata when every segment of it is a dateline, read time or byline; with
    `bare_names` (the line sits in a container named for the author) a bare name is a byline too.
    Cached: datelines and bylines repeat across a site's pages."""
    if len(text) > MAX_METADATA_CHARS and is_folded(text):
        return None  # (a paragraph already folded is the line below: too long, told without splitting it)
    words = text.split(None, _MAX_METADATA_WORDS)  # (a paragraph's words are not all split apart)
    if len(words) > _MAX_METADATA_WORDS:
        return None
    line = " ".join(words)
    if not line or len(line) > MAX_METADATA_CHARS:
        return None
    if not bare_names and not DIGIT.search(line) and not BYLINE.match(line) and " ago" not in line.lower():
        return None  # datelines, read times and times hold a digit (or say "ago"); bylines start as bylines
    segments = [segment for segment in split_segments(line) if segment.strip(" -–—,")]
    reading = _Reading(source=source, dayfirst=dayfirst, bare_names=bare_names)
    if not all(reading.take(segment) for segment in segments):
        return None
    return MetadataLine(
        dates=tuple(reading.dates), read_time=reading.read_time, authors=tuple(reading.authors)
    )


@attrs.define
class _Reading:
    """What the segments of a metadata line have said so far."""

    source: str
    dayfirst: bool
    bare_names: bool
    dates: list[DateEvidence] = attrs.field(factory=list)
    authors: list[str] = attrs.field(factory=list)
    read_time: ReadTime | None = None

    def take(self, segment: str) -> bool:
        """Read one segment as a read time, a dateline or a byline; False when it is none of them."""
        time = stated_read_time(segment)
        if time is not None:
            self.read_time = self.read_time or time
            return True
        claims = dateline_claims(segment, source=self.source, dayfirst=self.dayfirst)
        if claims:
            self.dates.extend(claims)
            return True
        if BYLINE.match(segment) and DIGIT.search(segment) and (parts := _byline_parts(segment)):
            return all(self.take(part) for part in parts)  # "By Jane Doe, May 3, 2024": both
        names = byline_names(segment) or (bare_name(segment) if self.bare_names else None)
        if names:
            self.authors.extend(names)
            return True
        if self.bare_names and self.authors and is_role(segment):
            return True  # "Jane Doe • Reporter": the named author's role
        if self.bare_names and (split := _names_then_date(segment)) and bare_name(split[0]):
            return all(self.take(part) for part in split)  # "Jane Doe, 3. März 2020"
        parts = _byline_parts(segment)
        if parts:
            return all(self.take(part) for part in parts)
        # a bare time, or a byline whose names did not survive cleaning: head metadata all the same
        return bool(
            TIME_ONLY.match(segment) or (BYLINE.match(segment) and len(segment.split()) <= MAX_BYLINE_WORDS)
        )


#: A byline word inside a segment, after a date ("Posted on May 3, 2024 by Jane Doe").
_INNER_BYLINE = re.compile(r"\s(?:by|von|par|por)\s+(?=\w)", re.IGNORECASE)


def _byline_parts(segment: str) -> list[str]:
    """A segment that is a dateline and a byline run together, in two: "Posted on May 3, 2024 by Jane
    Doe", "Por Alberto Ávila 27 de agosto 2019". No parts (so no reading) otherwise."""
    if BYLINE.match(segment):
        claims = dates_in_line(segment)
        start = segment.find(claims[0].raw) if claims else -1
        if start > 0:
            return [segment[:start], segment[start:]]
        return _names_then_date(segment)
    for match in _INNER_BYLINE.finditer(segment):
        if segment[match.end()].isupper():
            return [segment[: match.start()], segment[match.start() + 1 :]]
    return []


#: Words joining a byline's names to the date after them ("by Jane Doe on May 3, 2024", "el 3 de mayo").
_DATE_CONNECTIVES = frozenset("on at am um le el il the den dem vom - – —".split())


def _names_then_date(segment: str) -> list[str]:
    """A byline whose date follows its names ("Posted by Jane Doe on May 3, 2024", "Por Juan Pérez -
    3 de marzo de 2020"), in two: where a joining word, a digit or a comma after the names starts a
    dateline."""
    words = segment.split()
    for cut in range(2, len(words)):
        word = words[cut]
        if word.lower() in _DATE_CONNECTIVES or word[0].isdigit() or words[cut - 1].endswith(","):
            tail = " ".join(words[cut:])
            if dateline_claims(tail):
                return [" ".join(words[:cut]).rstrip(","), tail]
    return []


def is_metadata_line(text: str) -> bool:
    return read_metadata_line(text) is not None


def is_role_line(text: str) -> bool:
    """Head metadata, a publication line or boilerplate: anything that is not article text."""
    return is_metadata_line(text) or publication_line(text) is not None or line_kind(text) is not None
