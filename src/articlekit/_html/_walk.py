"""HTML tree -> candidate blocks in reading order, each with its zone, container hints and features."""

from __future__ import annotations

import functools
import re

from .._blocks import Candidate, CandidateKind, Zone
from .._model import BoilerplateKind, DateEvidence, Image
from ._claims import author_links, links_to_author_page, time_claims
from ._content import is_furniture
from ._images import caption_and_credit, figure_says_caption, image_src, is_decoration
from ._selectors import (
    BLOCK_TAGS,
    BOILERPLATE_TAGS,
    BYLINE_TOKENS,
    CLOSES_PARAGRAPH,
    FURNITURE_KINDS,
    HEADINGS,
    KIND_PRECEDENCE,
    LISTS,
    QUOTES,
    TEXT_BLOCKS,
)
from ._tree import Element, PageIndex, clean_text, elements_in, resolve_url, text_of

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: A caption-named container holding more text than this is a layout block, not a caption.
MAX_CAPTION_CHARS = 600
#: Nested <article>s (alike, side by side) holding less than this share of the main text are other stories.
TEASER_SHARE = 0.2
#: A block this short inside a container named for the author may be the author's bare name.
MAX_BYLINE_WORDS = 6
BYLINE_DEPTH = 4
#: A block this short may be a read time ("4 minutes") that its container's name explains.
MAX_READ_TIME_WORDS = 6
#: A block this short may be a byline whose names link to their authors' pages.
MAX_AUTHOR_LINE_WORDS = 30
#: Within the article's text, only short blocks' <time> elements are claims about the article.
MAX_TIME_BLOCK_WORDS = 12


class Walker:
    """One pass over the body in document order, emitting candidates."""

    def __init__(
        self,
        main: Element,
        scope: Element,
        headline: Element | None,
        url: str | None,
        index: PageIndex,
        *,
        names_in_main: bool = True,
    ) -> None:
        self.index = index
        #: Whether container names inside the main content announce furniture (not where all the
        #: page's prose sits in named containers: a forum's posts are its content).
        self.names_in_main = names_in_main
        self.main, self.scope, self.headline, self.url = main, scope, headline, url
        self.candidates: list[Candidate] = []
        self.headline_index: int | None = None
        self.in_main = self.in_scope = self.main_done = False
        self.seen_headline = headline is None
        # Ancestors of the elements that decide zones are walked into, never emitted whole.
        self.on_path = {a for e in (main, scope, headline) if e is not None for a in e.iterancestors()}
        self.main_chars = index.chars(main)
        self.linked = index.linked
        self.captions: set[Element] = set()
        self.named_furniture: frozenset[Element] = frozenset()
        self.deks = frozenset(index.dek_named_elements)
        self.read_time_named = frozenset(index.read_time_named_elements)
        #: The page links to an author's page somewhere (most do not: then no block is searched for one).
        self.author_pages = any(links_to_author_page(a.get("href") or "") for a in scope.iterdescendants("a"))
        #: The links to an author's page and the elements holding them: only these blocks are searched
        #: for the names such links give (set by `walk` where the page has any).
        self.author_link_holders: frozenset[Element] = frozenset()

    def walk(self, body: Element) -> list[Candidate]:
        self.named_furniture = self.index.named_furniture
        if self.author_pages:
            self.author_link_holders = _holders_of_author_links(body)
        named = [
            c
            for c in self.index.caption_named_elements
            if c.tag != "figure" and self.index.chars(c) <= MAX_CAPTION_CHARS
        ]
        for caption in [*named, *body.iter("figcaption")]:
            self.captions.update(elements_in(caption))
        self._visit(body, None, False)
        return self.candidates

    # --- zones -------------------------------------------------------------------------------------
    def _zone(self) -> Zone:
        if self.in_main:
            return "main"
        if self.in_scope:
            if self.main_done:
                return "tail"
            return "head" if self.seen_headline else "outside"
        return "outside"

    # --- traversal ---------------------------------------------------------------------------------
    def _visit(self, element: Element, hint: BoilerplateKind | None, dek: bool) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        is_main, is_scope = element is self.main, element is self.scope
        if is_main or is_scope:
            hint, dek = None, False
            self.in_main = self.in_main or is_main
            self.in_scope = self.in_scope or is_scope
        if element is self.headline:
            self.seen_headline = True
            self.headline_index = len(self.candidates)
            self._emit(element, "heading", None, False)
            return
        if not is_main and not is_scope:
            if tag == "article" or tag in BOILERPLATE_TAGS or element in self.named_furniture:
                hint = self._hint(element, tag) or hint  # (speed: most elements need no call to tell)
            dek = dek or element in self.deks
        if element in self.on_path or is_main or is_scope or not self._emit_block(element, tag, hint, dek):
            self._visit_container(element, hint, dek)
        if is_main:
            self.in_main, self.main_done = False, True
        if is_scope:
            self.in_scope = False

    def _emit_block(self, element: Element, tag: str, hint: BoilerplateKind | None, dek: bool) -> bool:
        if (tag == "p" and _holds_html5_block(element)) or (tag in HEADINGS and _holds_heading(element)):
            return False  # walked as a browser shows it: the text around the block, and the block
        if tag in TEXT_BLOCKS:
            self._emit(element, "heading" if tag in HEADINGS else "paragraph", hint, dek)
        elif tag in LISTS:
            items = [clean_text(text_of(item)) for item in element if item.tag in ("li", "dt", "dd")]
            text = "\n".join(item for item in items if item)
            self._emit(element, "list", hint, dek, text=text)
        elif tag in QUOTES:
            self._emit(element, "quote", hint, dek)
        elif tag == "figure":
            self._emit_figure(element)
        elif tag == "img":
            self._emit_image(element, None, None)
        elif tag == "table" and next(element.iterdescendants("table", "div", "p"), None) is None:
            rows = [" | ".join(clean_text(text_of(c)) for c in row) for row in element.iter("tr")]
            self._emit(element, "table", hint, dek, text="\n".join(r for r in rows if r.strip(" |")))
        else:
            return False
        return True

    def _visit_container(self, element: Element, hint: BoilerplateKind | None, dek: bool) -> None:
        """Children in order; loose text and inline children between blocks form paragraphs of their own
        (an inline caption, such as a <span class="caption">, is one of its own)."""
        run: list[str] = [element.text or ""]
        links = 0
        for child in element:
            tag = child.tag  # lxml builds the tag string on every access: read it once
            if not isinstance(tag, str):
                run.append(child.tail or "")
                continue
            if tag in BLOCK_TAGS or tag == "img" or child in self.captions or _holds_blocks(child):
                joined = "".join(run)
                if joined and not joined.isspace():  # (speed: most runs between blocks are white space)
                    self._flush(joined, links, hint, dek, element)
                run, links = [], 0
                self._visit(child, hint, dek)
            elif tag == "br":
                run.append("\n")
            else:
                text = text_of(child)
                run.append(text)
                if text and not text.isspace():
                    links += len(text) if tag == "a" else sum(len(text_of(a)) for a in child.iter("a"))
            run.append(child.tail or "")
        joined = "".join(run)
        if joined and not joined.isspace():
            self._flush(joined, links, hint, dek, element)

    def _flush(
        self, joined: str, links: int, hint: BoilerplateKind | None, dek: bool, parent: Element
    ) -> None:
        """The paragraphs of a run of loose text and inline children (`joined`, holding more than white space)."""
        for piece in _PARAGRAPH_BREAK.split(joined) if "\n" in joined else (joined,):
            text = clean_text(piece)
            if text:
                density = 1.0 if parent in self.linked else min(1.0, links / len(joined.strip() or "x"))
                self._add(text, "paragraph", hint, dek, density, parent)

    # --- emitting -------------------------------------------------------------------------------------
    def _emit(
        self,
        element: Element,
        kind: CandidateKind,
        hint: BoilerplateKind | None,
        dek: bool,
        text: str | None = None,
    ) -> None:
        text = clean_text(text_of(element)) if text is None else text
        if not text:
            return
        links = (
            len(text)
            if element in self.linked
            else sum(len(clean_text(text_of(a))) for a in element.iter("a"))
        )
        self._add(text, kind, hint, dek, min(1.0, links / len(text)), element)

    def _add(
        self,
        text: str,
        kind: CandidateKind,
        hint: BoilerplateKind | None,
        dek: bool,
        density: float,
        element: Element,
    ) -> Candidate | None:
        zone = self._zone()
        dates: tuple[DateEvidence, ...] = ()
        # (block texts are folded to single separators: counting them counts the words)
        words = text.count(" ") + text.count("\n") + 1
        if (
            zone in ("head", "tail")
            or (zone == "main" and words <= MAX_TIME_BLOCK_WORDS)
            or element is self.headline  # a <time> set in the headline is its dateline
        ):
            dates = tuple(time_claims(element))
        candidate = Candidate(
            byline_hint=zone in ("head", "main") and self._in_byline(element, text),
            caption_hint=element in self.captions,
            read_time_hint=words <= MAX_READ_TIME_WORDS and self._names_read_time(element),
            author_links=author_links(element)
            if words <= MAX_AUTHOR_LINE_WORDS and element in self.author_link_holders
            else (),
            text=text,
            kind=kind,
            zone=zone,
            hint=hint,
            dek_hint=dek,
            link_density=density,
            dates=dates,
            where=f"<{element.tag}> #{len(self.candidates)}",
        )
        self.candidates.append(candidate)
        return candidate

    def _names_read_time(self, element: Element) -> bool:
        """The block, an element inside it or one of its two nearest containers is named for the read time."""
        if not self.read_time_named:
            return False
        near = (element, *element.iterdescendants(), *list(element.iterancestors())[:2])
        return any(candidate in self.read_time_named for candidate in near)

    def _is_teaser(self, article: Element) -> bool:
        """A nested <article> is another story (a teaser card, an embedded article) when its heading
        links away, or when it and the articles built like it beside it hold a small share of the
        text; a series of them holding most of it is the article itself, in sections (a listicle)."""
        if any(h.tag == "a" or next(h.iter("a"), None) is not None or _inside_link(h, article)
               for h in article.iter(*HEADINGS)):  # fmt: skip
            return True
        parent = article.getparent()
        series = [article] if parent is None else [
            e for e in parent if e.tag == "article" and e.get("class") == article.get("class")
        ]  # fmt: skip
        return sum(self.index.chars(e) for e in series) < TEASER_SHARE * self.main_chars

    def _in_byline(self, element: Element, text: str) -> bool:
        """A short text inside a container named for the author, a few levels up at most."""
        if text.count(" ") >= MAX_BYLINE_WORDS:
            return False
        for depth, ancestor in enumerate((element, *element.iterancestors())):
            if self.index.named_for(ancestor, BYLINE_TOKENS):
                return True
            if depth >= BYLINE_DEPTH:
                return False
        return False

    def _emit_figure(self, figure: Element) -> None:
        if not self._takes_images():
            return  # (speed: a teaser's or a menu's picture is not read at all)
        caption_element = next(iter(figure.iter("figcaption")), None)
        if caption_element is None and figure_says_caption(figure):
            caption_element = figure  # its text besides the picture: the caption, as <figcaption> would be
        caption = credit = None
        if caption_element is not None:
            caption, credit = caption_and_credit(caption_element)
        images = [img for img in figure.iter("img")]
        if images:
            self._emit_image(images[0], caption, credit)
        elif caption:
            self._add_image(Image(caption=caption, credit=credit), figure)

    def _emit_image(self, img: Element, caption: str | None, credit: str | None) -> None:
        if not self._takes_images():
            return
        src = image_src(img)
        if (src is None and caption is None) or is_decoration(img, src):
            return
        alt = clean_text(img.get("alt") or "") or None
        resolved = resolve_url(self.url, src) if src else src
        self._add_image(Image(src=resolved, description=alt, caption=caption, credit=credit), img)

    def _takes_images(self) -> bool:
        """Whether a picture here is the article's: in its head or text, or inside the article's
        container above its headline (its lead picture)."""
        return self._zone() in ("head", "main") or (self.in_scope and not self.seen_headline)

    def _add_image(self, image: Image, element: Element) -> None:
        if not self._takes_images():
            return
        self.candidates.append(
            Candidate(
                text="",
                kind="image",
                zone=self._zone(),
                image=image,
                where=f"<{element.tag}> #{len(self.candidates)}",
            )
        )

    def _hint(self, element: Element, tag: str) -> BoilerplateKind | None:
        if (
            tag == "article"
            and (self.in_main or (self.in_scope and self.main_done))
            and element not in self.on_path
            and self._is_teaser(element)
        ):
            return "related"  # an article inside the article: a teaser card, an embedded other story
        if tag not in BOILERPLATE_TAGS and element not in self.named_furniture:
            return None  # the common case, decided without a call
        if self.in_main and not self.names_in_main:
            return None
        if tag in TEXT_BLOCKS:
            return None  # a paragraph's or heading's own class is weak evidence ("widget-title"); its words decide
        if not is_furniture(element, self.index, self.main_chars if self.in_main else 0):
            return None
        kind = furniture_kind(self.index.furniture_names(element))
        if kind == "related" and next(element.iter("a"), None) is None:
            return None  # links to other pages are what related content is: without any, a box of the article's own
        return kind or BOILERPLATE_TAGS.get(tag, "other")  # type: ignore[return-value]


@functools.lru_cache(maxsize=1024)
def furniture_kind(names: frozenset[str]) -> BoilerplateKind | None:
    """The boilerplate kind a container's furniture words announce, the most telling first."""
    kinds = {FURNITURE_KINDS[name] for name in names}
    return next((kind for kind in KIND_PRECEDENCE if kind in kinds), None)


def _holders_of_author_links(body: Element) -> frozenset[Element]:
    """The links in `body` to an author's page, and every element holding one. Speed: a block that is
    none of these holds no such link, and is not searched for one (a page has a few such links, and
    hundreds of blocks)."""
    holders: set[Element] = set()
    for link in body.iter("a"):
        if link not in holders and links_to_author_page(link.get("href") or ""):
            holders.add(link)
            holders.update(link.iterancestors())
    return frozenset(holders)


def _inside_link(element: Element, stop: Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == "a":
            return True
    return False


def _holds_html5_block(paragraph: Element) -> bool:
    """A <p> holding one of HTML5's block elements, which a browser would have closed it before."""
    return len(paragraph) > 0 and _holds_any_tag(paragraph, _CLOSES_PARAGRAPH)


def _holds_heading(heading: Element) -> bool:
    """A heading holding another, which a browser would have closed it before (lxml nests them)."""
    return len(heading) > 0 and _holds_any_tag(heading, HEADINGS)


def _holds_blocks(element: Element) -> bool:
    return len(element) > 0 and _holds_any_tag(element, _BLOCKS_OR_IMAGE)


_CLOSES_PARAGRAPH = frozenset(CLOSES_PARAGRAPH)
_BLOCKS_OR_IMAGE = BLOCK_TAGS | {"img"}


def _holds_any_tag(element: Element, tags: frozenset[str]) -> bool:
    """Whether an element inside `element` has one of `tags` (a scan of the few elements a block holds:
    cheaper than setting up lxml's tag matcher for a tag-filtered iteration)."""
    return any(
        descendant.tag in tags for descendant in element.iterdescendants()
    )  # (a comment's tag: in none)
