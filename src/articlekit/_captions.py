"""Captions met among the blocks: a caption or credit line completes the picture before it; a block
repeating a caption (a lightbox's or gallery's copy) is not the text, and may give the credit."""

from __future__ import annotations

import attrs

from ._blocks import Candidate
from ._fields._images import split_credit, strip_caption_prefix
from ._fields._patterns import CAPTION_PREFIX, CREDIT_LINE, PHOTO_CREDIT_END, WIRE_CAPTION
from ._found import Found
from ._model import Image

#: A caption this long, seen again at the start of a block, makes that block a copy of it.
MIN_REPEATED_CAPTION_CHARS = 30


def _reads_as_caption_line(text: str) -> bool:
    return bool(WIRE_CAPTION.match(text) or PHOTO_CREDIT_END.search(text))


def reads_as_captions(candidate: Candidate, after_counter: bool) -> bool:
    """A paragraph that is a picture's caption or credit (by its container's name, its shape, its place
    after a slideshow's counter), or a list whose every item is a caption (a gallery's)."""
    text = candidate.text
    if candidate.kind == "list":
        return all(_reads_as_caption_line(line) for line in text.split("\n") if line.strip())
    return candidate.kind == "paragraph" and bool(
        after_counter
        or candidate.caption_hint
        or CAPTION_PREFIX.match(text)
        or CREDIT_LINE.match(text)
        or _reads_as_caption_line(text)
    )


def add_caption(found: Found, text: str, where: str) -> None:
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


def credit_from_copy(found: Found, text: str) -> None:
    """A caption's copy (a lightbox's) often adds the credit the caption goes without: it completes that image."""
    caption, credit = split_credit(strip_caption_prefix(text))
    if not credit:
        return
    for i, image in enumerate(found.images):
        if image.caption and image.credit is None and caption and caption.startswith(image.caption):
            found.images[i] = attrs.evolve(image, credit=credit)
            return


def repeats_caption(text: str, captions: list[str]) -> bool:
    """A block starting with a caption seen before: a lightbox or gallery copy of it."""
    return any(text.startswith(caption) for caption in captions if len(caption) >= MIN_REPEATED_CAPTION_CHARS)
