"""An element's names (its class, id and role) and what they say to the extraction: a caption, a dek,
furniture ("related", "sidebar", "share"), a read time. Most names say nothing; the few words that
mean something are looked for first, and what a name says is cached (names repeat within a page and
across a site's pages)."""

from __future__ import annotations

import functools
import re
from typing import TypeAlias

from ._selectors import (
    CAPTION_TOKENS,
    CREDIT_TOKENS,
    DEK_TOKENS,
    FURNITURE_TOKENS,
    IMAGE_TEXT_WORDS,
    IMAGE_WORDS,
    MODIFIER_TOKENS,
    READ_TIME_NAME,
    STATE_PREFIXES,
)

#: (class, id, role) as the page writes them.
RawNames: TypeAlias = tuple[str | None, str | None, str | None]
#: An element's class, id and role in one string (see `names_key`).
NamesKey: TypeAlias = str
#: (caption-named, dek-named, furniture words) of names that mean something to us.
Classified: TypeAlias = tuple[bool, bool, frozenset[str]]


#: Joins the parts of a `names_key`: no attribute value lxml gives holds it (they are C strings).
_NAMES_SEPARATOR = "\x00"


def names_key(klass: str | None, ident: str | None, role: str | None) -> NamesKey:
    """An element's class, id and role as one string, a cheap key (a string, unlike a tuple, is no work
    for the garbage collector, and `functools` caches look one up as it is): the class value alone when
    the element has no id or role, else the three joined by a character no value holds."""
    if ident is None and role is None and klass is not None:
        return klass
    return f"{klass or ''}{_NAMES_SEPARATOR}{ident or ''}{_NAMES_SEPARATOR}{role or ''}"


def raw_names(key: NamesKey) -> RawNames:
    """The (class, id, role) a `names_key` holds; an empty value reads as none (they mean the same)."""
    if _NAMES_SEPARATOR not in key:
        return key, None, None
    klass, ident, role = key.split(_NAMES_SEPARATOR)
    return klass or None, ident or None, role or None


# Only names holding one of these tokens mean anything to us; most class names hold none.
_MEANINGFUL_TOKENS = FURNITURE_TOKENS | CAPTION_TOKENS | DEK_TOKENS | CREDIT_TOKENS | IMAGE_WORDS
NO_NAMES: frozenset[str] = frozenset()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A number glued to a word's end numbers the element ("vc_cta3", "widget2", "sidebar1"): the word says
#: what it is.
_NUMBERED = re.compile(r"(?<=[a-z])\d+\b")
_DIGIT = re.compile(r"\d")


def _words(value: str) -> str:
    """A name's words, lower-case and space-separated: camelCase, "-" and "_" split, numbers off."""
    if not value.islower():  # camelCase only matters where there are capitals
        value = _CAMEL.sub(" ", value).lower()
    # (two `replace` calls: several times faster than `str.translate` with a table)
    value = value.replace("-", " ").replace("_", " ")
    # (a search for a digit: several times faster than testing each character, most names hold none)
    return _NUMBERED.sub("", value) if _DIGIT.search(value) else value


@functools.lru_cache(maxsize=16384)
def name_tokens(value: str) -> tuple[str, ...]:
    """ "detail-img__description" -> detail img description; "mediaSubtitleText" -> media subtitle text.
    Cached: class names repeat within a page and across the pages of a site."""
    return tuple(_words(value).split())


@functools.lru_cache(maxsize=16384)
def class_tokens(klass: str) -> tuple[tuple[str, ...], ...]:
    """A class attribute's values as tokens (a state class such as "is-active" or "js-toggle" names no
    part and is left out). Cached: class strings repeat."""
    return tuple(
        tokens
        for value in klass.split()
        if not value.lower().startswith(STATE_PREFIXES) and (tokens := name_tokens(value))
    )


def _names_read_time(klass: str | None, ident: str | None) -> bool:
    """A class value or the id names a read time (its words joined or not: "rt-reading-time", "postReadTime")."""
    names = f"{klass or ''} {ident or ''}"
    if not ("ime" in names or "ese" in names or "ect" in names):
        return False
    if names.isascii():  # (the regex, case-blind, needs one of its words: looked for first, at C speed)
        lowered = names.lower()
        if not ("read" in lowered or "lese" in lowered or "temps" in lowered or "tiempo" in lowered):
            return False
    return READ_TIME_NAME.search(names) is not None


@functools.lru_cache(maxsize=16384)
def what_names_say(key: NamesKey) -> tuple[Classified | None, bool, str | None] | None:
    """(classification, names a read time, class) of an element's names (`key`, see `names_key`), or
    None when they say neither. Cached: one look-up per named element (names repeat within a page and
    across a site's pages)."""
    klass, ident, role = raw_names(key)
    read_time = bool(klass or ident) and _names_read_time(klass, ident)
    found = _classify(klass, ident, role)
    return None if found is None and not read_time else (found, read_time, klass)


def _classify(klass: str | None, ident: str | None, role: str | None) -> Classified | None:
    """(caption-named, dek-named, furniture words) of an element whose names mean something to us,
    else None (most names mean nothing to us). Only the name values holding a meaningful token are
    read: the others can name no caption, dek or furniture."""
    values = _meaningful_class_values(klass) if klass is not None else []
    id_tokens = _meaningful_tokens(ident) if ident else ()  # (most elements have a class alone)
    if id_tokens:
        values.append(id_tokens)
    role_tokens = _meaningful_tokens(role) if role else ()
    if role_tokens:
        values.append(role_tokens)
    if not values:
        return None
    caption = dek = False
    furniture: set[str] = set()
    for tokens in values:
        caption = caption or not CAPTION_TOKENS.isdisjoint(tokens) or _pairs_image_and_text(tokens)
        dek = dek or not DEK_TOKENS.isdisjoint(tokens)
        if MODIFIER_TOKENS.isdisjoint(tokens):  # a value's first or last token names what it is
            furniture.update(FURNITURE_TOKENS.intersection((tokens[0], tokens[-1])))
    if id_tokens and MODIFIER_TOKENS.isdisjoint(id_tokens):  # an id (one descriptive name): any token
        furniture.update(FURNITURE_TOKENS.intersection(id_tokens))
    return caption, dek, frozenset(furniture) if furniture else NO_NAMES


def _meaningful_class_values(klass: str) -> list[tuple[str, ...]]:
    """The values of a class attribute (as `class_tokens` splits them) holding a meaningful token.
    Speed: the words of all its values are looked at once first (most class attributes mean nothing),
    and only then each value's tokens (cached by value, not by attribute)."""
    if _MEANINGFUL_TOKENS.isdisjoint(_words(klass).split()):
        return []
    # (each value's tokens, uncached for the attribute: most attributes that pass are read once)
    return [
        tokens
        for value in klass.split()
        if not _MEANINGFUL_TOKENS.isdisjoint(tokens := name_tokens(value))
        and not value.lower().startswith(STATE_PREFIXES)
    ]


def _meaningful_tokens(value: str) -> tuple[str, ...]:
    """An id's or a role's tokens when one of them means something to us, else none."""
    tokens = name_tokens(value)
    return tokens if not _MEANINGFUL_TOKENS.isdisjoint(tokens) else ()


def _pairs_image_and_text(tokens: tuple[str, ...]) -> bool:
    """A name value pairing an image word with a text word ("detail-img__description", "mediaInfo")."""
    return not IMAGE_WORDS.isdisjoint(tokens) and not IMAGE_TEXT_WORDS.isdisjoint(tokens)
