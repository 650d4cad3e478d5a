"""A line's segments: the pieces its separators ("|", "·", "•", a spaced dash, a run of spaces) set
apart ("By Jane Doe | May 3, 2024 · 4 min read")."""

from __future__ import annotations

from ._patterns import SEGMENT_SPLIT


def segments(text: str) -> list[str]:
    """SEGMENT_SPLIT's pieces of `text`. Speed: most lines hold no separator, which substring tests
    tell several times faster than the split: a printable text's only white space is the space (every
    other white-space character is a control or separator character), so a run of three white-space
    characters is three spaces there."""
    if (
        text.isprintable()
        and "   " not in text
        and "|" not in text
        and "·" not in text
        and "•" not in text
        and "—" not in text
        and "–" not in text
    ):
        return [text]
    return SEGMENT_SPLIT.split(text)


def is_folded(text: str) -> bool:
    """Whether the white space of `text` is folded already: single spaces between its words, none
    around them (as the HTML front door keeps a block's text), so that `" ".join(text.split())` is
    `text` itself. Speed: told by scans at C speed, where the split would make a string of every
    word of a long paragraph (a printable text's only white space is the space, see `segments`)."""
    return bool(text) and text[0] != " " and text[-1] != " " and text.isprintable() and "  " not in text
