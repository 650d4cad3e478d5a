"""Boilerplate: lines and blocks that belong to the page, not the article, and what kind each is."""

from __future__ import annotations

import functools

from .._model import BoilerplateKind
from . import _patterns as P

#: Longer than this, a block is prose, whatever words it holds (a comment-form notice is short).
MAX_BOILERPLATE_WORDS = 40


def networks_named(text: str) -> tuple[str, ...]:
    """Social networks a line names, in order, once each; glued link texts ("XInstagram") are split."""
    found: list[str] = []
    previous_end = -1
    for match in P.NETWORK_NAME.finditer(text):
        start = match.start()
        glued = start == previous_end
        if start > 0 and text[start - 1].isalpha() and text[start - 1].islower() and not glued:
            continue
        previous_end = match.end()
        if match.group(1) not in found:
            found.append(match.group(1))
    return tuple(found)


@functools.lru_cache(maxsize=32768)
def line_kind(text: str) -> BoilerplateKind | None:
    """The boilerplate kind of a short line judged by its words alone, or None for article-like text."""
    line = " ".join(text.split())
    if not line or len(line.split()) > MAX_BOILERPLATE_WORDS:
        return None
    lowered = line.lower()
    at_start, anywhere = P.ANY_BOILERPLATE_AT_START, P.ANY_BOILERPLATE_ANYWHERE
    if not ((at_start and at_start.match(lowered)) or (anywhere and anywhere.search(lowered))):
        return None  # the common case, ruled out in one scan of each kind
    for kind, at_start, anywhere in P.BOILERPLATE_LINES_LOWER:
        if not ((at_start and at_start.match(lowered)) or (anywhere and anywhere.search(lowered))):
            continue
        if kind == "social" and not networks_named(line) and "follow us" not in lowered:
            continue
        if kind == "newsletter" and len(line.split()) > 25:
            continue
        if kind == "copyright" and len(line.split()) > 30:
            continue
        return kind  # type: ignore[return-value]
    return None
