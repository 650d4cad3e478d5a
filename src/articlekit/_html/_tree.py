"""The parsed page as plain lxml elements, and what is computed once per page about them.

Plain `lxml.etree` elements (not `lxml.html`'s, whose Python-level class lookup runs for every node
touched) and one `PageIndex` per page keep the walks over the tree cheap: each element's names,
text length and own text are computed at most once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TypeAlias
from urllib.parse import urljoin

import lxml.etree as etree

from ._names import NO_NAMES, NamesKey, class_tokens, name_tokens, names_key, raw_names, what_names_say
from ._selectors import BLOCK_TAGS

Element: TypeAlias = etree._Element


#: The attributes an element needs for `Survey` to file it under any of its lists.
_SURVEYED_ATTRIBUTES = frozenset({"itemprop", "title", "hidden", "aria-hidden", "style", "type", "rel"})
#: The attributes whose words name an element's part of the page.
_NAME_ATTRIBUTES = frozenset({"class", "id", "role"})


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
        #: The class, id and role of each element with any of them (see `names_key`), for `PageIndex`.
        self.names: dict[Element, NamesKey] = {}
        names, author_named = self.names, self.author_named
        for element in root.iter():
            keys = element.keys()
            if not keys:
                continue
            if keys == _CLASS_ALONE:  # (speed: the commonest case by far, settled in a few steps)
                klass = names[element] = element.get("class") or ""
                if _names_author(klass):
                    author_named.append(element)
                continue
            by_names = not _NAME_ATTRIBUTES.isdisjoint(keys) and self._note_names(element, keys)
            if by_names or ("itemprop" in keys and element.get("itemprop") == "author"):
                author_named.append(element)
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

    def take_names(self) -> dict[Element, NamesKey]:
        """The elements' names (see `names`), handed over once: the survey keeps no reference to them.
        Speed: the many elements whose names say nothing then lose their Python proxies as soon as the
        index is built, instead of staying alive through the main-content search for the garbage
        collector to walk over again and again."""
        names, self.names = self.names, {}
        return names

    def _note_names(self, element: Element, keys: Sequence[str | bytes]) -> bool:
        """Note an element's class, id and role (its attribute names, `keys`, say which it has: most
        have a class alone); whether they name it for the author."""
        klass = element.get("class") if "class" in keys else None
        ident = element.get("id") if "id" in keys else None
        role = element.get("role") if "role" in keys else None
        if ident is None and role is None and klass is not None:
            self.names[element] = klass  # (most elements have a class alone: its value is the key)
        else:
            self.names[element] = names_key(klass, ident, role)
        return bool(klass and _names_author(klass)) or (ident is not None and "author" in ident)


#: The attribute names of an element with a class and nothing else (most named elements).
_CLASS_ALONE = ["class"]


def _names_author(klass: str) -> bool:
    """A class naming an element for the article's author: one holding "author", "byline", "autor" or
    "auteur" (case-sensitive, as the page writes it). (An id names it so when it holds "author".)"""
    return "author" in klass or "byline" in klass or "autor" in klass or "auteur" in klass


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


def name_values(element: Element) -> list[tuple[str, ...]]:
    """Each class value, the id and the role of an element, split into lower-case tokens."""
    return _names(element.get("class"), element.get("id"), element.get("role"))


def _names(klass: str | None, ident: str | None, role: str | None) -> list[tuple[str, ...]]:
    values = list(class_tokens(klass)) if klass else []
    for value in (ident, role):
        if value and (tokens := name_tokens(value)):
            values.append(tokens)
    return values


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
        names = (survey or Survey(body)).take_names()
        named_by, say = names.get, what_names_say  # (speed: local names in a loop over every element)
        for element in body.iter():
            key = named_by(element)
            if key is None:
                continue  # no class, id or role: one dictionary look-up
            said = say(key)
            if said is None:
                continue
            found, read_time = said
            if read_time:
                self.read_time_named_elements.append(element)
            if found is not None:
                caption, dek, furniture = found
                self._named[element] = raw_names(key)[0], furniture
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
            (klass and not words.isdisjoint(name_tokens(klass)))
            or (ident and not words.isdisjoint(name_tokens(ident)))
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
            return NO_NAMES
        return named[1]

    def chars(self, element: Element) -> int:
        """Length of all text inside the element."""
        cached = self._chars.get(element)
        if cached is None:
            cached = self._chars[element] = len(text_of(element))
        return cached

    def own_text(self, element: Element) -> tuple[int, int]:
        """(characters, link characters) of the text a block element holds itself: its loose text and its
        inline children, not what its block children hold (a block is never a link itself: its text is
        linked when it stands inside one)."""
        length = len((element.text or "").strip())
        linked = self.linked
        links = length if element in linked else 0
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
