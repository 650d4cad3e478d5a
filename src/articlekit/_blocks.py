"""The block model both front doors produce: ordered candidate blocks with features, plus metadata.

HTML and plain text converge here, so that the role logic in `_assemble` serves both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from ._model import Access, BoilerplateKind, DateEvidence, Image, ReadTime

if TYPE_CHECKING:
    from ._rules._model import Rule

CandidateKind = Literal["paragraph", "heading", "list", "quote", "table", "image"]
#: head: before the article's text (headline, dek, dateline, byline, lead image); main: the article's text;
#: tail: after it, inside the article's container; outside: the rest of the page.
Zone = Literal["head", "main", "tail", "outside"]


@attrs.define
class Candidate:
    """One block of the document before roles are decided."""

    text: str
    kind: CandidateKind = "paragraph"
    zone: Zone = "main"
    #: Boilerplate kind announced by the HTML containers' class/id/role tokens.
    hint: BoilerplateKind | None = None
    #: The containers' class/id tokens announce a subheadline (dek, standfirst, ...).
    dek_hint: bool = False
    #: Inside a container named for the author ("byline", "author"): a bare name here is a byline.
    byline_hint: bool = False
    #: A short block whose own, inner or outer containers are named for the read time ("rt-reading-time").
    read_time_hint: bool = False
    #: Texts of the block's links to an author's page ("/author/jane-doe/"): a byline's names.
    author_links: tuple[str, ...] = ()
    #: The containers' class/id tokens announce an image caption or credit.
    caption_hint: bool = False
    #: A heading's level when the input says it (Markdown's number of "#").
    heading_level: int | None = None
    link_density: float = 0.0
    image: Image | None = None
    #: Date claims carried by the block's markup (`<time datetime>` inside it).
    dates: tuple[DateEvidence, ...] = ()
    #: Where the block came from, for provenance ("line 3", "html/body/article/p[2]").
    where: str = ""


#: The source of an author's name read from an element named for the author ("<span class="author">
#: Jane Roe</span>"): the weakest, taken when nothing else names anyone.
NAMED_AUTHOR_SOURCE = "an element named for the author"
#: The source of a user name ("freeman1984") given as the text of a rel=author link to that user's
#: author page ("/author/freeman1984/"): a blog's author as its platform names them, taken as it is.
AUTHOR_HANDLE_SOURCE = "rel=author link to the author's page, by its user name"


@attrs.define
class Metadata:
    """Structured metadata harvested from the page head (HTML), each value with its source."""

    titles: list[tuple[str, str]] = attrs.field(factory=list)
    site_names: list[tuple[str, str]] = attrs.field(factory=list)
    authors: list[tuple[str, str]] = attrs.field(factory=list)
    organisations: list[str] = attrs.field(factory=list)
    dates: list[DateEvidence] = attrs.field(factory=list)
    language: tuple[str, str] | None = None
    canonical_url: tuple[str, str] | None = None
    #: (value, source) of the first description and section met; the access the page declares.
    description: tuple[str, str] | None = None
    section: tuple[str, str] | None = None
    tags: list[tuple[str, str]] = attrs.field(factory=list)
    access: tuple[Access, str] | None = None
    #: A reading time the page's metadata states (twitter:label/data pairs), with its source.
    read_time: tuple[ReadTime, str] | None = None
    images: list[Image] = attrs.field(factory=list)
    #: The text of a how-to or recipe in the page's structured data (its description, then its steps):
    #: the body of a page that shows none.
    instructions: list[str] = attrs.field(factory=list)
    #: What the structured data says of the authors (a JSON-LD Person's `description`): the words of the
    #: author box that pages show beside the article.
    author_notes: list[str] = attrs.field(factory=list)


@attrs.define
class Parts:
    """What a front door hands to the assembler."""

    candidates: list[Candidate]
    metadata: Metadata = attrs.field(factory=Metadata)
    #: Index into `candidates` of the block that is the visible headline (text: first line; HTML: the h1).
    headline_index: int | None = None
    warnings: list[str] = attrs.field(factory=list)
    #: How the main content was found, for provenance.
    body_how: str = ""
    #: The site rule that matched the page, and the field values it pins (field -> (values, how)).
    #: Text: the front door found the article's dateline by its headline (the claims are on those
    #: candidates); dates on other lines are the page's, not the article's.
    datelines_located: bool = False
    #: Text: the first line has a headline's shape and length, so it may be a copied page's <title>
    #: even without a separated site name (taken when no headline is found below it).
    opens_with_title: bool = False
    #: The kicker an element named for it gives (HTML), and whether it stands inside the headline.
    kicker: tuple[str, bool] | None = None
    rule: Rule | None = None
    pins: dict[str, tuple[list[str], str]] = attrs.field(factory=dict)
