"""The one internal model of a site rule, whichever way it was written (TOML, Python class, ftr file).

A rule matches pages by domain (and optionally a URL pattern and a test on the document), strips elements
before extraction, and pins fields: each field has a source that gives its values for a page. Fields a
rule does not pin are left to the generic extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import attrs

from .._html._tree import Element
from ._selectors import Selector, compile_selector

#: The fields a rule may pin. `body` names the article's container; the others give values.
FIELDS = (
    "headline",
    "kicker",
    "subheadline",
    "authors",
    "published",
    "modified",
    "site_name",
    "description",
    "section",
    "tags",
    "language",
    "body",
)


@attrs.frozen
class Page:
    """What a rule's field source sees of an HTML page: its tree and URL, with selector helpers."""

    root: Element
    url: str | None = None

    def select(self, selector: str) -> list[str]:
        """The texts a CSS or XPath selector selects (element texts, attribute values)."""
        return compile_selector(selector).texts(self.root)

    def first(self, selector: str) -> str | None:
        """The first text a selector selects, or None."""
        found = self.select(selector)
        return found[0] if found else None

    def elements(self, selector: str) -> list[Element]:
        return compile_selector(selector).elements(self.root)


class FieldSource(Protocol):
    """Where a rule reads one field of a page. Each read returns what it found and how (for provenance)."""

    def values(self, page: Page) -> tuple[list[str], str]: ...

    def elements(self, page: Page) -> tuple[list[Element], str]: ...


@attrs.frozen
class Selected:
    """A field read by selectors, tried in order (the first that selects anything wins), each value
    optionally cut down by a regular expression (its `value` group, else its first group, else the match)."""

    selectors: tuple[Selector, ...]
    pattern: re.Pattern[str] | None = None

    def values(self, page: Page) -> tuple[list[str], str]:
        for selector in self.selectors:
            texts = [value for text in selector.texts(page.root) if (value := self._cut(text))]
            if texts:
                return texts, selector.text
        return [], ""

    def elements(self, page: Page) -> tuple[list[Element], str]:
        for selector in self.selectors:
            found = selector.elements(page.root)
            if found:
                return found, selector.text
        return [], ""

    def _cut(self, text: str) -> str | None:
        if self.pattern is None:
            return text
        return cut(self.pattern, text)


def cut(pattern: re.Pattern[str], text: str) -> str | None:
    """What a pattern takes from a text: its `value` group, else its first group, else the whole match."""
    match = pattern.search(text)
    if match is None:
        return None
    value = match.groupdict().get("value") or (match.group(1) if match.groups() else match.group(0))
    return (value or "").strip() or None


@attrs.frozen
class Method:
    """A field read by a Python rule's method: `(page) -> str | list[str] | Element | None`."""

    function: Callable[[Page], object]
    name: str

    def values(self, page: Page) -> tuple[list[str], str]:
        items = self._items(page)
        texts = [str(item).strip() for item in items if item is not None and not isinstance(item, Element)]
        return [text for text in texts if text], f"{self.name}()"

    def elements(self, page: Page) -> tuple[list[Element], str]:
        return [item for item in self._items(page) if isinstance(item, Element)], f"{self.name}()"

    def _items(self, page: Page) -> list[object]:
        result = self.function(page)
        return list(result) if isinstance(result, list | tuple) else [result]


@attrs.frozen
class RuleFixture:
    """A stored test of a rule: a page, its URL, and the expected record (field by field)."""

    page: Path
    expected: Path
    url: str | None = None


@attrs.frozen
class Rule:
    """A site rule. `domains` match the domain and its subdomains; `exact_domains` only the host itself
    (with or without "www."), as an ftr-site-config file without a leading dot does."""

    name: str
    domains: tuple[str, ...] = ()
    exact_domains: tuple[str, ...] = ()
    version: str = "1"
    url_pattern: re.Pattern[str] | None = None
    #: The document test: each selector must select something for the rule to apply.
    requires: tuple[Selector, ...] = ()
    fields: Mapping[str, FieldSource] = attrs.field(factory=dict)
    #: Line patterns pinning fields of plain-text input (the `value` group, else the first, else the line).
    text_fields: Mapping[str, tuple[re.Pattern[str], ...]] = attrs.field(factory=dict)
    strip: tuple[Selector, ...] = ()
    #: (find, replace) on the raw page before it is parsed (ftr's find_string / replace_string).
    replacements: tuple[tuple[str, str], ...] = ()
    #: Where the rule came from: "argument", "--rules", "plugin NAME", "built-in".
    origin: str = "argument"
    path: str | None = None
    fixtures: tuple[RuleFixture, ...] = ()
    #: What loading the rule noticed (unsupported directives of an ftr file).
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How provenance names the rule."""
        return f"{self.name} {self.version}"

    def matches_url(self, url: str | None) -> bool:
        return self.url_pattern is None or (url is not None and self.url_pattern.search(url) is not None)

    def matches_document(self, root: Element) -> bool:
        return all(selector.select(root) for selector in self.requires)


def selectors(value: str | Sequence[str]) -> tuple[Selector, ...]:
    """One selector or a list of them (tried in order), compiled."""
    items = [value] if isinstance(value, str) else list(value)
    return tuple(compile_selector(item) for item in items)
