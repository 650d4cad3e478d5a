"""The article's dates chosen among the claims read from the page: published, modified and displayed,
by an order of trust (docs/record.md), with the evidence and a conflict flag."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .._model import DateEvidence, Dates, DateValue
from ._dates import MAX_OFFSET, PAGE_SOURCE, STRUCTURED_SOURCES


def choose_dates(
    evidence: Iterable[DateEvidence], *, reference_time: dt.datetime | None = None
) -> tuple[Dates, dict[str, str]]:
    """Choose the article's dates from the claims (all of them stay in the evidence).

    displayed: the first dateline the page shows by its headline (a visible dateline of any role, else
    a plain `<time>`). published, in this order of trust: the publisher's explicit claims (JSON-LD, then
    the article meta tags, then microdata and a `<time>` marked as the publication date, then a visible
    "Published ..." line), taken on the displayed day when one of them falls on it; else the visible
    dateline; else a generic meta date (`date`, `dc.date`); else the URL's day. When the unlabelled
    dateline by the headline shows the day of the publisher's structured update claim, the page presents
    the article as of that day (a republication): published is that day. A publication line
    naming an earlier day (first printed elsewhere) comes first. A visible date that a day/month swap
    turns into the publisher's explicit day is read so. modified: the latest update claim. conflict:
    publication claims and the displayed date more than a day apart.
    """
    plausible = [c for c in _dedupe(evidence) if _not_after(c.value, reference_time)]
    claims = [c for c in plausible if c.source != PAGE_SOURCE]
    elsewhere = tuple(c for c in plausible if c.source == PAGE_SOURCE)
    claims = _unswapped(claims)
    from_url = [c for c in claims if c.source == "url"]
    claims = [c for c in claims if c.source != "url"]
    modified_claims = [c for c in claims if c.role == "modified"]
    shown = [c for c in claims if c.source == "dateline"] or [c for c in claims if c.role == "displayed"]
    # the day the page shows, told most precisely by any claim of that day (a <time> with its zone)
    shown_day = _day(shown[0].value) if shown else None
    first_shown = [c for c in claims if c.role == "displayed" and _day(c.value) == shown_day]
    published_claims = [c for c in claims if c.role == "published"]
    printed = [c for c in published_claims if c.source == PRINT_SOURCE]
    visible_day = shown_day if shown and shown[0].source == "dateline" else None
    chosen, reason = _published(published_claims, first_shown, visible_day, from_url)
    if (
        chosen is not None
        and visible_day is not None
        and shown[0].role == "displayed"
        and _day(chosen.value) != visible_day
        and any(_day(c.value) == visible_day for c in modified_claims if c.source in STRUCTURED_SOURCES)
    ):
        chosen, reason = shown[0], "the day the page shows by its headline, its latest edition's"
    if chosen is None and not modified_claims and len({_day(c.value) for c in elsewhere}) == 1:
        chosen, reason = elsewhere[0], "the one date the page shows, away from its headline"
    if printed and (chosen is None or _day(_earliest(printed).value) < _day(chosen.value)):
        chosen, reason = _earliest(printed), "a publication line: first published earlier"
    claims += from_url
    how: dict[str, str] = {}
    published = displayed = modified = None
    if chosen is not None:
        published = chosen.value
        how["dates.published"] = f"{reason} ({chosen.source}: {chosen.raw!r})"
    elif modified_claims:  # "Stand: 26.04.2024": the only date the page gives is when it was last updated
        earliest = _earliest(modified_claims)
        published = earliest.value
        how["dates.published"] = f"the page's only date, an update ({earliest.source}: {earliest.raw!r})"
    if shown:
        displayed = shown[0].value
        how["dates.displayed"] = f"dateline shown on the page ({shown[0].source}: {shown[0].raw!r})"
    if modified_claims:
        latest = max(modified_claims, key=lambda c: _sort_key(c.value))
        modified = latest.value
        how["dates.modified"] = f"latest update claim ({latest.source}: {latest.raw!r})"
    used = [c for c in published_claims if not _generic_meta(c)]
    days = [_day(c.value) for c in used] + [_day(v) for v in (published, displayed) if v is not None]
    conflict = bool(days) and (max(days) - min(days)).days > 1
    dates = Dates(
        published=published,
        modified=modified,
        displayed=displayed,
        evidence=(*claims, *elsewhere),
        conflict=conflict,
    )
    return dates, how


#: The source of a publication line's claim ("Published in X, July 11th, 2025").
PRINT_SOURCE = "publication-line"
#: How far each source of an explicit publication claim is trusted (higher first); generic meta dates
#: ("date", "dc.date") count below a visible dateline: sites fill them with the page's build time.
_TRUST = {"json-ld": 5, "meta": 4, "microdata": 3, "time": 3, "dateline": 2, "relative": 1}
#: Weak sources, taken only when nothing else says when: the title's, the URL's, a script's date.
_NOT_EXPLICIT = frozenset({PRINT_SOURCE, "title", "url", "script"})
_GENERIC_META_DATES = frozenset({"date", "dcdate", "dctermsdate", "dctermscreated", "dcdatecreated"})
_NOT_LETTERS = re.compile(r"[^a-z]")


def _published(
    claims: list[DateEvidence],
    first_shown: list[DateEvidence],
    shown_day: dt.date | None,
    from_url: list[DateEvidence],
) -> tuple[DateEvidence | None, str]:
    """The claim of publication to believe, and why. `shown_day`: the day of the visible dateline by
    the headline (a `<time>` alone is not one: pages show their update time so)."""
    explicit = [c for c in claims if c.source not in _NOT_EXPLICIT and not _generic_meta(c)]
    if shown_day is not None:
        on_shown_day = [c for c in explicit if _day(c.value) == shown_day]
        if on_shown_day:
            return _most_trusted(on_shown_day), "the publisher's claim on the day the page shows"
        if any(_a_zone_away(c, shown_day) for c in explicit):
            return _earliest(first_shown or _shown_claims(claims, shown_day)), "the day the page shows"
    if explicit:
        return _most_trusted(explicit), "the most trusted claim of publication"
    if first_shown:
        return _earliest(first_shown), "the dateline the page shows by its headline"
    weak = (
        ([c for c in claims if _generic_meta(c)], "a generic meta date"),
        ([c for c in claims if c.source == "title"], "the date in the page's title"),
        (from_url, "the day in the URL"),
        ([c for c in claims if c.source == "script"], "a publication date in the page's script data"),
    )
    for found, reason in weak:
        if found:
            return _earliest(found), reason
    return None, ""


def _shown_claims(claims: list[DateEvidence], day: dt.date) -> list[DateEvidence]:
    return [c for c in claims if _day(c.value) == day] or claims


def _most_trusted(claims: list[DateEvidence]) -> DateEvidence:
    """The earliest claim of the most trusted source."""
    top = max(_TRUST.get(c.source, 0) for c in claims)
    return _earliest([c for c in claims if _TRUST.get(c.source, 0) == top])


def _generic_meta(claim: DateEvidence) -> bool:
    """A meta date trusted below a visible dateline: a generic name (`date`, `dc.date`), or a name in a
    publisher's own vocabulary (`xyz:publicationDate`), which may date the page's latest edition."""
    if claim.source != "meta":
        return False
    key = claim.raw.split("=", 1)[0].lower()
    if _NOT_LETTERS.sub("", key) in _GENERIC_META_DATES:
        return True
    prefix = _PREFIX.match(key)
    return prefix is not None and prefix.group(1) not in _STANDARD_META_PREFIXES


#: The vocabularies whose date names are standard (OpenGraph's article, Dublin Core, Sailthru).
_STANDARD_META_PREFIXES = frozenset({"article", "og", "dc", "dcterms", "sailthru"})
_PREFIX = re.compile(r"^([^:.]+)[:.]")


def _a_zone_away(claim: DateEvidence, day: dt.date) -> bool:
    """A claim with a time zone that some place's clock puts on the day the page shows: the same
    moment, told in the page's local day (23:30 UTC is the next day in Berlin; 12:30 UTC on the 6th is
    the 5th nowhere, so a page showing the 5th shows another day)."""
    value = claim.value
    if not isinstance(value, dt.datetime) or value.tzinfo is None or _day(value) == day:
        return False
    moment = value.astimezone(dt.UTC)
    return (moment + _WESTMOST_OFFSET).date() <= day <= (moment + MAX_OFFSET).date()


#: The westmost clock on Earth (UTC-12); the eastmost is `MAX_OFFSET` (UTC+14).
_WESTMOST_OFFSET = -dt.timedelta(hours=12)


_NUMERIC_DAY_MONTH = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _unswapped(claims: list[DateEvidence]) -> list[DateEvidence]:
    """A visible date whose day and month, swapped, give the day the publisher's structured data says
    was misread (02/11/2023 on a page whose data says November 2nd): it is read the other way."""
    structured = {_day(c.value) for c in claims if c.source in STRUCTURED_SOURCES and c.role == "published"}
    fixed = []
    for claim in claims:
        day = _day(claim.value)
        if (
            claim.source == "dateline"
            and day not in structured
            and day.day <= 12
            and day.day != day.month
            and _NUMERIC_DAY_MONTH.search(claim.raw)  # "6. August 2009" is no riddle
        ):
            swapped = day.replace(month=day.day, day=day.month)
            if swapped in structured:
                value: DateValue = (
                    claim.value.replace(month=swapped.month, day=swapped.day)
                    if isinstance(claim.value, dt.datetime)
                    else swapped
                )
                claim = DateEvidence(claim.role, value, claim.source, claim.raw)
        fixed.append(claim)
    return fixed


def _not_after(value: DateValue, reference_time: dt.datetime | None) -> bool:
    """A claim later than the page's fetch (two days' grace for time zones) is not about the article."""
    return reference_time is None or _day(value) <= reference_time.date() + dt.timedelta(days=2)


def _earliest(claims: list[DateEvidence]) -> DateEvidence:
    """The claim on the earliest day; on that day, the most precise one (a time with its zone first)."""
    first_day = min(_day(c.value) for c in claims)
    same_day = [c for c in claims if _day(c.value) == first_day]
    return min(same_day, key=lambda c: (-_precision(c.value), _sort_key(c.value)))


def _precision(value: DateValue) -> int:
    if isinstance(value, dt.datetime):
        return 2 if value.tzinfo is not None else 1
    return 0


def _dedupe(evidence: Iterable[DateEvidence]) -> list[DateEvidence]:
    seen: set[tuple[str, str, str]] = set()
    unique: list[DateEvidence] = []
    for claim in evidence:
        key = (claim.role, claim.value.isoformat(), claim.source)
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique


def _day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _sort_key(value: DateValue) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value
    return dt.datetime.combine(value, dt.time.min)
