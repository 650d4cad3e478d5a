"""The record built from what the candidates said: the fields chosen, the body trimmed at its end,
provenance and warnings."""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import urlsplit

from ._blocks import Parts
from ._choices import choose_credits, choose_language, choose_site_name, choose_tags, merge_images
from ._fields._access import choose_access
from ._fields._authors import bare_name
from ._fields._date_choice import choose_dates
from ._fields._prose import is_label
from ._fields._read_time import estimated_read_time, word_counts
from ._fields._relative import url_date
from ._found import Found
from ._head import Head
from ._model import Article, Body, DateEvidence, Dates, Provenance, ReadTime


def build_article(
    parts: Parts,
    found: Found,
    head: Head,
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
    site_names = [name for name, _ in meta.site_names] + [site_name or ""] * _site_named_for_sure(how, found)
    if not found.authors:
        _take_closing_name(found)
    authors, organisations = choose_credits(
        meta, found.authors, how, site_names, urlsplit(url or "").hostname
    )
    set_aside_author_notes(found, meta.author_notes)
    trim_end(found, authors)
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


def _dates(found: Found, url: str | None, how: dict[str, str]) -> Dates:
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
    found: Found,
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


def _warnings(found: Found, head: Head, dates: Dates, warnings: list[str]) -> list[str]:
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


#: The text runs this many paragraphs at least before a name standing alone at its end signs it.
MIN_PARAGRAPHS_BEFORE_SIGNATURE = 3


def _take_closing_name(found: Found) -> None:
    """A full name standing alone as the text's last paragraph signs it ("Lê Phương", "Marina
    Mucha"): its author, where no byline named one (`trim_end` takes the line out of the text)."""
    paragraphs = [block for block in found.body if block.kind == "paragraph"]
    if len(paragraphs) <= MIN_PARAGRAPHS_BEFORE_SIGNATURE or found.body[-1].kind != "paragraph":
        return
    names = bare_name(found.body[-1].text)
    if names and len(names) == 1 and len(names[0].split()) >= 2:
        found.authors.extend(names)
        found.how.setdefault("authors", "a full name standing alone at the end of the text")


#: A paragraph this short says too little to be recognised in the authors' note.
MIN_NOTE_PARAGRAPH_WORDS = 6


def set_aside_author_notes(found: Found, notes: list[str]) -> None:
    """Paragraphs that repeat what the structured data says of the authors (a Person's description)
    are the author box the page shows beside the article, not the article."""
    folded = [" ".join(note.casefold().split()) for note in notes]
    if not folded:
        return
    kept = []
    for block in found.body:
        text = " ".join(block.text.casefold().split())
        if len(text.split()) >= MIN_NOTE_PARAGRAPH_WORDS and any(text in note for note in folded):
            found.add_boilerplate("other", block.text)
        else:
            kept.append(block)
    found.body[:] = kept


def trim_end(found: Found, authors: list[str]) -> None:
    """What is left at the end of the text belongs to what follows the article: a last short line
    without any sentence punctuation (a site's name, "Contact", a tool's label), a note about the
    article's author ("Jane Doe is a reporter at ..."), headings with nothing after them (they
    introduce related links or comments) and a closing list of other stories' headlines; each looked
    for again once another is taken off."""
    for _ in range(MAX_TAIL_ROUNDS):  # one piece taken off can leave another at the end
        if found.body and found.body[-1].kind == "paragraph" and is_label(found.body[-1].text):
            found.add_boilerplate("other", found.body.pop().text)
        while (
            found.body
            and found.body[-1].kind == "paragraph"
            and _is_author_note(found.body[-1].text, authors)
        ):
            found.add_boilerplate("other", found.body.pop().text)
        while found.body and found.body[-1].kind == "heading":
            found.add_boilerplate("related", found.body.pop().text)
        if found.body and found.body[-1].kind == "list" and _lists_headlines(found.body[-1].text):
            found.add_boilerplate("related", found.body.pop().text)


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


def _site_named_for_sure(how: dict[str, str], found: Found) -> bool:
    """Whether the site's name came from elsewhere than the page's copyright or follow lines (the
    site hints). A name read from those may be a person's (a one-person site's owner, "© 2012 Jane
    Doe"): it does not make an author of that name an organisation."""
    return how.get("site_name") not in {source for _, source in found.site_hints}


#: How many times the end of the text is looked at again after a piece of it was taken off.
MAX_TAIL_ROUNDS = 3
#: A list closing the text of this many items or more, each at least this long, all shaped as headlines.
MIN_TEASER_ITEMS = 3
MIN_TEASER_WORDS = 5
MIN_TEASER_CHARS = 40


def _lists_headlines(text: str) -> bool:
    """A list of other stories' headlines closing the text: every item a title's length, none ending
    as a sentence or a list entry does (a content list's items are shorter, or end with punctuation)."""
    items = [item.strip() for item in text.split("\n") if item.strip()]
    return len(items) >= MIN_TEASER_ITEMS and all(
        len(item.split()) >= MIN_TEASER_WORDS
        and len(item) >= MIN_TEASER_CHARS
        and not item.endswith((".", ";", ","))
        for item in items
    )
