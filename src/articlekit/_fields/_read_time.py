"""Read time: a stated read-time line, else an estimate from the body's length."""

from __future__ import annotations

import math
import re
from itertools import filterfalse

from .._model import ReadTime
from . import _patterns as P
from ._segments import segments

#: Reading rates for the estimate: adult silent reading of non-fiction, per Brysbaert (2019).
WORDS_PER_MINUTE = 238
#: Chinese, Japanese and Korean text is counted in characters.
CJK_CHARACTERS_PER_MINUTE = 500

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def stated_read_time(text: str, *, named: bool = False) -> ReadTime | None:
    """A short line (or a segment of one) stating minutes to read: "1 min read", "Reading time: 3 minutes".
    `named`: the line's container is named for the read time, so "3 minutes" alone says it."""
    for segment in segments(text):
        match = P.READ_TIME.match(segment)
        if (match and (named or P.READ_TIME_NEEDS_CONTEXT.search(segment))) or (
            match := P.CJK_READ_TIME.match(segment)
        ):
            return ReadTime(minutes=int(match.group("minutes")), source="stated", raw=segment.strip())
    return None


def word_counts(text: str) -> tuple[int, int]:
    """(words, CJK characters) of `text`; CJK text is counted in characters."""
    cjk = len(_CJK.findall(text))
    return _count_words(_CJK.sub(" ", text) if cjk else text), cjk


def _count_words(text: str) -> int:
    """How many times `_WORD` matches in `text`. Speed: no match crosses white space, and a
    white-space-separated piece of letters and digits alone (`str.isalnum`, the same characters as
    `[^\\W_]`) is one match, counted at C speed; the regular expression reads only the other pieces."""
    pieces = text.split()
    others = list(filterfalse(str.isalnum, pieces))
    return len(pieces) - len(others) + len(_WORD.findall(" ".join(others)))


def count_words(text: str) -> int:
    """Words in `text`; each CJK character counts as one word."""
    return sum(word_counts(text))


def estimated_read_time(text: str, counts: tuple[int, int] | None = None) -> ReadTime | None:
    """Minutes at WORDS_PER_MINUTE (CJK characters at CJK_CHARACTERS_PER_MINUTE), rounded up; None for no text."""
    words, cjk = counts if counts is not None else word_counts(text)
    if words + cjk == 0:
        return None
    minutes = math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE)
    return ReadTime(minutes=max(1, minutes), source="estimated", raw=None)
