"""Date claims: parse date strings and recognise dateline-shaped lines (the choice among them: `_date_choice.py`)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from .._model import DateEvidence, DateRole, DateValue
from . import _patterns as P
from ._calendar import MONTH_NAMES
from ._dateutil_read import read_with_dateutil
from ._segments import segments

_EARLIEST_YEAR = 1990
_MAX_DATELINE_CHARS = 80
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b")


@functools.lru_cache(maxsize=8192)
def parse_date(text: str, *, dayfirst: bool = False) -> DateValue | None:
    """A date, or a datetime when a time is given (timezone kept); None unless year, month and day are all there.
    Cached: a page states its dates in several places (metadata, <time>, the dateline)."""
    value = text.strip()
    if not value or len(value) > 120:
        return None
    iso = _parse_iso(value)
    if iso is not None:
        return iso if _plausible(iso) and _real_offset(iso) else None
    parsed = _parse_common(value) or cjk_date(value)
    if parsed is None:
        # Dotted numeric dates ("05.03.2024") are day first wherever they are written.
        parsed = read_with_dateutil(value, dayfirst or _DOTTED_DATE.search(value) is not None)
    return parsed if parsed is not None and _plausible(parsed) and _real_offset(parsed) else None


#: The widest UTC offsets any place uses (UTC-12 to UTC+14).
MAX_OFFSET = dt.timedelta(hours=14)


def _real_offset(value: DateValue) -> bool:
    """No UTC offset, or one a place on Earth uses: "+99:00" in metadata, or "2014-03-28. Retrieved
    2014-03-27" read as a time 27 hours behind UTC, is no date to keep."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        return True
    try:
        offset = value.utcoffset()
    except ValueError:
        return False
    return offset is None or abs(offset) <= MAX_OFFSET


_MONTH_NUMBER = {name.lower(): number for number, names in enumerate(MONTH_NAMES, 1) for name in names}
_TIME = (
    r"(?:,?\s+(?:um\s+|at\s+|à\s+|a las\s+|/\s+|-\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?"
    r"\s*(?P<half>[ap]\.?m\.?)?(?:\s*uhr)?(?:\s+(?P<utc>gmt|utc))?)?"
)
#: The shapes most datelines take, read without dateutil (several times faster); anything else goes to it.
_COMMON_DATES = (
    re.compile(rf"^(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?(?P<year>\d{{4}}){_TIME}$", re.I),
    re.compile(rf"^(?P<day>\d{{1,2}})\.?\s+(?P<name>[^\W\d_]+)\.?\s+(?P<year>\d{{4}}){_TIME}$", re.I),
    re.compile(
        rf"^(?:[^\W\d_]+,?\s+)?(?P<name>[^\W\d_]+)\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}$",
        re.I,
    ),
)


#: "2025年1月13日 21時37分", "2025년 1월 13일": East Asian dates, wherever they stand in the line.
CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\s*(?:[（(][^）)]{1,3}[）)])?\s*(?P<hour>\d{1,2})\s*[時时시:]\s*(?P<minute>\d{1,2})\s*[分분]?)?"
)


def cjk_date(value: str) -> DateValue | None:
    match = CJK_DATE.search(value)
    if match is None:
        return None
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        if match["hour"] is None:
            return day
        return dt.datetime.combine(day, dt.time(int(match["hour"]), int(match["minute"])))
    except ValueError:
        return None


def _parse_common(value: str) -> DateValue | None:
    """ "05.03.2024, 10:21 Uhr", "4. März 2025", "Friday, August 15, 2025": the common shapes, directly."""
    for pattern in _COMMON_DATES:
        match = pattern.match(value)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["month"]) if groups.get("month") else _MONTH_NUMBER.get(groups["name"].lower())
        if month is None:
            return None  # a word that is not a month: let dateutil judge the whole line
        try:
            day = dt.date(int(groups["year"]), month, int(groups["day"]))
            if groups["hour"] is None:
                return day
            hour = _hour_of_day(int(groups["hour"]), groups["half"])
            if hour is None:
                return None
            zone = dt.UTC if groups["utc"] else None
            return dt.datetime.combine(day, dt.time(hour, int(groups["minute"]), tzinfo=zone))
        except ValueError:
            return None
    return None


def _parse_iso(value: str) -> DateValue | None:
    if not _ISO_DAY.match(value):
        return None
    if len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    return parsed


def _plausible(value: DateValue) -> bool:
    today = dt.date.today()
    day = value.date() if isinstance(value, dt.datetime) else value
    return day.year >= _EARLIEST_YEAR and day <= today + dt.timedelta(days=2)


def dateline_claims(text: str, *, source: str = "dateline", dayfirst: bool = False) -> list[DateEvidence]:
    """Claims from a short line that is mostly a date ("Friday, August 15, 2025", "Updated: 3 May 2024").

    A date inside a sentence is not a claim about the article, so the line must be nearly all date.
    """
    if len(text) > _MAX_DATELINE_CHARS * 2:
        return []
    claims: list[DateEvidence] = []
    for segment in segments(text):
        claim = _segment_claim(segment.strip(), source, dayfirst)
        if claim is not None:
            claims.append(claim)
    return claims


def _segment_claim(segment: str, source: str, dayfirst: bool) -> DateEvidence | None:
    if not segment or len(segment) > _MAX_DATELINE_CHARS:
        return None
    role: DateRole = "displayed"
    body = segment
    prefix = P.DATE_PREFIX.match(segment)
    if prefix and prefix.group("prefix"):
        word = prefix.group("prefix")
        if P.MODIFIED_PREFIX.search(word):
            role = "modified"
        elif P.PUBLISHED_PREFIX.search(word):
            role = "published"
        body = segment[prefix.end() :]
    if not _is_mostly_date(body):
        return None
    value = parse_date(body, dayfirst=dayfirst)
    if value is None:
        return None
    return DateEvidence(role=role, value=value, source=source, raw=segment)


def _is_mostly_date(text: str) -> bool:
    """A date with a month name or in numeric form, and at most one word besides date words."""
    if not P.DIGIT.search(text):
        return False
    words = [word.lower() for word in P.LETTERS.findall(text)]
    if not any(word in P.MONTH_SET for word in words) and not P.NUMERIC_DATE.search(text):
        return False
    leftover = [word for word in words if len(word) >= 2 and word not in P.DATE_WORDS]
    return len(leftover) <= 1


#: Dates a text shows away from its article's head (teasers, comments): evidence, never a claim chosen.
PAGE_SOURCE = "page"
#: Claims read from the page's structured data rather than its visible text.
STRUCTURED_SOURCES = frozenset(("json-ld", "meta", "microdata", "time"))


#: A line this long at most may hold a date among other words (a dateline, a byline with its date).
MAX_LENIENT_WORDS = 16
#: A lead's own dateline ends this near its start ("Pressemitteilung vom 25. Januar 2022 | Berlin – ...").
MAX_DATELINE_OPENING_CHARS = 60
#: and names its date after a place or a label of a few words at most ("NEW YORK,", "Pressemitteilung vom").
MAX_WORDS_BEFORE_OPENING_DATE = 3
#: Text dumps glue words: "Associated PressApril 28", "Publiziert17. Dezember", "Nuomonės2024.03.31".
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z\u00c0-\u024f])(?=\d)")
#: Two-digit years ("27.04.24") are this century's.
_CENTURY = 2000


def dates_in_line(text: str, *, dayfirst: bool = False, openings: bool = False) -> list[DateEvidence]:
    """Every date a short line shows among other words ("Sehernur Karsu | 05.04.2025 - Güncelleme :
    05.04.2025", "Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm"), each with the
    role the words before it announce: for text, whose lines carry no markup. `dayfirst` reads 02/12/2024.
    With `openings`, a longer line is read too when it opens by saying when it was written (see
    `_dated_opening`), and only its opening words: for finding the article's date, not a line's role."""
    if not P.DIGIT.search(text):
        return []
    words = text.split(None, MAX_LENIENT_WORDS)  # (a longer line's words are not all split apart)
    if len(words) > MAX_LENIENT_WORDS:
        opening = _dated_opening(text, words) if openings else None
        if opening is None:
            return []
        text = opening
    return list(_dates_in_line(text, dayfirst))


def _dated_opening(text: str, words: list[str]) -> str | None:
    """The opening words of a long line that says when it was written: a blog footer's statement
    ("This entry was posted on ..."), or a lead opening with its dateline ("Pressemitteilung vom
    25. Januar 2022 | Berlin – ...", "NEW YORK, Jan. 25, 2022 /PRNewswire/ -- ...")."""
    if P.AUTHORSHIP_STATEMENT.match(text):
        return " ".join(words[:MAX_LENIENT_WORDS])
    if not P.DIGIT.search(text, 0, MAX_DATELINE_OPENING_CHARS):
        return None  # (the common case, ruled out before the costlier date scan)
    match = P.DATE_TOKEN.search(text, 0, MAX_DATELINE_OPENING_CHARS)
    if (
        match is not None
        and len(text[: match.start()].split()) <= MAX_WORDS_BEFORE_OPENING_DATE
        and (end := P.DATELINE_BREAK.match(text, match.end())) is not None
    ):
        return text[: end.start("break")]
    return None


@functools.lru_cache(maxsize=8192)
def _dates_in_line(text: str, dayfirst: bool) -> tuple[DateEvidence, ...]:
    """Cached: a page's lines are read for dates by more than one step."""
    line = " ".join(_GLUED.sub(" ", text).split())
    claims: list[DateEvidence] = []
    said_from = 0
    for match in P.DATE_TOKEN.finditer(line):
        day = _token_day(match, dayfirst)
        if day is None or not _plausible(day):
            continue
        time = P.TIME_AFTER_DATE.match(line, match.end())
        value = _with_time(day, time) if time else day
        words_before = line[said_from : match.start()]
        role: DateRole = "displayed"
        if P.MODIFIED_PREFIX.search(words_before):
            role = "modified"
        elif P.PUBLISHED_PREFIX.search(words_before):
            role = "published"
        end = time.end() if time else match.end()
        raw = line[said_from:end].strip(" |·•-–—,;")  # "Updated November 19, 2024 4:23pm"
        said_from = end
        claims.append(DateEvidence(role=role, value=value, source="dateline", raw=raw))
    return tuple(claims)


def _token_day(match: re.Match[str], dayfirst: bool) -> dt.date | None:
    """The calendar day of one DATE_TOKEN match, or None when it names no real day."""
    groups = match.groupdict()
    if groups["cjk"]:
        value = cjk_date(groups["cjk"])
        return value.date() if isinstance(value, dt.datetime) else value
    if groups["iso_year"]:
        year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
    elif groups["first"]:
        first, second, year = int(groups["first"]), int(groups["second"]), int(groups["year"])
        year += _CENTURY if len(groups["year"]) == 2 else 0
        day_first = groups["sep"] == "." or dayfirst or first > 12  # dots are day first wherever written
        day, month = (first, second) if day_first and second <= 12 else (second, first)
    elif groups["month_after"]:
        year, month, day = (
            int(groups["year_after"]),
            _MONTH_NUMBER[groups["month_after"].lower()],
            int(groups["day"]),
        )
    else:
        year = int(groups["year_before"])
        month, day = _MONTH_NUMBER[groups["month_before"].lower()], int(groups["day_after"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_time(day: dt.date, time: re.Match[str]) -> DateValue:
    hour, minute = _hour_of_day(int(time["hour"]), time["half"]), int(time["minute"])
    if hour is None or hour > 23 or minute > 59:
        return day
    return dt.datetime.combine(day, dt.time(hour, minute, tzinfo=_zone(time)))


def _hour_of_day(hour: int, half: str | None) -> int | None:
    """The 24-hour hour of "9" with "pm"/"a.m." (None for "13 pm"); the hour itself without them."""
    if not half:
        return hour
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if half.lower().startswith("p") else 0)


def _zone(time: re.Match[str]) -> dt.tzinfo | None:
    """GMT / UTC after the time, with an offset when one is given ("GMT+1", "UTC-05:00")."""
    if not time["zone"]:
        return None
    offset = time["offset"]
    if not offset:
        return dt.UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def slashes_day_first(text: str) -> bool | None:
    """Whether the slashed dates of a text put the day first: True when one can only be read so
    (13/01/2025), False when one can only be read month first (1/13/2025), None when none tells."""
    for match in _SLASHED.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return None


_SLASHED = re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/\d{2,4}\b")
