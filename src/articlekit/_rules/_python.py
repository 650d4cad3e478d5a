"""Rules written as Python classes: one class per site, each field a decorated method.

    class ExampleNews(SiteRule):
        name = "example-news"
        domains = ["example-news.test"]
        strip = [".promo"]

        @field("headline")
        def headline(self, page: Page) -> str | None:
            return page.first("h2.t")

A method returns a string, a list of strings, an element (for `body`) or None (the generic extraction then
fills the field). Selectors may stand in for methods: `fields = {"published": "time/@datetime"}`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

from ..errors import RuleError
from ._model import FIELDS, DomainError, FieldSource, Method, Page, Rule, Selected, selectors

_Function = TypeVar("_Function", bound=Callable[..., Any])


def field(name: str) -> Callable[[_Function], _Function]:
    """Mark a SiteRule method as the source of a field ("headline", "authors", "published", "body", ...)."""
    if name not in FIELDS:
        raise RuleError(f"unknown field {name!r} (fields: {', '.join(FIELDS)})")

    def mark(function: _Function) -> _Function:
        function.__articlekit_field__ = name  # type: ignore[attr-defined]
        return function

    return mark


class SiteRule:
    """Base class of rules written in Python. Subclasses set `name` and `domains` (and optionally
    `version`, `url_pattern`, `requires`, `strip`, `fields`), and mark field methods with `@field`."""

    name: ClassVar[str] = ""
    domains: ClassVar[Sequence[str]] = ()
    version: ClassVar[str] = "1"
    url_pattern: ClassVar[str | None] = None
    requires: ClassVar[Sequence[str]] = ()
    strip: ClassVar[Sequence[str]] = ()
    #: Fields given by selectors rather than methods: {"published": "//time/@datetime"}.
    fields: ClassVar[Mapping[str, str | Sequence[str]]] = {}

    @classmethod
    def to_rule(cls, *, origin: str = "argument") -> Rule:
        """The rule this class describes, in the internal model every rule shares."""
        if not cls.name or not cls.domains:
            raise RuleError(f"{cls.__qualname__}: a SiteRule needs a name and domains")
        sources = _field_sources(cls)
        try:
            return Rule(
                name=cls.name,
                domains=cls.domains,
                version=cls.version,
                url_pattern=re.compile(cls.url_pattern) if cls.url_pattern else None,
                requires=selectors(list(cls.requires)),
                fields=sources,
                strip=selectors(list(cls.strip)),
                origin=origin,
                path=f"{cls.__module__}.{cls.__qualname__}",
            )
        except DomainError as exc:
            raise RuleError(f"{cls.__qualname__}: {exc}") from None


def _field_sources(cls: type[SiteRule]) -> dict[str, FieldSource]:
    """A SiteRule's fields: its selectors, then its marked methods (bound to one instance)."""
    instance = cls()
    sources: dict[str, FieldSource] = {key: Selected(selectors(value)) for key, value in cls.fields.items()}
    for attribute in dir(cls):
        marked = getattr(getattr(cls, attribute, None), "__articlekit_field__", None)
        if marked:
            sources[marked] = Method(_bound(instance, attribute), f"{cls.__qualname__}.{attribute}")
    unknown = set(sources) - set(FIELDS)
    if unknown:
        raise RuleError(f"{cls.__qualname__}: unknown fields {sorted(unknown)}")
    return sources


def _bound(instance: SiteRule, attribute: str) -> Callable[[Page], object]:
    method: Callable[[Page], object] = getattr(instance, attribute)
    return method
