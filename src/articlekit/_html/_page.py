"""HTML front door: page text -> metadata + candidate blocks, ready for the shared assembler."""

from __future__ import annotations

import re
from typing import Any

from .._blocks import Candidate, Parts
from ._content import MIN_ARTICLE_BODY_CHARS, find_headline_element, find_main, find_scope
from ._document import parse_document, remove_junk
from ._metadata import harvest
from ._tree import Element, PageIndex, Survey
from ._walk import Walker


def html_parts(text: str, *, url: str | None) -> Parts:
    """Parse once; harvest metadata before junk removal (JSON-LD lives in <script>); then walk once."""
    root = parse_document(text)
    survey = Survey(root)
    metadata, article_node = harvest(root, survey, url)
    base = url or _base_href(root) or (metadata.canonical_url[0] if metadata.canonical_url else None)
    warnings = remove_junk(root, survey.maybe_hidden)
    body = root.find("body")
    if body is None:
        body = root
    index = PageIndex(body)
    main, how = find_main(body, index, survey.itemprop)
    headline = find_headline_element(body, main, [title for title, _ in metadata.titles])
    scope = find_scope(main, headline)
    walker = Walker(main, scope, headline, base, index)
    candidates = walker.walk(body)
    body_how = f"{how} ({_describe(main)})"
    if _article_body_needed(candidates, article_node):
        candidates.extend(_article_body_candidates(article_node))
        body_how = "schema.org articleBody in JSON-LD (the page shows no article text)"
        warnings.append("the page shows no article text; the body comes from its JSON-LD articleBody")
    return Parts(
        candidates=candidates,
        metadata=metadata,
        headline_index=walker.headline_index,
        body_how=body_how,
        warnings=warnings,
    )


def _article_body_needed(candidates: list[Candidate], node: dict[str, Any] | None) -> bool:
    text = node.get("articleBody") if node else None
    if not isinstance(text, str) or len(text) < MIN_ARTICLE_BODY_CHARS:
        return False
    shown = sum(len(c.text) for c in candidates if c.zone == "main" and c.kind != "image")
    return shown < MIN_ARTICLE_BODY_CHARS


def _article_body_candidates(node: dict[str, Any] | None) -> list[Candidate]:
    text = str(node.get("articleBody", "")) if node else ""
    pieces = (" ".join(piece.split()) for piece in re.split(r"\n", text))
    return [Candidate(text=piece, zone="main", where="json-ld articleBody") for piece in pieces if piece]


def _base_href(root: Element) -> str | None:
    base = root.find(".//base")
    href = (base.get("href") or "").strip() if base is not None else ""
    return href or None


def _describe(element: Element) -> str:
    ident = element.get("id")
    classes = (element.get("class") or "").split()
    return f"<{element.tag}{' id=' + ident if ident else ''}{' class=' + '.'.join(classes[:3]) if classes else ''}>"
