"""Roles and assembly: candidate blocks + metadata -> Article, with provenance for every field.

Both front doors end here, so what a dateline, a read-time line, a publication line, an image
description or a footer looks like is decided in one place (the `_fields` modules).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal
from urllib.parse import urlsplit

import attrs

from ._blocks import Candidate, Parts
from ._choices import choose_credits, choose_language, choose_site_name, choose_tags, merge_images
from ._fields._access import choose_access
from ._fields._authors import bare_name
from ._fields._boilerplate import line_kind, networks_named
from ._fields._dates import choose_dates
from ._fields._headline import (
    SOURCE_NAMES,
    TEXT_SOURCE_NAMES,
    agree,
    choose_headline,
    fold,
    title_shaped,
    title_variants,
    without_kicker,
)
from ._fields._images import looks_like_description, split_credit, strip_caption_prefix
from ._fields._patterns import CAPTION_PREFIX, CREDIT_LINE, DIGIT, GALLERY_COUNTER, WIRE_CAPTION
from ._fields._prose import MAX_PROSE_LINK_DENSITY, is_label, reads_as_content_list, reads_as_prose
from ._fields._publication import publication_line
from ._fields._read_time import estimated_read_time, stated_read_time, word_counts
from ._fields._relative import MAX_RELATIVE_CHARS, relative_phrase, resolve, url_date
from ._fields._roles import read_metadata_line
from ._fields._site import site_from_copyright, site_from_follow_line
from ._model import (
    Article,
    Block,
    Body,
    Boilerplate,
    BoilerplateKind,
    DateEvidence,
    Dates,
    Image,
    Provenance,
    PublicationLine,
    ReadTime,
    Titles,
)

#: In the article's text, a short block mostly made of links is navigation or a link list, not prose.
MAX_LINK_DENSITY = 0.5
SHORT_BLOCK_WORDS = 40
#: A caption this long, seen again at the start of a block, makes that block a copy of it.
MIN_REPEATED_CAPTION_CHARS = 30
#: A block that is a number alone: the first part of a read time split across blocks ("5" + "min read").
BARE_MINUTES = re.compile(r"\s*\d{1,3}\s*")
#: In text, a comments line starts the comment section once this many paragraphs of the text are read.
MIN_PARAGRAPHS_BEFORE_COMMENTS = 5


@attrs.define
class _Found:
    """Accumulates what the candidates say, in document order."""

    body: list[Block] = attrs.field(factory=list)
    boilerplate: list[Boilerplate] = attrs.field(factory=list)
    images: list[Image] = attrs.field(factory=list)
    evidence: list[DateEvidence] = attrs.field(factory=list)
    authors: list[str] = attrs.field(factory=list)
    read_time: ReadTime | None = None
    publication: PublicationLine | None = None
    subheadline: str | None = None
    site_hints: list[tuple[str, str]] = attrs.field(factory=list)
    in_comments: bool = False
    #: The last block was a slideshow counter: the next one is that slide's caption.
    after_counter: bool = False
    body_texts: set[str] = attrs.field(factory=set)
    reference_time: dt.datetime | None = None
    #: Text input whose front door found the article's dateline: other lines' dates are the page's.
    datelines_located: bool = False
    #: Relative date lines met without a reference time to resolve them against.
    unresolved: list[str] = attrs.field(factory=list)
    #: Lines asking the reader to subscribe or register: the page's paywall, where it shows one.
    paywall_prompts: list[str] = attrs.field(factory=list)
    #: Caption texts met so far, to recognise copies of them (lightboxes, galleries).
    captions: list[str] = attrs.field(factory=list)
    #: Text input has no containers: after a comments line, the rest is the comment section.
    absorb_after_comments: bool = False

    how: dict[str, str] = attrs.field(factory=dict)
    #: The last candidate routed was a heading (a link list after a "related" heading is related too).
    after_related_heading: bool = False


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
    meta = parts.metadata
    site_names = [name for name, _ in meta.site_names]
    visible = parts.candidates[parts.headline_index].text if parts.headline_index is not None else None
    titles = _text_titles(parts, visible) if input_kind == "text" else meta.titles
    head = _Head(titles=Titles(visible=visible, **title_variants(meta.titles)))
    visible = _set_kicker_aside(parts.kicker, visible, head)
    host = urlsplit(url).hostname if url else None
    names = TEXT_SOURCE_NAMES if input_kind == "text" else SOURCE_NAMES
    choice = choose_headline(visible, titles, site_names, host, source_names=names)
    head.headline, head.how = choice.text, choice.how
    if head.kicker is None and choice.kicker is not None:
        head.kicker, head.kicker_how = (
            choice.kicker,
            "what the chosen title adds to another of the page's titles",
        )
    elif head.kicker is not None and choice.text and not choice.visible:
        head.headline = without_kicker(choice.text, head.kicker, separated=True) or choice.text
    headline = head.headline
    headline_is_visible = choice.visible or "headline" in parts.pins  # a rule named the element

    found = _Found(
        absorb_after_comments=input_kind == "text",
        datelines_located=parts.datelines_located,
        reference_time=reference_time,
    )
    found.evidence.extend(meta.dates)
    joined: set[int] = set()  # candidates read as the second part of a split read time
    for index, candidate in enumerate(parts.candidates):
        if index in joined:
            continue
        if index == parts.headline_index and headline_is_visible:
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
        split = _split_read_time(candidate, parts.candidates[index + 1 : index + 2])
        if split is not None:
            candidate = split
            joined.add(index + 1)
        _route(candidate, found)

    return _build(parts, found, head, input_kind, url, rule, warnings)


def _text_titles(parts: Parts, visible: str | None) -> list[tuple[str, str]]:
    """A copied page's first line is often its <title>: read as one when it is the headline line
    ("Headline | Site" loses the site's name), when it agrees with the headline found further down
    (it may add a kicker: "Kicker: Headline - Site"), or when no headline was found near the text."""
    first = parts.candidates[0].text if parts.candidates else None
    if first is None or (parts.headline_index != 0 and not title_shaped(first)):
        return []
    if parts.headline_index == 0 or visible is None or agree(first, visible):
        return [(first, "title")]
    return []


@attrs.define
class _Head:
    """What the article's head says: the titles, the headline chosen from them, and the kicker."""

    titles: Titles
    headline: str | None = None
    how: str = ""
    kicker: str | None = None
    kicker_how: str = ""


def _set_kicker_aside(kicker: tuple[str, bool] | None, visible: str | None, head: _Head) -> str | None:
    """The kicker an element named for it gives goes to `head`; the visible headline, returned,
    loses it when it stood inside the headline element."""
    if kicker is None:
        return visible
    text, inside = kicker
    if inside:
        bare = without_kicker(visible, text, separated=False) if visible else None
        if bare is None:
            return visible
        head.kicker, head.kicker_how = text, "an element named for it inside the headline"
        return bare
    head.kicker, head.kicker_how = text, "an element named for it above the headline"
    return visible


def _route(candidate: Candidate, found: _Found) -> None:
    """Give one candidate its role: image, head metadata, publication line, boilerplate or body."""
    found.evidence.extend(candidate.dates)
    if candidate.kind == "image":
        if candidate.image is not None:
            found.images.append(candidate.image)
            if candidate.image.caption:
                found.captions.append(candidate.image.caption)
        return
    text = candidate.text
    _take_author_links(candidate, found)
    if candidate.zone in ("head", "main") and _take_relative_date(candidate, found):
        return
    if candidate.zone != "outside" and _take_metadata(candidate, found):
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
        _add_boilerplate(found, "other", text)
        return
    if (
        candidate.zone != "outside"
        and candidate.kind == "paragraph"
        and (
            after_counter
            or candidate.caption_hint
            or CAPTION_PREFIX.match(text)
            or WIRE_CAPTION.match(text)
            or CREDIT_LINE.match(text)
        )
    ):
        _add_caption(found, text, candidate.where)
        found.captions.append(text)
        return
    kind = _boilerplate_kind(candidate, found)
    if (
        kind in ("navigation", "other")
        and line_kind(text) is None
        and candidate.kind in ("list", "paragraph")
        and candidate.link_density > MAX_LINK_DENSITY
        and found.after_related_heading
    ):
        kind = "related"  # the links a "Most read" or "Recent Posts" heading introduces
    found.after_related_heading = candidate.kind == "heading" and line_kind(text) == "related"
    if kind is not None:
        if candidate.zone == "main" and kind != "ad" and found.body and found.body[-1].kind == "heading":
            # a heading followed by boilerplate introduces it ("More on this", a teaser list's title)
            _add_boilerplate(found, "related", found.body.pop().text)
        _add_boilerplate(found, kind, text)
        return
    if candidate.zone == "head":
        _route_head(candidate, found)
    elif candidate.zone == "main":
        _route_main(candidate, found)
    else:
        _add_boilerplate(found, "other", text)


def _split_read_time(candidate: Candidate, following: list[Candidate]) -> Candidate | None:
    """A read time split across two blocks ("5", then "min read"), as one candidate; else None."""
    if not following or not BARE_MINUTES.fullmatch(candidate.text) or DIGIT.search(following[0].text):
        return None
    text = f"{candidate.text.strip()} {following[0].text}"
    named = candidate.read_time_hint or following[0].read_time_hint
    if stated_read_time(text, named=named) is None:
        return None
    return attrs.evolve(candidate, text=text, kind="paragraph", read_time_hint=named)


def _take_author_links(candidate: Candidate, found: _Found) -> None:
    """Names linked to their authors' pages before the article's text: a byline, whatever else its line
    holds ("Jane Doe , 01. Dez. 2017, 3 min Lesezeit")."""
    if candidate.zone not in ("head", "main") or found.body or not candidate.author_links:
        return
    names = [name for link in candidate.author_links for name in bare_name(link) or []]
    if names:
        found.authors.extend(names)
        found.how.setdefault("authors", f"links to the authors' pages ({candidate.where})")


def _take_relative_date(candidate: Candidate, found: _Found) -> bool:
    """A "3 hours ago" line: a claim counted back from the reference time, or a warning without one."""
    if len(candidate.text) > MAX_RELATIVE_CHARS or candidate.kind not in ("paragraph", "heading"):
        return False
    if relative_phrase(candidate.text) is None:
        return False
    if found.reference_time is None:
        found.unresolved.append(candidate.text)
    elif (claim := resolve(candidate.text, found.reference_time)) is not None:
        found.evidence.append(claim)
    return True


def _take_metadata(candidate: Candidate, found: _Found) -> bool:
    if candidate.kind not in ("paragraph", "heading"):
        return False
    reading = read_metadata_line(candidate.text, bare_names=candidate.byline_hint)
    if reading is None:
        return _take_named_read_time(candidate, found)
    if not found.datelines_located:  # (else the text's front door has read every line's dates)
        found.evidence.extend(reading.dates)
    if reading.read_time is not None and found.read_time is None:
        found.read_time = reading.read_time
        found.how["read_time"] = f"stated on the page ({candidate.where})"
    if reading.authors and candidate.zone in ("head", "main"):  # "by X" after the article is a teaser's
        found.authors.extend(reading.authors)
        found.how.setdefault("authors", f"byline ({candidate.where})")
    return True


def _take_named_read_time(candidate: Candidate, found: _Found) -> bool:
    """ "4 minutes" alone, in an element named for the read time ("rt-reading-time")."""
    named = stated_read_time(candidate.text, named=True) if candidate.read_time_hint else None
    if named is None:
        return False
    if found.read_time is None:
        found.read_time = named
        found.how["read_time"] = f"stated on the page, in an element named for it ({candidate.where})"
    return True


def _add_caption(found: _Found, text: str, where: str) -> None:
    """A caption line: it completes the last image when that has none, else stands for an image."""
    credit_only = CREDIT_LINE.match(text)
    if credit_only is not None:
        caption, credit = None, credit_only.group("credit").strip()
    else:
        caption, credit = split_credit(strip_caption_prefix(text))
    last = found.images[-1] if found.images else None
    if last is not None and credit_only is not None and last.credit is None:
        found.images[-1] = attrs.evolve(last, credit=credit)
    elif last is not None and last.caption is None and last.credit is None:
        found.images[-1] = attrs.evolve(last, caption=caption, credit=credit)
    else:
        found.images.append(Image(caption=caption, credit=credit))
    found.how.setdefault("images", f"a caption line ({where})")


def _boilerplate_kind(candidate: Candidate, found: _Found) -> BoilerplateKind | None:
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
    words = len(candidate.text.split())
    if candidate.link_density > MAX_LINK_DENSITY and words < SHORT_BLOCK_WORDS and candidate.zone != "head":
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
    names = networks_named(text)
    return bool(names) and len(text.split()) == sum(len(name.split()) for name in names)


def _add_boilerplate(found: _Found, kind: BoilerplateKind, text: str) -> None:
    networks = networks_named(text) if kind in ("social", "share") else ()
    found.boilerplate.append(Boilerplate(kind=kind, text=text, networks=networks))
    if kind == "paywall":
        found.paywall_prompts.append(text)
    site = site_from_follow_line(text) if kind == "social" else None
    site = site or (site_from_copyright(text) if kind == "copyright" else None)
    if site:
        found.site_hints.append((site, f"{kind} line {text[:60]!r}"))


def _route_head(candidate: Candidate, found: _Found) -> None:
    text = candidate.text
    if candidate.dek_hint and found.subheadline is None and not found.body:
        found.subheadline = text
        found.how["subheadline"] = f"dek after the headline ({candidate.where})"
        _route_main(candidate, found)  # the article's first words, as the page shows them
    elif looks_like_description(text):
        found.images.append(Image(description=text))
        found.how.setdefault("images", "a head line that describes a picture")
    elif _reads_as_article(candidate):
        _route_main(candidate, found)
    else:
        _add_boilerplate(found, candidate.hint or "other", text)


def _reads_as_article(candidate: Candidate) -> bool:
    """Outside the article's container but beside it: a block is the article's when its shape says
    so (sentences with few links; a list or table of content), and no container names it furniture."""
    if candidate.hint is not None:
        return False
    if candidate.kind in ("paragraph", "quote"):
        return reads_as_prose(candidate.text, candidate.link_density)
    if candidate.kind == "heading":  # a lead set as a heading: a heading is no finished sentence
        return candidate.text.rstrip().endswith(".") and reads_as_prose(
            candidate.text, candidate.link_density
        )
    if candidate.kind in ("list", "table"):
        return reads_as_content_list(candidate.text, candidate.link_density) and not any(
            line_kind(item) or read_metadata_line(item) for item in candidate.text.split("\n")
        )  # entries that are datelines, share buttons or calls to act make a toolbar, not content
    return False


def _route_main(candidate: Candidate, found: _Found) -> None:
    kind = candidate.kind if candidate.kind != "image" else "paragraph"
    if _repeats_caption(candidate.text, found.captions):
        _credit_from_copy(found, candidate.text)
        _add_boilerplate(found, "other", candidate.text)  # a lightbox's or gallery's copy of a caption
        return
    if candidate.text in found.body_texts:
        _add_boilerplate(found, "other", candidate.text)  # a repeat (gallery captions, pull quotes)
        return
    found.body.append(Block(kind=kind, text=candidate.text))
    found.body_texts.add(candidate.text)


def _trim_end(found: _Found, authors: list[str]) -> None:
    """What is left at the end of the text belongs to what follows the article: a last short line
    without any sentence punctuation (a site's name, "Contact", a tool's label), a note about the
    article's author ("Jane Doe is a reporter at ..."), and headings with nothing after them (they
    introduce related links or comments)."""
    if found.body and found.body[-1].kind == "paragraph" and is_label(found.body[-1].text):
        _add_boilerplate(found, "other", found.body.pop().text)
    while found.body and found.body[-1].kind == "paragraph" and _is_author_note(found.body[-1].text, authors):
        _add_boilerplate(found, "other", found.body.pop().text)
    while found.body and found.body[-1].kind == "heading":
        _add_boilerplate(found, "related", found.body.pop().text)


def _is_author_note(text: str, authors: list[str]) -> bool:
    """A paragraph opening on an author's name and saying who they are: the note about the author."""
    opening = text[_LEADING_NON_WORD.match(text).end() :]  # type: ignore[union-attr]
    names = {
        part
        for author in authors
        for part in (author, author.split()[0], author.split()[-1])
        if len(part) > 2
    }
    return any(
        opening.startswith(name) and _AUTHOR_NOTE_AFTER_NAME.match(opening, len(name)) for name in names
    )


def _credit_from_copy(found: _Found, text: str) -> None:
    """A caption's copy (a lightbox's) often adds the credit the caption goes without: it completes that image."""
    caption, credit = split_credit(strip_caption_prefix(text))
    if not credit:
        return
    for i, image in enumerate(found.images):
        if image.caption and image.credit is None and caption and caption.startswith(image.caption):
            found.images[i] = attrs.evolve(image, credit=credit)
            return


def _repeats_caption(text: str, captions: list[str]) -> bool:
    """A block starting with a caption seen before: a lightbox or gallery copy of it."""
    return any(text.startswith(caption) for caption in captions if len(caption) >= MIN_REPEATED_CAPTION_CHARS)


def _build(
    parts: Parts,
    found: _Found,
    head: _Head,
    input_kind: Literal["html", "text"],
    url: str | None,
    rule: str,
    warnings: tuple[str, ...],
) -> Article:
    meta = parts.metadata
    how = dict(found.how)
    if head.headline:
        how["headline"] = head.how
    if head.kicker:
        how["kicker"] = head.kicker_how
    dates = _dates(found, url, how)
    title = next((text for text, source in meta.titles if source == "title"), None)
    site_name = choose_site_name(
        meta.site_names, found.publication, found.site_hints, how, title, head.headline
    )
    site_names = [name for name, _ in meta.site_names] + [site_name or ""]
    authors, organisations = choose_credits(meta, found.authors, how, site_names)
    _trim_end(found, authors)
    body_text = "\n\n".join(block.text for block in found.body)
    counts = word_counts(body_text)
    body = Body(blocks=tuple(found.body), text=body_text, word_count=sum(counts))
    if found.body:
        how["body"] = parts.body_how or "blocks of the main content"
    read_time = _read_time(found, meta.read_time, body_text, counts, how)
    access, how["access"], access_warning = choose_access(meta.access, found.paywall_prompts, body.word_count)
    if access == "unknown":
        del how["access"]
    language = choose_language(meta.language, body_text, how)
    if meta.canonical_url:
        how["canonical_url"] = meta.canonical_url[1]
    tags = choose_tags(meta.tags, how)
    for name, value in (("description", meta.description), ("section", meta.section)):
        if value is not None:
            how[name] = value[1]
    if found.boilerplate:
        how["boilerplate"] = "lines and blocks classified by their words and containers"
    all_warnings = _warnings(found, head, dates, list(warnings) + parts.warnings)
    if access_warning:
        all_warnings.append(access_warning)

    return Article(
        headline=head.headline,
        kicker=head.kicker,
        subheadline=found.subheadline,
        titles=head.titles,
        authors=tuple(authors),
        organisations=tuple(organisations),
        site_name=site_name,
        url=url,
        canonical_url=meta.canonical_url[0] if meta.canonical_url else None,
        description=meta.description[0] if meta.description else None,
        section=meta.section[0] if meta.section else None,
        tags=tuple(tags),
        access=access,
        language=language,
        dates=dates,
        read_time=read_time,
        images=tuple(merge_images(meta.images, found.images)),
        publication=found.publication,
        body=body,
        boilerplate=tuple(found.boilerplate),
        provenance=Provenance(input=input_kind, rule=rule, fields=how),
        warnings=tuple(all_warnings),
    )


def _dates(found: _Found, url: str | None, how: dict[str, str]) -> Dates:
    """The dates, chosen among every claim: the page's, the publication line's and the URL's."""
    if found.publication and found.publication.date:
        found.evidence.append(
            DateEvidence("published", found.publication.date, "publication-line", found.publication.raw)
        )
    if (from_url := url_date(url)) is not None:
        found.evidence.append(from_url)
    dates, dates_how = choose_dates(found.evidence, reference_time=found.reference_time)
    how.update(dates_how)
    return dates


def _read_time(
    found: _Found,
    declared: tuple[ReadTime, str] | None,
    body_text: str,
    counts: tuple[int, int],
    how: dict[str, str],
) -> ReadTime | None:
    """The read time the page states in its text, else in its metadata, else one estimated from the words."""
    if found.read_time is not None:
        return found.read_time
    if declared is not None:
        read_time, how["read_time"] = declared
        return read_time
    estimated = estimated_read_time(body_text, counts)
    if estimated is not None:
        how["read_time"] = f"estimated from {sum(counts)} words"
    return estimated


def _warnings(found: _Found, head: _Head, dates: Dates, warnings: list[str]) -> list[str]:
    warnings += [
        f"relative date {text!r} not resolved: no reference time given"
        for text in dict.fromkeys(found.unresolved)
    ]
    if dates.conflict:
        warnings.append("date claims about the article disagree by more than a day")
    if head.headline is None:
        warnings.append("no headline found")
    if not found.body:
        warnings.append("no article text found")
    return warnings


#: Verbs with which a note about the author goes on after their name ("is a reporter", "ist Redakteurin").
AUTHOR_NOTE_VERBS = "is|was|has|writes|covers|ist|war|schreibt|arbeitet|est|écrit|es|escribe|è|scrive"
_LEADING_NON_WORD = re.compile(r"\W*")
#: What follows an author's name in a note about them: a few words, then a verb saying who they are.
_AUTHOR_NOTE_AFTER_NAME = re.compile(rf"\b[^.]{{0,40}}?\s(?:{AUTHOR_NOTE_VERBS})\b")
