"""Image descriptions, captions and credits."""

from __future__ import annotations

import re

from . import _patterns as P

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
#: A description names at least this many things one can see.
MIN_VISUAL_WORDS = 3


def looks_like_description(text: str) -> bool:
    """A line that says what a picture shows: one descriptive noun phrase, dense in things one can see,
    with no finite verb, no pronoun, no quotation and no second sentence."""
    line = " ".join(text.split())
    words = [w.lower() for w in _TOKEN.findall(line)]
    if not 6 <= len(words) <= 90 or any(q in line for q in '"“”«»'):
        return False
    if len(_SENTENCE_END.findall(line.rstrip(".!? ") + ".")) > 1:
        return False
    if any(w in P.FINITE_VERBS or w in P.PRONOUNS for w in words):
        return False
    visual = sum(1 for w in words if w in P.VISUAL_WORDS)
    return visual >= MIN_VISUAL_WORDS


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """Split "Caption text. Photo: Agency" (and "(Photo: X)", "© X", "(Reuters)") into caption and credit."""
    text = " ".join(caption.split())
    match = P.CREDIT_MARK.search(text)
    if match is None:
        return (text or None), None
    credit = match.group("credit") or match.group("copy") or match.group("paren")
    rest = text[: match.start()].strip(" .,;:|/—–-")
    if rest:
        rest = rest + "." if text[: match.start()].rstrip().endswith(".") else rest
    return (rest or None), (credit.strip(" .") if credit else None)


def strip_caption_prefix(text: str) -> str:
    """Drop a leading "Photo:" / "Image:" label from a caption."""
    return P.CAPTION_PREFIX.sub("", text, count=1).strip()
