"""What article text looks like, judged by its shape: sentences, few links; lists and tables of content.

Used where the front door's zones leave a block's role open (between the headline and the article's
container, after it): there a block that reads as the article is the article, whatever its container.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A sentence ends with terminal punctuation, perhaps followed by closing quotes or brackets; a period
#: after a number ends one only at the end of the text ("11. November", "1. FC" go on).
SENTENCE_END = re.compile(r"(?:(?<!\d)[.]|[!?…。！？])[\"'”’»“)\]]*(?=\s|$)|\d\.[\"'”’»“)\]]*\s*$")
#: A block ending like this ends a sentence (closing quotes and brackets allowed).
ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»“)\]]*\s*$")
#: Prose has few links: a block with more link text than this share is a link list or a teaser.
MAX_PROSE_LINK_DENSITY = 0.2
#: A sentence of fewer words is a label or a fragment ("Yes.", "Photo: AP."), not prose.
MIN_SENTENCE_WORDS = 5
#: In scripts that do not space their words, a sentence of fewer characters is a label.
MIN_SENTENCE_CHARS_UNSPACED = 15
#: A run of this many words with few links is prose even when its final punctuation is missing (a
#: label or a heading is shorter).
MIN_UNPUNCTUATED_PROSE_WORDS = 20
#: A line this short (in words; in unspaced scripts, characters / 2) without sentence punctuation is a
#: label: a site's name, a tool's or a section's name.
MAX_LABEL_WORDS = 8
#: A list or table whose text is more link than this is navigation, not content.
MAX_CONTENT_LINK_DENSITY = 0.2


def is_unspaced(text: str) -> bool:
    """Mostly Chinese or Japanese script, where words are not separated by spaces."""
    head = text[:200]
    if head.isascii():
        return False  # (the common case, told without reading the characters one by one)
    return sum(1 for ch in head if "\u3040" <= ch <= "\u9fff") > len(head) / 3


def reads_as_prose(text: str, link_density: float) -> bool:
    """Finished sentences with few links: a paragraph of the article, not a label, a teaser or a link."""
    if link_density > MAX_PROSE_LINK_DENSITY:
        return False
    unspaced = is_unspaced(text)
    # (words are counted up to one more than the most any test below asks for)
    size = len(text) // 2 if unspaced else len(text.split(None, MIN_UNPUNCTUATED_PROSE_WORDS))
    if not SENTENCE_END.search(text):
        return size >= MIN_UNPUNCTUATED_PROSE_WORDS  # a long run of words, its last mark lost
    return len(text) >= MIN_SENTENCE_CHARS_UNSPACED if unspaced else size >= MIN_SENTENCE_WORDS


def reads_as_content_list(text: str, link_density: float) -> bool:
    """A list or table of the article's own content (ingredients, facts, a schedule): several entries,
    mostly not links."""
    return link_density <= MAX_CONTENT_LINK_DENSITY and text.count("\n") >= 1


def is_label(text: str) -> bool:
    """A short line without any sentence punctuation: a name or a label, not a line of prose."""
    if any(mark in text for mark in ".!?…。！？"):
        return False
    size = len(text) // 2 if is_unspaced(text) else len(text.split(None, MAX_LABEL_WORDS))
    return size <= MAX_LABEL_WORDS


def words_reach(texts: Iterable[str], count: int) -> bool:
    """Whether the texts hold `count` words or more, split only until they do (an article's whole body
    need not be split apart to tell it from an empty one)."""
    total = 0
    for text in texts:
        total += len(text.split(None, count - total))  # (one piece more than is missing says enough)
        if total >= count:
            return True
    return False
