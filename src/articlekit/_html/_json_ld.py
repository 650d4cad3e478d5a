"""JSON-LD: the article node of the page's structured data (with `@graph`, `@id` references and
`mainEntity` followed) read into the page's Metadata, and a how-to's or recipe's steps."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from .._blocks import Metadata
from .._encoding import without_lone_surrogates
from .._fields._access import declared_access
from .._fields._dates import parse_date
from .._fields._language import normalise_language
from .._model import DateEvidence, Image
from ._selectors import ARTICLE_TYPES
from ._tree import Element, resolve_url

_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def read_json_ld(scripts: list[Element], meta: Metadata, url: str | None) -> dict[str, Any] | None:
    nodes = list(_json_ld_nodes(scripts))
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    articles = [node for node in nodes if any(ARTICLE_TYPES.search(t) for t in _types(node))]
    for node in nodes:
        if "WebSite" in _types(node) and isinstance(node.get("name"), str):
            meta.site_names.append((node["name"].strip(), "json-ld WebSite"))
    instructive = next((node for node in nodes if INSTRUCTIVE_TYPES.intersection(_types(node))), None)
    if instructive is not None:
        meta.instructions.extend(_instructions(instructive))
    if not articles:
        page = next((node for node in nodes if "WebPage" in _types(node) and node.get("author")), None)
        if page is not None:  # a page (not typed as an article) that names its author: a blog's post
            _json_ld_authors(page, by_id, meta)
        return None
    article = max(articles, key=lambda node: ("headline" in node, len(str(node.get("articleBody", "")))))
    _json_ld_article(article, by_id, meta, url)
    return article


#: schema.org types whose text is a list of steps (a how-to, a recipe) rather than an article body.
INSTRUCTIVE_TYPES = frozenset({"HowTo", "Recipe"})
#: Where such a node keeps its steps; a step is a string, a HowToStep's `text`, or a HowToSection's
#: `itemListElement` of steps.
_STEP_KEYS = ("step", "recipeInstructions")


def _instructions(node: dict[str, Any]) -> list[str]:
    """A how-to's or recipe's text: its description, then its steps in order."""
    description = node.get("description")
    texts = [_plain(description)] if isinstance(description, str) and description.strip() else []
    for key in _STEP_KEYS:
        texts.extend(_steps(node.get(key), 0))
    return [text for text in texts if text]


def _steps(value: Any, depth: int) -> Iterator[str]:
    if depth > 4:
        return
    if isinstance(value, str):
        yield _plain(value)
    elif isinstance(value, list):
        for item in value:
            yield from _steps(item, depth + 1)
    elif isinstance(value, dict):
        if isinstance(value.get("text"), str):
            yield _plain(value["text"])
        else:
            yield from _steps(value.get("itemListElement"), depth + 1)


def _json_ld_nodes(scripts: list[Element]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        raw = _without_guards(script.text or "")
        for data in _json_values(raw):
            if _SURROGATE_ESCAPE.search(raw):
                data = without_lone_surrogates(data)
            yield from _flatten(data, 0)


def _without_guards(raw: str) -> str:
    """The script's text without the CDATA or comment marks around it. Speed: `_CDATA` is tried at every
    position of the text; its matches open the text or end it (before white space alone), which a
    match at the start and a look at the end tell first, most scripts having none."""
    if _GUARD_OPENING.match(raw) is None and not raw.rstrip().endswith(("]]>", "-->")):
        return raw
    return _CDATA.sub("", raw)


_GUARD_OPENING = re.compile(r"\s*(?:<!\[CDATA\[|<!--)")
#: Raw line breaks in strings, as many sites write them, are read (`strict=False`).
_JSON = json.JSONDecoder(strict=False)


def _json_values(raw: str) -> Iterator[Any]:
    """The JSON values a script holds: one as a rule, several written one after another, and the
    whole values before junk that follows them (a stray closing brace, a semicolon)."""
    position = _skip_space(raw, 0)
    while position < len(raw):
        try:
            value, position = _JSON.raw_decode(raw, position)
        except (json.JSONDecodeError, RecursionError):
            return
        yield value
        position = _skip_space(raw, position)


def _skip_space(raw: str, position: int) -> int:
    return len(raw) - len(raw[position:].lstrip())


#: A JSON escape of half a surrogate pair (valid JSON, but no character: it cannot be written as UTF-8).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]", re.ASCII)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten(main, depth + 1)


def _plain(text: str) -> str:
    """A JSON-LD string as text: white space folded, and HTML character references, which many
    sites' SEO plugins leave in it ("Kohberger&#8217;s"), resolved."""
    return " ".join((html.unescape(text) if "&" in text else text).split())


def _names_a_site(publisher: dict[str, Any]) -> bool:
    """A publisher that is a person (a one-person blog's owner; Yoast types such a site's owner both
    Person and Organization) does not name the site: that name is the author's own, not a site's to be
    kept out of the people credited."""
    return "Person" not in _types(publisher)


def _types(node: dict[str, Any]) -> list[str]:
    """A node's @type as a list of strings (a real page's may be a string, a list, null or a number)."""
    kind = node.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _by_id(by_id: dict[str, Any], node: dict[str, Any]) -> Any:
    """The node a reference names by its @id (a string; a real page's may be an object or a list)."""
    ident = node.get("@id")
    return by_id.get(ident, node) if isinstance(ident, str) else node


def _json_ld_article(node: dict[str, Any], by_id: dict[str, Any], meta: Metadata, url: str | None) -> None:
    headline, name = node.get("headline"), node.get("name")
    if isinstance(name, str) and name.strip() and name != headline:
        meta.titles.insert(0, (_plain(name), "json-ld name"))  # some sites put a summary in headline
    headline = headline if isinstance(headline, str) and headline.strip() else name
    if isinstance(headline, str) and headline.strip():
        meta.titles.insert(0, (_plain(headline), "json-ld"))
    for key, role in (
        ("datePublished", "published"),
        ("dateCreated", "published"),
        ("dateModified", "modified"),
    ):
        raw = node.get(key)
        if isinstance(raw, str) and (value := parse_date(raw)) is not None:
            meta.dates.append(DateEvidence(role, value, "json-ld", raw))  # type: ignore[arg-type]
    _json_ld_authors(node, by_id, meta)
    publisher = node.get("publisher")
    if isinstance(publisher, dict):
        publisher = _by_id(by_id, publisher)
        if (
            isinstance(publisher, dict)
            and isinstance(publisher.get("name"), str)
            and _names_a_site(publisher)
        ):
            meta.site_names.insert(0, (_plain(publisher["name"]), "json-ld publisher"))
    _json_ld_descriptors(node, meta)
    page = node.get("mainEntityOfPage") or node.get("url")
    page = page.get("@id") if isinstance(page, dict) else page
    if isinstance(page, str) and page.startswith(("http://", "https://")):
        meta.canonical_url = (page, "json-ld mainEntityOfPage")
    language = node.get("inLanguage")
    if isinstance(language, str) and meta.language is None and (normalised := normalise_language(language)):
        meta.language = (normalised, "json-ld inLanguage")
    for image in _as_list(node.get("image"))[:1]:
        src = image.get("url") or image.get("contentUrl") if isinstance(image, dict) else image
        if isinstance(src, str):
            caption = image.get("caption") if isinstance(image, dict) else None
            meta.images.insert(
                0, Image(src=resolve(src, url), caption=caption if isinstance(caption, str) else None)
            )


def _json_ld_authors(node: dict[str, Any], by_id: dict[str, Any], meta: Metadata) -> None:
    """The node's authors, resolved by their @id where the graph names them so: people, and
    organisations apart (a node typed both Person and Organization, a blogger's own site, is a person)."""
    for person in _as_list(node.get("author")):
        resolved = _by_id(by_id, person) if isinstance(person, dict) else person
        name = resolved.get("name") if isinstance(resolved, dict) else resolved
        if isinstance(name, str) and name.strip():
            types = _types(resolved) if isinstance(resolved, dict) else []
            if "Organization" in types and "Person" not in types:
                meta.organisations.append(_plain(name))
            else:
                meta.authors.append((_plain(name), "json-ld author"))
                note = resolved.get("description") if isinstance(resolved, dict) else None
                if isinstance(note, str) and note.strip():
                    meta.author_notes.append(_plain(note))


def _json_ld_descriptors(node: dict[str, Any], meta: Metadata) -> None:
    """Description, section, keywords and the access declaration of the article node (JSON-LD first)."""
    description = node.get("description")
    if isinstance(description, str) and description.strip():
        meta.description = (_plain(description), "json-ld description")
    section = node.get("articleSection")
    section = section[0] if isinstance(section, list) and section else section
    if isinstance(section, str) and section.strip():
        meta.section = (_plain(section), "json-ld articleSection")
    keywords = node.get("keywords")
    for value in keywords if isinstance(keywords, list) else [keywords]:
        if isinstance(value, str):
            meta.tags.extend((tag, "json-ld keywords") for tag in split_tags(value))
    meta.access = declared_access(node) or meta.access


def split_tags(value: str) -> list[str]:
    return [" ".join(tag.split()) for tag in re.split(r"[,;|]", value) if tag.strip()]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def resolve(src: str, url: str | None) -> str | None:
    src = src.strip()
    if not src:
        return None
    return resolve_url(url, src)
