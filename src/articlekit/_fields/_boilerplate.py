"""Boilerplate: lines and blocks that belong to the page, not the article, and what kind each is."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping

import attrs

from .._model import BoilerplateKind
from . import _patterns as P
from ._needles import Search, searches

#: Longer than this, a block is prose, whatever words it holds (a comment-form notice is short).
MAX_BOILERPLATE_WORDS = 40
#: A newsletter box's text, its call to act and its consent line ("I agree my information will be
#: processed ..."), runs this long at most.
MAX_NEWSLETTER_WORDS = 40
#: A blog's post footer runs longer than other boilerplate lines ("This entry was posted on ... and is
#: filed under ... You can follow any responses to this entry through the RSS 2.0 feed ...").
MAX_POST_FOOTER_WORDS = 90


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
    words = text.split(None, MAX_POST_FOOTER_WORDS)  # (a longer paragraph's words are not all split apart)
    if not words:
        return None
    if len(words) > MAX_BOILERPLATE_WORDS:
        return "related" if _filed_post_footer(words) else None
    line = " ".join(words)
    lowered = line.lower()
    if not ANY_BOILERPLATE.matches(lowered):
        return None  # the common case, ruled out in one scan of each kind
    for kind, matcher in BOILERPLATE_LINES_LOWER:
        if not matcher.matches(lowered):
            continue
        if kind == "social" and not networks_named(line) and "follow us" not in lowered:
            continue
        if kind == "newsletter" and len(words) > MAX_NEWSLETTER_WORDS:
            continue
        if kind == "copyright" and len(words) > 30:
            continue
        return kind  # type: ignore[return-value]
    return None


def _filed_post_footer(words: list[str]) -> bool:
    """A line (its `words`) that opens by saying when the post was written and goes on to where it is
    filed."""
    if len(words) > MAX_POST_FOOTER_WORDS:
        return False  # (most long lines: an article's paragraphs, never joined again)
    line = " ".join(words)
    return P.AUTHORSHIP_STATEMENT.match(line) is not None and P.FILED_UNDER.search(line) is not None


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character of a regular expression that is
    syntax: not escaped, not inside a character class."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regular expression's top-level `|` branches."""
    cuts = [index for index, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


@attrs.frozen
class LineMatcher:
    """A line pattern's branches in the pieces `re` runs fastest, for lower-cased lines: the branches
    anchored at the start, for one `match`; those opening on a word boundary, in one group; those at a
    sentence's start, looked for after a sentence's end; the rest. `re` tries a mixed alternation at
    every position of the line, several times slower than the pieces apart; the searched branches
    whose matches must hold a plain substring run only in lines holding one. The anchored branches
    that may skip leading punctuation (`\\W*`) and then open on a known letter are kept by that
    letter, so a line tries only the few that can start as it does."""

    anchored: re.Pattern[str] | None
    searches: tuple[Search, ...]
    #: First letter -> the skipping branches opening on it (a pattern's source, compiled when a line
    #: first needs it: most letters are never needed), matched where the line's first word starts.
    by_first_letter: Mapping[str, str] = attrs.field(factory=dict)

    def matches(self, lowered: str) -> bool:
        """Whether any branch matches somewhere in `lowered`."""
        if self.anchored is not None and self.anchored.match(lowered):
            return True
        if self.by_first_letter:
            start = _FIRST_WORD_CHAR.search(lowered)
            if start is not None:
                branches = self.by_first_letter.get(lowered[start.start()])
                if branches is not None and _compiled(branches).match(lowered, start.start()):
                    return True
        return any(search.found(lowered) for search in self.searches)


_FIRST_WORD_CHAR = re.compile(r"\w")


def _group_end(pattern: str) -> int:
    """The index just past the group that opens `pattern` (which starts with "(")."""
    return next(
        (index + 1 for index, char, depth in _syntax(pattern) if char == ")" and depth == 0), len(pattern)
    )


def _first_letters(branch: str) -> frozenset[str] | None:
    """The letters or digits any match of `branch` must open with, or None when that cannot be told by
    this simple reading (a branch opening on punctuation, a class or an escape other than `\\d`)."""
    if branch.startswith("("):
        if branch.startswith(("(?=", "(?!", "(?<")):
            return None
        end = _group_end(branch)
        inner = branch[3 : end - 1] if branch.startswith("(?:") else branch[1 : end - 1]
        letters: set[str] = set()
        for alternative in _top_level_alternatives(inner):
            found = _first_letters(alternative)
            if found is None:
                return None
            letters |= found
        quantifier = branch[end : end + 1]
        if quantifier == "{":
            return None
        if quantifier in ("?", "*"):  # an optional opening part: the match may open with what follows
            after = _first_letters(branch[end + 1 :].removeprefix("?"))
            return None if after is None else frozenset(letters | after)
        return frozenset(letters)
    if branch.startswith("\\d"):
        return None if branch[2:3] in ("?", "*", "{") else _DIGITS
    if branch[:1].isalnum() and branch[1:2] not in ("?", "*", "{"):
        return frozenset(branch[0])
    return None


_DIGITS = frozenset("0123456789")


#: Patterns compiled on first use (compiling them all would add a tenth of a second to the import).
_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = re.compile(pattern)
    return found


def _by_first_letter(skipping: list[str]) -> tuple[dict[str, str], list[str]]:
    """The skipping branches (leading `\\W*` removed) grouped by the letter they open on, and
    the branches whose first letter cannot be told."""
    grouped: dict[str, list[str]] = {}
    rest: list[str] = []
    for branch in skipping:
        variants = _letter_variants(branch)
        if not variants:
            rest.append(branch)
            continue
        for letter, variant in variants.items():
            grouped.setdefault(letter, []).append(variant)
    return {letter: "|".join(f"(?:{b})" for b in group) for letter, group in grouped.items()}, rest


def _letter_variants(branch: str) -> dict[str, str] | None:
    """The branch for each letter its matches may open with (None when that cannot be told). A branch
    opening on a group of alternatives keeps, for each letter, only the alternatives that may open with
    it: a line's first letter rules the others out, and `re` need not try them one by one."""
    split = _split_opening_group(branch)
    if split is None:
        letters = _first_letters(branch)
        return {letter: branch for letter in letters} if letters else None
    alternatives, rest = split
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        letters = _first_letters(alternative)
        if not letters:
            return None
        for letter in letters:
            by_letter.setdefault(letter, []).append(alternative)
    return {letter: f"(?:{'|'.join(some)}){rest}" for letter, some in by_letter.items()}


def _split_opening_group(branch: str) -> tuple[list[str], str] | None:
    """(alternatives, what follows) of a branch opening on a plain group that must match once, or None
    (a lookaround, a named or quantified group, a branch referring back to a group)."""
    if not branch.startswith("(") or (branch.startswith("(?") and not branch.startswith("(?:")):
        return None
    if "(?P=" in branch or _BACKREFERENCE.search(branch):
        return None  # (the group is made non-capturing: numbered references would shift)
    end = _group_end(branch)
    if branch[end : end + 1] in ("?", "*", "+", "{"):
        return None
    inner = branch[3 : end - 1] if branch.startswith("(?:") else branch[1 : end - 1]
    return _top_level_alternatives(inner), branch[end:]


_BACKREFERENCE = re.compile(r"\\[1-9]")


def _line_matcher(pattern: str) -> LineMatcher:
    branches = _top_level_alternatives(pattern)
    anchored = [b[1:] for b in branches if b.startswith("^")]
    at_sentence = [b[len(P.AT_SENTENCE_START) :] for b in branches if b.startswith(P.AT_SENTENCE_START)]
    anchored += [f"\\W*{b}" for b in at_sentence]  # (the line's start is a sentence's start)
    bounded = [b[2:] for b in branches if b.startswith("\\b")]
    others = [b for b in branches if not b.startswith(("^", "\\b", P.AT_SENTENCE_START))]
    sentence = [f"[.!?]\\s+\\W*(?:{'|'.join(at_sentence)})"] if at_sentence else []
    # branches opening on `\\W*` share it: `\\W*(?:a|b)` is several times faster than `\\W*a|\\W*b`
    by_letter, skipping = _by_first_letter([b[3:] for b in anchored if b.startswith("\\W*")])
    anchored = [f"(?:{b})" for b in anchored if not b.startswith("\\W*")]
    if skipping:
        anchored.append(f"\\W*(?:{'|'.join(skipping)})")
    return LineMatcher(
        anchored=re.compile("|".join(anchored)) if anchored else None,
        searches=(*searches("\\b", bounded), *searches("", others), *searches("", sentence)),
        by_first_letter=by_letter,
    )


#: (kind, matcher) of BOILERPLATE_LINES, for lower-cased lines.
BOILERPLATE_LINES_LOWER: tuple[tuple[str, LineMatcher], ...] = tuple(
    (kind, _line_matcher(pattern.pattern)) for kind, pattern in P.BOILERPLATE_LINES
)
#: All of them at once: most lines match none, and one scan rules that out before any kind is tried.
ANY_BOILERPLATE = _line_matcher(
    "|".join(pattern.pattern for _, pattern in P.BOILERPLATE_LINES)  # each is an alternation of branches
)
