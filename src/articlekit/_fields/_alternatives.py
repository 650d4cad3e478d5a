"""Word alternations arranged for speed: `re` tries a plain alternation's branches one by one at every
position of a line, so a long list of words (month names in many languages) costs hundreds of failed
comparisons per word of the line; grouped by their first character, most positions fail at once."""

from __future__ import annotations

import re


def by_first_character(words: list[str]) -> str:
    """A regular expression matching what `"|".join(map(re.escape, words))` matches, and the same
    branch first at any position: words keep their order within each first-character group, and
    words opening on different characters never both match at one position (see
    `first_characters_apart`)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(re.escape(rest) for rest in rests)})"
        for first, rests in groups.items()
    )


def first_characters_apart(words: list[str], flags: int = 0) -> bool:
    """Whether no two of the words' different first characters match each other under `flags` (under
    IGNORECASE, "k" and the Kelvin sign would): what `by_first_character` relies on."""
    firsts = list(dict.fromkeys(word[0] for word in words))
    return not any(
        a != b and re.fullmatch(re.escape(a), b, flags) is not None for a in firsts for b in firsts
    )
