"""HTML front door: page text -> metadata + candidate blocks, ready for the shared assembler."""

from __future__ import annotations

import lxml.html

from .._blocks import Parts
from ._content import find_headline_element, find_main, find_scope
from ._document import parse_document, remove_junk
from ._metadata import harvest
from ._walk import Walker


def html_parts(text: str, *, url: str | None) -> Parts:
    """Parse once; harvest metadata before junk removal (JSON-LD lives in <script>); then walk once."""
    root = parse_document(text)
    metadata, _article_node = harvest(root, url)
    base = url or _base_href(root) or (metadata.canonical_url[0] if metadata.canonical_url else None)
    remove_junk(root)
    body = root.find("body")
    if body is None:
        body = root
    main, how = find_main(body)
    headline = find_headline_element(body, main, [title for title, _ in metadata.titles])
    scope = find_scope(main, headline)
    walker = Walker(main, scope, headline, base)
    candidates = walker.walk(body)
    return Parts(
        candidates=candidates,
        metadata=metadata,
        headline_index=walker.headline_index,
        body_how=f"{how} ({_describe(main)})",
    )


def _base_href(root: lxml.html.HtmlElement) -> str | None:
    base = root.find(".//base")
    href = (base.get("href") or "").strip() if base is not None else ""
    return href or None


def _describe(element: object) -> str:
    tag = getattr(element, "tag", "?")
    get = getattr(element, "get", lambda _key: None)
    ident = get("id")
    classes = (get("class") or "").split()
    return f"<{tag}{' id=' + ident if ident else ''}{' class=' + '.'.join(classes[:3]) if classes else ''}>"
