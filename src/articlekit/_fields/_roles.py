"""Line roles shared by both front doors: is a line (or block) metadata, a publication line, boilerplate?"""

from __future__ import annotations

import functools

import attrs

from .._model import DateEvidence, ReadTime
from ._authors import bare_name, byline_names
from ._boilerplate import line_kind
from ._dates import dateline_claims
from ._patterns import BYLINE, DIGIT, SEGMENT_SPLIT, TIME_ONLY
from ._publication import publication_line
from ._read_time import stated_read_time

MAX_METADATA_CHARS = 200
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
    line = " ".join(text.split())
    if not line or len(line) > MAX_METADATA_CHARS:
        return None
    if not bare_names and not DIGIT.search(line) and not BYLINE.match(line) and " ago" not in line.lower():
        return None  # datelines, read times and times hold a digit (or say "ago"); bylines start as bylines
    dates: list[DateEvidence] = []
    authors: list[str] = []
    read_time: ReadTime | None = None
    for segment in SEGMENT_SPLIT.split(line):
        if not segment.strip(" -–—,"):
            continue
        time = stated_read_time(segment)
        if time is not None:
            read_time = read_time or time
            continue
        claims = dateline_claims(segment, source=source, dayfirst=dayfirst)
        if claims:
            dates.extend(claims)
            continue
        names = byline_names(segment) or (bare_name(segment) if bare_names else None)
        if names:
            authors.extend(names)
            continue
        if TIME_ONLY.match(segment) or (BYLINE.match(segment) and len(segment.split()) <= MAX_BYLINE_WORDS):
            continue  # a bare time, or a byline whose names did not survive cleaning: head metadata all the same
        return None
    return MetadataLine(dates=tuple(dates), read_time=read_time, authors=tuple(authors))


def is_metadata_line(text: str) -> bool:
    return read_metadata_line(text) is not None


def is_role_line(text: str) -> bool:
    """Head metadata, a publication line or boilerplate: anything that is not article text."""
    return is_metadata_line(text) or publication_line(text) is not None or line_kind(text) is not None
