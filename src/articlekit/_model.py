"""The typed article record: attrs classes whose shape is the JSON record in docs/record.md."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

#: A calendar day when the page gives only a day, a datetime (with its timezone when given) otherwise.
DateValue = dt.date | dt.datetime

DateRole = Literal["published", "modified", "displayed"]
BlockKind = Literal["paragraph", "heading", "list", "quote", "table"]
BoilerplateKind = Literal[
    "social",
    "comments",
    "newsletter",
    "share",
    "related",
    "copyright",
    "navigation",
    "ad",
    "paywall",
    "other",
]
InputKind = Literal["html", "text"]
#: What a captured copy came through: a web archive's page (`wayback`, `archive.today`), a saved page
#: (`singlefile`, `browser`: "Save page as", `mhtml`), or an archive file (`warc`, `wacz`, `arc`, `wet`).
Via = Literal["wayback", "archive.today", "singlefile", "browser", "mhtml", "warc", "wacz", "arc", "wet"]
#: Whether the article is free to read: `paywalled` (subscribers only), `registration` (an account,
#: free, is asked for), `free` (declared free, or metered: free up to a count), `unknown` (no signal).
Access = Literal["free", "paywalled", "registration", "unknown"]


@attrs.frozen
class DateEvidence:
    """One claim about a date of the article, and where it was read."""

    role: DateRole
    value: DateValue
    #: json-ld | meta | time | microdata | dateline | publication-line | relative | url | page (a date a
    #: text shows away from its article's head: evidence, never chosen)
    source: str
    #: The text or attribute value the claim was parsed from.
    raw: str


@attrs.frozen
class Dates:
    """The article's dates, each chosen from `evidence`; `conflict` flags disagreeing claims."""

    published: DateValue | None = None
    modified: DateValue | None = None
    displayed: DateValue | None = None
    evidence: tuple[DateEvidence, ...] = ()
    conflict: bool = False


@attrs.frozen
class ReadTime:
    """Minutes to read: stated by the page, or estimated from the body's word count."""

    minutes: int
    source: Literal["stated", "estimated"]
    raw: str | None = None


@attrs.frozen
class Image:
    """An image of the article: what it shows, its visible caption and its credit."""

    src: str | None = None
    description: str | None = None
    caption: str | None = None
    credit: str | None = None


@attrs.frozen
class PublicationLine:
    """A publication or syndication line, such as "Published in Dawn, July 11th, 2025"."""

    raw: str
    outlet: str | None = None
    date: DateValue | None = None


@attrs.frozen
class Block:
    """One block of the body, in reading order. A list's items are joined by newlines."""

    kind: BlockKind
    text: str


@attrs.frozen
class Body:
    """The article's own text as ordered blocks, their joined text and its word count."""

    blocks: tuple[Block, ...] = ()
    text: str = ""
    word_count: int = 0


@attrs.frozen
class Boilerplate:
    """Page text that is not the article, kept aside with its kind (and networks for social lines)."""

    kind: BoilerplateKind
    text: str
    networks: tuple[str, ...] = ()


@attrs.frozen
class Titles:
    """Every title the page gives the article, each as the page gives it (site name and kicker kept):
    `headline` is chosen from them, and a project that needs one kind can take it here."""

    #: The headline element the reader sees (the <h1>, or the text's headline line).
    visible: str | None = None
    #: Structured data's headline (JSON-LD, else microdata).
    structured: str | None = None
    #: The title for sharing (og:title, else twitter:title).
    social: str | None = None
    #: The document's <title>.
    document: str | None = None


@attrs.frozen
class Archive:
    """Where a captured copy of the page came from: the address captured, when, and through what. The
    capture time is never a publication date; it is the reference time for relative dates."""

    original_url: str | None = None
    captured_at: dt.datetime | None = None
    via: Via | None = None

    def filled_from(self, other: Archive | None) -> Archive:
        """This capture, its missing parts taken from `other` (a weaker account of the same capture)."""
        if other is None:
            return self
        return Archive(
            original_url=self.original_url or other.original_url,
            captured_at=self.captured_at or other.captured_at,
            via=self.via or other.via,
        )


@attrs.frozen
class Provenance:
    """How the record was made: the input kind, the rule, and how each field was found."""

    input: InputKind
    rule: str = "generic"
    fields: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Article:
    """A parsed news article: every field typed, every field explained in `provenance`."""

    headline: str | None = None
    #: The topic line set above or before the headline ("Exclusive", "Genetik"), apart from it.
    kicker: str | None = None
    subheadline: str | None = None
    titles: Titles = attrs.field(factory=Titles)
    #: People credited with the article.
    authors: tuple[str, ...] = ()
    #: Agencies, newsrooms and publishers credited as authors ("AFP", "dpa", "BR24 Redaktion").
    organisations: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    #: The page's own summary of the article (meta description, og:description, JSON-LD description).
    description: str | None = None
    #: The site's section for the article ("Politics"), where the page names one.
    section: str | None = None
    #: Keywords and tags the page gives the article (article:tag, JSON-LD keywords, news_keywords).
    tags: tuple[str, ...] = ()
    #: Whether the article is free to read; provenance["access"] gives the signal.
    access: Access = "unknown"
    dates: Dates = attrs.field(factory=Dates)
    read_time: ReadTime | None = None
    images: tuple[Image, ...] = ()
    publication: PublicationLine | None = None
    body: Body = attrs.field(factory=Body)
    boilerplate: tuple[Boilerplate, ...] = ()
    #: Where the page was captured, when the input is a capture (a WARC record, a Wayback page, an MHTML
    #: file, a saved page); null for a page as its site serves it.
    archive: Archive | None = None
    provenance: Provenance = attrs.field(factory=lambda: Provenance(input="html"))
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data (dates as ISO 8601 strings)."""
        from ._serialize import unstructure_article

        return unstructure_article(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from `to_dict()` output (or its JSON)."""
        from ._serialize import structure_article

        return structure_article(data)
