"""Relative and URL dates: "3 hours ago", "vor 2 Tagen", "hier", and the date a URL's path spells."""

from __future__ import annotations

import datetime as dt
import functools
import re

from .._archive_addresses import is_archive_address, original_url
from .._model import DateEvidence, DateRole, DateValue

#: A relative date line is short ("Updated 3 hours ago"); longer text is not one.
MAX_RELATIVE_CHARS = 60
_NUMBER = r"(?P<n>\d{1,3}|an?|one|une?|einer?|einem|una?|um|uma)"
_UNITS = {
    "second": ("second", "sekunde", "seconde", "segundo", "secondo"),
    "minute": ("minute", "min", "minuto", "minuti", "minuten"),
    "hour": ("hour", "hr", "stunde", "heure", "hora", "ore", "ora", "uur"),
    "day": ("day", "tag", "jour", "día", "dia", "giorn", "dag"),
    "week": ("week", "woche", "semaine", "semana", "settiman"),
}
_UNIT = r"(?P<unit>[a-zäéíñ]+)"
#: "<n> <unit> ago" and its equivalents, in the languages the dateline patterns know.
_PREFIX = r"^\W*(?P<updated>updated|aktualisiert|mis à jour|actualizado)?\W*"
RELATIVE = (
    re.compile(rf"{_PREFIX}{_NUMBER}\s+{_UNIT}\s+(?:ago|fa|geleden)\W*$", re.IGNORECASE),
    re.compile(rf"{_PREFIX}(?:vor|il y a|hace|há)\s+{_NUMBER}\s+{_UNIT}\W*$", re.IGNORECASE),
)
DAY_WORDS = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "oggi": 0, "hoje": 0, "vandaag": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "ontem": 1, "gisteren": 1,
}  # fmt: skip
_DAY_WORD = re.compile(
    r"^\W*(" + "|".join(re.escape(w) for w in DAY_WORDS) + r")\b[\s,]*(?P<rest>.{0,20})$", re.I
)
_ONE = frozenset("a an one un une ein eine einer einem una uno um uma".split())


@functools.lru_cache(maxsize=8192)
def relative_phrase(text: str) -> tuple[dt.timedelta, bool, DateRole] | None:
    """(how long before the reference, whether only the day is known, role) of a relative date line."""
    line = " ".join(text.split())
    if len(line) > MAX_RELATIVE_CHARS:
        return None
    match = RELATIVE[0].match(line) or RELATIVE[1].match(line)
    if match is not None:
        unit = _unit(match.group("unit"))
        if unit is None:
            return None
        count = 1 if match.group("n").lower() in _ONE else int(match.group("n"))
        role: DateRole = "modified" if match.group("updated") else "displayed"
        return dt.timedelta(**{f"{unit}s": count}), unit in ("day", "week"), role
    day = _DAY_WORD.match(line)
    if day is not None and not any(
        ch.isalpha() for ch in day.group("rest").replace("um", "").replace("at", "")
    ):
        return dt.timedelta(days=DAY_WORDS[day.group(1).lower()]), True, "displayed"
    return None


def _unit(word: str) -> str | None:
    lowered = word.lower()
    for unit, stems in _UNITS.items():
        if any(lowered.startswith(stem) for stem in stems):
            return unit
    return None


def resolve(text: str, reference: dt.datetime) -> DateEvidence | None:
    """The claim a relative date line makes, counted back from `reference`."""
    found = relative_phrase(text)
    if found is None:
        return None
    delta, day_only, role = found
    moment = reference - delta
    value: DateValue = moment.date() if day_only else moment
    return DateEvidence(role=role, value=value, source="relative", raw=" ".join(text.split()))


_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[/_.-]|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:[/_.-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})/(?P<d>\d{2})(?:/|$)"),  # /2020-02/19/
    re.compile(r"/(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>(?:19|20)\d{2})(?:[/_.-]|$)"),  # /23-01-2022-title
)


def url_date(url: str | None) -> DateEvidence | None:
    """The day a URL's path spells (/2024/07/17/, /2024-07-17-, /20240717/), a claim of publication;
    of an archive's address, the original's path (`/web/20180119103243/` is when it was captured)."""
    if url and is_archive_address(url):
        url = original_url(url)
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match is None:
            continue
        try:
            day = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        return DateEvidence(role="published", value=day, source="url", raw=match.group(0).strip("/_-."))
    return None
