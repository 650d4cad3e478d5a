"""Authors: people's names from bylines and metadata, without "By", roles, dates or handles."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator

from . import _patterns as P

_HANDLE_OR_MAIL = re.compile(r"@\w+|\S+@\S+\.\w+|https?://\S+")
_NOT_A_NAME = re.compile(
    r"^(staff|editor|editors|admin|administrator|reporter|correspondent|news desk|web desk|desk|team|"
    r"agencies|agency|agenturen|agences|agencias|agenzie|wire|guest|contributor|anonymous|unknown)$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")  # "mbl.is", "Lrt.lt": a site, not a person
MAX_BARE_NAME_WORDS = 6
#: Lower-case words that belong inside names ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset("von van der den de del della di da dos du la le bin al el y e ter ten".split())
_INTERFACE_WORDS = frozenset(
    "view profile follow author authors more articles posts bio contact email share about all "
    "mehr profil folgen autor autoren artikel beiträge kontakt teilen anzeigen "  # German
    "afficher voir profil suivre auteur plus articles partager "  # French
    "ver perfil seguir autor más artículos compartir "  # Spanish
    "vedi profilo segui autore altro articoli condividi".split()  # Italian
)
BYLINE_WORD = re.compile(r"^(by|von|par|por|di|de|door|af|av|przez)\W*$", re.IGNORECASE)
#: Letters, spaces, hyphens, apostrophes and dots only: a name, not a sentence or a label with digits.
_NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.\- ]*$")
_BY_PREFIX = re.compile(r"^\W*(?:(?i:by|written by|von|par|por|di)\s+|(?:By|Von|Par|Por)(?=[A-Z]))")
#: (The second form: "VonBR24 Redaktion", a byline's word in an element of its own, glued to the name.)
#: "Posted by Jane Doe in Transport", "Jane Doe in Paris": the section filed under, or the place.
_FILED_UNDER_OR_FROM = re.compile(r"\s+in\s+\S.*$")
_EMPTY_PARENS = re.compile(r"\(\s*\)?$|\(\s*\)")
_ROLE_TAIL = re.compile(r"\s*[|–—]\s*.*$")
#: Titles written after the name in Korean, Japanese and Chinese bylines ("신현주 기자", "山田太郎記者").
_ROLE_SUFFIX = re.compile(r"\s*(?:기자|특파원|선임기자|논설위원|記者|记者|特派員|特派员|編集委員|编辑)$")
_ROLE_WORDS = frozenset(
    """correspondent editor editors reporter writer columnist contributor producer analyst photographer
    journalist staff desk bureau chief senior associate managing deputy political foreign professor
    lecturer researcher director fellow president founder dean head
    redakteur redakteurin korrespondent korrespondentin journalistin reporterin autorin volontär volontärin
    rédacteur rédactrice journaliste correspondant correspondante periodista redactor redactora
    corresponsal giornalista redattore redattrice corrispondente""".split()
)


def is_role(text: str) -> bool:
    """A byline's segment naming a role alone ("Reporter", "Senior Editor", "Redakteurin")."""
    words = [word.lower().strip(".,") for word in text.split()]
    return bool(words) and len(words) <= MAX_ROLE_WORDS and all(word in _ROLE_WORDS for word in words)


MAX_ROLE_WORDS = 3


#: Words no person's name holds: a newsroom, an agency, a wire service ("MM-Redaktion", "Euronews with
#: Agencies", "SRF News", "FOCUS online"). Words that are also surnames ("Press") are not among them.
_ORGANISATION_WORDS = frozenset(
    """agencies agency agence agencia agenzia ajansı agentur agenturen news nachrichten newsroom redaktion
    rédaction redaccion redacción redazione redactie media online wires""".split()
)
#: News agencies that credit articles by their short names: an organisation when the short name is the
#: whole credit ("AFP", "dpa") or a compound of such names and desk initials ("AFP/dpa", "det/dpa",
#: "dpa-AFX"). One word of a person's name may read the same ("Ani Petrosyan", "Efe Kerem Sözeri").
_WIRE_SERVICES = frozenset(
    """afp ap dpa sda kna epd apa anp efe ansa aap pa upi tass ians pti ani reuters xinhua kyodo yonhap
    belga tt ntb ritzau stt ctk pap mti hina bta""".split()
)
#: Agencies credited by their full names when these read like a person's ("Jane Press" is a person).
_AGENCY_NAMES = frozenset(
    {
        "associated press",
        "the associated press",
        "canadian press",
        "the canadian press",
        "australian associated press",
        "press association",
        "united press international",
    }
)
#: "Associated Press in Valencia", "AFP in Paris": where the agency filed from.
_FILED_FROM = re.compile(r"\s+in\s+[A-ZÀ-Ý][\w.\- ]*$")
#: A desk's or editor's initials beside an agency's name ("det/dpa", "dpa-AFX"): one case throughout.
_INITIALS_PART = re.compile(r"^(?:[a-zäöü]{1,8}|[A-ZÄÖÜ]{1,8})$")
#: A short all-capital first word ("MDR Thüringen", "SRF News"): a broadcaster's or agency's initials.
_INITIALS = re.compile(r"^[A-ZÄÖÜ]{3,5}$")


def is_organisation(name: str) -> bool:
    """Whether a credited name is an organisation's (an agency, a newsroom), not a person's, judged by
    how the whole name reads: an agency's name or short name as the whole credit, a compound of agencies
    and desk initials, a newsroom word no person's name holds, or initials before a name."""
    whole = _FILED_FROM.sub("", " ".join(name.split()).strip(" .,()"))
    if _is_agency_credit(whole):
        return True
    words = [word.casefold().strip(".,()") for word in re.split(r"[\s/\-]+", whole)]
    if any(word in _ORGANISATION_WORDS for word in words):
        return True
    first = whole.split()[0] if whole.split() else ""
    return len(whole.split()) >= 2 and bool(_INITIALS.match(first)) and not whole.isupper()


def _is_agency_credit(whole: str) -> bool:
    """An agency's name or short name as the whole credit ("AFP", "dpa", "Associated Press"), or short
    names and desk initials joined ("AFP/dpa", "det/dpa", "dpa-AFX")."""
    if whole.casefold() in _WIRE_SERVICES or whole.casefold() in _AGENCY_NAMES:
        return True
    parts = [part for part in re.split(r"\s*[/\-]\s*", whole) if part]
    return (
        len(parts) >= 2
        and any(part.casefold() in _WIRE_SERVICES for part in parts)
        and all(part.casefold() in _WIRE_SERVICES or _INITIALS_PART.match(part) for part in parts)
    )


def people_and_organisations(
    names: Iterable[str], not_people: Container[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Credited names, cleaned, split into people and organisations: agencies and newsrooms, and the
    names in `not_people` (folded: the site's and the publisher's names). One-word names right after an
    organisation's name or a site's domain say where it is ("hessenschau.de, Frankfurt, Germany",
    "SPIEGEL ONLINE, Hamburg, Germany"): neither people nor organisations."""
    people: list[str] = []
    organisations: list[str] = []
    seen: set[str] = set()
    after_organisation = False
    for name, part in _credited(names):
        if name is None:
            after_organisation = after_organisation or bool(_DOMAIN.match(part.strip(" .,;:|-–—()")))
            continue
        if name.casefold() in not_people or is_organisation(name):
            after_organisation, kept = True, organisations
        elif after_organisation and _one_spaced_word(name):
            continue  # where the organisation is
        else:
            after_organisation, kept = False, people
        if name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return people, organisations


def _credited(names: Iterable[str]) -> Iterator[tuple[str | None, str]]:
    """Each credited part ("Jane Doe and John Roe" is two) with its cleaned name, None when it is no
    name; a person's name run together with an agency's gives both."""
    for candidate in names:
        for part in P.NAME_SPLIT.split(candidate):
            name = clean_name(part)
            for piece in _agency_apart(name) if name else [None]:
                yield piece, part


def _agency_apart(name: str) -> list[str]:
    """A person's name run together with an agency's ("Vasilisa Stepanenko The Associated Press",
    "Jane Doe/dpa"), as two names; any other name as it is. A short name after a space stays part of
    the name: "Maria Efe" is a person."""
    if _is_agency_credit(name):
        return [name]  # "det/dpa": the desk's initials and the agency, one credit
    person, slash, agency = (part.strip() for part in name.rpartition("/"))
    if slash and person and _is_agency_credit(agency):
        return [person, agency]
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        if " ".join(words[-size:]).casefold() in _AGENCY_NAMES:
            return [" ".join(words[:-size]), " ".join(words[-size:])]
    return [name]


def _one_spaced_word(name: str) -> bool:
    """A one-word name in a script that spaces its words (a Korean or Chinese name is one "word")."""
    return " " not in name and all(ord(ch) < 0x1100 for ch in name)


def byline_names(text: str) -> list[str] | None:
    """The names of a byline line ("By Jane Doe and John Roe"), or None when the line is not a byline."""
    line = " ".join(text.split())
    match = P.BYLINE.match(line)
    if match is None or len(line.split()) > 16:
        return None
    parts = P.NAME_SPLIT.split(match.group("names"))
    if clean_name(parts[0]) is None:
        return None  # "Von den umliegenden Höfen kaufte der Burgherr ...": a sentence, not a byline
    names = clean_names(parts)
    return names or None


def bare_name(text: str) -> list[str] | None:
    """Names standing alone ("Madeleine Howell", "Jane Doe and John Roe", "松岡大地"), as bylines
    without "By" print them; a role or a place after a comma ("Jane Doe, Redakteurin"), initials in
    brackets and a handle beside the name are not names."""
    line = _INITIALS_IN_BRACKETS.sub(" ", _HANDLE_OR_MAIL.sub(" ", text))
    parts = [part for part in P.NAME_SPLIT.split(line) if part.strip()]
    names = [_bare_part(part) for part in parts]
    if not names or names[0] is None:
        return None
    if len(parts) > 1 and any(
        name is None and not _role_or_place(part) for name, part in zip(names, parts, strict=True)
    ):
        return None  # "Text & Fotos: X", "Good Night and Good Luck!": not a list of names
    cleaned = clean_names([name for name in names if name is not None])
    return without_places(cleaned) or None


#: A writer's initials in brackets after the name ("Jane Doe (jd)").
_INITIALS_IN_BRACKETS = re.compile(r"\(\s*[a-zäöü]{1,4}\s*\)")


def _role_or_place(part: str) -> bool:
    """A part after a name that is its role ("Redakteurin", "Senior Editor") or one word, a place."""
    return is_role(part) or (len(part.split()) == 1 and part.strip()[:1].isupper() and part.strip().isalpha())


def _bare_part(part: str) -> str | None:
    """One credited part standing alone, when it has a name's shape."""
    words = part.split()
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
    return line


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


def without_longer_repeats(names: list[str]) -> list[str]:
    """A name that is another of the list with words after it is that person again, read with what
    followed the name on its line ("Henry" linked to his page, "Henry In Aktuell" from the same
    "by Henry in Aktuell"): the shorter stays."""
    words = [name.casefold().split() for name in names]
    return [
        name
        for name, own in zip(names, words, strict=True)
        if not any(len(other) < len(own) and own[: len(other)] == other for other in words)
    ]


def clean_name(candidate: str) -> str | None:
    name = _HANDLE_OR_MAIL.sub(" ", candidate)
    name = _BY_PREFIX.sub("", name.strip())
    name = _ROLE_TAIL.sub("", name)
    name = _FILED_UNDER_OR_FROM.sub("", name)
    name = _EMPTY_PARENS.sub("", " ".join(name.split())).strip(" .,;:|-–—(")
    name = _ROLE_SUFFIX.sub("", name)
    if ":" in name:
        return None  # "Fotos: Eva Maier" after the writer's name: another role's credit
    if not name or _NOT_A_NAME.match(name) or name.split()[0].lower() in _INTERFACE_WORDS:
        return None  # "Afficher mon profil complet", "Mehr": the author box's buttons
    if any(ch.isdigit() for ch in name):
        return name if is_organisation(name) else None  # "BR24 Redaktion": a newsroom's name may hold one
    if len(name.split()) > 5 or (name[0].islower() and not _is_agency_credit(name)) or _DOMAIN.match(name):
        return None
    words = name.split()
    role_at = next((i for i, word in enumerate(words) if word.lower().strip(".,") in _ROLE_WORDS), None)
    if role_at is not None:  # "Jane Doe Senior Editor": the name, then the role
        return (
            " ".join(words[:role_at])
            if role_at >= MIN_NAME_BEFORE_ROLE_WORDS and " of " not in name
            else None
        )
    return None if " of " in name else name


#: A name standing before a role word ("Jane Doe Senior Editor") has this many words at least.
MIN_NAME_BEFORE_ROLE_WORDS = 2
