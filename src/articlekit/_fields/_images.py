"""Image descriptions, captions and credits."""

from __future__ import annotations

import re

from . import _patterns as P
from ._prose import SENTENCE_END

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Marks of a statement rather than a description: quotations (and the dash that opens direct speech),
#: numbers and dates, a label's colon, a question, an exclamation, an aside in brackets or between dashes.
_STATEMENT_MARKS = re.compile(r"[\"“”«»„:;?!()\[\]\d|]|^\s*[–—-]|\s[–—]\s")
#: A description is long enough to list what a picture shows ...
MIN_DESCRIPTION_WORDS = 20
MAX_DESCRIPTION_WORDS = 90
#: ... thing by thing: at least this many comma-separated parts ...
MIN_DESCRIBED_PARTS = 4
#: ... of a few words each on average (a sentence's commas part clauses, which run longer).
MAX_WORDS_PER_PART = 6
#: It names things one sees, not people, places and organisations: few capitalised words (a list of
#: names - "Bornova, Kepsut, Kavak, ..." - is a statement about them).
MAX_NAME_SHARE = 0.2


def looks_like_description(text: str) -> bool:
    """A line that says what a picture shows, the way an image's alternative text does when a text copy
    keeps it: one long noun phrase listing what one sees thing by thing ("Two small flags, one of ...
    with a green background, white stripe, ..., placed on a table"). Decided by shape, not by topic
    (prose about flags or colours is still prose): a single sentence of several short comma-separated
    parts, with no finite verb or subject pronoun, no quotation, number, colon or brackets."""
    line = " ".join(text.split())
    if "\n" in text.strip() or _STATEMENT_MARKS.search(line):
        return False
    words = [w.lower() for w in _TOKEN.findall(line)]
    if not MIN_DESCRIPTION_WORDS <= len(words) <= MAX_DESCRIPTION_WORDS:
        return False
    if len(SENTENCE_END.findall(line.rstrip(".!? ") + ".")) > 1:
        return False
    if any(w in P.FINITE_VERBS or w in P.PRONOUNS for w in words):
        return False
    parts = [part for part in line.split(",") if _TOKEN.search(part)]
    if len(parts) < MIN_DESCRIBED_PARTS or len(words) > MAX_WORDS_PER_PART * len(parts):
        return False
    names = sum(1 for word in _TOKEN.findall(line)[1:] if word[0].isupper())
    return names <= MAX_NAME_SHARE * len(words)


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
