"""Where a captured page came from, read from the page itself and from the address it was given: a
Wayback Machine or archive.today capture, a SingleFile or a browser's "Save page as" copy.

The capture's original address and time replace the archive's own in the record (url, canonical_url,
image addresses), and its time bounds the article's dates: a page cannot say what happened after it
was captured.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

import attrs

from . import _archive_addresses as A
from ._archive_addresses import clean_address, host_of, is_archive_address, original_url
from ._fields._date_choice import choose_dates
from ._html import _selectors as S
from ._model import Archive, Article, DateValue

#: Local time runs at most this far ahead of UTC (UTC+14): a day the page names can be this much later.
MAX_UTC_OFFSET = dt.timedelta(hours=14)


def capture_of(
    text: str, kind: str, url: str | None, container: Archive | None
) -> tuple[Archive, str] | None:
    """The capture a document is, and what told it: the page's own account (HTML: the archive that
    served it names the capture it shows), filled from what its address says (the caller's, else the
    container's), from the container's account (an MHTML file's, a WARC record's), and last from the
    page's canonical link as Wayback rewrote it (the article's address, perhaps not the one captured)."""
    addresses = (url, container.original_url if container is not None else None)
    account, told = _filled(
        (page_capture(text) if kind == "html" else None, "the page's own note"),
        (
            next((found for found in map(address_capture, addresses) if found is not None), None),
            "its address",
        ),
        (container, "the file holding it"),
    )
    if account is None:
        return None
    if account.via == "wayback" and (account.original_url is None or account.captured_at is None):
        declared = _wayback_declared(text[: S.CAPTURE_HEAD_CHARS])
        if declared is not None:
            account, told = account.filled_from(declared), [*told, _DECLARED]
    account = attrs.evolve(account, original_url=original_url(account.original_url))
    return account, ", then ".join(told)


_DECLARED = "the page's canonical link as Wayback rewrote it"


def _filled(*accounts: tuple[Archive | None, str]) -> tuple[Archive | None, list[str]]:
    """The first account filled from the others in turn, and the names of those that added something."""
    account: Archive | None = None
    told: list[str] = []
    for other, name in accounts:
        if other is None:
            continue
        filled = other if account is None else account.filled_from(other)
        if filled != account:
            told.append(name)
        account = filled
    return account, told


def page_capture(text: str) -> Archive | None:
    """What the page says of its capture: a substring test on its head and tail first, so an
    ordinary page costs no pattern search."""
    end, tail = S.CAPTURE_HEAD_CHARS, max(0, len(text) - S.CAPTURE_TAIL_CHARS)
    if any(text.find(marker, 0, end) >= 0 for marker in S.WAYBACK_HEAD_MARKERS) or (
        text.find(S.WAYBACK_TAIL_MARKER, tail) >= 0
    ):
        return _wayback_page(text, text[:end], text[tail:])
    for marker, reader in _SAVED_PAGES:
        if text.find(marker, 0, end) >= 0:
            return reader(text[:end])
    return None


def address_capture(url: str | None) -> Archive | None:
    """The capture an archive's address names (`web.archive.org/web/<time>/<original>`,
    `archive.ph/<time>/<original>`, or an archive.today short link, which names no original)."""
    host = host_of(url)
    if host in A.WAYBACK_HOSTS:
        return _wayback_address(url or "")
    if host in A.ARCHIVE_TODAY_HOSTS:
        found = _archive_today_address(url or "")
        return found if found is not None else Archive(via="archive.today")
    return None


def record_url(url: str | None, archive: Archive) -> str | None:
    """The record's `url`: the caller's, unless they gave none or gave the archive's address; then the
    original address the capture names."""
    if url and not is_archive_address(url):
        return url
    return archive.original_url or url


def with_capture(article: Article, archive: Archive, told: str) -> Article:
    """The article of a captured page: its capture in `archive` (and how it was told in provenance),
    the archive's wrapping taken off the addresses it carries, no date after the capture."""
    fields = {**article.provenance.fields, "archive": told}
    article = attrs.evolve(
        article, archive=archive, provenance=attrs.evolve(article.provenance, fields=fields)
    )
    return dated_before(unwrapped(article, archive), archive.captured_at)


def unwrapped(article: Article, archive: Archive) -> Article:
    """The article with the archive's wrapping taken off the addresses it carries (canonical URL,
    image sources); an archive.today canonical link that names no original is dropped."""
    canonical = original_url(article.canonical_url)
    if archive.via == "archive.today" and is_archive_address(canonical):
        canonical = None
    images = tuple(attrs.evolve(image, src=original_url(image.src)) for image in article.images)
    if canonical == article.canonical_url and images == article.images:
        return article
    return attrs.evolve(article, canonical_url=canonical, images=images)


def dated_before(article: Article, captured_at: dt.datetime | None) -> Article:
    """The article with no date after its capture: when a chosen date is later, the dates are chosen
    again among the claims that are not."""
    dates = article.dates
    if captured_at is None or not any(
        value is not None and _after(value, captured_at)
        for value in (dates.published, dates.modified, dates.displayed)
    ):
        return article
    kept = [claim for claim in dates.evidence if not _after(claim.value, captured_at)]
    chosen, how = choose_dates(kept, reference_time=captured_at)
    fields = {k: v for k, v in article.provenance.fields.items() if not k.startswith("dates.")} | how
    return attrs.evolve(article, dates=chosen, provenance=attrs.evolve(article.provenance, fields=fields))


def _after(value: DateValue, moment: dt.datetime) -> bool:
    """Whether a claimed date is later than `moment` (a day or a time without zone may be told in
    any time zone: it is later only when it is later everywhere)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value > moment
    latest = (moment.astimezone(dt.UTC) + MAX_UTC_OFFSET).replace(tzinfo=None)
    if isinstance(value, dt.datetime):
        return value > latest
    return value > latest.date()


# --- each kind of capture ----------------------------------------------------------------------------------
def _wayback_page(text: str, head: str, tail: str) -> Archive:
    """A Wayback page: the capture it names (replay script, toolbar, print header), its time from the
    archive note at its end when the naming gives none."""
    named = _first_named(_wayback_regions(text, head)) or Archive(via="wayback")
    if named.captured_at is None:
        named = attrs.evolve(named, captured_at=_wayback_archived_on(tail))
    return named


def _wayback_regions(text: str, head: str) -> tuple[str, ...]:
    """The head, and the end of the toolbar Wayback inserts after `<body>` (found by its comments),
    where its script and print header name the capture."""
    begin, end = S.WAYBACK_TOOLBAR
    start = text.find(begin)
    if start < 0:
        return (head,)
    stop = text.find(end, start)
    if stop < 0:
        return (head, text[start : start + S.WAYBACK_TOOLBAR_CHARS])
    return (head, text[max(start, stop - S.WAYBACK_TOOLBAR_CHARS) : stop])


def _first_named(regions: tuple[str, ...]) -> Archive | None:
    for pattern in S.WAYBACK_SELF:
        for region in regions:
            found = pattern.search(region)
            if found is None:
                continue
            named = found.groupdict()
            if named.get("address"):
                return _wayback_address(html.unescape(named["address"]))
            return Archive(
                original_url=clean_address(html.unescape(named["url"])),
                captured_at=_timestamp(named.get("ts") or ""),
                via="wayback",
            )
    return None


def _wayback_declared(head: str) -> Archive | None:
    found = S.WAYBACK_DECLARED.search(head)
    return _wayback_address(html.unescape(found.group("address"))) if found is not None else None


def _wayback_address(url: str) -> Archive:
    found = A.WAYBACK_ADDRESS.match(url) or A.WAYBACK_LINK.match(url)
    if found is None:
        return Archive(via="wayback")
    return Archive(
        original_url=clean_address(found.group("url")),
        captured_at=_timestamp(found.group("ts")),
        via="wayback",
    )


def _wayback_archived_on(tail: str) -> dt.datetime | None:
    found = S.WAYBACK_ARCHIVED_ON.search(tail)
    return _moment(found.groupdict()) if found is not None else None


def _archive_today_page(head: str) -> Archive | None:
    """An archive.today page: its head names the capture by its long link (no ordinary page does)."""
    found = S.ARCHIVE_TODAY_SELF.search(head)
    if found is None:
        return None
    named = _archive_today_address(html.unescape(found.group("address")))
    if named is not None and named.captured_at is None:
        archived = S.ARCHIVE_TODAY_ARCHIVED.search(head)
        named = attrs.evolve(named, captured_at=_moment(archived.groupdict()) if archived else None)
    return named


def _archive_today_address(url: str) -> Archive | None:
    found = A.ARCHIVE_TODAY_ADDRESS.search(url)
    if found is None:
        return None
    stamp = found.group("ts").replace(".", "").replace("-", "")
    return Archive(
        original_url=clean_address(found.group("url")), captured_at=_timestamp(stamp), via="archive.today"
    )


def _singlefile_page(head: str) -> Archive | None:
    found = S.SINGLEFILE_NOTE.search(head)
    if found is None:
        return None
    saved = _moment(found.groupdict()) if found.group("Y") else None
    if saved is not None:
        zone = found.group("z")  # the saver's offset from UTC: "+0100" is an hour ahead
        offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:]))
        saved -= offset if zone[0] == "+" else -offset
    return Archive(original_url=clean_address(found.group("url")), captured_at=saved, via="singlefile")


def _browser_page(head: str) -> Archive | None:
    """A browser's "Save page as" copy: the address it was saved from (its length is written before it)."""
    found = S.BROWSER_SAVE_NOTE.search(head)
    if found is None:
        return None
    url = found.group("url")[: int(found.group("n"))]
    return Archive(original_url=clean_address(url), via="browser")


#: The notes of saved pages and of archive.today at the top of a page, and the reader of each.
_SAVED_PAGES: tuple[tuple[str, Callable[[str], Archive | None]], ...] = (
    (S.SINGLEFILE_MARKER, _singlefile_page),
    (S.BROWSER_SAVE_MARKER, _browser_page),
    (S.ARCHIVE_TODAY_MARKER, _archive_today_page),
)


# --- addresses and times -------------------------------------------------------------------------------------


def _timestamp(stamp: str) -> dt.datetime | None:
    """A 14-digit archive timestamp (`20180119103243`, UTC); a shorter one names no moment."""
    if len(stamp) != 14:
        return None
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _moment(parts: dict[str, str | None]) -> dt.datetime | None:
    """A UTC moment from named parts (Y, b: an English month's abbreviation, d, H, M, S)."""
    month = parts.get("b")
    if month not in S.MONTH_ABBREVIATIONS:
        return None
    try:
        return dt.datetime(
            int(parts["Y"] or 0),
            S.MONTH_ABBREVIATIONS.index(month) + 1,
            int(parts["d"] or 0),
            int(parts["H"] or 0),
            int(parts["M"] or 0),
            int(parts["S"] or 0),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
