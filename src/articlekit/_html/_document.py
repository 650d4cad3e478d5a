"""Safe HTML parsing with lxml: no network, no entity expansion, junk and hidden elements removed."""

from __future__ import annotations

import re

import lxml.etree as etree
import lxml.html

from ..errors import EmptyInput, NotAnArticle
from ._selectors import JUNK_TAGS

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _parser() -> lxml.html.HTMLParser:
    # libxml2's HTML parser does not load DTDs or external entities; no_network forbids any fetch.
    return lxml.html.HTMLParser(  # type: ignore[call-arg]
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        huge_tree=False,
        default_doctype=False,
    )


def parse_document(text: str) -> lxml.html.HtmlElement:
    """Parse HTML text into an lxml tree, raising typed errors instead of lxml's."""
    cleaned = _NOT_XML_CHARS.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not cleaned.strip():
        raise EmptyInput("empty document")
    try:
        root = lxml.html.document_fromstring(cleaned, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise NotAnArticle(f"the HTML could not be parsed: {exc}") from exc
    if root is None:
        raise EmptyInput("empty document")
    return root


#: Hidden elements are dropped unless the visible page would keep less than this share of the text:
#: pages rendered by client-side frameworks stream their article into hidden containers.
MIN_VISIBLE_SHARE = 0.2


def remove_junk(root: lxml.html.HtmlElement) -> list[str]:
    """Drop scripts, styles, embeds, form controls and hidden elements (keeping the text after them).

    Returns warnings about what was kept against the rule.
    """
    etree.strip_elements(root, *JUNK_TAGS, etree.Comment, with_tail=False)
    hidden = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and (
            element.get("hidden") is not None
            or element.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(element.get("style") or "")
        )
        and element.tag not in ("html", "body")
    ]
    total = len(root.text_content())
    hidden_text = sum(len(element.text_content()) for element in _outermost(hidden))
    if total and total - hidden_text < MIN_VISIBLE_SHARE * total:
        return ["most of the page's text is in hidden elements (client-side rendering); kept"]
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()
    return []


def _outermost(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]
