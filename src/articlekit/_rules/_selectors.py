"""Selectors of site rules: CSS, or XPath when they start with `/`, `./` or `(` (XPath may select
attributes and text, as in `//time/@datetime`). Compiled once, when the rule is loaded."""

from __future__ import annotations

import functools

import attrs
import lxml.etree as etree
from cssselect import HTMLTranslator, SelectorError

from .._html._tree import Element, clean_text, text_of
from ..errors import ArticleKitError

_CSS = HTMLTranslator()


class SelectorSyntaxError(ArticleKitError):
    """A rule's selector is neither valid CSS nor valid XPath."""


def is_xpath(text: str) -> bool:
    return text.startswith(("/", "./", "(", "id("))


@attrs.frozen
class Selector:
    """One compiled selector; `text` is how the rule wrote it."""

    text: str
    xpath: etree.XPath = attrs.field(eq=False, repr=False)

    def select(self, root: Element) -> list[Element | str]:
        """What the selector selects: elements, or strings (attribute values, text nodes)."""
        try:
            found = self.xpath(root)
        except etree.XPathError:
            return []
        if not isinstance(found, list):
            return [str(found)] if isinstance(found, str | float) and str(found).strip() else []
        return [item if isinstance(item, etree._Element) else str(item) for item in found]

    def elements(self, root: Element) -> list[Element]:
        return [item for item in self.select(root) if isinstance(item, etree._Element)]

    def texts(self, root: Element) -> list[str]:
        """The selected values as clean texts: an element's text, an attribute's value."""
        values = []
        for item in self.select(root):
            text = clean_text(text_of(item) if isinstance(item, etree._Element) else item)
            if text:
                values.append(text)
        return values


@functools.lru_cache(maxsize=1024)
def compile_selector(text: str, *, xpath: bool = False) -> Selector:
    """Compile a CSS or XPath selector (always XPath with `xpath`); raises SelectorSyntaxError naming it
    when it is neither. Cached: a Python rule's methods name their selectors on every page."""
    text = text.strip()
    if not text:
        raise SelectorSyntaxError("an empty selector")
    try:
        expression = text if xpath or is_xpath(text) else _CSS.css_to_xpath(text)
    except SelectorError as exc:
        raise SelectorSyntaxError(f"not a CSS selector: {text!r} ({exc})") from None
    try:
        return Selector(text, etree.XPath(expression, smart_strings=False))
    except etree.XPathSyntaxError as exc:
        raise SelectorSyntaxError(f"not an XPath expression: {text!r} ({exc})") from None
