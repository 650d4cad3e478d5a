"""Authors: people's names from bylines and metadata, without "By", roles, dates or handles."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from . import _patterns as P

_HANDLE_OR_MAIL = re.compile(r"@\w+|\S+@\S+\.\w+|https?://\S+")
_NOT_A_NAME = re.compile(
    r"^(staff|editor|editors|admin|administrator|reporter|correspondent|news desk|web desk|desk|team|"
    r"agencies|agency|wire|guest|contributor|anonymous|unknown)$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")  # "mbl.is", "Lrt.lt": a site, not a person
MAX_BARE_NAME_WORDS = 6
#: Lower-case words that belong inside names ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset("von van der den de del della di da dos du la le bin al el y e ter ten".split())
_INTERFACE_WORDS = frozenset(
    "view profile follow author authors more articles posts bio contact email share about all".split()
)
BYLINE_WORD = re.compile(r"^(by|von|par|por|di|de|door|af|av|przez)\W*$", re.IGNORECASE)
#: Letters, spaces, hyphens, apostrophes and dots only: a name, not a sentence or a label with digits.
_NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.\- ]*$")
_BY_PREFIX = re.compile(r"^\W*(by|written by|von|par|por|di)\s+", re.IGNORECASE)
_EMPTY_PARENS = re.compile(r"\(\s*\)?$|\(\s*\)")
_ROLE_TAIL = re.compile(r"\s*[|–—]\s*.*$")
#: Titles written after the name in Korean, Japanese and Chinese bylines ("신현주 기자", "山田太郎記者").
_ROLE_SUFFIX = re.compile(r"\s*(?:기자|특파원|선임기자|논설위원|記者|记者|特派員|特派员|編集委員|编辑)$")
_ROLE_WORDS = frozenset(
    """correspondent editor editors reporter writer columnist contributor producer analyst photographer
    journalist staff desk bureau chief senior associate managing deputy political foreign professor
    lecturer researcher director fellow president founder dean head""".split()
)


#: Words that make a credited name an organisation's: a newsroom, an agency, a wire service.
_ORGANISATION_WORDS = frozenset(
    """press presse agencies agency agence agencia agenzia ajansı news nachrichten newsroom redaktion
    rédaction redaccion redacción redazione redactie media wire wires online""".split()
)
#: News agencies that credit articles by their short names.
_WIRE_SERVICES = frozenset(
    """afp ap dpa sda kna epd apa anp efe ansa aap pa upi tass ians pti ani reuters xinhua kyodo yonhap
    belga tt ntb ritzau stt ctk pap mti hina bta""".split()
)
#: A short all-capital first word ("MDR Thüringen", "SRF News"): a broadcaster's or agency's initials.
_INITIALS = re.compile(r"^[A-ZÄÖÜ]{3,5}$")


def is_organisation(name: str) -> bool:
    """Whether a credited name is an organisation's (an agency, a newsroom), not a person's."""
    words = name.split()
    folded = [word.casefold().strip(".,()") for word in re.split(r"[\s/\-]+", name)]
    if any(word in _ORGANISATION_WORDS or word in _WIRE_SERVICES for word in folded):
        return True
    return len(words) >= 2 and bool(_INITIALS.match(words[0])) and not name.isupper()


def people_and_organisations(
    names: Iterable[str], not_people: Container[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Credited names, cleaned, split into people and organisations: agencies and newsrooms, and the
    names in `not_people` (folded: the site's and the publisher's names)."""
    people: list[str] = []
    organisations: list[str] = []
    for name in clean_names(names):
        (organisations if name.casefold() in not_people or is_organisation(name) else people).append(name)
    return people, organisations


def byline_names(text: str) -> list[str] | None:
    """The names of a byline line ("By Jane Doe and John Roe"), or None when the line is not a byline."""
    line = " ".join(text.split())
    match = P.BYLINE.match(line)
    if match is None or len(line.split()) > 16:
        return None
    names = clean_names(P.NAME_SPLIT.split(match.group("names")))
    return names or None


def bare_name(text: str) -> list[str] | None:
    """A name standing alone ("Madeleine Howell", "松岡大地"), as bylines without "By" print it."""
    words = text.split()
    while words and words[-1].lower() in _INTERFACE_WORDS:
        words.pop()  # "Madeleine Howell View Profile": the author box's button follows the name
    line = " ".join(words)
    if not line or len(words) > MAX_BARE_NAME_WORDS or not _NAME_SHAPE.match(line):
        return None
    if any(word[0].islower() and word not in _NAME_PARTICLES for word in words):
        return None  # "Please enter your name here": words, not a name
    if len(words) == 1 and BYLINE_WORD.match(line):
        return None  # a byline's "By" standing in an element of its own
    if any(word.lower() in _INTERFACE_WORDS for word in words):
        return None  # "View Profile", "Follow Author": the byline box's buttons
    names = clean_names(P.NAME_SPLIT.split(line))
    return names or None


def clean_names(candidates: Iterable[str]) -> list[str]:
    """Clean, split ("Jane Doe and John Roe") and deduplicate author names, keeping order."""
    names: list[str] = []
    for candidate in candidates:
        for part in P.NAME_SPLIT.split(candidate):
            name = clean_name(part)
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def without_places(names: list[str]) -> list[str]:
    """A byline's one-word parts after a full name are places or agencies ("Anna Sleegers, Frankfurt")."""
    if not any(len(name.split()) >= 2 for name in names):
        return names
    return [name for index, name in enumerate(names) if index == 0 or len(name.split()) >= 2]


def clean_name(candidate: str) -> str | None:
    name = _HANDLE_OR_MAIL.sub(" ", candidate)
    name = _BY_PREFIX.sub("", name.strip())
    name = _ROLE_TAIL.sub("", name)
    name = _EMPTY_PARENS.sub("", " ".join(name.split())).strip(" .,;:|-–—(")
    name = _ROLE_SUFFIX.sub("", name)
    if not name or _NOT_A_NAME.match(name) or any(ch.isdigit() for ch in name):
        return None
    if len(name.split()) > 5 or name[0].islower() or _DOMAIN.match(name):
        return None
    if any(word.lower().strip(".,") in _ROLE_WORDS for word in name.split()) or " of " in name:
        return None
    return name
