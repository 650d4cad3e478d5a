"""Roles: each candidate block read as metadata, a caption, boilerplate or the article's text (the head is
chosen first, `_head.py`; the record is built after, `_record.py`), with provenance for every field.

Both front doors end here, so what a dateline, a read-time line, a publication line, an image
description or a footer looks like is decided in one place (the `_fields` modules).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Literal

import attrs

from ._blocks import Candidate, Parts
from ._captions import add_caption, credit_from_copy, reads_as_captions, repeats_caption
from ._fields._boilerplate import line_kind, networks_named
from ._fields._images import looks_like_description
from ._fields._patterns import (
    GALLERY_COUNTER,
)
from ._fields._prose import (
    MAX_PROSE_LINK_DENSITY,
    MIN_UNPUNCTUATED_PROSE_WORDS,
    is_label,
    reads_as_content_list,
    reads_as_prose,
    words_reach,
)
from ._fields._publication import publication_line
from ._fields._roles import read_metadata_line
from ._fields._titles import fold
from ._found import Found
from ._head import Head, choose_head
from ._metadata_lines import (
    AUTHOR_LINE_ABOVE,
    split_read_time,
    take_author_line_above,
    take_author_links,
    take_metadata,
    take_relative_date,
)
from ._model import (
    Article,
    Block,
    BoilerplateKind,
    Image,
)
from ._record import build_article

#: In the article's text, a short block mostly made of links is navigation or a link list, not prose.
MAX_LINK_DENSITY = 0.5
SHORT_BLOCK_WORDS = 40
#: A line of share or follow buttons ("Facebook X WhatsApp") is this short at most.
MAX_NETWORKS_LINE_CHARS = 60
#: In text, a comments line starts the comment section once this many paragraphs of the text are read.
MIN_PARAGRAPHS_BEFORE_COMMENTS = 5


def assemble(
    parts: Parts,
    *,
    input_kind: Literal["html", "text"],
    url: str | None,
    rule: str = "generic",
    warnings: tuple[str, ...] = (),
    reference_time: dt.datetime | None = None,
) -> Article:
    """Decide each candidate's role and build the record. `reference_time` (when the page was fetched)
    resolves relative dates ("3 hours ago") and bounds the plausible ones."""
    head = choose_head(parts, input_kind, url)
    found = _routed(parts, parts.candidates, head, input_kind, reference_time)
    if _names_hid_the_article(found, parts.candidates):
        # names are evidence, text is more: the page's prose sits in containers named as furniture
        unnamed = [attrs.evolve(c, hint=None) if c.zone == "main" else c for c in parts.candidates]
        found = _routed(parts, unnamed, head, input_kind, reference_time)
        warnings = (*warnings, NAMES_HID_THE_ARTICLE)
    return build_article(parts, found, head, input_kind, url, rule, warnings)


#: A body shorter than this (in words) while the main content's prose in furniture-named containers
#: holds at least MIN_HIDDEN_PROSE_WORDS: those containers are the article.
MAX_EMPTY_BODY_WORDS = 50
MIN_HIDDEN_PROSE_WORDS = 150
NAMES_HID_THE_ARTICLE = (
    "the article's text sits in containers named as page furniture (related, teaser, ...): read as the "
    "article, since the page shows no other"
)


def _names_hid_the_article(found: Found, candidates: list[Candidate]) -> bool:
    if words_reach((block.text for block in found.body), MAX_EMPTY_BODY_WORDS):
        return False
    hidden = sum(
        len(c.text.split())
        for c in candidates
        if c.zone == "main" and c.hint is not None and reads_as_prose(c.text, c.link_density)
    )
    return hidden >= MIN_HIDDEN_PROSE_WORDS


def _routed(
    parts: Parts,
    candidates: list[Candidate],
    head: Head,
    input_kind: Literal["html", "text"],
    reference_time: dt.datetime | None,
) -> Found:
    """Every candidate given its role, in document order."""
    headline = head.headline
    found = Found(
        absorb_after_comments=input_kind == "text",
        datelines_located=parts.datelines_located,
        reference_time=reference_time,
        description=fold(parts.metadata.description[0]) if parts.metadata.description else "",
        repeated_lines=_repeated_lines(candidates),
    )
    found.evidence.extend(parts.metadata.dates)
    joined: set[int] = set()  # candidates read as the second part of a split read time
    for index, candidate in enumerate(candidates):
        if index in joined:
            continue
        if index == parts.headline_index and head.shown:
            found.evidence.extend(candidate.dates)  # a date set in the headline ("<h1><time>...")
            continue
        if head.kicker is not None and index < (parts.headline_index or 0) and candidate.text == head.kicker:
            continue  # the kicker's own line above the headline
        if (
            headline
            and candidate.kind in ("heading", "paragraph")
            and not found.body
            and fold(candidate.text) == fold(headline)
        ):
            continue  # the headline again, before the article's text
        if parts.headline_index is not None and 0 < parts.headline_index - index <= AUTHOR_LINE_ABOVE:
            take_author_line_above(candidate, found)
        split = split_read_time(candidate, candidates[index + 1 : index + 2])
        if split is not None:
            candidate = split
            joined.add(index + 1)
        _route(candidate, found)
    return found


def _route(candidate: Candidate, found: Found) -> None:
    """Give one candidate its role: image, head metadata, publication line, boilerplate or body."""
    found.evidence.extend(candidate.dates)
    if candidate.kind == "image":
        if candidate.image is not None:
            found.images.append(candidate.image)
            if candidate.image.caption:
                found.captions.append(candidate.image.caption)
        return
    text = candidate.text
    take_author_links(candidate, found)
    if candidate.zone in ("head", "main") and take_relative_date(candidate, found):
        return
    if candidate.zone != "outside" and take_metadata(candidate, found):
        return
    if candidate.zone != "outside" and found.publication is None:
        line = publication_line(text)
        if line is not None:
            found.publication = line
            found.how["publication"] = f"publication line ({candidate.where})"
            return
    after_counter, found.after_counter = found.after_counter, False
    if candidate.zone != "outside" and GALLERY_COUNTER.match(text):
        found.after_counter = True
        found.add_boilerplate("other", text)
        return
    if candidate.zone != "outside" and reads_as_captions(candidate, after_counter):
        for caption in text.split("\n") if candidate.kind == "list" else [text]:
            add_caption(found, caption, candidate.where)
            found.captions.append(caption)
        return
    kind = _boilerplate_kind(candidate, found)
    if (
        kind in (None, "navigation", "other")
        and line_kind(text) is None
        and candidate.kind in ("list", "paragraph")
        and candidate.link_density > MAX_LINK_DENSITY
        and found.after_related_heading
    ):
        kind = "related"  # the links a "Most read" or "Recent Posts" heading introduces
    found.after_related_heading = candidate.kind == "heading" and line_kind(text) == "related"
    if kind is not None:
        if candidate.zone == "main" and kind != "ad" and _introduces(found):
            # a heading followed by boilerplate introduces it ("More on this", a teaser list's title)
            found.add_boilerplate("related", found.body.pop().text)
        found.add_boilerplate(kind, text)
        return
    if candidate.zone == "head":
        _route_head(candidate, found)
    elif candidate.zone == "main":
        _route_main(candidate, found)
    else:
        found.add_boilerplate("other", text)


#: A line this short (in words), not a sentence, shown twice or more on the page is its furniture.
MAX_REPEATED_LINE_WORDS = 8


def _repeated_lines(candidates: list[Candidate]) -> frozenset[str]:
    most = MAX_REPEATED_LINE_WORDS  # (a paragraph's words past the most a short line has are not split apart)
    counts = Counter(
        c.text for c in candidates if c.kind == "paragraph" and len(c.text.split(None, most)) <= most
    )
    return frozenset(text for text, count in counts.items() if count > 1)


def _introduces(found: Found) -> bool:
    """Whether the body ends with a heading that can introduce what follows: not a dek set as a
    heading, sentences long."""
    last = found.body[-1] if found.body else None
    return last is not None and last.kind == "heading" and not reads_as_prose(last.text, 0.0)


def _boilerplate_kind(candidate: Candidate, found: Found) -> BoilerplateKind | None:
    kind = line_kind(candidate.text)
    if kind == "comments":
        # after the text (or well into it), not among the share buttons in its head
        found.in_comments = found.absorb_after_comments and (
            candidate.zone == "tail"
            or sum(block.kind == "paragraph" for block in found.body) >= MIN_PARAGRAPHS_BEFORE_COMMENTS
        )
    if kind is not None:
        return kind
    if found.in_comments:
        return "comments"
    if _only_networks(candidate.text):  # the buttons of a share or follow line ("Facebook", "X")
        last = found.boilerplate[-1].kind if found.boilerplate else None
        return last if last in ("social", "share") else "share"
    if candidate.hint is not None and candidate.zone != "head":
        return candidate.hint
    if (
        candidate.link_density > MAX_LINK_DENSITY
        and candidate.zone != "head"
        and not words_reach((candidate.text,), SHORT_BLOCK_WORDS)  # (split only where the links are many)
    ):
        return "related" if candidate.zone == "main" and candidate.kind != "list" else "navigation"
    if (
        candidate.kind == "paragraph"
        and candidate.link_density > MAX_PROSE_LINK_DENSITY
        and candidate.zone != "head"
        and is_label(candidate.text)
    ):
        return "related"  # a partly linked label inside the text ("Mehr Info", "Report.pdf | 38 KB")
    return None


def _only_networks(text: str) -> bool:
    if len(text) > MAX_NETWORKS_LINE_CHARS:
        return False
    names = networks_named(text)
    return bool(names) and len(text.split()) == sum(len(name.split()) for name in names)


def _route_head(candidate: Candidate, found: Found) -> None:
    text = candidate.text
    dek = candidate.dek_hint or (found.description != "" and fold(text) == found.description)
    if dek and found.subheadline is None and not found.body:
        found.subheadline = text
        found.how["subheadline"] = f"dek after the headline ({candidate.where})"
        _route_main(candidate, found)  # the article's first words, as the page shows them
    elif looks_like_description(text):
        found.images.append(Image(description=text))
        found.how.setdefault("images", "a head line that describes a picture")
    elif _reads_as_article(candidate):
        _route_main(candidate, found)
    else:
        found.add_boilerplate(candidate.hint or "other", text)


def _reads_as_article(candidate: Candidate) -> bool:
    """Outside the article's container but beside it: a block is the article's when its shape says
    so (sentences with few links; a list or table of content), and no container names it furniture."""
    if candidate.hint is not None:
        return False
    if candidate.kind in ("paragraph", "quote"):
        return reads_as_prose(candidate.text, candidate.link_density)
    if candidate.kind == "heading":  # a lead set as a heading: a heading is no finished sentence,
        # nor a run of twenty words
        finished = candidate.text.rstrip().endswith(".")
        long_run = len(candidate.text.split()) >= MIN_UNPUNCTUATED_PROSE_WORDS
        return (finished or long_run) and reads_as_prose(candidate.text, candidate.link_density)
    if candidate.kind in ("list", "table"):
        return reads_as_content_list(candidate.text, candidate.link_density) and not any(
            line_kind(item) or read_metadata_line(item) for item in candidate.text.split("\n")
        )  # entries that are datelines, share buttons or calls to act make a toolbar, not content
    return False


def _route_main(candidate: Candidate, found: Found) -> None:
    kind = candidate.kind if candidate.kind != "image" else "paragraph"
    if repeats_caption(candidate.text, found.captions):
        credit_from_copy(found, candidate.text)
        found.add_boilerplate("other", candidate.text)  # a lightbox's or gallery's copy of a caption
        return
    if candidate.text in found.body_texts:
        found.add_boilerplate("other", candidate.text)  # a repeat (gallery captions, pull quotes)
        return
    if (
        candidate.kind == "paragraph"
        and candidate.text in found.repeated_lines
        and not reads_as_prose(candidate.text, candidate.link_density)
    ):
        found.add_boilerplate("other", candidate.text)  # a button or label the page shows again
        return
    found.body.append(Block(kind=kind, text=candidate.text))
    found.body_texts.add(candidate.text)
