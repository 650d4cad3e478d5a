"""Needles: plain substrings that every match of a regular expression's branch must hold, so that a
line without any of them is ruled out by `in` tests, many times cheaper than running the regex."""

from __future__ import annotations

import re

import attrs

#: An ASCII needle shorter than this is found in too many lines to rule any out (any other is rare).
MIN_NEEDLE_CHARS = 3
#: Characters that, unescaped, are syntax rather than themselves.
_SYNTAX = frozenset(".^$|()[]{}?*+\\")
_QUANTIFIERS = frozenset("?*+{")
#: Testing more needles than this costs more than the regex they would spare.
MAX_NEEDLES = 40
#: A global inline flag (`(?i)`), which would change what the branch's letters match.
_GLOBAL_FLAG = re.compile(r"\(\?[aiLmsux-]+\)")
_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")


def _atom_end(pattern: str, index: int) -> int:
    """The index just past the atom starting at `index` (an escape, a character class, a counted
    quantifier such as `{2,4}`, or one character)."""
    if pattern[index] == "\\":
        return index + 2
    if pattern[index] == "{" and (count := _COUNT.match(pattern, index)) is not None:
        return count.end()
    if pattern[index] != "[":
        return index + 1
    end = index + 1
    end += pattern[end : end + 1] == "^"
    end += pattern[end : end + 1] == "]"  # a "]" first in a class is itself
    while end < len(pattern) and pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    return end + 1


def _literal(atom: str) -> str | None:
    """The one character the atom always matches, or None (syntax, a class, an escape such as `\\b`)."""
    if len(atom) == 1:
        return None if atom in _SYNTAX else atom
    if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
        return atom[1]
    return None


def _items(pattern: str) -> list[str]:
    """The pattern's top-level items: atoms, with each group (parentheses and all) as one."""
    items, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        end = _atom_end(pattern, index)
        atom = pattern[index:end]
        depth += (atom == "(") - (atom == ")")
        if depth <= 0:
            items.append(pattern[start:end])
            depth, start = 0, end
        index = end
    if start < len(pattern):
        items.append(pattern[start:])  # an unclosed group: no needle is read from it
    return items


def _long_enough(needle: str) -> bool:
    return len(needle) >= MIN_NEEDLE_CHARS or (needle != "" and not needle.isascii())


def _group_needles(group: str) -> tuple[str, ...] | None:
    """Needles of a group that must match: one of its alternatives' each (None for a lookaround or an
    alternative without one)."""
    inner = group[1:-1]
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?P<"):
        inner = inner[inner.index(">") + 1 :]
    elif inner.startswith("?"):
        return None  # a lookaround, a flag group, a backreference: nothing it must hold
    alternatives: list[list[str]] = [[]]
    for item in _items(inner):
        if item == "|":
            alternatives.append([])
        else:
            alternatives[-1].append(item)
    found = [needles("".join(alternative)) for alternative in alternatives]
    if any(one is None for one in found):
        return None
    return tuple(dict.fromkeys(n for one in found if one is not None for n in one))


def needles(branch: str) -> tuple[str, ...] | None:
    """Substrings one of which every match of `branch` holds: a run of consecutive literal characters
    at its top level (not made optional by a quantifier), or one needle of each alternative of a
    group that must match; the longest such; None when no needle is MIN_NEEDLE_CHARS ASCII
    characters long (or any non-ASCII ones)."""
    if _GLOBAL_FLAG.search(branch):
        return None
    choices: list[tuple[str, ...]] = []
    run = ""
    items = _items(branch)
    if "|" in items:
        return None  # alternatives, not one branch
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else ""
        optional = following[:1] in _QUANTIFIERS
        char = _literal(item)
        if char is not None and not optional:
            run += char
            continue
        choices.append((run,))
        run = ""
        if item.startswith("(") and item.endswith(")") and not optional:
            group = _group_needles(item)
            if group is not None:
                choices.append(group)
    choices.append((run,))
    usable = [choice for choice in choices if all(_long_enough(n) for n in choice)]
    return max(usable, key=lambda choice: min(map(len, choice)), default=None)


@attrs.frozen
class Search:
    """A regex searched for in lower-cased lines, only in those holding one of `needles` (every match
    of any of its branches holds one); in every line when there are none."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()
    #: The needles an ASCII line can hold (speed: most lines are ASCII, and `str.isascii` is a flag).
    ascii_needles: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: tuple(n for n in self.needles if n.isascii()), takes_self=True)
    )

    def found(self, lowered: str) -> bool:
        if self.needles and not _holds_any(
            lowered, self.ascii_needles if lowered.isascii() else self.needles
        ):
            return False
        return self.pattern.search(lowered) is not None


def _holds_any(lowered: str, needles: tuple[str, ...]) -> bool:
    """Whether `lowered` holds one of `needles` (a plain loop: a quarter faster than `any()` over a
    generator, and most lines are tested against every needle)."""
    for needle in needles:  # noqa: SIM110 - the loop is the point (speed)
        if needle in lowered:
            return True
    return False


def _minimal(needles: list[str]) -> tuple[str, ...]:
    """The needles that hold no other needle: a line holds one of all the needles exactly when it
    holds one of these (fewer `in` tests)."""
    unique = list(dict.fromkeys(needles))
    return tuple(n for n in unique if not any(other != n and other in n for other in unique))


def searches(prefix: str, branches: list[str]) -> list[Search]:
    """`prefix` followed by any of `branches`, as at most two searches: the branches that have needles,
    behind them (unless they are more than MAX_NEEDLES), and the others."""
    found = [(branch, needles(branch)) for branch in branches]
    with_needles = [(branch, found) for branch, found in found if found is not None]
    without = [branch for branch, found in found if found is None]
    if len({n for _, some in with_needles for n in some}) > MAX_NEEDLES:
        with_needles, without = [], branches
    result = []
    if with_needles:
        pattern = _alternation(prefix, [branch for branch, _ in with_needles])
        result.append(Search(pattern, _minimal([n for _, some in with_needles for n in some])))
    if without:
        result.append(Search(_alternation(prefix, without)))
    return result


def _alternation(prefix: str, branches: list[str]) -> re.Pattern[str]:
    return re.compile(f"{prefix}(?:{'|'.join(f'(?:{branch})' for branch in branches)})")
