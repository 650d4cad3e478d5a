"""Plain text -> candidate blocks. The only structure is line order and line shape."""

from __future__ import annotations

import re

from .._blocks import Candidate, CandidateKind, Parts, Zone
from .._fields._images import looks_like_description
from .._fields._patterns import CAPTION_PREFIX
from .._fields._roles import is_metadata_line, is_role_line
from .._model import Image

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪–]\s+|\d{1,3}[.)]\s+)")
_QUOTE = re.compile(r"^\s*>\s?")
_MARKDOWN_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_MARKDOWN_IMAGE = re.compile(
    r'^\s*!\[(?P<alt>[^\]]*)\]\(\s*(?P<src>[^\s)]+)(?:\s+"(?P<title>[^"]*)")?\s*\)\s*$'
)
_EMPHASIS = re.compile(r"^(\*{1,2}|_{1,2})(?P<inner>\S(?:.*\S)?)\1$")
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…", '"', "”", "»")
#: A line this short, not ending a sentence, between two paragraphs is a section heading.
MAX_HEADING_WORDS = 12
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: A line this long (in words) is prose: the article's text has begun.
BODY_START_WORDS = 25
#: A line this long, followed by another prose line, also begins the text.
PROSE_WORDS = 10
MAX_HEADLINE_WORDS = 30


def text_parts(text: str) -> Parts:
    """Split text into lines and decide which are head, body and the rest (by shape, not by words)."""
    lines = _lines(text)
    candidates = _group(lines)
    if not candidates:
        return Parts(candidates=[])
    headline_index = _headline_index(candidates)
    body_start = _body_start(candidates, headline_index)
    for index, candidate in enumerate(candidates):
        candidate.zone = _zone(index, headline_index, body_start)
    _mark_dek(candidates, headline_index, body_start)
    _mark_headings(candidates, body_start)
    return Parts(candidates=candidates, headline_index=headline_index, body_how="text lines after the head")


def _lines(text: str) -> list[tuple[int, str]]:
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return [
        (number, _unwrap(_SPACES.sub(" ", line).strip()))
        for number, line in enumerate(normalised.split("\n"), 1)
    ]


def _unwrap(line: str) -> str:
    """ "*Published in X*" -> "Published in X": a whole line in emphasis is the line itself."""
    match = _EMPHASIS.match(line)
    return match.group("inner") if match else line


def _group(lines: list[tuple[int, str]]) -> list[Candidate]:
    """One candidate per non-empty line; consecutive list items or quote lines become one block."""
    candidates: list[Candidate] = []
    for number, line in lines:
        if not line:
            continue
        image = _MARKDOWN_IMAGE.match(line)
        if image:
            picture = Image(
                src=image["src"], description=image["alt"] or None, caption=image["title"] or None
            )
            candidates.append(
                Candidate(text="", kind="image", image=picture, where=f"lines {number}-{number}")
            )
            continue
        kind, content = _shape(line)
        previous = candidates[-1] if candidates else None
        joinable = previous is not None and previous.kind == kind and kind in ("list", "quote")
        if joinable and previous is not None and previous.where.endswith(f"-{number - 1}"):
            separator = "\n" if kind == "list" else " "
            previous.text += separator + content
            previous.where = previous.where.rsplit("-", 1)[0] + f"-{number}"
            continue
        candidates.append(Candidate(text=content, kind=kind, where=f"lines {number}-{number}"))
    return candidates


def _shape(line: str) -> tuple[CandidateKind, str]:
    heading = _MARKDOWN_HEADING.match(line)
    if heading:
        return "heading", heading.group(2)
    if _LIST_ITEM.match(line) and len(line.split()) > 1:
        return "list", _LIST_ITEM.sub("", line, count=1)
    if _QUOTE.match(line):
        return "quote", _QUOTE.sub("", line, count=1)
    return "paragraph", line


def _headline_index(candidates: list[Candidate]) -> int | None:
    first = candidates[0]
    words = len(first.text.split())
    if words > MAX_HEADLINE_WORDS or is_role_line(first.text) or first.text.endswith((".", ":", ";")):
        return None
    return 0


def _body_start(candidates: list[Candidate], headline_index: int | None) -> int:
    """The first line of the article's text: prose that is not a head line (dateline, byline, read
    time, picture description), long, or followed by more prose."""
    start = 0 if headline_index is None else headline_index + 1
    for index in range(start, len(candidates)):
        text = candidates[index].text
        if candidates[index].kind == "image" or is_role_line(text) or looks_like_description(text):
            continue
        if CAPTION_PREFIX.match(text):
            continue
        words = len(text.split())
        following = candidates[index + 1].text if index + 1 < len(candidates) else ""
        if words >= BODY_START_WORDS or (words >= PROSE_WORDS and _is_prose(following)):
            return index
        if candidates[index].kind in ("list", "quote"):
            return index
    return start


def _mark_headings(candidates: list[Candidate], body_start: int) -> None:
    """A short line that does not end a sentence, between two paragraphs of the text, is a heading."""
    for index in range(body_start + 1, len(candidates) - 1):
        candidate = candidates[index]
        text = candidate.text
        if candidate.kind != "paragraph" or not text[:1].isupper() or text.endswith(_SENTENCE_END):
            continue
        if len(text.split()) > MAX_HEADING_WORDS or is_role_line(text):
            continue
        before, after = candidates[index - 1], candidates[index + 1]
        if (
            _is_prose(before.text)
            and after.kind in ("paragraph", "list", "quote")
            and not is_role_line(after.text)
        ):
            candidate.kind = "heading"


def _is_prose(text: str) -> bool:
    if not text:
        return False
    return len(text.split()) >= PROSE_WORDS and not is_role_line(text) and not looks_like_description(text)


def _zone(index: int, headline_index: int | None, body_start: int) -> Zone:
    if headline_index is not None and index == headline_index:
        return "head"
    return "head" if index < body_start else "main"


def _mark_dek(candidates: list[Candidate], headline_index: int | None, body_start: int) -> None:
    """The line right after the headline is its subheadline when head lines (dateline, byline, read
    time) follow it before the text begins: the classic headline / dek / byline / body order."""
    if headline_index is None or headline_index + 1 >= body_start:
        return
    line = candidates[headline_index + 1]
    if is_role_line(line.text) or looks_like_description(line.text) or not 3 <= len(line.text.split()) <= 60:
        return
    later_head = candidates[headline_index + 2 : body_start]
    if any(is_metadata_line(c.text) for c in later_head):
        line.dek_hint = True
