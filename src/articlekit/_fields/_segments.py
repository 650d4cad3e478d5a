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
