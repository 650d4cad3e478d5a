"""Where the article is: the main-content element, found by structure and text statistics.

No class-name lists of any CMS: paragraphs vote for their containers by how much non-link text they
hold; containers that are page furniture by tag or by a generic class token (comments, sidebar, nav, ...)
do not vote. Then the article's scope is the smallest container holding both the text and the headline.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TypeAlias

import lxml.html

from .._fields._headline import agree
from ._selectors import (
    BLOCK_TAGS,
    BOILERPLATE_TAGS,
    FURNITURE_TOKENS,
    HEADINGS,
    MODIFIER_TOKENS,
    STATE_PREFIXES,
    STRONG_FURNITURE_TOKENS,
    TOKEN_SPLIT,
)

Element: TypeAlias = lxml.html.HtmlElement
MIN_PARAGRAPH_CHARS = 25
#: A furniture-named container holding more than this share of the page's text is not furniture.
MAX_FURNITURE_SHARE = 0.5
#: List items vote only when they are prose, not menu entries.
MIN_LIST_ITEM_CHARS = 80
#: An ancestor of the best container is taken instead when the best holds less than this share of
#: the ancestor's prose (articles split into several sibling containers).
SPLIT_SHARE = 0.75
MIN_ARTICLE_BODY_CHARS = 200


def tokens_of(element: Element) -> list[str]:
    """Class and id tokens of an element, split on -, _ and white space, lower-cased."""
    return [token for value in _name_values(element) for token in value]


def furniture_names(element: Element) -> set[str]:
    """Furniture words that an element's class, id or role names it by: a class value counts when its
    first or last token is such a word and none of its tokens is a layout or state modifier."""
    names: set[str] = set()
    for tokens in _name_values(element):
        if not tokens or MODIFIER_TOKENS.intersection(tokens):
            continue
        names.update(t for t in (tokens[0], tokens[-1]) if t in FURNITURE_TOKENS)
    return names


def _name_values(element: Element) -> list[list[str]]:
    values = [v for v in (element.get("class") or "").split() if not v.lower().startswith(STATE_PREFIXES)]
    values.extend((element.get("id") or "", element.get("role") or ""))
    return [[t for t in TOKEN_SPLIT.split(v.lower()) if t] for v in values if v]


def is_furniture(element: Element, page_chars: int = 0) -> bool:
    """Page furniture by tag (nav, aside, footer) or by its names; but never a container holding most
    of the page's text, whatever its names say."""
    if element.tag not in BOILERPLATE_TAGS and not furniture_names(element):
        return False
    return not page_chars or len(element.text_content()) < MAX_FURNITURE_SHARE * page_chars


def find_main(body: Element) -> tuple[Element, str]:
    """The element holding the article's text, and how it was found."""
    marked = [e for e in body.xpath('.//*[@itemprop="articleBody"]') if isinstance(e.tag, str)]
    if marked:
        best = max(marked, key=lambda e: len(e.text_content()))
        if len(best.text_content().strip()) >= MIN_ARTICLE_BODY_CHARS:
            return best, "schema.org articleBody"
    votes, subtree = _score(body)
    if not votes:
        return body, "no paragraphs: the whole body"
    best = max(votes, key=lambda e: votes[e])
    page_chars = len(body.text_content())
    ancestor = best.getparent()
    while ancestor is not None and ancestor is not body and ancestor.tag != "html":
        if is_furniture(ancestor, page_chars):
            break
        if subtree[best] < SPLIT_SHARE * subtree[ancestor]:
            best = ancestor  # the article continues in sibling containers: take them in
        ancestor = ancestor.getparent()
    return best, "text density: paragraphs voting for their containers"


def _score(body: Element) -> tuple[dict[Element, float], dict[Element, float]]:
    """Votes and subtree totals, furniture excluded. The container the prose itself prefers (counted
    with only tag-furniture excluded) is not excluded for its names: names are evidence, text is more."""
    page_chars = len(body.text_content())
    by_tag = _furniture_subtrees(body, page_chars, names=False)
    raw_votes, _ = _votes(body, by_tag)
    keep: set[Element] = set()
    if raw_votes:
        best = max(raw_votes, key=lambda e: raw_votes[e])
        keep = {e for e in (best, *best.iterancestors()) if not STRONG_FURNITURE_TOKENS & furniture_names(e)}
    blocked = _furniture_subtrees(body, page_chars, names=True, keep=keep)
    return _votes(body, blocked)


def _votes(body: Element, blocked: set[Element]) -> tuple[dict[Element, float], dict[Element, float]]:
    """Votes (parent full, grandparent half) and subtree totals of each container's non-link text."""
    votes: dict[Element, float] = defaultdict(float)
    subtree: dict[Element, float] = defaultdict(float)
    linked = inside_links(body)
    for element in body.iter():
        if (
            not isinstance(element.tag, str)
            or element in blocked
            or element in linked
            or element.tag in HEADINGS
        ):
            continue
        value = _paragraph_value(element)
        if value <= 0:
            continue
        parent = element.getparent()
        if parent is not None:
            votes[parent] += value
            grandparent = parent.getparent()
            if grandparent is not None:
                votes[grandparent] += value / 2
        ancestor = parent
        while ancestor is not None:
            subtree[ancestor] += value
            ancestor = ancestor.getparent()
    return votes, subtree


def inside_links(body: Element) -> set[Element]:
    """Elements inside an <a>: a teaser card wraps its heading and blurb in one link; all of it is link text."""
    return {e for a in body.iter("a") for e in a.iterdescendants() if isinstance(e.tag, str)}


def _furniture_subtrees(
    body: Element, page_chars: int, *, names: bool, keep: set[Element] | None = None
) -> set[Element]:
    blocked: set[Element] = set()
    for element in body.iter():
        if not isinstance(element.tag, str) or element in blocked or (keep and element in keep):
            continue
        furniture = element.tag in BOILERPLATE_TAGS or (names and bool(furniture_names(element)))
        if furniture and len(element.text_content()) < MAX_FURNITURE_SHARE * page_chars:
            blocked.update(e for e in element.iter() if isinstance(e.tag, str))
    return blocked


def _paragraph_value(element: Element) -> float:
    """How much prose the element holds itself (loose text and inline children), links discounted."""
    length, links = own_text(element)
    if length < MIN_PARAGRAPH_CHARS or (element.tag == "li" and length < MIN_LIST_ITEM_CHARS):
        return 0.0
    density = min(1.0, links / length)
    return length * (1.0 - density) ** 2


def own_text(element: Element) -> tuple[int, int]:
    """(characters, link characters) of the text an element holds itself, not through block children."""
    length = len((element.text or "").strip())
    links = length if element.tag == "a" else 0
    for child in element:
        tail = len((child.tail or "").strip())
        length += tail
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            text = len(" ".join(child.text_content().split()))
            length += text
            links += text if child.tag == "a" else sum(len(a.text_content().strip()) for a in child.iter("a"))
    return length, links


def find_headline_element(body: Element, main: Element, titles: list[str]) -> Element | None:
    """The visible headline: the h1 closest to the main content (agreeing with a metadata title when
    several compete)."""
    headings = [h for h in body.iter("h1") if h.text_content().strip()]
    if not headings:
        # No h1: a lower heading may be the headline when a metadata title agrees with it.
        headings = [
            h for h in body.iter("h2", "h3") if any(agree(h.text_content(), title) for title in titles)
        ][:1]
    if not headings:
        return None
    main_chain = set(_ancestors(main))
    depth = {id(h): _common_depth(h, main_chain) for h in headings}
    deepest = max(depth.values())
    closest = [h for h in headings if depth[id(h)] == deepest]
    for heading in closest:
        if any(agree(heading.text_content(), title) for title in titles):
            return heading
    return closest[0]


def find_scope(main: Element, headline: Element | None) -> Element:
    """The smallest element holding both the main content and the headline."""
    if headline is None:
        return main
    chain = _ancestors(main)
    chain_set = set(chain)
    for ancestor in _ancestors(headline):
        if ancestor in chain_set:
            return ancestor
    return chain[-1]


def _ancestors(element: Element) -> list[Element]:
    chain = [element]
    parent = element.getparent()
    while parent is not None:
        chain.append(parent)
        parent = parent.getparent()
    return chain


def _common_depth(element: Element, chain: set[Element]) -> int:
    for steps, ancestor in enumerate(_ancestors(element)):
        if ancestor in chain:
            return -steps
    return -10_000
