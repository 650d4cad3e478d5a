"""Whole-page text (a browser's select-all, `lynx -dump`, an HTML-to-Markdown conversion): links and
reference numbers taken out of the lines, hard-wrapped lines rejoined, and the article located among
the menus, link lists and footers around it by where the prose is.
"""

from __future__ import annotations

import re

from .._blocks import Candidate
from .._fields._boilerplate import line_kind
from .._fields._dates import dates_in_line
from .._fields._headline import MAX_KICKER_WORDS
from .._fields._prose import ENDS_SENTENCE, MIN_SENTENCE_WORDS
from .._fields._read_time import count_words
from .._fields._roles import is_role_line

#: Markdown links and images, autolinks, and text browsers' link reference numbers.
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")  # the URL may hold wrapped lines
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_REFERENCE = re.compile(r"\[\d{1,4}\]")
_BARE_URL = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
#: A wrapped line ends near the wrap column; hard-wrapped text keeps its lines this long.
WRAPPED_MIN, WRAPPED_MAX = 55, 100
#: A Markdown link or image is followed over at most this many lines (a stray "[" must not swallow the text).
MAX_LINK_LINES = 8
#: A candidate whose text is mostly link text is navigation, never article text.
MAX_PROSE_LINK_SHARE = 0.5
#: The most prose (in words) a run of text carries across lines that are not prose.
MAX_CARRIED = 40.0
#: What a short line (a menu entry, a label, a heading) costs the run of prose around it.
SHORT_LINE_COST = 3.0
#: A copyright sign with its year: a rights notice however long it runs (an article's prose never says it).
_COPYRIGHT_YEAR = re.compile(r"©\s*(?:\d{4}|\w+\s+\d{4})|\d{4}\s*©")
#: Cookie banners and consent dialogs are long and read like prose: their words give them away.
_CONSENT = re.compile(r"\bcookies?\b|\bconsent\b|\bdatenschutz|\bprivacy (policy|settings|preferences)", re.I)


def strip_links(line: str) -> tuple[str, int]:
    """(the line with Markdown links reduced to their text and references removed, link characters)."""
    link_chars = 0

    def keep_text(match: re.Match[str]) -> str:
        nonlocal link_chars
        if match.group(0).startswith("!"):
            return ""  # an inline image: not text
        link_chars += len(match.group(1))
        return match.group(1)

    text = _MARKDOWN_IMAGE.sub("", line) if "![" in line else line  # images first: links may wrap them
    text = _MARKDOWN_LINK.sub(keep_text, text) if "](" in text else text
    text = _AUTOLINK.sub("", text) if "<" in text else text
    text = _REFERENCE.sub("", text) if "[" in text else text
    if _BARE_URL.match(text):
        link_chars = len(text)
    return text, link_chars


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines of one hard-wrapped paragraph (each ending near the same column) joined into one; lines of
    different lengths, list items and Markdown headings stay as they are."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        last_line = previous.rsplit("\n", 1)[-1]
        if line and previous and _open_link(previous) and _lines_since_link(previous) < MAX_LINK_LINES:
            joined[-1] = previous + "\n" + line  # a Markdown link or image whose text or URL goes on
            continue
        if (
            line
            and previous
            and WRAPPED_MIN <= len(last_line) <= WRAPPED_MAX
            and not line.lstrip().startswith(("#", "*", "-", ">", "|", "!["))
            and not re.match(r"^\s*\d{1,3}[.)]\s", line)
            and not is_role_line(line.strip())  # a byline, a dateline or a footer line after a long line
        ):
            joined[-1] = previous + "\n" + line  # kept apart by "\n" until the paragraph is complete
            continue
        joined.append(line)
    return joined  # a paragraph's lines stay "\n"-joined: a link wrapped across them is still whole


def _lines_since_link(text: str) -> int:
    """How many lines the last Markdown link of `text` runs over (a wrapped paragraph may hold many
    lines before it)."""
    return text[text.rfind("[") :].count("\n")


def _open_link(text: str) -> bool:
    """Whether Markdown link or image syntax is left open at the end of `text` ("[text" or "](url")."""
    if "[" not in text:
        return False
    return text.count("[") > text.count("]") or text.rfind("](") > text.rfind(")")


def locate_article(candidates: list[Candidate]) -> tuple[int, int] | None:
    """(first, last) candidate of the article's text: the run of candidates where prose outweighs what
    is not prose (link lists, one-word lines, boilerplate) the most. None when there is no prose."""
    best_sum, best = 0.0, None
    running = carried = 0.0
    start = 0
    for index, candidate in enumerate(candidates):
        score = _score(candidate)
        if carried <= 0:
            running = carried = score
            start = index
        else:
            running += score
            # however long the text so far, only so much of it carries the run across what is not prose:
            # a long article must not swallow the related links and the comments after it
            carried = min(carried + score, MAX_CARRIED)
        if running > best_sum:
            best_sum, best = running, (start, index)
    return best


def _score(candidate: Candidate) -> float:
    text = candidate.text
    if candidate.kind == "image":
        return 0.0
    words = count_words(text) or 1
    if candidate.link_density > MAX_PROSE_LINK_SHARE:
        return -2.0 - words / 2
    if line_kind(text) is not None or _CONSENT.search(text) or _COPYRIGHT_YEAR.search(text):
        return -3.0
    if is_prose(text):
        return float(words)
    if candidate.kind == "heading" or words <= 12:
        return -SHORT_LINE_COST
    return -1.0  # a longer line that ends no sentence: a teaser title, a caption, a label


#: Where a sentence ends: terminal punctuation before a space or the end (in Chinese and Japanese, anywhere).
SENTENCE_ENDS = re.compile(r"[.!?…][\"'”’»“)\]]*(?=\s|$)|[。！？]")


def sentence_count(text: str) -> int:
    return len(SENTENCE_ENDS.findall(text))


#: A bracketed tag after the last sentence: the author's or the agency's initials ("... verstorben. (nz)").
#: (Words separated by one space each: a pattern that could split a word into parts would try every
#: split at every "(" of a long line, which takes minutes on a page of minified script.)
_TRAILING_TAG = re.compile(r"\s*\((?:[^\s()]+\s){0,2}[^\s()]+\s?\)$")


def is_prose(text: str) -> bool:
    """A line that reads as sentences: it ends like a sentence (closing quotes and brackets allowed), holds
    a sentence's worth of words (what the HTML side asks of prose too: "Yes." or "Photo: AP." is a label),
    and is not a head line (dateline, byline) or a footer line."""
    return (
        bool(ENDS_SENTENCE.search(_TRAILING_TAG.sub("", text.rstrip("*_"))))  # "... in May.**": emphasis
        and count_words(text) >= MIN_SENTENCE_WORDS  # each CJK character counts as a word
        and not is_role_line(text)
        and not dates_in_line(text)  # "25/04/2026 Actualizado a las 15:10h.": a dateline, however it ends
    )


#: A kicker line in text is a label of at most this many words ("Transport", "Ausschuss zur Ahrtal-Flut").
MAX_TEXT_KICKER_WORDS = 4
#: Characters of a breadcrumb or a menu ("News | Island", "Home > Sport"), which a kicker has none of.
_TRAIL = re.compile(r"[|/>›»·•]")


def kicker_line(candidates: list[Candidate], headline_index: int | None) -> str | None:
    """The line right above the headline (no blank line between) when it is a short label: the
    kicker a copied page keeps over its headline. None for a sentence, a date, a byline, a link or a
    breadcrumb."""
    if not headline_index:
        return None
    line, headline = candidates[headline_index - 1], candidates[headline_index]
    adjacent = _line_numbers(line)[1] + 1 == _line_numbers(headline)[0]
    text = line.text
    if not adjacent or line.kind != "paragraph" or line.link_density > 0 or not text[:1].isalpha():
        return None
    if len(text.split()) > MAX_TEXT_KICKER_WORDS or text.endswith(":") or ENDS_SENTENCE.search(text):
        return None
    if _TRAIL.search(text):
        return None
    return None if dates_in_line(text) or is_role_line(text) else text


#: "Kicker : Headline": a colon with a space before it where a rendering ran two elements the page set
#: apart (the kicker's and the headline's) into one line.
_SPACED_COLON_KICKER = re.compile(r"^(?P<kicker>[^:]{2,80}?) : (?P<rest>\S.*)$")
#: A word glued to an opening quotation mark that opens a capitalised headline: no one writes prose so.
_GLUED_QUOTE_KICKER = re.compile(r'^(?P<kicker>[^"„“”:]{2,80}?[^\W\d_])(?P<rest>["„“][A-ZÄÖÜÀ-Þ].*)$')
#: A headline left after its kicker has at least this many words.
MIN_HEADLINE_AFTER_KICKER_WORDS = 3


def kicker_inside(headline: str) -> str | None:
    """The kicker set before the headline in its own line with a spaced colon ("Eskalation im
    Nordatlantik : „Wenn die Ozeane …“"), or glued to the quotation the headline opens with (a rendering
    ran the kicker's element into the headline's: "Schnellere Integration"Job-Turbo" hilft ..."), or None."""
    match = _SPACED_COLON_KICKER.match(headline) or _GLUED_QUOTE_KICKER.match(headline)
    if match is None or len(match["kicker"].split()) > MAX_KICKER_WORDS:
        return None
    return match["kicker"] if len(match["rest"].split()) >= MIN_HEADLINE_AFTER_KICKER_WORDS else None


def _line_numbers(candidate: Candidate) -> tuple[int, int]:
    """The first and last line numbers of a text candidate ("lines 3-5")."""
    first, _, last = candidate.where.removeprefix("lines ").partition("-")
    return int(first), int(last or first)
