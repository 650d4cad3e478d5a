"""What the candidates say about the article, gathered in document order while their roles are decided."""

from __future__ import annotations

import datetime as dt

import attrs

from ._fields._boilerplate import networks_named
from ._fields._site import site_from_copyright, site_from_follow_line
from ._model import Block, Boilerplate, BoilerplateKind, DateEvidence, Image, PublicationLine, ReadTime


@attrs.define
class Found:
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
    #: The page's own description (its meta or structured one), folded: a head block repeating it is the dek.
    description: str = ""
    #: Short lines the page shows more than once (buttons, labels, a login prompt), as they read.
    repeated_lines: frozenset[str] = frozenset()

    how: dict[str, str] = attrs.field(factory=dict)
    #: The last candidate routed was a heading (a link list after a "related" heading is related too).
    after_related_heading: bool = False

    def add_boilerplate(self, kind: BoilerplateKind, text: str) -> None:
        """Keep a line aside as boilerplate of `kind`; a paywall prompt and a line naming the site are noted."""
        networks = networks_named(text) if kind in ("social", "share") else ()
        self.boilerplate.append(Boilerplate(kind=kind, text=text, networks=networks))
        if kind == "paywall":
            self.paywall_prompts.append(text)
        site = site_from_follow_line(text) if kind == "social" else None
        site = site or (site_from_copyright(text) if kind == "copyright" else None)
        if site:
            self.site_hints.append((site, f"{kind} line {text[:60]!r}"))
