"""The article's head: its titles, the headline chosen from them, and the kicker set apart."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

import attrs

from ._blocks import Parts
from ._fields._headline import (
    SOURCE_NAMES,
    TEXT_SOURCE_NAMES,
    choose_headline,
    kicker_before,
    title_variants,
    without_kicker,
)
from ._fields._titles import fold, title_ends, title_shaped
from ._model import Titles


@attrs.define
class Head:
    """What the article's head says: the titles, the headline chosen from them, and the kicker."""

    titles: Titles
    headline: str | None = None
    how: str = ""
    kicker: str | None = None
    kicker_how: str = ""
    #: The visible headline element is the headline (or a rule named it): its line is not body text.
    shown: bool = False


def choose_head(parts: Parts, input_kind: Literal["html", "text"], url: str | None) -> Head:
    """The titles the page gives, the headline chosen among them and the kicker, each with how."""
    meta = parts.metadata
    visible = parts.candidates[parts.headline_index].text if parts.headline_index is not None else None
    titles = _text_titles(parts, visible) if input_kind == "text" else meta.titles
    head = Head(titles=Titles(visible=visible, **title_variants(meta.titles)))
    visible = _set_kicker_aside(parts.kicker, visible, head)
    host = urlsplit(url).hostname if url else None
    names = TEXT_SOURCE_NAMES if input_kind == "text" else SOURCE_NAMES
    site_names = [name for name, _ in meta.site_names]
    if input_kind == "text":
        site_names += _names_the_text_shows(parts)
    choice = choose_headline(
        visible, titles, site_names, host, source_names=names, kicker=head.kicker, slug=_slug(url)
    )
    head.headline, head.how = choice.text, choice.how
    if head.kicker is None and choice.kicker is not None:
        head.kicker = choice.kicker
        head.kicker_how = "what the chosen title adds to another of the page's titles"
    elif head.kicker is not None and choice.text and not choice.visible:
        head.headline = without_kicker(choice.text, head.kicker, separated=True) or choice.text
    if head.kicker is None and input_kind == "text" and (kicker := _text_kicker(parts, head.headline)):
        head.kicker, head.kicker_how = (
            kicker,
            "what the text's first line, read as a <title>, sets before the headline",
        )
    head.shown = choice.visible or "headline" in parts.pins  # a rule named the element
    return head


def _slug(url: str | None) -> str | None:
    """The letters of the last part of the page's address ("essenwestviertel" of ".../essenwestviertel.htm",
    "timcookonapple" of ".../tim-cook-on-apple"), its file extension and numbers aside; None without one."""
    if not url:
        return None
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    stem = last.rsplit(".", 1)[0] if "." in last else last
    letters = "".join(ch for ch in stem.lower() if ch.isalpha())
    return letters or None


def _text_titles(parts: Parts, visible: str | None) -> list[tuple[str, str]]:
    """A copied page's first line is often its <title>: read as one when it is the headline line
    ("Headline | Site" loses the site's name), or when no headline was found near the text."""
    opening = parts.candidates[0] if parts.candidates else None
    if opening is None or opening.kind not in ("paragraph", "heading") or "\n" in opening.text:
        return []
    first = opening.text
    if (
        parts.headline_index != 0
        and not title_shaped(first)
        and not (visible is None and parts.opens_with_title)
    ):
        return []
    if parts.headline_index == 0 or visible is None:
        return [(first, "title")]
    return []


#: A line this short standing alone in a copied page may be a name (the site's logo, a section's).
MAX_NAME_LINE_WORDS = 5


def _names_the_text_shows(parts: Parts) -> list[str]:
    """An end part of a copied page's first line (its <title>: "Headline - il Giornale") that the page
    also shows as a line of its own (the site's logo, its section's name): a name, not the headline's."""
    opening = parts.candidates[0].text if parts.candidates else ""
    ends = title_ends(opening)
    longest = max((len(end) for end in ends), default=0)
    visible = fold(parts.candidates[parts.headline_index].text) if parts.headline_index is not None else ""
    ends = [
        end
        for end in ends
        if len(end) < longest and len(end.split()) <= MAX_NAME_LINE_WORDS and fold(end) != visible
    ]  # (the headline's own part is the longer one, and the line shown as the headline)
    if not ends:
        return []
    lines = {
        fold(c.text)
        for c in parts.candidates[1:]
        if c.kind in ("paragraph", "heading")
        and len(c.text.split(None, MAX_NAME_LINE_WORDS)) <= MAX_NAME_LINE_WORDS
    }
    return [end for end in ends if fold(end) in lines]


def _text_kicker(parts: Parts, headline: str | None) -> str | None:
    """The kicker a copied page's first line (its <title>) sets before the headline found further
    down ("Kicker: Headline - Site"). The line only gives the kicker: measured, letting it compete
    as a title lost more headlines than it won."""
    opening = parts.candidates[0] if parts.candidates else None
    if not headline or not parts.headline_index or opening is None or "\n" in opening.text:
        return None
    return kicker_before(opening.text, headline) if title_shaped(opening.text) else None


def _set_kicker_aside(kicker: tuple[str, bool] | None, visible: str | None, head: Head) -> str | None:
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
