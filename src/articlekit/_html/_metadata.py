"""Structured metadata as evidence: JSON-LD (with @graph), OpenGraph, <meta>, microdata, <title>, links."""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterator
from typing import Any

from .._blocks import AUTHOR_HANDLE_SOURCE, NAMED_AUTHOR_SOURCE, Metadata
from .._encoding import without_lone_surrogates
from .._fields import _patterns as P
from .._fields._access import declared_access, tier_access
from .._fields._authors import bare_name
from .._fields._dates import dates_in_line, parse_date
from .._fields._language import normalise_language
from .._fields._read_time import stated_read_time
from .._model import DateEvidence, DateRole, Image
from . import _meta_names as M
from ._selectors import ARTICLE_TYPES, AUTHOR_PAGE
from ._tree import Element, Survey, resolve_url, text_of


@functools.lru_cache(maxsize=1024)
def _meta_date_role(key: str) -> DateRole | None:
    """The date a meta tag's name says its content is, if any: a known name, however punctuated, or a
    publisher's own prefix before a telling local name. Cached: a few hundred names recur on every page."""
    role = M.META_DATES.get(key) or M.META_DATES_LOOSE.get(M.NOT_LETTERS.sub("", key))
    if role is None and M.NAMESPACE.search(key):
        role = M.LOCAL_DATE_NAMES.get(M.NOT_LETTERS.sub("", M.NAMESPACE.split(key)[-1]))
    return role


_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def harvest(root: Element, survey: Survey, url: str | None) -> tuple[Metadata, dict[str, Any] | None]:
    """Read every metadata source of the page; also returns the JSON-LD article node when there is one."""
    meta = Metadata()
    article_node = _json_ld(survey.json_ld, meta, url)
    _dated_titles(survey.dated_titles, meta)
    _meta_tags(root, meta, url)
    _microdata(survey.itemprop, meta)
    meta.authors.extend((" ".join(text_of(a).split()), "rel=author") for a in survey.rel_author)
    meta.authors.extend((name, NAMED_AUTHOR_SOURCE) for name in _named_author(survey.author_named))
    meta.authors.extend((name, AUTHOR_HANDLE_SOURCE) for name in _author_handles(survey.rel_author))
    _head_elements(root, meta, url)
    return meta, article_node


#: "06-08-2009", "06/08/2009": a day and a month in no telling order (a dotted "06.08.2009" is day first).
_ORDERLESS_DAY = re.compile(r"\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b")
#: hAtom's and similar class names of an element whose `title` attribute holds the date it shows
#: (`<abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr>`).
_TITLED_DATE_ROLES: tuple[tuple[str, DateRole], ...] = (
    ("updated", "modified"),
    ("modified", "modified"),
    ("published", "published"),
    ("entry-date", "published"),
    ("date", "displayed"),
    ("time", "displayed"),
)


def _dated_titles(elements: list[Element], meta: Metadata) -> None:
    for element in elements:
        names = (element.get("class") or "").lower()
        role = next((role for word, role in _TITLED_DATE_ROLES if word in names), None)
        title = (element.get("title") or "").strip()
        value = parse_date(title) if role and not _ORDERLESS_DAY.search(title) else None
        if role is not None and value is not None:
            meta.dates.append(DateEvidence(role, value, "microdata", f"title={element.get('title')}"))


#: A name is short: an element named for the author holding more is a box (a bio, a list of posts).
MAX_NAMED_AUTHOR_CHARS = 60


def _named_author(named: list[Element]) -> list[str]:
    """The names of the first element named for the author (`Survey.author_named`: by a class or id
    word or microdata) whose whole text is a bare name: the last resort for `authors`."""
    for element in named:
        text = " ".join(text_of(element).split())
        if 0 < len(text) <= MAX_NAMED_AUTHOR_CHARS:
            names = bare_name(_BY_WORD.sub("", text))
            if names:
                return names
    return []


_BY_WORD = re.compile(r"^(?:by|von|par|por|di|de|door|af|av)\s+", re.IGNORECASE)


def _microdata_date_key(element: Element) -> str | None:
    """A microdata date on a <meta> ("<meta itemprop="datePublished" content="...">"), read with the
    other <meta> tags; other itemprop metas are read as microdata."""
    prop = element.get("itemprop")
    return prop if prop and prop.lower() in ("datepublished", "datemodified", "datecreated") else None


def _meta_tags(root: Element, meta: Metadata, url: str | None) -> None:
    locale: str | None = None
    labels: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        key = (
            (
                element.get("property")
                or element.get("name")
                or element.get("http-equiv")
                or _microdata_date_key(element)
                or ""
            )
            .strip()
            .lower()
        )
        content = (element.get("content") or element.get("value") or "").strip()
        if not key or not content:
            continue
        if key.startswith("twitter:") and _twitter_label(key, content, labels):
            continue
        role = _meta_date_role(key)
        if role is not None:
            value = parse_date(content)
            if value is not None:
                meta.dates.append(DateEvidence(role, value, "meta", f"{key}={content}"))
        elif key in M.META_TITLES:
            meta.titles.append((content, M.META_TITLES[key]))
        elif key in M.META_SITES:
            if len(content.split()) <= M.MAX_SITE_NAME_WORDS:  # application-name sometimes holds the headline
                meta.site_names.append((content, f"meta {key}"))
        elif key in M.META_AUTHORS and not content.startswith(("http://", "https://")):
            meta.authors.extend((name, f"meta {key}") for name in M.NAME_LIST.split(content))
        elif key in M.META_IMAGES and not meta.images:
            meta.images.append(Image(src=_resolve(content, url)))
        elif key in M.META_DESCRIPTIONS and meta.description is None:
            meta.description = (" ".join(content.split()), f"meta {key}")
        elif key == "article:content_tier" and meta.access is None:
            meta.access = tier_access(content)
        elif key in M.META_SECTIONS and meta.section is None:
            meta.section = (" ".join(content.split()), f"meta {key}")
        elif key in M.META_TAGS:
            meta.tags.extend((tag, f"meta {key}") for tag in _split_tags(content))
        elif key in ("content-language", "og:locale", "language", "dc.language") and locale is None:
            locale = content.split(",")[0]
    for label, labelled in labels.values():
        _labelled(label, labelled, meta)
    if locale and meta.language is None:
        language = normalise_language(locale)
        if language:
            meta.language = (language, "meta content-language / og:locale")


def _twitter_label(key: str, content: str, labels: dict[str, list[str]]) -> bool:
    """Collect a labelled value ("twitter:label1" = "Written by", "twitter:data1" = "Anna Sleegers", or
    "twitter:misc:Written by" = ...), which SEO plugins write for author and reading time."""
    if key.startswith("twitter:misc:"):
        labels[key] = [key.removeprefix("twitter:misc:"), content]
        return True
    for part, slot in (("twitter:label", 0), ("twitter:data", 1)):
        number = key.removeprefix(part)
        if number != key and number.isdigit():
            labels.setdefault(number, ["", ""])[slot] = content
            return True
    return False


def _labelled(label: str, value: str, meta: Metadata) -> None:
    """A labelled value that names the author (a byline label) or states the reading time."""
    if not label or not value:
        return
    source = f"meta twitter:data ({label})"
    if P.BYLINE.match(f"{label} {value}"):
        meta.authors.extend((name, "meta twitter:data") for name in M.NAME_LIST.split(value))
    elif meta.read_time is None and (read_time := stated_read_time(f"{label}: {value}")) is not None:
        meta.read_time = (read_time, source)


def _head_elements(root: Element, meta: Metadata, url: str | None) -> None:
    declared = normalise_language(root.get("lang") or root.get("xml:lang"))
    if declared:
        meta.language = (declared, "<html lang>")
    title = root.find(".//title")
    if title is not None and text_of(title).strip():
        text = " ".join(text_of(title).split())
        meta.titles.append((text, "title"))
        for claim in dates_in_line(text):  # "23.01.2022 - Headline": a weak claim, after the page's own
            meta.dates.append(DateEvidence("published", claim.value, "title", text))
    address = declared_url(root)
    if address is not None:
        meta.canonical_url = (_resolve(address[0], url) or "", address[1])


def declared_url(root: Element) -> tuple[str, str] | None:
    """The address the page declares for itself, as written (`<link rel=canonical>`, else og:url), and
    where it was read; also how a saved page finds its site rule when the caller gave no URL."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href", ""), '<link rel="canonical">'
    for element in root.iter("meta"):
        if (element.get("property") or "").lower() == "og:url" and element.get("content"):
            return element.get("content", ""), "og:url"
    return None


def _microdata(elements: list[Element], meta: Metadata) -> None:
    for element in elements:
        prop = (element.get("itemprop") or "").strip()
        if element.tag == "meta" and prop.lower() in ("datepublished", "datemodified"):
            continue  # read with the other <meta> tags
        if prop in ("datePublished", "dateModified", "dateCreated"):
            raw = element.get("datetime") or element.get("content") or text_of(element)
            value = parse_date(raw.strip())
            if value is not None:
                role: DateRole = "modified" if prop == "dateModified" else "published"
                meta.dates.append(DateEvidence(role, value, "microdata", raw.strip()))
        elif prop == "headline":
            text = " ".join((element.get("content") or text_of(element)).split())
            if text:
                meta.titles.append((text, "microdata"))


def _json_ld(scripts: list[Element], meta: Metadata, url: str | None) -> dict[str, Any] | None:
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
        raw = _CDATA.sub("", script.text or "")
        for data in _json_values(raw):
            if _SURROGATE_ESCAPE.search(raw):
                data = without_lone_surrogates(data)
            yield from _flatten(data, 0)


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


def _author_handles(links: list[Element]) -> Iterator[str]:
    """User names linked to their own author pages (`<a rel="author" href="/author/freeman1984/">
    freeman1984</a>`): the link's text is the page's own name for the user, however unlike a name."""
    for link in links:
        text = text_of(link).strip()
        page = AUTHOR_PAGE.search(link.get("href") or "")
        if (
            text
            and " " not in text
            and page
            and page.group().rsplit("/", 1)[-1].casefold() == text.casefold()
        ):
            yield text


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
                0, Image(src=_resolve(src, url), caption=caption if isinstance(caption, str) else None)
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
            meta.tags.extend((tag, "json-ld keywords") for tag in _split_tags(value))
    meta.access = declared_access(node) or meta.access


def _split_tags(value: str) -> list[str]:
    return [" ".join(tag.split()) for tag in re.split(r"[,;|]", value) if tag.strip()]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _resolve(src: str, url: str | None) -> str | None:
    src = src.strip()
    if not src:
        return None
    return resolve_url(url, src)


#: A publication date under a telling key in a script's data (a client-rendered page's store):
#: `"published_at":"2019-03-02T06:22:28+01:00"`, `"datePublished": "..."`.
_SCRIPT_DATE = re.compile(
    r"""(?:datePublished|published_?[Aa]t|publish_?[Dd]ate|publicationDate|firstPublished\w*|pubDate|"""
    r"""date_published)["']?\s*:\s*["'](?P<value>\d{4}-\d{2}-\d{2}[^"']{0,25})["']"""
)
#: Where such a key may stand: the regular expression runs only from these places on.
_SCRIPT_DATE_HINTS = ("ublish", "pubDate")
SCRIPT_WINDOW = 80


def script_dates(page: str) -> list[DateEvidence]:
    """The first publication date a page's script data holds under a telling key: a weak claim, taken
    only when the page says nothing else (the store may hold other articles' dates too). The pattern
    runs only around the places a key may stand (most pages hold none)."""
    places = sorted(i for hint in _SCRIPT_DATE_HINTS for i in _occurrences(page, hint))
    for place in places:
        match = _SCRIPT_DATE.search(page, max(0, place - 16), place + SCRIPT_WINDOW)
        if match is not None and (value := parse_date(match["value"])) is not None:
            return [DateEvidence("published", value, "script", match.group(0)[:80])]
    return []


def _occurrences(text: str, part: str, most: int = 64) -> list[int]:
    found: list[int] = []
    position = text.find(part)
    while position >= 0 and len(found) < most:
        found.append(position)
        position = text.find(part, position + 1)
    return found
