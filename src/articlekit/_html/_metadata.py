"""Structured metadata as evidence: JSON-LD (with @graph), OpenGraph, <meta>, microdata, <title>, links."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from .._blocks import AUTHOR_HANDLE_SOURCE, NAMED_AUTHOR_SOURCE, Metadata
from .._fields import _patterns as P
from .._fields._access import tier_access
from .._fields._authors import bare_name
from .._fields._dates import dates_in_line, parse_date
from .._fields._language import normalise_language
from .._fields._read_time import stated_read_time
from .._model import DateEvidence, DateRole, Image
from . import _meta_names as M
from ._json_ld import read_json_ld, resolve, split_tags
from ._selectors import ARTICLE_TYPES, AUTHOR_PAGE
from ._tree import Element, Survey, text_of


@functools.lru_cache(maxsize=1024)
def _meta_date_role(key: str) -> DateRole | None:
    """The date a meta tag's name says its content is, if any: a known name, however punctuated, or a
    publisher's own prefix before a telling local name. Cached: a few hundred names recur on every page."""
    role = M.META_DATES.get(key) or M.META_DATES_LOOSE.get(M.NOT_LETTERS.sub("", key))
    if role is None and M.NAMESPACE.search(key):
        role = M.LOCAL_DATE_NAMES.get(M.NOT_LETTERS.sub("", M.NAMESPACE.split(key)[-1]))
    return role


def harvest(root: Element, survey: Survey, url: str | None) -> tuple[Metadata, dict[str, Any] | None]:
    """Read every metadata source of the page; also returns the JSON-LD article node when there is one."""
    meta = Metadata()
    article_node = read_json_ld(survey.json_ld, meta, url)
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
    alts: list[str] = []
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
            meta.images.append(Image(src=resolve(content, url)))
        elif key in M.META_IMAGE_ALTS:
            alts.append(" ".join(content.split()))
        elif key in M.META_DESCRIPTIONS and meta.description is None:
            meta.description = (" ".join(content.split()), f"meta {key}")
        elif key == "article:content_tier" and meta.access is None:
            meta.access = tier_access(content)
        elif key in M.META_SECTIONS and meta.section is None:
            meta.section = (" ".join(content.split()), f"meta {key}")
        elif key in M.META_TAGS:
            meta.tags.extend((tag, f"meta {key}") for tag in split_tags(content))
        elif key in ("content-language", "og:locale", "language", "dc.language") and locale is None:
            locale = content.split(",")[0]
    for label, labelled in labels.values():
        _labelled(label, labelled, meta)
    if alts and meta.images and meta.images[0].description is None:
        meta.images[0] = attrs.evolve(meta.images[0], description=alts[0])  # og:image:alt
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
    title = _first_title(root)
    if title is not None and text_of(title).strip():
        text = " ".join(text_of(title).split())
        meta.titles.append((text, "title"))
        for claim in dates_in_line(text):  # "23.01.2022 - Headline": a weak claim, after the page's own
            meta.dates.append(DateEvidence("published", claim.value, "title", text))
    address = declared_url(root)
    if address is not None:
        meta.canonical_url = (resolve(address[0], url) or "", address[1])


def _first_title(root: Element) -> Element | None:
    """The page's first <title>, looked for in the <head> first (speed: not a search of the whole
    page, which goes on past the first one found to see whether there is another)."""
    head = root.find("head")
    if head is not None and head.getprevious() is None:  # (nothing before the head holds another)
        title = next(head.iter("title"), None)
        if title is not None:
            return title
    return next(root.iterdescendants("title"), None)


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
    authors: list[tuple[Element | None, str, bool]] = []
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
        elif "author" in prop.split() and (name := _microdata_name(element, item := _item_of(element))):
            authors.append((item, name, _typed_organisation(element)))
    for name, organisation in _the_articles(authors):
        if organisation:
            meta.organisations.append(name)
        else:
            meta.authors.append((name, "microdata author"))


def _typed_organisation(element: Element) -> bool:
    """A microdata author that is an item typed Organization (and not Person too)."""
    kind = element.get("itemtype") or ""
    return "Organization" in kind and "Person" not in kind


#: Items whose authors are not the article's: a comment's, a review's, an answer's.
_OTHER_ITEMS = re.compile(r"Comment|Review|Answer|Question", re.IGNORECASE)


def _item_of(element: Element) -> Element | None:
    """The microdata item a property belongs to: the nearest element above it with `itemscope`."""
    return next((e for e in element.iterancestors() if e.get("itemscope") is not None), None)


def _the_articles(authors: list[tuple[Element | None, str, bool]]) -> list[tuple[str, bool]]:
    """The authors of the page's first article item (teasers and citations further down are items of
    their own, with their own authors); with no article item, those of no item at all."""
    items = [
        item
        for item, _, _ in authors
        if item is not None and ARTICLE_TYPES.search(item.get("itemtype") or "")
    ]
    first = items[0] if items else None
    return [(name, organisation) for item, name, organisation in authors if item is first]


def _microdata_name(element: Element, scope: Element | None) -> str | None:
    """The name a microdata author gives: its `itemprop="name"` part, or its own content or text when
    that is a bare name; none for the author of a comment or a review (`scope`, the item it is in)."""
    if scope is not None and _OTHER_ITEMS.search(scope.get("itemtype") or ""):
        return None
    named = next((e for e in element.iter() if "name" in (e.get("itemprop") or "").split()), element)
    text = " ".join((named.get("content") or text_of(named)).split()).strip(" —–-|,")
    if not text or len(text) > MAX_NAMED_AUTHOR_CHARS:
        return None
    return text if named is not element or bare_name(text) else None


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
