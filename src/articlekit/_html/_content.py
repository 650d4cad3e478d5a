"""Where the article is: the main-content element, found by structure and text statistics.

No class-name lists of any CMS: elements vote for their containers by how much non-link prose they
hold themselves; containers that are page furniture by tag or by a generic name (comments, sidebar,
nav, ...) do not vote, unless they hold most of the page's text or the prose itself prefers them.
The article's scope is then the smallest container holding both the text and the headline.
"""

from __future__ import annotations

from collections import defaultdict

from .._fields._titles import names_heading
from ._selectors import BLOCK_TAGS, BOILERPLATE_TAGS, HEADINGS, STRONG_FURNITURE_TOKENS
from ._tree import Element, PageIndex, elements_in, text_of

MIN_PARAGRAPH_CHARS = 25
#: Elements whose own prose votes: block-level ones (inline text counts toward its block's own text).
PROSE_HOLDERS = tuple(sorted(BLOCK_TAGS - HEADINGS - {"html", "body"}))
#: A furniture-named container holding more than this share of the page's text is not furniture.
MAX_FURNITURE_SHARE = 0.5
#: List items vote only when they are prose, not menu entries.
MIN_LIST_ITEM_CHARS = 80
#: An ancestor of the best container is taken instead when the best holds less than this share of
#: the ancestor's prose (articles split into several sibling containers).
SPLIT_SHARE = 0.75
#: ... and at least this share of the prose it adds sits in containers built like the best one.
SIMILAR_SHARE = 0.5
MIN_ARTICLE_BODY_CHARS = 200
#: How the main content was found when all the page's prose sits in containers named as furniture.
PROSE_IN_FURNITURE = (
    "text density, furniture names aside: all the page's prose is in named containers (posts)"
)


def is_furniture(element: Element, index: PageIndex, within_chars: int = 0) -> bool:
    """Page furniture by tag (nav, aside, footer) or by its names; but never a container holding most
    of the text around it (`within_chars`), whatever its names say."""
    if element.tag not in BOILERPLATE_TAGS and not index.furniture_names(element):
        return False
    return not within_chars or _holds_little(element, index, within_chars)


def _holds_little(element: Element, index: PageIndex, within_chars: int) -> bool:
    """Less than MAX_FURNITURE_SHARE of the text around it: small enough to be page furniture."""
    return index.chars(element) < MAX_FURNITURE_SHARE * within_chars


def find_main(body: Element, index: PageIndex, itemprop: list[Element]) -> tuple[Element, str]:
    """The element holding the article's text, and how it was found."""
    marked = [e for e in itemprop if e.get("itemprop") == "articleBody" and body in e.iterancestors()]
    if marked:
        best = max(marked, key=index.chars)
        if len(text_of(best).strip()) >= MIN_ARTICLE_BODY_CHARS:
            if not _may_continue(best, body):
                return best, "schema.org articleBody"
            _, subtree, direct = _score(body, index)
            return _widened(best, body, subtree, direct), "schema.org articleBody"
    votes, subtree, direct = _score(body, index)
    if not votes:
        # all the page's prose is in containers named as furniture (a forum thread's posts, a Q&A
        # page's answers): that prose is the page's content
        by_tag = _tag_furniture(body, index)
        votes, subtree, direct = _votes(_paragraph_values(body, index, by_tag), by_tag, totals=True)
        if votes:
            best = max(votes, key=lambda e: votes[e])
            return _widened(best, body, subtree, direct), PROSE_IN_FURNITURE
    if not votes:
        return body, "no paragraphs: the whole body"
    best = max(votes, key=lambda e: votes[e])
    return _widened(best, body, subtree, direct), "text density: paragraphs voting for their containers"


def _may_continue(best: Element, body: Element) -> bool:
    """Whether the article could go on beside `best` (a paragraph or a container built like the
    branch holding it, beside that branch, up to the body): only then are votes counted to widen it
    (they cost a pass over the page's paragraphs)."""
    branch = best
    for ancestor in best.iterancestors():
        if ancestor is body:
            return False
        signature = (branch.tag, branch.get("class"))
        for child in ancestor:
            if child is branch or not isinstance(child.tag, str):
                continue
            if child.tag == "p" or (child.tag, child.get("class")) == signature:
                return True
        branch = ancestor
    return False


def _widened(
    best: Element, body: Element, subtree: dict[Element, float], direct: dict[Element, float]
) -> Element:
    """`best`, or the ancestor that holds the rest of an article split into several containers."""
    chosen = best
    ancestor = best.getparent()
    while ancestor is not None and ancestor is not body and ancestor.tag != "html":
        if subtree[chosen] < SPLIT_SHARE * subtree[ancestor] and _continues_in(
            best, ancestor, subtree, direct
        ):
            chosen = ancestor  # the article continues in sibling containers like its own: take them in
        ancestor = ancestor.getparent()
    return chosen


def _continues_in(
    best: Element, ancestor: Element, subtree: dict[Element, float], direct: dict[Element, float]
) -> bool:
    """Whether most of the prose `ancestor` adds to `best` is the article going on: paragraphs the
    ancestor holds directly, or containers built like `best`, or like the ancestor's child that holds
    `best` (same tag and class: an article split into chunks between ads and pictures), rather than a
    sidebar or a list of teasers beside it."""
    added = subtree[ancestor] - subtree[best]
    alike = direct.get(ancestor, 0.0)
    signature = best.get("class")
    if signature:
        alike += sum(
            subtree.get(e, 0.0)
            for e in ancestor.iter(best.tag)
            if e is not best and e.get("class") == signature
        )
    branch = _child_towards(ancestor, best)
    if branch is not best and (branch.tag != best.tag or branch.get("class") != signature):
        alike += sum(
            subtree.get(e, 0.0)
            for e in ancestor
            if e is not branch and e.tag == branch.tag and e.get("class") == branch.get("class")
        )
    return alike >= SIMILAR_SHARE * added


def _child_towards(ancestor: Element, element: Element) -> Element:
    """The child of `ancestor` that is `element` or holds it."""
    while (parent := element.getparent()) is not None and parent is not ancestor:
        element = parent
    return element


def _score(
    body: Element, index: PageIndex
) -> tuple[dict[Element, float], dict[Element, float], dict[Element, float]]:
    """Votes and subtree totals, furniture excluded. The container the prose itself prefers (counted
    with only tag-furniture excluded) is not excluded for its names: names are evidence, text is more."""
    page_chars = index.chars(body)
    by_tag = _tag_furniture(body, index)
    values = _paragraph_values(body, index, by_tag)  # (what tag furniture holds never votes: not read)
    raw_votes, _, _ = _votes(values, by_tag, totals=False)
    keep: set[Element] = set()
    if raw_votes:
        best = max(raw_votes, key=lambda e: raw_votes[e])
        keep = {
            e for e in (best, *best.iterancestors()) if not STRONG_FURNITURE_TOKENS & index.furniture_names(e)
        }
        index.name_as_article(list(keep))
    furniture = index.named_furniture
    named = [e for e in index.meaningful if e in furniture and e not in by_tag and e not in keep]
    blocked = by_tag | _furniture_subtrees(body, index, page_chars, named)
    return _votes(values, blocked, totals=True)


def _tag_furniture(body: Element, index: PageIndex) -> set[Element]:
    """Everything inside the small nav, aside, footer and menu elements."""
    return _furniture_subtrees(body, index, index.chars(body), list(body.iter(*BOILERPLATE_TAGS)))


def _paragraph_values(body: Element, index: PageIndex, furniture: set[Element]) -> dict[Element, float]:
    """How much prose each element holds itself (loose text and inline children), links discounted;
    not read for the elements in `furniture` (they cast no vote)."""
    values: dict[Element, float] = {}
    linked = index.linked
    for element in body.iter(*PROSE_HOLDERS):
        if element in linked or element in furniture:
            continue
        length, links = index.own_text(element)
        if length < MIN_PARAGRAPH_CHARS or (element.tag == "li" and length < MIN_LIST_ITEM_CHARS):
            continue
        density = min(1.0, links / length)
        if density < 1.0:
            values[element] = length * (1.0 - density) ** 2
    return values


def _votes(
    values: dict[Element, float], blocked: set[Element], *, totals: bool
) -> tuple[dict[Element, float], dict[Element, float], dict[Element, float]]:
    """Votes (parent full, grandparent half), the prose each element's children hold directly, and with
    `totals` the subtree totals, of the unblocked prose."""
    votes: dict[Element, float] = defaultdict(float)
    subtree: dict[Element, float] = defaultdict(float)
    direct: dict[Element, float] = defaultdict(float)
    for element, value in values.items():
        if element in blocked:
            continue
        parent = element.getparent()
        if parent is not None:
            votes[parent] += value
            direct[parent] += value
            grandparent = parent.getparent()
            if grandparent is not None:
                votes[grandparent] += value / 2
        if totals:
            for ancestor in element.iterancestors():
                subtree[ancestor] += value
    return votes, subtree, direct


def _furniture_subtrees(
    body: Element, index: PageIndex, page_chars: int, candidates: list[Element]
) -> set[Element]:
    """Everything inside the candidates that are small enough to be furniture (in document order, so an
    outer container is judged before what it holds)."""
    blocked: set[Element] = set()
    for element in candidates:
        if element in blocked:
            continue
        if _holds_little(element, index, page_chars):
            blocked.update(elements_in(element))
    return blocked


def find_headline_element(body: Element, main: Element, titles: list[str]) -> Element | None:
    """The visible headline: of the h1s, the closest to the main content that a metadata title names;
    else the first h2 or h3 a title names (the h1s being a logo's, a footer's); else the closest h1."""
    headings = [h for h in body.iter("h1") if text_of(h).strip()]
    agreeing = [h for h in headings if any(names_heading(text_of(h), title) for title in titles)]
    if not agreeing:
        # a lower heading is the headline when a metadata title agrees with it
        agreeing = [
            h for h in body.iter("h2", "h3") if any(names_heading(text_of(h), title) for title in titles)
        ][:1]
    if not agreeing and not headings:
        return None
    main_chain = set(_ancestors(main))
    # the one the metadata's title names, else the closest (a site's logo is often an h1 too)
    return max(agreeing or headings, key=lambda h: _common_depth(h, main_chain))


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
