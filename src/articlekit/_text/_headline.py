"""The headline line of a text: in a text that opens with its article, its first line; in a whole page
copied as text, the headline-shaped line above the prose whose words the prose repeats most."""

from __future__ import annotations

import re

from .._blocks import Candidate
from .._fields._dates import dates_in_line
from .._fields._headline import part_of_title
from .._fields._images import split_credit
from .._fields._patterns import LONG_WORD
from .._fields._roles import is_metadata_line, is_role_line
from .._fields._titles import agree, title_ends
from ._page import MAX_PROSE_LINK_SHARE

#: A headline, or a heading inside the text, is at most this long.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 4
#: In a whole page, the headline is looked for this many lines above the prose, and must share this
#: share of its words with the first paragraphs.
HEADLINE_WINDOW = 40
MIN_HEADLINE_OVERLAP = 0.2
HEADING_BONUS = 0.5
#: The page's one top-level heading is its headline when it stands at most this many blocks into
#: what reads as the article's text (notices and consent lines before it read as prose too).
TOP_HEADING_REACH = 8
#: A headline is followed within this many lines by its dateline or byline, which adds this to its score.
DATELINE_REACH = 2
#: ... not counting this many pictures' captions between them (the lead picture set below the headline).
CAPTIONS_BETWEEN = 1
DATELINE_BONUS = 0.25
#: A line chosen of this many words at least may be the dek under a shorter headline right above it.
DEK_WORDS = 10


def find_headline(candidates: list[Candidate], region_start: int, prose_start: int) -> int | None:
    """The headline: in a text that starts with its article, its first line when headline-shaped; in a
    whole page, among the headline-shaped lines above the prose, the one whose words the first
    paragraphs repeat the most (a headline is about what the text says; menus and labels are not)."""
    if region_start == 0:
        first = next((i for i, c in enumerate(candidates) if c.kind != "image"), None)
        if first is not None and _opens_the_text(candidates[first], prose_start - first):
            return _title_shown_again(candidates, first, prose_start) or first
    marked = _the_top_heading(candidates, prose_start + TOP_HEADING_REACH)
    if marked is not None:
        return marked
    part = _title_part_shown(candidates, prose_start)
    if part is not None:
        return part
    opening = _content_words(" ".join(_opening(candidates, prose_start)))
    scores = {
        index: score
        for index in range(max(0, prose_start - HEADLINE_WINDOW), prose_start)
        if (score := _headline_score(candidates, index, opening, prose_start)) is not None
    }
    best = max(scores, key=lambda i: (scores[i], i), default=None)  # ties go to the line nearer the text
    if best is None or scores[best] < MIN_HEADLINE_OVERLAP:
        return _short_head_above(candidates, opening, prose_start)
    before = scores.get(best - 1)
    if (
        before is not None
        and len(candidates[best].text.split()) >= DEK_WORDS
        and before >= MIN_HEADLINE_OVERLAP
        and len(candidates[best - 1].text) < len(candidates[best].text)
        and len(_content_words(candidates[best - 1].text)) >= MIN_HEADLINE_WORDS
        and not candidates[best - 1].text.endswith(("–", "-", "—", ":"))
    ):
        return best - 1  # a shorter title right above: the headline, and the line chosen its dek
    return best


def _short_head_above(candidates: list[Candidate], opening: set[str], prose_start: int) -> int | None:
    """Where no line shares enough of its words with the text to read as the headline: the headline-shaped
    line right above the text (its byline and dateline aside), of two words or more, when it names one
    thing the text is about ("Performant Python" over a text on Python's speed). (Restricted to lines of
    two or three words, it lost a fundus-dev check page under inscriptis.)"""
    for index in range(prose_start - 1, max(-1, prose_start - 1 - DATELINE_REACH - 1), -1):
        candidate = candidates[index]
        if _dateline_shaped(candidate.text):
            continue
        words = _content_words(candidate.text)
        shaped = candidate.kind in ("paragraph", "heading") and headline_shaped(candidate)
        return index if shaped and len(words) >= SHORT_HEADLINE_WORDS and words & opening else None
    return None


#: The line right above the text has this many words (of three letters or more) at least.
SHORT_HEADLINE_WORDS = 2


#: The text's opening: its first paragraphs this many, looked for this many lines from where it starts.
OPENING_PARAGRAPHS = 3
OPENING_REACH = 8


def _opening(candidates: list[Candidate], prose_start: int) -> list[str]:
    """The first paragraphs of the text, its byline and dateline lines passed over (they say who and
    when, not what the headline is about)."""
    lines = candidates[prose_start : prose_start + OPENING_REACH]
    texts = [c.text for c in lines if c.kind != "image" and not _dateline_shaped(c.text)]
    return texts[:OPENING_PARAGRAPHS]


def _the_top_heading(candidates: list[Candidate], prose_start: int) -> int | None:
    """The page's one top-level heading (Markdown "# "), above the text or among its first lines
    (a notice or a consent line can read as prose above it): the page says it is the title."""
    top = [i for i, c in enumerate(candidates) if c.heading_level == 1]
    if len(top) == 1 and top[0] < prose_start and headline_shaped(candidates[top[0]]):
        return top[0]
    return None


def _title_shown_again(candidates: list[Candidate], first: int, prose_start: int) -> int | None:
    """The line nearest the prose that says the first line again (without its site name), or a part of
    it long enough for a headline ("Wir sind NEOS" under "Wir sind NEOS - NEOS"): a whole page copied
    with its <title> first, whose article shows the headline further down."""
    title = candidates[first].text
    for index in range(prose_start - 1, max(first, prose_start - HEADLINE_WINDOW), -1):
        candidate = candidates[index]
        if headline_shaped(candidate) and (
            agree(candidate.text, title)
            or (_long_enough(candidate.text) and part_of_title(title, candidate.text))
        ):
            return index
    return None


#: A title's part shown as a line is the headline when at most this many lines (or only its byline and
#: dateline) stand between it and the text: a kicker or a menu entry saying the same part stands further up.
TITLE_PART_REACH = 1


def _title_part_shown(candidates: list[Candidate], prose_start: int) -> int | None:
    """The line nearest above the text that says a part of the copied page's first line, its <title>
    ("Hope! - bewusster leben", then "Hope!" over the text): the page shows the title's headline part
    as its heading, however short."""
    first = candidates[0].text if candidates else ""
    if not title_ends(first) or len(first.split()) > MAX_HEADLINE_WORDS:
        return None  # no title of separated parts
    only_datelines = True  # (every line between the one looked at and the text is a byline or dateline)
    for index in range(prose_start - 1, max(0, prose_start - HEADLINE_WINDOW), -1):
        candidate = candidates[index]
        right_above = prose_start - 1 - index <= TITLE_PART_REACH or only_datelines
        if (
            right_above
            and candidate.kind in ("paragraph", "heading")
            and part_of_title(first, candidate.text)
        ):
            return index
        only_datelines = only_datelines and _dateline_shaped(candidate.text)
        if not only_datelines and prose_start - index > TITLE_PART_REACH:
            return None  # any line further up has more than a byline or dateline between it and the text
    return None


def _headline_score(
    candidates: list[Candidate], index: int, opening: set[str], prose_start: int
) -> float | None:
    """How much a line reads as this text's headline, or None when it cannot be one."""
    candidate = candidates[index]
    if _is_caption(candidate) or not headline_shaped(candidate) or not _long_enough(candidate.text):
        return None  # a picture or its caption ("... Foto: dpa"), or too short for a headline
    words = _content_words(candidate.text)
    score = len(words & opening) / len(words)
    if candidate.kind == "heading":
        score += HEADING_BONUS  # marked as a heading (Markdown "#"): the page said so
    if index > 0 and agree(candidate.text, candidates[0].text):
        score += HEADING_BONUS  # the page's first line (its <title>, in a copy) says it again
    below = [
        c for c in candidates[index + 1 : index + 1 + DATELINE_REACH + CAPTIONS_BETWEEN] if not _is_caption(c)
    ]
    followed = any(_dateline_shaped(c.text) for c in below[:DATELINE_REACH])
    if followed and (score >= MIN_HEADLINE_OVERLAP or _heads_the_text(candidates, index, prose_start)):
        score += DATELINE_BONUS  # headline, (dek,) byline and date: the head of an article
    return score


def _is_caption(candidate: Candidate) -> bool:
    """A picture's caption with its credit ("... Foto: X (Outlet)"), or a picture: what the page sets
    between a headline and its byline without parting them."""
    return candidate.kind == "image" or candidate.caption_hint or split_credit(candidate.text)[1] is not None


def _heads_the_text(candidates: list[Candidate], index: int, prose_start: int) -> bool:
    """Only a byline or dateline (at most DATELINE_REACH lines) stands between the line and the text:
    the line heads it, whatever words it shares with the first paragraphs ("Was wurde eigentlich aus
    Six Sigma?", then "Dezember 10, 2019 · von ...", then the text)."""
    between = candidates[index + 1 : prose_start]
    return 0 < len(between) <= DATELINE_REACH and all(_dateline_shaped(c.text) for c in between)


def _dateline_shaped(text: str) -> bool:
    return is_metadata_line(text) or bool(dates_in_line(text))


#: A one- or two-word first line is the headline only when the text follows within this many lines
#: ("Москва", then the text); "Latest" above a list of teasers is not.
SHORT_HEAD_LINES = 3


def _opens_the_text(candidate: Candidate, lines_to_prose: int) -> bool:
    """Whether the first line can be the headline of a text that starts with its article."""
    text_follows = lines_to_prose <= SHORT_HEAD_LINES
    return headline_shaped(candidate) and (_long_enough(candidate.text) or text_follows)


def _long_enough(text: str) -> bool:
    """Enough words for a headline anywhere."""
    return len(_content_words(text)) >= MIN_HEADLINE_WORDS - 1


def _content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more (CJK: each character), for overlap."""
    words = set(LONG_WORD.findall(text.lower()))
    return words | set(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text))


#: A line opening on a domain written in lower case ("hessenschau.de Kultur Buchmesse", "tennisnet.com ›
#: ATP"): the breadcrumb's first link, the site's home (a headline opening on a company's domain
#: capitalises it: "Booking.com fined ...").
_BREADCRUMB = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s")


def headline_shaped(candidate: Candidate) -> bool:
    text = candidate.text
    words = len(text.split())
    return (
        0 < words <= MAX_HEADLINE_WORDS
        and not (candidate.kind == "list" and "\n" in text)  # items of a menu or a tag list, one per line
        and not _BREADCRUMB.match(text)
        and not is_role_line(text)
        and not text.endswith((":", ";"))
        and (not text.endswith(".") or candidate.kind == "heading")  # a heading may end "... Tues."
        and candidate.link_density <= MAX_PROSE_LINK_SHARE
        and not dates_in_line(text)  # "Saturday, Apr 27th 2024 4PM 19°C": a date with words is no headline
    )


#: A first line this long at least may be a copied page's <title> without any separated site name.
MIN_TITLE_WORDS = 4


def opens_with_title(candidates: list[Candidate]) -> bool:
    """Whether the text's first line has a headline's shape and length (a copied page's <title>)."""
    first = candidates[0] if candidates else None
    return first is not None and headline_shaped(first) and len(first.text.split()) >= MIN_TITLE_WORDS
