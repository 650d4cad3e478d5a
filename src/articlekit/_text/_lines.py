"""Plain text -> candidate blocks. The only structure is line order and line shape."""

from __future__ import annotations

import re
from collections import Counter

import attrs

from .._blocks import Candidate, CandidateKind, Parts, Zone
from .._fields._boilerplate import line_kind
from .._fields._images import looks_like_description
from .._fields._patterns import CAPTION_PREFIX
from .._fields._prose import MIN_SENTENCE_WORDS, is_unspaced
from .._fields._read_time import count_words
from .._fields._roles import is_metadata_line, is_role_line
from .._model import Image
from ._datelines import locate_datelines
from ._headline import MAX_HEADLINE_WORDS, find_headline, headline_shaped, opens_with_title
from ._page import (
    MAX_PROSE_LINK_SHARE,
    SENTENCE_ENDS,
    is_prose,
    kicker_inside,
    kicker_line,
    locate_article,
    rejoin_wrapped,
    sentence_count,
    strip_links,
)

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪–]\s+|\d{1,3}[.)]\s+)")
_QUOTE = re.compile(r"^\s*>\s?")
_MARKDOWN_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")  # closing hashes follow a space
_MARKDOWN_IMAGE = re.compile(
    r'^\s*!\[(?P<alt>[^\]]*)\]\(\s*(?P<src>[^\s)]+)(?:\s+"(?P<title>[^"]*)")?\s*\)\s*$'
)
_EMPHASIS = re.compile(r"^(\*{1,2}|_{1,2})(?P<inner>\S(?:.*\S)?)\1$")
#: A line ending like this ends a sentence or a clause: it is no heading and no label.
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…", '"', "”", "»", "。", "！", "？", "」", "）")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: A prose line this long (in words) begins the text even when no other prose line follows it at once
#: (a dek is shorter; a paragraph of the text runs longer).
BODY_START_WORDS = 25


def text_parts(text: str) -> Parts:
    """Split text into lines and decide which are head, body and the rest (by shape, not by words)."""
    lines = _lines(text)
    candidates = _group(lines)
    if not candidates:
        return Parts(candidates=[])
    span = locate_article(candidates)
    prose_start = _first_prose(candidates, span[0]) if span else 0
    region_start = _region_start(candidates, prose_start) if span else 0
    _mark_repeated_captions(candidates, region_start, prose_start)
    headline_index = find_headline(candidates, region_start, prose_start)
    if headline_index is not None:
        region_start = min(region_start, headline_index)
        if span and _split_glued_headline(candidates, headline_index):
            span = (span[0] + (span[0] > headline_index), span[1] + (span[1] > headline_index))
    body_start = _body_start(candidates, headline_index if headline_index is not None else region_start - 1)
    body_end = max(span[1], body_start) if span else len(candidates) - 1
    for index, candidate in enumerate(candidates):
        candidate.zone = _zone(index, headline_index, region_start, body_start, body_end)
    _mark_dek(candidates, headline_index, body_start)
    _mark_headings(candidates, body_start, body_end)
    _mark_stray_lines(candidates, body_start, body_end)
    located = locate_datelines(candidates, headline_index, body_start, text)
    how = "text lines after the head" if region_start == 0 else "the prose among the page's text lines"
    kicker = kicker_line(candidates, headline_index)
    inside = kicker is None and headline_index is not None and kicker_inside(candidates[headline_index].text)
    return Parts(
        candidates=candidates,
        headline_index=headline_index,
        body_how=how,
        datelines_located=located,
        opens_with_title=opens_with_title(candidates),
        kicker=(kicker, False) if kicker else (inside, True) if inside else None,
    )


def _split_glued_headline(candidates: list[Candidate], headline_index: int) -> bool:
    """A headline line that is the copied page's first line (its <title>) with a sentence run on after
    it ("Dezuka Suisan: Fish Cakes, Hot and Fresh Welcome to the Flavor Capital ..."): a rendering that
    set the headline's element and the dek's in one line. The title's words are the headline, the rest
    a line of its own below it. Whether it split the line."""
    if headline_index == 0:
        return False
    title, line = candidates[0].text, candidates[headline_index]
    rest = line.text[len(title) :].strip() if line.text.startswith(title + " ") else ""
    if len(title.split()) < MIN_GLUED_TITLE_WORDS or not rest[:1].isupper() or title.endswith(_SENTENCE_END):
        return False
    candidates[headline_index : headline_index + 1] = [
        attrs.evolve(line, text=title),
        attrs.evolve(line, text=rest, kind="paragraph", heading_level=None),
    ]
    return True


#: A first line this long (in words) at least is a title whose words can open a glued headline line.
MIN_GLUED_TITLE_WORDS = 4


def _lines(text: str) -> list[tuple[int, str, int]]:
    """(line number, text without link markup, link characters) of each line, hard wraps undone."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = [_SPACES.sub(" ", line).rstrip() for line in normalised.split("\n")]
    lines: list[tuple[int, str, int]] = []
    for number, line in enumerate(rejoin_wrapped(raw), 1):
        stripped, link_chars = (
            strip_links(line.strip()) if not _MARKDOWN_IMAGE.match(line) else (line.strip(), 0)
        )
        lines.append((number, _unwrap(_unescape(" ".join(stripped.split()))), link_chars))
    return lines


#: Markdown's backslash escapes ("28\\. April", "\\- ", "\\*"), which HTML-to-Markdown converters write.
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def _unescape(line: str) -> str:
    return _MARKDOWN_ESCAPE.sub(r"\1", line) if "\\" in line else line


def _unwrap(line: str) -> str:
    """ "*Published in X*" -> "Published in X": a whole line in emphasis is the line itself."""
    match = _EMPHASIS.match(line)
    return match.group("inner") if match else line


def _group(lines: list[tuple[int, str, int]]) -> list[Candidate]:
    """One candidate per non-empty line; consecutive list items or quote lines become one block."""
    candidates: list[Candidate] = []
    for number, line, link_chars in lines:
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
        kind, content, level = _shape(line)
        previous = candidates[-1] if candidates else None
        joinable = previous is not None and previous.kind == kind and kind in ("list", "quote")
        if joinable and previous is not None and previous.where.endswith(f"-{number - 1}"):
            separator = "\n" if kind == "list" else " "
            links = previous.link_density * len(previous.text) + link_chars
            previous.text += separator + content
            previous.link_density = min(1.0, links / max(1, len(previous.text)))
            previous.where = previous.where.rsplit("-", 1)[0] + f"-{number}"
            continue
        density = min(1.0, link_chars / max(1, len(content)))
        candidates.append(
            Candidate(
                text=content,
                kind=kind,
                link_density=density,
                heading_level=level,
                where=f"lines {number}-{number}",
            )
        )
    return candidates


def _shape(line: str) -> tuple[CandidateKind, str, int | None]:
    """(kind, text without its markers, heading level) of one line."""
    heading = _MARKDOWN_HEADING.match(line)
    if heading:
        return "heading", heading.group(2), len(heading.group(1))
    if _LIST_ITEM.match(line) and len(line.split()) > 1 and not is_metadata_line(line):  # "3. November 2025"
        item = _LIST_ITEM.sub("", line, count=1)
        heading = _MARKDOWN_HEADING.match(item)  # "* # Headline": a breadcrumb trail's last item
        return ("heading", heading.group(2), len(heading.group(1))) if heading else ("list", item, None)
    if _QUOTE.match(line):
        return "quote", _QUOTE.sub("", line, count=1), None
    return "paragraph", line, None


#: How many lines before the article's prose its headline and head lines may stand.
HEAD_WINDOW = 20


def _region_start(candidates: list[Candidate], prose_start: int) -> int:
    """Where the article's region begins: after the last link-dense line or list in the few lines
    before its prose (menus, related links), or at the start of a short head."""
    window_start = max(0, prose_start - HEAD_WINDOW)
    start = window_start
    for index in range(window_start, prose_start):
        candidate = candidates[index]
        if candidate.link_density > MAX_PROSE_LINK_SHARE or candidate.kind == "list":
            start = index + 1
    return start


def _first_prose(candidates: list[Candidate], start: int) -> int:
    """The first sentence-shaped line from `start` on that another follows at once (a headline opening
    the prose run is not one, nor a lone caption before the text, nor a boilerplate line: a copyright
    notice or a consent request reads as sentences too)."""
    prose = [
        i
        for i in range(start, len(candidates))
        if is_prose(candidates[i].text)
        and not _reads_as_title(candidates[i])
        and line_kind(candidates[i].text) is None
    ]
    for index in prose:
        followed = index + 1 < len(candidates) and is_prose(candidates[index + 1].text)
        if followed or count_words(candidates[index].text) >= BODY_START_WORDS:
            return index
    return prose[0] if prose else start


def _reads_as_title(candidate: Candidate) -> bool:
    """One sentence that ends as a question or an exclamation, shaped like a headline ("Wie pflege ich
    meine Zaubernuss im Winter?"), or two short ones that both do ("Diese Ymers! Zwei Überraschungen an
    einem Tag!"): where the text begins, a title rather than its first paragraph."""
    if not headline_shaped(candidate):
        return False
    ends = SENTENCE_ENDS.findall(candidate.text)
    return len(ends) == 1 or (
        len(ends) == 2
        and len(candidate.text.split()) <= MAX_EXCLAIMED_TITLE_WORDS
        and all(end[0] in "!?！？" for end in ends)
    )


#: Two exclamations or questions in one line of this many words at most read as a title.
MAX_EXCLAIMED_TITLE_WORDS = 12


def _mark_repeated_captions(candidates: list[Candidate], start: int, end: int) -> None:
    """A line printed twice in a row before the text (an image's alt text, then its caption) is a caption."""
    for index in range(start, min(end, len(candidates) - 1)):
        text = candidates[index].text
        repeated = text and text == candidates[index + 1].text
        if repeated and is_prose(text) and not _reads_as_title(candidates[index]):  # not a headline twice
            candidates[index].caption_hint = candidates[index + 1].caption_hint = True


def _body_start(candidates: list[Candidate], headline_index: int | None) -> int:
    """The first line of the article's text: prose that is not a head line (dateline, byline, read
    time, picture description), long, or followed by more prose."""
    start = 0 if headline_index is None else headline_index + 1
    for index in range(start, len(candidates)):
        text = candidates[index].text
        if candidates[index].kind == "image" or is_role_line(text) or looks_like_description(text):
            continue
        if CAPTION_PREFIX.match(text) or candidates[index].caption_hint:
            continue
        following = candidates[index + 1].text if index + 1 < len(candidates) else ""
        if _is_prose(text) and count_words(text) >= BODY_START_WORDS:
            return index
        if _is_prose(following) and (_is_prose(text) or _plain_words(text) >= MIN_SENTENCE_WORDS):
            return index  # a lead or a paragraph the prose goes on from, even one that ends unpunctuated
        if candidates[index].kind in ("list", "quote"):
            return index
    return start


_PLAIN_WORD = re.compile(r"[*_]*[(„“\"'«»‘]*[^\W\d_][^\W_]*(?:['’-][^\W_]+)*[.,;:!?…)“”\"'»«’]*[*_]*")


def _plain_words(text: str) -> int:
    """Words written as words (not a URL, markup, a number or a code), each CJK character one."""
    if is_unspaced(text):
        return count_words(text)
    return sum(1 for token in text.split() if _PLAIN_WORD.fullmatch(token))


def _mark_headings(candidates: list[Candidate], body_start: int, body_end: int) -> None:
    """A headline-shaped line inside the text that the text goes on from (prose, a list or a quote
    follows) is a section heading - unless the page prints it again elsewhere: a heading is said once,
    a label ("Advertisement", "Article content", "Read more") is repeated."""
    shown = Counter(_label_key(c.text) for c in candidates if c.kind != "image")
    for index in range(body_start + 1, min(body_end, len(candidates) - 1)):
        candidate = candidates[index]
        text = candidate.text
        if candidate.kind != "paragraph" or text.endswith(_SENTENCE_END) or not headline_shaped(candidate):
            continue
        if not _starts_like_a_title(text) or shown[_label_key(text)] > 1:
            continue
        before, after = candidates[index - 1], candidates[index + 1]
        if before.kind == "paragraph" and not _is_prose(before.text) and not is_role_line(before.text):
            continue  # one of several short lines in a row: labels or a list, not a heading
        if after.kind in ("list", "quote") or (after.kind == "paragraph" and _goes_on(after.text)):
            candidate.kind = "heading"


def _goes_on(text: str) -> bool:
    """The text going on: sentences, or a sentence that introduces what follows ("... three priorities:")."""
    if text.endswith(":"):
        return _plain_words(text) >= MIN_SENTENCE_WORDS and not is_role_line(text)
    return _is_prose(text)


def _label_key(text: str) -> str:
    """A line as a label is recognised again: case and numbers aside ("Advertisement 2", "Anzeige 3")."""
    return re.sub(r"\d+", "0", text.casefold())


def _starts_like_a_title(text: str) -> bool:
    """Its first letter is a capital, or its script has no case (Chinese, Japanese, Korean, ...)."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and (first.isupper() or not first.islower())


def _mark_stray_lines(candidates: list[Candidate], body_start: int, body_end: int) -> None:
    """Inside the text, a line that holds no sentence (no longer than a title) and is no heading is the
    article's when the article's structure holds it: a row of a table, the rest of a sentence broken over
    lines, an entry of a list the text introduces ("You will need:", "Importiert werden hauptsächlich:").
    Otherwise it stands there as the page's: a label, a button, a credit, a teaser's title, an entry of a
    menu nothing in the article introduces ("Advertisement 2", "Article content", "Most read"). Text has
    no markup to say so; where the line stands does, not how short it is."""
    introduced = False
    marked: list[Candidate] = []
    for index in range(body_start, min(body_end, len(candidates) - 1) + 1):
        candidate = candidates[index]
        text = candidate.text
        if candidate.kind in ("heading", "list", "quote", "table"):
            introduced = False
            continue
        if candidate.kind != "paragraph" or candidate.hint is not None or candidate.caption_hint:
            continue
        if text.endswith(":"):
            introduced = True  # "Zutaten:", "Importiert werden hauptsächlich:"
            continue
        if text.endswith(_SENTENCE_END) or sentence_count(text) or count_words(text) > MAX_HEADLINE_WORDS:
            introduced = introduced and not _is_prose(text)  # the text goes on: the entries are over
            continue
        if introduced or _table_row(candidates, index) or _continues_sentence(candidates, index):
            continue
        candidate.hint = "other"
        marked.append(candidate)
    body = candidates[body_start : body_end + 1]
    if marked and all(
        c.hint is not None or c.kind not in ("paragraph", "list", "table", "quote") for c in body
    ):
        for candidate in marked:  # nothing would be left: the text is made of such lines, keep them
            candidate.hint = None


def _table_row(candidates: list[Candidate], index: int) -> bool:
    """A row of a Markdown table: cells between bars, beside another row or the header's rule."""
    text = candidates[index].text
    if "|" not in text or not re.search(r"[^\W_]", text):
        return False  # no bars, or nothing but bars and dashes: the rule under a header, markup
    neighbours = candidates[max(0, index - 1) : index] + candidates[index + 1 : index + 2]
    return any("|" in c.text and c.kind == "paragraph" for c in neighbours)


def _continues_sentence(candidates: list[Candidate], index: int) -> bool:
    """The rest of a sentence that a line break cut: it starts in lower case after a line that ends no
    sentence."""
    text = candidates[index].text
    if index == 0 or not text[:1].islower():
        return False
    before = candidates[index - 1]
    return before.kind == "paragraph" and bool(before.text) and not before.text.endswith(_SENTENCE_END)


def _is_prose(text: str) -> bool:
    """Sentences of the text, not a picture's description."""
    return is_prose(text) and not looks_like_description(text)


def _zone(index: int, headline_index: int | None, region_start: int, body_start: int, body_end: int) -> Zone:
    first = headline_index if headline_index is not None else region_start
    if index < first:
        return "outside"
    if index < body_start or index == headline_index:
        return "head"
    return "main" if index <= body_end else "tail"


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
