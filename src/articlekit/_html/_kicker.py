"""Kicker: the topic line a page sets above its headline or inside it, in an element named for it
("article__kicker", "roofline", "ts-overline", "articlePreTitle")."""

from __future__ import annotations

from .._fields._dates import dates_in_line
from ._selectors import KICKER_NAMES, MAX_KICKER_WORDS
from ._tree import Element, clean_text, name_values, text_of

#: Where a kicker stands: inside the headline element, or this many elements before it (and before
#: the headline's parent, when the headline stands alone in a wrapper).
PRECEDING_ELEMENTS = 2


def find_kicker(headline: Element) -> tuple[str, bool] | None:
    """(the kicker's text, whether it stands inside the headline element), or None. A line holding a
    date is a dateline, not a kicker; a long one is a subheadline or a teaser."""
    inside = [e for e in headline.iterdescendants() if isinstance(e.tag, str)]
    before = list(headline.itersiblings(preceding=True))[:PRECEDING_ELEMENTS]
    parent = headline.getparent()
    if parent is not None and len(parent) == 1:
        before += list(parent.itersiblings(preceding=True))[:PRECEDING_ELEMENTS]
    for elements, within in ((inside, True), (before, False)):
        for element in elements:
            if isinstance(element.tag, str) and _named_kicker(element):
                text = clean_text(text_of(element))
                if 0 < len(text.split()) <= MAX_KICKER_WORDS and not dates_in_line(text):
                    return text, within
    return None


def _named_kicker(element: Element) -> bool:
    return any(name in "".join(tokens) for tokens in name_values(element) for name in KICKER_NAMES)
