"""Images in HTML: where an image's file is (lazy-loading attributes, srcset's largest), whether it is
decoration, and a figure caption's text and credit."""

from __future__ import annotations

import re

from .._fields._images import split_credit, strip_caption_prefix
from .._fields._patterns import GALLERY_LABEL
from ._selectors import CAPTION_TOKENS, CREDIT_TOKENS, DECORATIVE_IMAGE_WORDS, LAZY_SRC_ATTRIBUTES
from ._tree import Element, clean_text, name_values, text_of

#: An image no larger than this (width or height attribute) is an icon, a spacer or a tracking pixel.
MAX_DECORATION_PIXELS = 50
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset", "data-flickity-lazyload-srcset")
_SRCSET_SPLIT = re.compile(r",\s+")
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$")


def image_src(img: Element) -> str | None:
    """The image's file: the largest candidate of a srcset (the img's, or its <picture>'s sources),
    else the URL a lazy loader keeps in a data attribute (its src is a placeholder until the picture
    loads: "penci2-holder.png"), else its src. Placeholders (data: URIs) aside."""
    candidates = _srcset_candidates(img)
    picture = _picture_of(img)
    if picture is not None:
        for source in picture.iter("source"):
            candidates += _srcset_candidates(source)
    if candidates:
        return max(candidates, key=lambda c: c[0])[1]
    for attribute in (*LAZY_SRC_ATTRIBUTES, "src"):
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for key, raw in img.items():
        # other lazy loaders: data-flickity-lazyload, data-lazy, data-original-src ...
        attribute, value = str(key), str(raw)
        if attribute.startswith("data-") and ("src" in attribute or "lazy" in attribute) and _is_url(value):
            return value.strip()
    return None


def _srcset_candidates(element: Element) -> list[tuple[float, str]]:
    """(size, URL) of each srcset candidate: width descriptors, else density; URLs may hold commas only
    when followed by no space, as the HTML standard splits on comma-plus-space in practice."""
    found: list[tuple[float, str]] = []
    for attribute in SRCSET_ATTRIBUTES:
        value = element.get(attribute)
        if not value or not value.strip():
            continue
        for candidate in _SRCSET_SPLIT.split(value.strip()):
            parts = candidate.strip().rstrip(",").split()
            if not parts or parts[0].startswith("data:"):
                continue
            size = 1.0
            if len(parts) > 1 and (match := _DESCRIPTOR.match(parts[1])):
                size = float(match.group(1)) * (1.0 if match.group(2) == "w" else 1000.0)
            found.append((size, parts[0]))
    return found


def _picture_of(img: Element) -> Element | None:
    """The <picture> an image belongs to (libxml2 may nest it inside the <source> elements)."""
    parent = img.getparent()
    while parent is not None and parent.tag == "source":
        parent = parent.getparent()
    return parent if parent is not None and parent.tag == "picture" else None


def _is_url(value: str) -> bool:
    value = value.strip()
    return value.startswith(("http://", "https://", "//", "/")) and " " not in value


def is_decoration(img: Element, src: str | None) -> bool:
    """Logos, icons, avatars, spacers and tracking pixels: by their names and their size."""
    hints = " ".join([src or "", img.get("class") or "", img.get("id") or "", img.get("alt") or ""]).lower()
    if any(word in hints for word in DECORATIVE_IMAGE_WORDS):  # substring tests beat a regex here
        return True
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= MAX_DECORATION_PIXELS:
            return True
    return False


def _named_for(element: Element, tokens: frozenset[str]) -> bool:
    return not tokens.isdisjoint(t for value in name_values(element) for t in value)


def _named_caption_only(element: Element) -> bool:
    """Named for a caption and not for its credit ("figcaption", not "e-caption__credit")."""
    return _named_for(element, CAPTION_TOKENS) and not _named_for(element, CREDIT_TOKENS)


def caption_and_credit(figcaption: Element) -> tuple[str | None, str | None]:
    """A figure caption's text and its credit, from an element named for the credit or from the text."""
    named = [e for e in figcaption.iterdescendants() if _named_for(e, CREDIT_TOKENS)]
    # a line named for its credit ("mediaBox__copyright") that holds the caption's own element is no credit
    named = [e for e in named if not any(_named_caption_only(d) for d in e.iterdescendants())]
    credit_parts = [e for e in named if not any(a in named for a in e.iterancestors())]
    if credit_parts:
        credit = clean_text(" ".join(text_of(e) for e in credit_parts))
        caption = clean_text(text_of(figcaption))
        for part in credit_parts:
            caption = caption.replace(clean_text(text_of(part)), "").strip()
        return (strip_caption_prefix(caption) or None), (strip_caption_prefix(credit) or None)
    return split_credit(strip_caption_prefix(clean_text(text_of(figcaption))))


#: Of a figure's text, at most this share may be link text for the rest to be its caption (a teaser
#: card's figure is its link).
MAX_FIGURE_CAPTION_LINK_SHARE = 0.5
#: A figure's own text of fewer words is a label or a button ("Video", "Zoom"), not a caption.
MIN_FIGURE_CAPTION_WORDS = 2
#: A figure's own text of more words is a notice beside the picture (an embed's consent text).
MAX_FIGURE_CAPTION_WORDS = 60


def figure_says_caption(figure: Element) -> bool:
    """A <figure> without <figcaption> whose own text, few of it links, reads as its caption (not a
    label, a gallery's button or a notice)."""
    text = clean_text(text_of(figure))
    words = len(text.split(None, MAX_FIGURE_CAPTION_WORDS))
    if not MIN_FIGURE_CAPTION_WORDS <= words <= MAX_FIGURE_CAPTION_WORDS or GALLERY_LABEL.match(text):
        return False
    linked = sum(len(clean_text(text_of(link))) for link in figure.iter("a"))
    return linked <= MAX_FIGURE_CAPTION_LINK_SHARE * len(text)
