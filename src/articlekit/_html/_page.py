"""HTML front door: page text -> metadata + candidate blocks, ready for the shared assembler."""

from __future__ import annotations

from typing import Any

import attrs

from .._blocks import Candidate, Metadata, Parts
from .._model import Via
from .._rules._apply import Pins, element_of, read_values, replaced, strip_elements
from .._rules._model import Rule
from .._rules._registry import RuleSet
from ._content import MIN_ARTICLE_BODY_CHARS, PROSE_IN_FURNITURE, find_headline_element, find_main, find_scope
from ._datelines import locate_datelines
from ._document import parse_document, remove_capture_chrome, remove_junk
from ._hydration import inline_scripts, is_markup, script_article, without_placeholders
from ._kicker import find_kicker
from ._metadata import declared_url, harvest, script_dates
from ._tree import Element, PageIndex, Survey
from ._walk import Walker


@attrs.define
class Layout:
    """The parsed page and what the extraction decided about it before walking it."""

    root: Element
    body: Element
    metadata: Metadata
    article_node: dict[str, Any] | None
    base: str | None
    warnings: list[str]
    index: PageIndex
    main: Element
    main_how: str
    headline: Element | None
    rule: Rule | None = None
    pins: Pins = attrs.field(factory=dict)


def lay_out(
    text: str,
    url: str | None,
    rules: RuleSet | None = None,
    capture: Via | None = None,
    utf8: bytes | None = None,
) -> Layout:
    """Parse once (`utf8`: the text's UTF-8 bytes, if at hand); take out what the capture service
    (`capture`) added; apply a matching site rule (strip elements, read pinned values); harvest
    metadata before junk removal (JSON-LD lives in <script>); find the article's container and headline."""
    warnings: list[str] = []
    root = _page_of(text, capture, warnings, utf8)
    rule = rules.match(url or _declared_address(root), root) if rules else None
    pins: Pins = {}
    if rule is not None:
        if rule.replacements:
            root = _page_of(replaced(text, rule), capture)
        strip_elements(root, rule)
        pins = read_values(root, url, rule)
    survey = Survey(root)
    metadata, article_node = harvest(root, survey, url)
    if not metadata.dates:  # the weakest claim, looked for only where the page's metadata gives none
        metadata.dates.extend(script_dates(text))
    base = url or _base_href(root) or (metadata.canonical_url[0] if metadata.canonical_url else None)
    warnings += remove_junk(root, survey.maybe_hidden)
    body = root.find("body")
    if body is None:
        body = root
    index = PageIndex(body, survey)
    pinned_main, pinned_how = element_of(root, url, rule, "body") if rule else (None, "")
    if pinned_main is not None and rule is not None:
        main, how = pinned_main, f"rule {rule.label}: {pinned_how}"
    else:
        main, how = find_main(body, index, survey.itemprop)
    headline, _ = element_of(root, url, rule, "headline") if rule else (None, "")
    if headline is None:
        headline = find_headline_element(body, main, [title for title, _ in metadata.titles])
    return Layout(root, body, metadata, article_node, base, warnings, index, main, how, headline, rule, pins)


def _page_of(
    text: str, capture: Via | None, warnings: list[str] | None = None, utf8: bytes | None = None
) -> Element:
    """The parsed page, without what the capture service it came through added."""
    root = parse_document(text, warnings, utf8=utf8)
    if capture is not None:
        remove_capture_chrome(root, capture)
    return root


def html_parts(
    text: str,
    *,
    url: str | None,
    rules: RuleSet | None = None,
    capture: Via | None = None,
    utf8: bytes | None = None,
) -> Parts:
    """The page's metadata and candidate blocks, from one walk over its laid-out tree; `capture` is the
    service a captured page came through (its toolbar or header is not the page's); `utf8` the text's
    UTF-8 bytes, if at hand (parsed instead of the text)."""
    layout = lay_out(text, url, rules, capture, utf8)
    metadata, base, warnings, main = layout.metadata, layout.base, layout.warnings, layout.main
    article_node, body, index, headline = layout.article_node, layout.body, layout.index, layout.headline
    how = layout.main_how
    scope = find_scope(main, headline)
    walker = Walker(main, scope, headline, base, index, names_in_main=how != PROSE_IN_FURNITURE)
    candidates = walker.walk(body)
    body_how = f"{how} ({_describe(main)})"
    if _shows_no_article(candidates):
        fallback = _article_body_candidates(article_node)
        if fallback:
            body_how = "schema.org articleBody in JSON-LD (the page shows no article text)"
            warnings.append("the page shows no article text; the body comes from its JSON-LD articleBody")
        elif sum(len(step) for step in metadata.instructions) >= MIN_ARTICLE_BODY_CHARS:
            fallback = _text_candidates("\n".join(metadata.instructions), "json-ld steps")
            body_how = "a how-to's or recipe's steps in JSON-LD (the page shows no article text)"
            warnings.append("the page shows no article text; the body comes from the steps in its JSON-LD")
        else:
            fallback = _script_candidates(text, base)
            if fallback:
                body_how = "a prose string in a script's data (a client-rendered page)"
                warnings.append("the page shows no article text; the body comes from data in a script")
        if fallback:  # what the page itself showed there (a "Loading..." placeholder) is not the article
            candidates = [attrs.evolve(c, zone="outside") if c.zone == "main" else c for c in candidates]
        candidates.extend(fallback)
    language = metadata.language[0] if metadata.language else None
    locate_datelines(candidates, walker.headline_index, language)
    return Parts(
        candidates=candidates,
        metadata=metadata,
        headline_index=walker.headline_index,
        body_how=body_how,
        warnings=warnings,
        kicker=find_kicker(headline) if headline is not None and walker.headline_index is not None else None,
        rule=layout.rule,
        pins=layout.pins,
    )


def _shows_no_article(candidates: list[Candidate]) -> bool:
    shown = sum(len(c.text) for c in candidates if c.zone == "main" and c.kind != "image")
    return shown < MIN_ARTICLE_BODY_CHARS


def _article_body_candidates(node: dict[str, Any] | None) -> list[Candidate]:
    text = node.get("articleBody") if node else None
    if not isinstance(text, str) or len(text) < MIN_ARTICLE_BODY_CHARS:
        return []
    return _text_candidates(text, "json-ld articleBody")


def _text_candidates(text: str, where: str) -> list[Candidate]:
    pieces = (" ".join(piece.split()) for piece in text.split("\n"))
    return [Candidate(text=piece, zone="main", where=where) for piece in pieces if piece]


def _script_candidates(page: str, base: str | None) -> list[Candidate]:
    """The article a client-rendered page keeps in a script's data, as main-zone candidates. The page
    is parsed afresh: the first parse's scripts are gone with the junk (this path is rare)."""
    value = script_article(inline_scripts(parse_document(page)))
    if value is None:
        return []
    value = without_placeholders(value)
    if not is_markup(value):
        return _text_candidates(value, "script data")
    root = parse_document(f"<html><body>{value}</body></html>")
    survey = Survey(root)
    remove_junk(root, survey.maybe_hidden)
    body = root.find("body")
    if body is None:
        return []
    walker = Walker(body, body, None, base, PageIndex(body, survey))
    return [attrs.evolve(c, where=f"script data {c.where}") for c in walker.walk(body)]


def _declared_address(root: Element) -> str | None:
    """The address the page declares for itself, for finding its site rule when the caller gave none
    (speed: read only then, not for every page)."""
    declared = declared_url(root)
    return declared[0] if declared else None


def _base_href(root: Element) -> str | None:
    base = root.find(".//base")
    href = (base.get("href") or "").strip() if base is not None else ""
    return href or None


def _describe(element: Element) -> str:
    ident = element.get("id")
    classes = (element.get("class") or "").split()
    return f"<{element.tag}{' id=' + ident if ident else ''}{' class=' + '.'.join(classes[:3]) if classes else ''}>"
