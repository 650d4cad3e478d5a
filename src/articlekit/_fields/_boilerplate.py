"""Boilerplate: lines and blocks that belong to the page, not the article, and what kind each is."""

from __future__ import annotations

import functools
import re

import attrs

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
    if not ANY_BOILERPLATE.matches(lowered):
        return None  # the common case, ruled out in one scan of each kind
    for kind, matcher in BOILERPLATE_LINES_LOWER:
        if not matcher.matches(lowered):
            continue
        if kind == "social" and not networks_named(line) and "follow us" not in lowered:
            continue
        if kind == "newsletter" and len(line.split()) > 25:
            continue
        if kind == "copyright" and len(line.split()) > 30:
            continue
        return kind  # type: ignore[return-value]
    return None


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regular expression's top-level `|` branches."""
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


@attrs.frozen
class LineMatcher:
    """A line pattern's branches in the pieces `re` runs fastest, for lower-cased lines: the branches
    anchored at the start, for one `match`; those opening on a word boundary, in one group; those at a
    sentence's start, looked for after a sentence's end; the rest. `re` tries a mixed alternation at
    every position of the line, several times slower than the pieces apart."""

    anchored: re.Pattern[str] | None
    searches: tuple[re.Pattern[str], ...]

    def matches(self, lowered: str) -> bool:
        """Whether any branch matches somewhere in `lowered`."""
        if self.anchored is not None and self.anchored.match(lowered):
            return True
        return any(search.search(lowered) for search in self.searches)


def _line_matcher(pattern: str) -> LineMatcher:
    branches = _top_level_alternatives(pattern)
    anchored = [b[1:] for b in branches if b.startswith("^")]
    at_sentence = [b[len(P.AT_SENTENCE_START) :] for b in branches if b.startswith(P.AT_SENTENCE_START)]
    anchored += [f"\\W*{b}" for b in at_sentence]  # (the line's start is a sentence's start)
    bounded = [b[2:] for b in branches if b.startswith("\\b")]
    others = [b for b in branches if not b.startswith(("^", "\\b", P.AT_SENTENCE_START))]
    searches = [
        f"\\b(?:{'|'.join(bounded)})" if bounded else "",
        "|".join(f"(?:{b})" for b in others),
        f"[.!?]\\s+\\W*(?:{'|'.join(at_sentence)})" if at_sentence else "",
    ]
    # branches opening on `\\W*` share it: `\\W*(?:a|b)` is several times faster than `\\W*a|\\W*b`
    skipping = [b[3:] for b in anchored if b.startswith("\\W*")]
    anchored = [f"(?:{b})" for b in anchored if not b.startswith("\\W*")]
    if skipping:
        anchored.append(f"\\W*(?:{'|'.join(skipping)})")
    return LineMatcher(
        anchored=re.compile("|".join(anchored)) if anchored else None,
        searches=tuple(re.compile(search) for search in searches if search),
    )


#: (kind, matcher) of BOILERPLATE_LINES, for lower-cased lines.
BOILERPLATE_LINES_LOWER: tuple[tuple[str, LineMatcher], ...] = tuple(
    (kind, _line_matcher(pattern.pattern)) for kind, pattern in P.BOILERPLATE_LINES
)
#: All of them at once: most lines match none, and one scan rules that out before any kind is tried.
ANY_BOILERPLATE = _line_matcher(
    "|".join(pattern.pattern for _, pattern in P.BOILERPLATE_LINES)  # each is an alternation of branches
)
