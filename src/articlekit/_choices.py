"""Fields chosen among the sources that give them: authors and organisations, site name, tags,
language and the lead image. Each chooser records in `how` the source it took."""

from __future__ import annotations

from collections.abc import Iterable

from ._blocks import AUTHOR_HANDLE_SOURCE, NAMED_AUTHOR_SOURCE, Metadata
from ._fields._authors import people_and_organisations, without_longer_repeats, without_places
from ._fields._headline import site_from_title
from ._fields._language import guess_language
from ._fields._site import site_from_publication, spells_host
from ._model import Image, PublicationLine

#: Where author names come from, most trusted first: one source is taken, not a union of all.
AUTHOR_SOURCES = (
    "json-ld author",
    "microdata author",
    "meta article:author",
    "meta parsely-author",
    "meta sailthru.author",
    "meta author",
    "meta dc.creator",
    "meta dcterms.creator",
    "meta byl",
    "meta twitter:data",
)
#: Links marked rel=author: after the visible byline, since sidebars and comment threads use them too.
LAST_AUTHOR_SOURCE = "rel=author"  # fmt: skip
#: The sources taken only when neither the metadata nor a visible byline names anyone, in this order.
LAST_RESORT_SOURCES = (LAST_AUTHOR_SOURCE, NAMED_AUTHOR_SOURCE, AUTHOR_HANDLE_SOURCE)


def choose_credits(
    meta: Metadata, bylines: list[str], how: dict[str, str], site_names: list[str], host: str | None = None
) -> tuple[list[str], list[str]]:
    """(people, organisations) credited with the article. People come from the most trusted source
    that names any (metadata, else the visible bylines, else rel=author links), without the site's,
    the publisher's or any organisation's name (nor a one-word credit spelling the host's: "Die
    FURCHE" on furche.at); organisations are every agency, newsroom or publisher credited as an author."""
    not_people = {_folded(n) for n in [*site_names, *meta.organisations] if n}
    organisations = list(meta.organisations)

    def people(credited: Iterable[str]) -> list[str]:
        """The names that are people's; the others are kept as organisations."""
        names = list(credited)
        brands = [name for name in names if spells_host(name, host)]
        kept, named_organisations = people_and_organisations(
            [name for name in names if name not in brands], not_people
        )
        organisations.extend([*brands, *named_organisations])
        return kept

    sources = sorted({src for _, src in meta.authors if src not in LAST_RESORT_SOURCES}, key=_author_rank)
    names: list[str] = []
    for source in sources:
        names = people(_without_site(n, not_people) for n, src in meta.authors if src == source)
        if names:
            how["authors"] = source
            break
    if not names:
        names = without_longer_repeats(without_places(people(bylines)))
    if not names:
        how.pop("authors", None)
    for source in LAST_RESORT_SOURCES if not names else ():
        credited = [n for n, src in meta.authors if src == source]
        names = _handles(credited, not_people) if source == AUTHOR_HANDLE_SOURCE else people(credited)
        if names:
            how["authors"] = source
            break
    unique = list(dict.fromkeys(organisations))
    if names:  # the site credited beside its writers adds nothing: it is the record's site_name
        unique = [name for name in unique if not _the_sites_own(name, site_names)]
    if unique:
        how["organisations"] = "credited as authors, and named as an organisation's (not a person's)"
    return names, unique


#: A site's name this short says too little to be found inside another ("AP", "NTV").
MIN_SITE_NAME_CHARS = 4


def _the_sites_own(name: str, site_names: list[str]) -> bool:
    """The site's own name, or a part of it ("VnExpress" for "Báo VnExpress"); a newsroom named after
    the site ("Redaktion hessenschau.de") says more than the site's name and is not it."""
    folded = _folded(name)
    sites = (_folded(site) for site in site_names)
    return any(folded == site or (len(folded) >= MIN_SITE_NAME_CHARS and folded in site) for site in sites)


def _handles(names: list[str], not_people: set[str]) -> list[str]:
    """User names taken as they are (no name's shape is asked of them), but never the site's own."""
    return list(dict.fromkeys(n for n in names if _folded(n) not in not_people))


def _folded(name: str) -> str:
    """A name as names are compared: case and white space aside."""
    return " ".join(name.casefold().split())


#: How a site's name is glued to an author's in metadata ("unocero - Alberto Ávila", "Jane Doe | Site").
_AFFIX_SEPARATORS = (" - ", " – ", " | ")


def _without_site(name: str, site_names: set[str]) -> str:
    """A metadata author name without the site's name glued before or after it."""
    for separator in _AFFIX_SEPARATORS:
        parts = [part.strip() for part in name.split(separator)]
        if len(parts) == 2 and _folded(parts[0]) in site_names:
            return parts[1]
        if len(parts) == 2 and _folded(parts[1]) in site_names:
            return parts[0]
    return name


def _author_rank(source: str) -> int:
    return AUTHOR_SOURCES.index(source) if source in AUTHOR_SOURCES else len(AUTHOR_SOURCES)


def choose_tags(found: list[tuple[str, str]], how: dict[str, str]) -> list[str]:
    """The tags of the first source that gives any, each once."""
    if not found:
        return []
    source = found[0][1]
    tags: list[str] = []
    for tag, src in found:
        if src == source and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    how["tags"] = source
    return tags


def choose_site_name(
    meta_sites: list[tuple[str, str]],
    publication: PublicationLine | None,
    site_hints: list[tuple[str, str]],
    how: dict[str, str],
    title: str | None,
    headline: str | None,
) -> str | None:
    """The metadata's site name, else the outlet of a publication line, else one named by a follow
    or copyright line, else what <title> adds to the headline."""
    if meta_sites:
        how["site_name"] = meta_sites[0][1]
        return meta_sites[0][0]
    if publication is not None:
        site = site_from_publication(publication)
        if site:
            how["site_name"] = "publication line"
            return site
    if site_hints:
        how["site_name"] = site_hints[0][1]
        return site_hints[0][0]
    site = site_from_title(title, headline) if title and headline else None
    if site:
        how["site_name"] = "what <title> adds to the headline"
    return site


def choose_language(declared: tuple[str, str] | None, body_text: str, how: dict[str, str]) -> str | None:
    """The declared language, else the one the body's function words suggest."""
    if declared:
        how["language"] = declared[1]
        return declared[0]
    guessed = guess_language(body_text)
    if guessed:
        how["language"] = "guessed from the body's function words"
    return guessed


def merge_images(meta_images: list[Image], found: list[Image]) -> list[Image]:
    """Images found in the page; the metadata's lead image (og:image, JSON-LD) only when the page shows none."""
    return list(found) if found else list(meta_images[:1])
