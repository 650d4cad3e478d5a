"""Headline: the article's own title, chosen among the visible h1 and the metadata titles by agreement."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from . import _patterns as P
from ._titles import (
    agree,
    fold,
    rejoin_parts,
    site_test,
    strip_site_name,
    title_letters,
    title_parts,
    title_words,
)

#: Metadata title sources in order of trust when the visible headline does not settle it.
SOURCE_ORDER = (
    "json-ld",
    "og:title",
    "twitter:title",
    "microdata",
    "meta",
    "json-ld name",
    "title",
    "visible",
)


class HeadlineChoice(NamedTuple):
    """The headline chosen, how, whether the visible headline element is it, and the kicker that
    one of the page's titles runs into it ("Kicker: Headline" where another title is "Headline")."""

    text: str | None
    how: str
    visible: bool
    kicker: str | None = None


#: How provenance names a title's source (others by their own names: "meta og:title").
SOURCE_NAMES = {"visible": "the visible headline", "title": "<title>", "json-ld": "JSON-LD headline"}
#: The same for text input, whose titles are lines.
TEXT_SOURCE_NAMES = {
    "visible": "the text's headline line",
    "title": "the text's first line, read as a <title>",
}


def choose_headline(
    visible: str | None,
    titles: Sequence[tuple[str, str]],
    site_names: Sequence[str],
    host: str | None = None,
    *,
    source_names: Mapping[str, str] = SOURCE_NAMES,
    kicker: str | None = None,
    slug: str | None = None,
) -> HeadlineChoice:
    """The headline, chosen among the page's titles.

    The page's titles vote: the visible <h1>, JSON-LD's headline (and name), og:title, twitter:title,
    other meta titles and <title> (each without a site-name affix). The title most of the others agree
    with wins (same words, or one holding the other); ties go to the more deliberate source
    (SOURCE_ORDER: the publisher's structured data first; <title> before an <h1> that disagrees with
    everything, which is more often a section's or a blog's name than the article's). `source_names`
    name the sources in the provenance (text input has no <title>, only lines read as one); `kicker`,
    the topic line an element named for it sets above or in the headline ("Wurmkiste" over "Wurmkiste
    selber bauen"), is no headline even where the social titles say only it; `slug`, the last part of
    the page's address, votes for the title it spells ("essenwestviertel.htm" for "Essen-Westviertel").
    """
    folded_sites = {fold(s) for s in site_names}
    sites = tuple(site_names)
    options = [(_without_affixes(t, src, visible, sites, host), src) for t, src in titles]
    if visible and fold(visible) not in folded_sites:
        options.append((" ".join(visible.split()), "visible"))
    options = [(t, src) for t, src in options if t and fold(t) not in folded_sites]
    if kicker:  # a title that says only the kicker the page sets above its headline is not the headline
        options = [(t, src) for t, src in options if fold(t) != fold(kicker)] or options
    if not options:
        return HeadlineChoice(None, "", False)
    options = _without_learned_sites(options)
    support = {t: sum(agree(t, other) for other, _ in options) + spells_slug(t, slug) for t, _ in options}
    text, source = min(options, key=lambda item: (-support[item[0]], _rank(item[1])))
    agreeing = sorted(
        {src for t, src in options if title_words(t) == title_words(text) and src != source}, key=_rank
    )
    how = f"{source_names.get(source, source)}" + (
        f", agreeing with {', '.join(source_names.get(a, a) for a in agreeing)}" if agreeing else ""
    )
    kicker = None
    if visible and source != "visible" and _other_words(text, visible):
        text, source = " ".join(visible.split()), "visible"
        how = f"{source_names['visible']}; the other titles share almost no words with it (written for search engines)"
    if visible and source != "visible" and _extends(text, visible):
        text = " ".join(visible.split())  # the words a title adds for search engines ("... Rezept")
        how += "; cut to the visible headline, which it extends"
    if visible and source != "visible" and title_words(visible) == title_words(text):
        text = " ".join(visible.split())  # the same words: as the page presents them
    shown = _as_shown(text, visible)
    if shown is not None:
        text, kicker = shown
        how += "; cut to the visible headline's words"
    bare = _without_kicker(text, options) if kicker is None else None
    if bare is not None:
        kicker, text, bare_source = bare
        how += f"; without its kicker {kicker!r}, as {source_names.get(bare_source, bare_source)} gives it"
    elif kicker is None:
        kicker = _kicker_in_titles(text, options)
    return HeadlineChoice(text, how, bool(visible) and agree(str(visible), text), kicker)


def _without_affixes(
    title: str, source: str, visible: str | None, sites: tuple[str, ...], host: str | None
) -> str:
    """A title without its site name; when <title>'s site name has to be guessed and one of its
    separated parts is the visible headline ("Kleine Schafskunde | Mäscot das Schaf – Webcomic"), the
    rest is what goes, however long."""
    part = _part_shown(title, visible) if source == "title" and visible else None
    return part or _without_site(title, sites, host, guess=source == "title")


#: A visible headline of this many words at least, sharing under this share of its words with the
#: winning title, is another title than it: the page's own, the metadata's written for search engines
#: ("Wie hoch sind die Zinsen für einen Privatkredit?" over "Privatkredit-Zinsen: So ermitteln Sie
#: Ihre Kosten"). Measured: on fewer shared words the visible headline is right more often.
MIN_OTHER_WORDS = 4
MAX_SHARED_WORDS = 0.2


def spells_slug(title: str, slug: str | None) -> bool:
    """Whether the last part of the page's address spells the title, letter for letter ("essen-westviertel"
    or "essenwestviertel.htm" for "Essen-Westviertel"). A slug cut short, or one of the first version of
    a headline edited since, votes for nothing: the letters must all be there."""
    if not slug:
        return False
    letters = title_letters(title)
    return bool(letters) and letters == slug


def _other_words(title: str, visible: str) -> bool:
    """Whether the visible headline is a title of its own words, beside a winning title of others."""
    if len(visible.split()) < MIN_OTHER_WORDS:
        return False
    seen, chosen = set(P.LONG_WORD.findall(fold(visible))), set(P.LONG_WORD.findall(fold(title)))
    return bool(seen) and len(seen & chosen) < MAX_SHARED_WORDS * len(seen | chosen)


#: A visible headline this short (in words) says too little for a longer title to be taken as it plus
#: words added ("Leslie Clio", a page about the singer).
MIN_EXTENDED_WORDS = 3


def _extends(title: str, visible: str) -> bool:
    """Whether a title is the visible headline with words run on after or before it
    ("Schneewittchen-Kuchen mit Mini-Marshmallows Rezept" over the <h1> "Schneewittchen-Kuchen mit
    Mini-Marshmallows")."""
    shown, words = title_words(visible), title_words(title)
    if len(shown.split()) < MIN_EXTENDED_WORDS:
        return False
    return words.startswith(shown + " ") or words.endswith(" " + shown)


def _as_shown(text: str, visible: str | None) -> tuple[str, str | None] | None:
    """(headline, kicker): the chosen title cut to the visible headline's words, when it is those
    words with separated affixes more than the site's name ("Headline | Forum | MacTechNews.de",
    where only the site's own name was known to be one), or with a kicker before a colon ("Kicker:
    Headline - Site"): what the reader sees as the headline bounds it. The title's own typography
    is kept here; a title of the visible headline's very words is given as the page shows it (see
    `choose_headline`)."""
    if not visible:
        return None
    shown = title_words(visible)
    parts = title_parts(text)
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            run = rejoin_parts(text, parts[start:end])
            kicker, colon, rest = run.partition(": ")
            if colon and title_words(rest) == shown and len(kicker.split()) <= MAX_KICKER_WORDS:
                return rest.strip(), kicker.strip()
            if (start, end) != (0, len(parts)) and title_words(run) == shown:
                return run, None
    return None


def part_of_title(title: str, line: str) -> bool:
    """Whether `line` says one of a title's separated parts, or a run of them, and not the whole
    ("Hope!" of "Hope! - bewusster leben")."""
    return _part_shown(title, line) is not None


def _part_shown(title: str, line: str) -> str | None:
    """The run of a title's separated parts that `line` says, without a kicker, as the title writes it."""
    shown = _as_shown(title, line)
    return shown[0] if shown is not None and shown[1] is None else None


def kicker_before(title: str, headline: str) -> str | None:
    """The kicker a title sets before the headline after a colon ("Kicker: Headline - Site"), or None."""
    shown = _as_shown(title, headline)
    return shown[1] if shown is not None else None


def _kicker_in_titles(text: str, options: Sequence[tuple[str, str]]) -> str | None:
    """The kicker another of the page's titles sets before the chosen headline ("Genetik: Headline"
    beside "Headline"), joined by a colon or a dash; None when no title does."""
    for other, _ in sorted(options, key=lambda item: _rank(item[1])):
        kicker, colon, rest = other.partition(": ")
        if not colon:
            kicker, _, rest = other.partition(" – ")
        if rest and 1 <= len(kicker.split()) <= MAX_KICKER_WORDS and title_words(text) in _heads(rest):
            return kicker.strip()
    return None


def _heads(title: str) -> set[str]:
    """The words of a title, and of each of its starts up to a separator ("Headline - Site")."""
    parts = title_parts(title)
    return {title_words(title)} | {title_words(" ".join(parts[:cut])) for cut in range(1, len(parts))}


#: A kicker ("Neue Leipziger Schule: ...") is a short topic label before a colon.
MAX_KICKER_WORDS = 6


def _without_kicker(text: str, options: Sequence[tuple[str, str]]) -> tuple[str, str, str] | None:
    """(kicker, headline, source) when the chosen title is "Kicker: Headline" and another of the page's
    titles is the headline alone: the publisher itself names the headline without the label (other than
    <title> with a guessed affix taken off)."""
    kicker, colon, rest = text.partition(": ")
    if not colon or not 1 <= len(kicker.split()) <= MAX_KICKER_WORDS or len(rest.split()) < 3:
        return None
    for other, source in sorted(options, key=lambda item: _rank(item[1])):
        # (<title>'s own affix stripping is a guess)
        if source != "title" and title_words(other) == title_words(rest):
            return kicker, other, source
    return None


@functools.lru_cache(maxsize=4096)
def _without_site(title: str, site_names: tuple[str, ...], host: str | None, *, guess: bool) -> str:
    """A title without its "| Site" affix: a known site name anywhere, a guessed one only in <title>;
    never a separator left dangling at an end ("Headline -", its site's name left out)."""
    ends = title.strip()  # (speed: the regex is run only where a separator ends the title)
    if ends[:1] in _SEPARATOR_CHARS or ends[-1:] in _SEPARATOR_CHARS:
        title = P.DANGLING_SEPARATOR.sub("", title)
    stripped = strip_site_name(title, site_names, host)
    if guess or stripped == title.strip():
        return stripped
    parts = title_parts(title)
    removed = [p for p in parts if p not in stripped]
    is_site = site_test(site_names, host)
    return stripped if all(is_site(p) for p in removed) else title.strip()


#: The characters DANGLING_SEPARATOR finds left at a title's end.
_SEPARATOR_CHARS = frozenset("-|–—»«·")


def _without_learned_sites(options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Headline | Site" where another title says just "Headline": the short end part is the site's
    name (learned from the page itself when no metadata names the site), and is dropped."""
    bare = {title_words(t) for t, src in options if src != "title"}  # <title>'s own stripping is a guess
    cleaned: list[tuple[str, str]] = []
    for text, source in options:
        parts = title_parts(text)
        if len(parts) >= 2:
            for kept, affix in ((parts[:-1], parts[-1]), (parts[1:], parts[0])):
                if len(affix.split()) <= MAX_SITE_WORDS and title_words(rejoin_parts(text, kept)) in bare:
                    text = rejoin_parts(text, kept)
                    break
        cleaned.append((text, source))
    return cleaned


MAX_SITE_WORDS = 5


def _rank(source: str) -> int:
    return SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)


#: What joins a kicker to its headline in one line ("Kicker: Headline", "Kicker – Headline").
KICKER_JOINS = ":|-–—·•"


def without_kicker(title: str, kicker: str, *, separated: bool) -> str | None:
    """The title without the kicker set at its start ("Hafenfähre Die alte Fähre" -> "Die alte Fähre"),
    or None when it does not start with it or nothing would be left. `separated`: only where a colon,
    a bar or a dash follows the kicker (a title's words may begin with the kicker's: "Texas voters")."""
    head, rest = title[: len(kicker)], title[len(kicker) :]
    if fold(head) != fold(kicker):
        return None
    bare = rest.lstrip(f" {KICKER_JOINS}")
    if separated and not any(join in rest[: len(rest) - len(bare)] for join in KICKER_JOINS):
        return None
    return bare if len(bare.split()) >= 2 else None


#: Title sources of each variant in the record, first met first.
TITLE_VARIANTS = {
    "structured": ("json-ld", "microdata"),
    "social": ("og:title", "twitter:title"),
    "document": ("title",),
}


def title_variants(titles: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each kind of title the page's metadata gives (structured, social, document), as it gives it."""
    found: dict[str, str] = {}
    for variant, sources in TITLE_VARIANTS.items():
        for source in sources:
            text = next((t for t, src in titles if src == source), None)
            if text:
                found[variant] = text
                break
    return found


def site_from_title(title: str, headline: str) -> str | None:
    """ "Headline | Site" or "Site - Headline": what `<title>` adds to the headline is the site's name."""
    parts = title_parts(title)
    if len(parts) < 2 or not any(agree(p, headline) or fold(p) == fold(headline) for p in parts):
        return None
    rest = [p for p in parts if not (agree(p, headline) or fold(p) == fold(headline))]
    if len(rest) == 1 and 1 <= len(rest[0].split()) <= 5:
        return rest[0]
    return None
