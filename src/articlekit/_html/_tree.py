"""The parsed page as plain lxml elements, and what is computed once per page about them.

Plain `lxml.etree` elements (not `lxml.html`'s, whose Python-level class lookup runs for every node
touched) and one `PageIndex` per page keep the walks over the tree cheap: each element's names,
text length and own text are computed at most once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TypeAlias
from urllib.parse import urljoin

import lxml.etree as etree

from ._selectors import (
    BLOCK_TAGS,
    CAPTION_TOKENS,
    CREDIT_TOKENS,
    DEK_TOKENS,
    FURNITURE_TOKENS,
    IMAGE_TEXT_WORDS,
    IMAGE_WORDS,
    MODIFIER_TOKENS,
    READ_TIME_NAME,
    STATE_PREFIXES,
)

Element: TypeAlias = etree._Element


#: The attributes an element needs for `Survey` to file it under any of its lists.
_SURVEYED_ATTRIBUTES = frozenset({"itemprop", "title", "hidden", "aria-hidden", "style", "type", "rel"})
#: The attributes whose words name an element's part of the page.
_NAME_ATTRIBUTES = frozenset({"class", "id", "role"})
#: (class, id, role) as the page writes them.
RawNames: TypeAlias = tuple[str | None, str | None, str | None]
#: An element's class, id and role in one string (see `_names_key`).
NamesKey: TypeAlias = str
#: (caption-named, dek-named, furniture words) of names that mean something to us.
Classified: TypeAlias = tuple[bool, bool, frozenset[str]]


class Survey:
    """What one pass over the freshly parsed page collects for the later steps (one Python pass over
    the elements is cheaper than libxml2's `//*[...]` XPath scans), the elements' names included:
    `PageIndex` keeps those of the elements the junk removal leaves in the body."""

    def __init__(self, root: Element) -> None:
        self.itemprop: list[Element] = []
        self.json_ld: list[Element] = []
        self.maybe_hidden: list[Element] = []
        self.rel_author: list[Element] = []
        #: <abbr>, <span> and <time> elements with a class and a title: hAtom's dates live there.
        self.dated_titles: list[Element] = []
        #: Elements named for the article's author, by a class or id word or microdata (see
        #: `_names_author`), in document order.
        self.author_named: list[Element] = []
        #: The class, id and role of each element with any of them (see `_names_key`), for `PageIndex`.
        self.names: dict[Element, NamesKey] = {}
        for element in root.iter():
            keys = element.keys()
            if not keys:
                continue
            by_names = not _NAME_ATTRIBUTES.isdisjoint(keys) and self._names_author(element, keys)
            if by_names or ("itemprop" in keys and element.get("itemprop") == "author"):
                self.author_named.append(element)
            if _SURVEYED_ATTRIBUTES.isdisjoint(keys):
                continue  # most elements (none, or only a class, an id, an href): one C call
            if "itemprop" in keys:
                self.itemprop.append(element)
            if "title" in keys and "class" in keys and element.tag in ("abbr", "span", "time"):
                self.dated_titles.append(element)
            if "hidden" in keys or "aria-hidden" in keys or "style" in keys:
                self.maybe_hidden.append(element)
            if element.tag == "script" and "ld+json" in (element.get("type") or "").lower():
                self.json_ld.append(element)
            elif (
                element.tag == "a"
                and "rel" in keys
                and "author" in (element.get("rel") or "").lower().split()
            ):
                self.rel_author.append(element)

    def _names_author(self, element: Element, keys: Sequence[str | bytes]) -> bool:
        """Note an element's class, id and role (its attribute names, `keys`, say which it has: most
        have a class alone); whether they name it for the author."""
        klass = element.get("class") if "class" in keys else None
        ident = element.get("id") if "id" in keys else None
        role = element.get("role") if "role" in keys else None
        if ident is None and role is None and klass is not None:
            self.names[element] = klass  # (most elements have a class alone: its value is the key)
        else:
            self.names[element] = _names_key(klass, ident, role)
        # named for the author: a class holding "author", "byline", "autor" or "auteur", or an id holding
        # "author" (each case-sensitive, as the page writes it)
        if klass and ("author" in klass or "byline" in klass or "autor" in klass or "auteur" in klass):
            return True
        return ident is not None and "author" in ident


#: Joins the parts of a `_names_key`: no attribute value lxml gives holds it (they are C strings).
_NAMES_SEPARATOR = "\x00"


def _names_key(klass: str | None, ident: str | None, role: str | None) -> NamesKey:
    """An element's class, id and role as one string, a cheap key (a string, unlike a tuple, is no work
    for the garbage collector, and `functools` caches look one up as it is): the class value alone when
    the element has no id or role, else the three joined by a character no value holds."""
    if ident is None and role is None and klass is not None:
        return klass
    return f"{klass or ''}{_NAMES_SEPARATOR}{ident or ''}{_NAMES_SEPARATOR}{role or ''}"


def _raw_names(key: NamesKey) -> RawNames:
    """The (class, id, role) a `_names_key` holds; an empty value reads as none (they mean the same)."""
    if _NAMES_SEPARATOR not in key:
        return key, None, None
    klass, ident, role = key.split(_NAMES_SEPARATOR)
    return klass or None, ident or None, role or None


def clean_text(text: str) -> str:
    """White space folded to single spaces, as a block's text is kept."""
    return " ".join(text.split())


#: Characters an lxml text may not hold (control characters, lone surrogates, non-characters).
NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def elements_in(element: Element) -> Iterator[Element]:
    """The element and every element inside it (no comments or processing instructions), chosen in C."""
    return element.iter(etree.Element)


def text_of(element: Element) -> str:
    """All text inside an element (not its tail), at C speed."""
    if not len(element):  # speed: a leaf's text is its own, read without setting up lxml's serialiser
        return element.text or ""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def resolve_url(base: str | None, url: str) -> str:
    """`url` made absolute against the page's address (an absolute http(s) URL without dot segments is
    returned as it is, without urljoin's parsing, which costs tens of microseconds a call)."""
    if not base or (url.startswith(("https://", "http://")) and "/." not in url):
        return url
    try:
        return urljoin(base, url)
    except ValueError:  # a broken IPv6 host ("//[oops/photo.jpg"): kept as the page wrote it
        return url


def drop_keep_tail(element: Element) -> None:
    """Remove an element and its content, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        tail = NOT_XML_CHARS.sub("", tail)  # lxml parsed a control character it will not be given back
        previous = element.getprevious()
        if previous is not None:
            previous.tail = NOT_XML_CHARS.sub("", previous.tail or "") + tail
        else:
            parent.text = NOT_XML_CHARS.sub("", parent.text or "") + tail
    parent.remove(element)


# Only names holding one of these tokens mean anything to us; most class names hold none.
_MEANINGFUL_TOKENS = FURNITURE_TOKENS | CAPTION_TOKENS | DEK_TOKENS | CREDIT_TOKENS | IMAGE_WORDS
_NO_NAMES: frozenset[str] = frozenset()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A number glued to a word's end numbers the element ("vc_cta3", "widget2", "sidebar1"): the word says
#: what it is.
_NUMBERED = re.compile(r"(?<=[a-z])\d+\b")
_DIGIT = re.compile(r"\d")


def _words(value: str) -> str:
    """A name's words, lower-case and space-separated: camelCase, "-" and "_" split, numbers off."""
    if not value.islower():  # camelCase only matters where there are capitals
        value = _CAMEL.sub(" ", value).lower()
    # (two `replace` calls: several times faster than `str.translate` with a table)
    value = value.replace("-", " ").replace("_", " ")
    # (a search for a digit: several times faster than testing each character, most names hold none)
    return _NUMBERED.sub("", value) if _DIGIT.search(value) else value


@functools.lru_cache(maxsize=16384)
def _tokens(value: str) -> tuple[str, ...]:
    """ "detail-img__description" -> detail img description; "mediaSubtitleText" -> media subtitle text.
    Cached: class names repeat within a page and across the pages of a site."""
    return tuple(_words(value).split())


def name_values(element: Element) -> list[tuple[str, ...]]:
    """Each class value, the id and the role of an element, split into lower-case tokens."""
    return _names(element.get("class"), element.get("id"), element.get("role"))


def _names(klass: str | None, ident: str | None, role: str | None) -> list[tuple[str, ...]]:
    values = list(_class_tokens(klass)) if klass else []
    for value in (ident, role):
        if value and (tokens := _tokens(value)):
            values.append(tokens)
    return values


@functools.lru_cache(maxsize=16384)
def _class_tokens(klass: str) -> tuple[tuple[str, ...], ...]:
    """A class attribute's values as tokens (a state class such as "is-active" or "js-toggle" names no
    part and is left out). Cached: class strings repeat."""
    return tuple(
        tokens
        for value in klass.split()
        if not value.lower().startswith(STATE_PREFIXES) and (tokens := _tokens(value))
    )


def _names_read_time(klass: str | None, ident: str | None) -> bool:
    """A class value or the id names a read time (its words joined or not: "rt-reading-time", "postReadTime")."""
    names = f"{klass or ''} {ident or ''}"
    if not ("ime" in names or "ese" in names or "ect" in names):
        return False
    if names.isascii():  # (the regex, case-blind, needs one of its words: looked for first, at C speed)
        lowered = names.lower()
        if not ("read" in lowered or "lese" in lowered or "temps" in lowered or "tiempo" in lowered):
            return False
    return READ_TIME_NAME.search(names) is not None


@functools.lru_cache(maxsize=16384)
def _what_names_say(key: NamesKey) -> tuple[Classified | None, bool, str | None] | None:
    """(classification, names a read time, class) of an element's names (`key`, see `_names_key`), or
    None when they say neither. Cached: one look-up per named element (names repeat within a page and
    across a site's pages)."""
    klass, ident, role = _raw_names(key)
    read_time = bool(klass or ident) and _names_read_time(klass, ident)
    found = _classify(klass, ident, role)
    return None if found is None and not read_time else (found, read_time, klass)


def _classify(klass: str | None, ident: str | None, role: str | None) -> Classified | None:
    """(caption-named, dek-named, furniture words) of an element whose names mean something to us,
    else None (most names mean nothing to us). Only the name values holding a meaningful token are
    read: the others can name no caption, dek or furniture."""
    values = _meaningful_class_values(klass) if klass is not None else []
    id_tokens = _meaningful_tokens(ident) if ident else ()  # (most elements have a class alone)
    if id_tokens:
        values.append(id_tokens)
    role_tokens = _meaningful_tokens(role) if role else ()
    if role_tokens:
        values.append(role_tokens)
    if not values:
        return None
    caption = dek = False
    furniture: set[str] = set()
    for tokens in values:
        caption = caption or not CAPTION_TOKENS.isdisjoint(tokens) or _pairs_image_and_text(tokens)
        dek = dek or not DEK_TOKENS.isdisjoint(tokens)
        if MODIFIER_TOKENS.isdisjoint(tokens):  # a value's first or last token names what it is
            furniture.update(FURNITURE_TOKENS.intersection((tokens[0], tokens[-1])))
    if id_tokens and MODIFIER_TOKENS.isdisjoint(id_tokens):  # an id (one descriptive name): any token
        furniture.update(FURNITURE_TOKENS.intersection(id_tokens))
    return caption, dek, frozenset(furniture) if furniture else _NO_NAMES


def _meaningful_class_values(klass: str) -> list[tuple[str, ...]]:
    """The values of a class attribute (as `_class_tokens` splits them) holding a meaningful token.
    Speed: the words of all its values are looked at once first (most class attributes mean nothing),
    and only then each value's tokens (cached by value, not by attribute)."""
    if _MEANINGFUL_TOKENS.isdisjoint(_words(klass).split()):
        return []
    # (each value's tokens, uncached for the attribute: most attributes that pass are read once)
    return [
        tokens
        for value in klass.split()
        if not _MEANINGFUL_TOKENS.isdisjoint(tokens := _tokens(value))
        and not value.lower().startswith(STATE_PREFIXES)
    ]


def _meaningful_tokens(value: str) -> tuple[str, ...]:
    """An id's or a role's tokens when one of them means something to us, else none."""
    tokens = _tokens(value)
    return tokens if not _MEANINGFUL_TOKENS.isdisjoint(tokens) else ()


def _pairs_image_and_text(tokens: tuple[str, ...]) -> bool:
    """A name value pairing an image word with a text word ("detail-img__description", "mediaInfo")."""
    return not IMAGE_WORDS.isdisjoint(tokens) and not IMAGE_TEXT_WORDS.isdisjoint(tokens)


#: The elements inside links (compiled once: `element.xpath(path)` compiles the path on every call).
_INSIDE_LINKS = etree.XPath(".//a//*")


class PageIndex:
    """Facts about a page's elements, each computed once."""

    def __init__(self, body: Element, survey: Survey | None = None) -> None:
        """Index the body from the `survey` of the page that holds it (its named elements that are
        still in the body), or from a survey of the body itself."""
        #: (class, furniture words) of each element whose names mean something to us.
        self._named: dict[Element, tuple[str | None, frozenset[str]]] = {}
        #: Elements named as captions or credits, and as deks (subheadlines), in document order.
        self.caption_named_elements: list[Element] = []
        self.dek_named_elements: list[Element] = []
        #: Elements whose class or id names a read time ("rt-reading-time", "postReadTime").
        self.read_time_named_elements: list[Element] = []
        names = (survey or Survey(body)).names
        for element in body.iter():
            key = names.get(element)
            if key is None:
                continue  # no class, id or role: one dictionary look-up
            said = _what_names_say(key)
            if said is None:
                continue
            found, read_time, klass = said
            if read_time:
                self.read_time_named_elements.append(element)
            if found is not None:
                caption, dek, furniture = found
                self._named[element] = klass, furniture
                if caption:
                    self.caption_named_elements.append(element)
                if dek:
                    self.dek_named_elements.append(element)
        #: Elements whose names mean something to us (furniture, caption, dek, credit words).
        self.meaningful: list[Element] = list(self._named)
        self._named_furniture: frozenset[Element] | None = None
        self.linked: frozenset[Element] = frozenset(
            _INSIDE_LINKS(body)  # type: ignore[arg-type]
        )
        self._chars: dict[Element, int] = {}
        self._article_classes: frozenset[str | None] = frozenset()

    def name_as_article(self, elements: list[Element]) -> None:
        """Class names of the containers holding the article's text: any element named exactly so is
        part of the article, whatever its names' words say ("sidebar-grid__content")."""
        self._article_classes = frozenset(e.get("class") for e in elements if e.get("class"))
        self._named_furniture = None

    def named_for(self, element: Element, words: frozenset[str]) -> bool:
        """Whether the element's class or id holds one of `words` (for names the index does not
        keep: only elements whose names mean something to the extraction are indexed)."""
        klass, ident = element.get("class"), element.get("id")
        return bool(
            (klass and not words.isdisjoint(_tokens(klass)))
            or (ident and not words.isdisjoint(_tokens(ident)))
        )

    @property
    def named_furniture(self) -> frozenset[Element]:
        """The elements whose names make them furniture (computed once, after `name_as_article`)."""
        if self._named_furniture is None:
            # (`furniture_names` of each indexed element, read off the index's own table: no call each)
            article_classes = self._article_classes
            self._named_furniture = frozenset(
                element
                for element, (klass, words) in self._named.items()
                if words and klass not in article_classes
            )
        return self._named_furniture

    def furniture_names(self, element: Element) -> frozenset[str]:
        """Furniture words an element is named by: a class value counts when its first or last token is
        such a word, an id (one descriptive name) when any token is; never a name holding a layout or
        state modifier ("l-sidebar-fixed", "modal-enabled")."""
        named = self._named.get(element)
        if named is None or named[0] in self._article_classes:
            return _NO_NAMES
        return named[1]

    def chars(self, element: Element) -> int:
        """Length of all text inside the element."""
        cached = self._chars.get(element)
        if cached is None:
            cached = self._chars[element] = len(text_of(element))
        return cached

    def own_text(self, element: Element) -> tuple[int, int]:
        """(characters, link characters) of the text the element holds itself: its loose text and its
        inline children, not what its block children hold."""
        length = len((element.text or "").strip())
        linked = self.linked
        links = length if element.tag == "a" or element in linked else 0
        for child in element:
            tail = child.tail
            if tail:
                length += len(tail.strip())
            tag = child.tag  # built anew on every access: read once
            if isinstance(tag, str) and tag not in BLOCK_TAGS:
                text = len(" ".join(text_of(child).split()))
                length += text
                if tag == "a" or child in linked:
                    links += text
                elif len(child):  # links inside an inline child ("<em><a>...</a></em>")
                    links += sum(len(text_of(a).strip()) for a in child.iter("a"))
        return length, links
