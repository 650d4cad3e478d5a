"""One pipeline: load -> front door (HTML or text) -> candidate blocks -> assemble -> Article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ._assemble import assemble
from ._blocks import Parts
from ._load import Kind, Loaded, Source, load
from ._model import Article
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
    archive = loaded.capture
    if archive is not None:  # a capture: its original address and time stand in for the caller's
        url = url or archive.original_url
        reference_time = reference_time or archive.captured_at
    parts = _front_door(loaded, url, resolve_rules(rules))
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
    if archive is not None:
        article = attrs.evolve(article, archive=archive)
    if article.headline is None and not article.body.blocks:
        raise NotAnArticle(f"{loaded.name or 'input'}: no headline and no article text found")
    return article


def _front_door(loaded: Loaded, url: str | None, rules: RuleSet | None) -> Parts:
    if loaded.kind == "html":
        from ._html._page import html_parts

        return html_parts(loaded.text, url=url, rules=rules)
    from ._text._lines import text_parts  # the text front door, loaded when text is parsed

    parts = text_parts(loaded.text)
    rule = rules.match(url) if rules is not None and url else None
    if rule is not None and rule.text_fields:
        parts.rule, parts.pins = rule, text_values(loaded.text, rule)
    return parts


def _has_text(parts: Parts) -> bool:
    return any(c.text.strip() for c in parts.candidates)
