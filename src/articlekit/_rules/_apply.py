"""Applying a rule: before extraction (text replacements, stripped elements, the article's container and
headline element) and after it (the pinned fields replace the generic ones, with the rule in provenance)."""

from __future__ import annotations

import attrs
import lxml.etree as etree

from .._fields._authors import people_and_organisations
from .._fields._dates import parse_date
from .._fields._language import normalise_language
from .._html._selectors import HEADINGS
from .._html._tree import Element, drop_keep_tail
from .._model import Article, DateEvidence
from ._model import Page, Rule, cut

#: Pinned values: field -> (values, how the rule found them).
Pins = dict[str, tuple[list[str], str]]


def replaced(text: str, rule: Rule) -> str:
    """The raw page after the rule's find/replace pairs."""
    for find, replacement in rule.replacements:
        if find:
            text = text.replace(find, replacement)
    return text


def strip_elements(root: Element, rule: Rule) -> None:
    """Remove what the rule strips (the text after each removed element stays)."""
    for selector in rule.strip:
        for element in selector.elements(root):
            if element.getparent() is not None:
                drop_keep_tail(element)


def read_values(root: Element, url: str | None, rule: Rule) -> Pins:
    """The values of every field the rule pins (the container field `body` aside)."""
    page = Page(root, url)
    pins: Pins = {}
    for name, source in rule.fields.items():
        if name != "body":
            values, how = source.values(page)
            if values:
                pins[name] = (values, how)
    return pins


def element_of(root: Element, url: str | None, rule: Rule, name: str) -> tuple[Element | None, str]:
    """The element a rule names for `body` or `headline` (several body elements are gathered, in
    order, into one container where the first stood)."""
    source = rule.fields.get(name)
    if source is None:
        return None, ""
    found, how = source.elements(Page(root, url))
    found = [e for e in found if e.getparent() is not None]
    if not found:
        return None, ""
    if name == "headline":
        return _heading_of(found[0]), how
    if len(found) == 1:
        return found[0], how
    container = etree.Element("div")
    found[0].addprevious(container)
    for element in found:
        if not any(ancestor in found for ancestor in element.iterancestors()):
            container.append(element)
    return container, how


def _heading_of(element: Element) -> Element:
    """The heading a headline part stands in (a span inside the <h1>), else the element itself."""
    for depth, candidate in enumerate((element, *element.iterancestors())):
        if candidate.tag in HEADINGS:
            return candidate
        if depth >= 3:
            break
    return element


def text_values(text: str, rule: Rule) -> Pins:
    """Values of plain-text input from the rule's line patterns."""
    pins: Pins = {}
    for name, patterns in rule.text_fields.items():
        for pattern in patterns:
            value = cut(pattern, text)
            if value:
                pins[name] = ([value], f"line pattern {pattern.pattern!r}")
                break
    return pins


def pin_fields(article: Article, pins: Pins, rule: Rule) -> Article:
    """The article with the rule's values in place of the generic ones, and provenance naming the rule."""
    changes: dict[str, object] = {}
    how = dict(article.provenance.fields)
    evidence = list(article.dates.evidence)
    dates = article.dates
    for name, (values, found_by) in pins.items():
        key = name  # the record's name for the field, as generic provenance gives it
        if name in ("published", "modified"):
            key = f"dates.{name}"
            claim = _date_claim(name, values)
            if claim is None:
                continue
            evidence.insert(0, claim)
            dates = (
                attrs.evolve(dates, published=claim.value)
                if name == "published"
                else attrs.evolve(dates, modified=claim.value)
            )
        elif name == "authors":
            people, organisations = people_and_organisations(values)
            if not people and not organisations:
                continue
            changes[name] = tuple(people)
            if organisations:
                changes["organisations"] = tuple(organisations)
                how["organisations"] = f"rule {rule.label}: {found_by}"
        else:
            value = _value(name, values)
            if value is None:
                continue
            changes[name] = value
        how[key] = f"rule {rule.label}: {found_by}"
    changes["dates"] = attrs.evolve(dates, evidence=tuple(evidence))
    provenance = attrs.evolve(article.provenance, rule=rule.label, fields=how)
    return attrs.evolve(article, provenance=provenance, **changes)  # type: ignore[arg-type]


def _date_claim(role: str, values: list[str]) -> DateEvidence | None:
    for raw in values:
        parsed = parse_date(raw)
        if parsed is not None:
            return DateEvidence(role, parsed, "rule", raw)  # type: ignore[arg-type]
    return None


def _value(name: str, values: list[str]) -> object:
    if name == "tags":
        parts = values if len(values) > 1 else [p for p in values[0].split(",")]
        return tuple(dict.fromkeys(p.strip() for p in parts if p.strip())) or None
    if name == "language":
        return normalise_language(values[0])
    return values[0]
