"""One pipeline: load -> front door (HTML or text) -> candidate blocks -> assemble -> Article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import urlsplit

from ._assemble import assemble
from ._blocks import Parts
from ._capture import capture_of, record_url, with_capture
from ._load import Kind, Loaded, Source, load
from ._model import Article, Via
from ._response import HTTPResponse, from_response
from ._rules._apply import pin_fields, text_values
from ._rules._discover import resolve_rules
from ._rules._registry import RuleSet
from .errors import ArticleKitError, ExtractionError, InputError, NotAnArticle

#: `rules=None` uses the default rules (`ARTICLEKIT_RULES` folders, installed plugins, built-in rules);
#: `False` the generic extraction alone; a list (Rule objects, SiteRule classes, paths to rule files or
#: folders) is tried before the defaults.
Rules = Sequence[object] | bool | None
GENERIC_RULE = "generic"


def parse(
    source: Source | HTTPResponse,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    rules: Rules = None,
    reference_time: dt.datetime | None = None,
) -> Article:
    """Parse a news page or the plain text of one into an Article.

    `source` is HTML or text as `str`, `bytes` in any encoding, a path, a binary file object, or an
    HTTP response already fetched (requests, httpx, urllib3, urllib): its bytes, its URL (unless `url`
    is given), its `Content-Type` charset and its `Date` (unless `reference_time` is given) are used.
    `reference_time` is when the page was fetched: relative dates ("3 hours ago") count back from it
    (without it they are left unresolved, with a warning) and no date after it is believed.
    Raises an `articlekit.errors.ArticleKitError` subclass on input that holds no article.
    """
    url, reference_time = _checked(url, reference_time)
    fetched = from_response(source)
    if fetched is None:
        loaded = load(source, kind, url=url)  # type: ignore[arg-type]
    else:
        url = url or fetched.url
        reference_time = reference_time or fetched.sent
        if kind == "auto" and fetched.content_type in ("text/html", "application/xhtml+xml", "text/plain"):
            kind = "text" if fetched.content_type == "text/plain" else "html"
        loaded = load(fetched.content, kind, url=url, charset=fetched.charset)
    return parse_guarded(loaded, url=url, rules=rules, reference_time=reference_time)


def parse_guarded(
    loaded: Loaded, *, url: str | None, rules: Rules, reference_time: dt.datetime | None = None
) -> Article:
    """`parse_loaded`, with any failure that is not bad input made an ExtractionError naming it."""
    try:
        return parse_loaded(loaded, url=url, rules=rules, reference_time=reference_time)
    except (ArticleKitError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug met on this document: still a typed error, naming it
        raise ExtractionError(
            f"{loaded.name or 'input'}: articlekit failed on this document ({type(exc).__name__}: {exc}); "
            "please report it"
        ) from exc


def _checked(url: object, reference_time: object) -> tuple[str | None, dt.datetime | None]:
    """`url` and `reference_time` as parse uses them; an InputError names what is of the wrong type
    (an ISO 8601 string or a date is taken as a reference time)."""
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a str, not {type(url).__name__}")
    if url is not None:
        try:
            urlsplit(url)
        except ValueError as exc:  # a broken IPv6 host: "https://x.t<![CDATA[y/a"
            raise InputError(f"url is not a URL ({exc}): {url!r}") from None
    if reference_time is None or isinstance(reference_time, dt.datetime):
        return url, reference_time
    if isinstance(reference_time, dt.date):
        return url, dt.datetime.combine(reference_time, dt.time(), tzinfo=dt.UTC)
    if isinstance(reference_time, str):
        try:
            moment = dt.datetime.fromisoformat(reference_time.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"reference_time is not an ISO 8601 date and time: {reference_time!r}") from None
        return url, moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    raise InputError(f"reference_time must be a datetime, not {type(reference_time).__name__}")


def parse_html(
    source: Source | HTTPResponse,
    *,
    url: str | None = None,
    rules: Rules = None,
    reference_time: dt.datetime | None = None,
) -> Article:
    """Parse `source` as HTML, whatever it looks like."""
    return parse(source, url=url, kind="html", rules=rules, reference_time=reference_time)


def parse_text(
    source: Source | HTTPResponse,
    *,
    url: str | None = None,
    rules: Rules = None,
    reference_time: dt.datetime | None = None,
) -> Article:
    """Parse `source` as the plain text of an article (a copy, a dump, Markdown)."""
    return parse(source, url=url, kind="text", rules=rules, reference_time=reference_time)


def parse_loaded(
    loaded: Loaded, *, url: str | None, rules: Rules, reference_time: dt.datetime | None = None
) -> Article:
    capture = capture_of(loaded.text, loaded.kind, url, loaded.capture)
    if capture is not None:  # a capture: its original address and time stand in for the archive's
        url = record_url(url, capture[0])
        reference_time = _earlier(reference_time, capture[0].captured_at)
    parts = _front_door(loaded, url, resolve_rules(rules), capture[0].via if capture is not None else None)
    if (
        parts.headline_index is None
        and not parts.metadata.titles
        and not _has_text(parts)
        and "headline" not in parts.pins
    ):
        raise NotAnArticle(f"{loaded.name or 'input'}: no headline and no article text found")
    article = assemble(
        parts,
        input_kind=loaded.kind,
        url=url,
        rule=GENERIC_RULE,
        warnings=loaded.warnings,
        reference_time=reference_time,
    )
    if parts.rule is not None:
        article = pin_fields(article, parts.pins, parts.rule)
    if capture is not None:
        article = with_capture(article, *capture)
    if article.headline is None and not article.body.blocks:
        raise NotAnArticle(f"{loaded.name or 'input'}: no headline and no article text found")
    return article


def _front_door(loaded: Loaded, url: str | None, rules: RuleSet | None, capture: Via | None) -> Parts:
    if loaded.kind == "html":
        from ._html._page import html_parts

        return html_parts(loaded.text, url=url, rules=rules, capture=capture, utf8=loaded.utf8)
    from ._text._lines import text_parts  # the text front door, loaded when text is parsed

    parts = text_parts(loaded.text)
    rule = rules.match(url) if rules is not None and url else None
    if rule is not None and rule.text_fields:
        parts.rule, parts.pins = rule, text_values(loaded.text, rule)
    return parts


def _earlier(reference_time: dt.datetime | None, captured_at: dt.datetime | None) -> dt.datetime | None:
    """The reference time for a capture: its capture time, unless the caller's is earlier (the page's
    "3 hours ago" counts back from when it was captured, and it can say nothing of what came after)."""
    if reference_time is None or captured_at is None:
        return reference_time or captured_at
    return min(reference_time, captured_at, key=lambda moment: moment.timestamp())


def _has_text(parts: Parts) -> bool:
    return any(c.text.strip() for c in parts.candidates)
