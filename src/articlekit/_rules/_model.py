"""The one internal model of a site rule, whichever way it was written (TOML, Python class, ftr file).

A rule matches pages by domain (and optionally a URL pattern and a test on the document), strips elements
before extraction, and pins fields: each field has a source that gives its values for a page. Fields a
rule does not pin are left to the generic extraction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .._html._tree import Element
from ..errors import RuleError
from ._selectors import Selector, compile_selector

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

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


#: A host name as a rule names it: labels of letters, digits, "-" and "_", joined by dots.
_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63})*")


class DomainError(RuleError, ValueError):
    """A rule's domain that is no host name, or a public suffix its rule would cover whole (a loader
    names the rule's file in the RuleError it makes of it)."""

    key = "domains"  # the TOML key an error message points at


def domain_problem(domain: str, *, subdomains: bool) -> str | None:
    """What is wrong with a rule's domain, or None. A rule matching subdomains may not name a public
    suffix ("com", "co.uk", "gov.uk"): it would apply to every site under it. Platforms' suffixes (the
    list's private part: "blogspot.com", "github.io") are allowed: one template serves all their sites."""
    if len(domain) > 253 or not _DOMAIN.fullmatch(domain):
        return f"{domain!r} is not a domain name (write it like 'example.com')"
    if subdomains and _public_suffixes().is_public(_unicode(domain)):
        return f"{domain!r} is a public suffix: a rule would apply to every site under it"
    return None


@functools.cache
def _public_suffixes() -> PublicSuffixList:
    """The public suffix list the package bundles, read when a rule is first loaded."""
    from publicsuffixlist import PublicSuffixList

    # Unicode only: a third of the time to read; the registries' suffixes, not platforms'
    return PublicSuffixList(accept_encoded_idn=False, only_icann=True)


def _unicode(domain: str) -> str:
    """A domain with its punycode labels ("xn--p1ai") decoded, as the list holds them."""
    if "xn--" not in domain:
        return domain
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain


def _normalised(domains: str | Iterable[str]) -> tuple[str, ...]:
    """Domains as the index holds them: lower case, without leading or trailing dots."""
    return tuple(domain.lower().strip(".") for domain in ([domains] if isinstance(domains, str) else domains))


def _check_domains(rule: Rule, attribute: attrs.Attribute[Any], domains: tuple[str, ...]) -> None:
    for domain in domains:
        problem = domain_problem(domain, subdomains=attribute.name == "domains")
        if problem:
            raise DomainError(f"{attribute.name}: {problem}")


@attrs.frozen
class Rule:
    """A site rule. `domains` match the domain and its subdomains; `exact_domains` only the host itself
    (with or without "www."), as an ftr-site-config file without a leading dot does."""

    name: str
    #: Checked when the rule is made: host names, and no public suffix among `domains` (DomainError).
    domains: tuple[str, ...] = attrs.field(default=(), converter=_normalised, validator=_check_domains)
    exact_domains: tuple[str, ...] = attrs.field(default=(), converter=_normalised, validator=_check_domains)
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
