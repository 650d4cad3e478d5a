"""What a block's markup claims besides its text: the dates of its <time> elements, the names it links
to their authors' pages."""

from __future__ import annotations

import re

from .._fields._dates import parse_date
from .._model import DateEvidence, DateRole
from ._selectors import AUTHOR_PAGE
from ._tree import Element, clean_text, text_of


def time_claims(element: Element) -> list[DateEvidence]:
    """The dates the block's <time datetime> elements claim, each with the role its markup names."""
    times = list(element.iter("time"))
    claims: list[DateEvidence] = []
    for time in times:
        raw = (time.get("datetime") or "").strip()
        value = parse_date(raw) if raw else None
        if value is None:
            continue
        markup = " ".join(
            [
                time.get("itemprop") or "",
                time.get("class") or "",
                "pubdate" if time.get("pubdate") is not None else "",
            ]
        ).lower()
        role: DateRole = "displayed"
        if re.search(r"modif|updat", markup):
            role = "modified"
        elif re.search(r"publish|pubdate|created", markup):
            role = "published"
        claims.append(DateEvidence(role, value, "time", raw))
    return claims


def author_links(element: Element) -> tuple[str, ...]:
    """The texts of the links inside the block (or the block itself, a link) to an author's page."""
    return tuple(
        text
        for link in element.iter("a")
        if links_to_author_page(link.get("href") or "") and (text := clean_text(text_of(link)))
    )


def links_to_author_page(href: str) -> bool:
    """AUTHOR_PAGE's test, after a substring test any of its matches passes (most links fail that)."""
    return ("aut" in href or "journ" in href) and AUTHOR_PAGE.search(href) is not None
