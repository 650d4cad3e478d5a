"""An element's names (its class, id and role) and what they say to the extraction: a caption, a dek,
furniture ("related", "sidebar", "share"), a read time. Most names say nothing; the few words that
mean something are looked for first, and what a name says is cached (names repeat within a page and
across a site's pages)."""

from __future__ import annotations

import functools
import re
from typing import TypeAlias, TypeVar

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
#: (classification, names a read time) of names that say something (see `what_names_say`).
Said: TypeAlias = tuple[Classified | None, bool]


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
_T = TypeVar("_T")


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
def what_names_say(key: NamesKey) -> Said | None:
    """(classification, names a read time) of an element's names (`key`, see `names_key`), or None
    when they say neither. Cached: one look-up per named element (names repeat within a page and
    across a site's pages)."""
    if _NAMES_SEPARATOR in key:
        klass, ident, role = raw_names(key)
        found = _classify(klass, ident, role)
    else:  # a class alone (most keys), most often of one value: its answer is the value's
        klass, ident = key, None
        values = key.split()
        found = _class_value_says(values[0]) if len(values) == 1 else _classify(key, None, None)
    # (a read time's words hold one of these: most keys, holding none, are settled without a call)
    read_time = ("ime" in key or "ese" in key or "ect" in key) and _names_read_time(klass, ident)
    return None if found is None and not read_time else _shared((found, read_time))


#: One copy of each distinct answer the caches above hold. Speed: thousands of cached names share a
#: few hundred answers, so the garbage collector's full passes walk a few hundred objects, not one
#: (or two, with its frozenset) per name cached.
_SHARED: dict[object, object] = {}
#: More distinct answers than this is no page's names (they are combinations of a few dozen words):
#: the table stops growing.
_MAX_SHARED = 4096


def _shared(value: _T) -> _T:
    if len(_SHARED) >= _MAX_SHARED:
        return _SHARED.get(value, value)  # type: ignore[return-value]
    return _SHARED.setdefault(value, value)  # type: ignore[return-value]


def _classify(klass: str | None, ident: str | None, role: str | None) -> Classified | None:
    """(caption-named, dek-named, furniture words) of an element whose names mean something to us,
    else None (most names mean nothing to us): what its class values, its id and its role say, together.
    Speed: what each value says is cached by value (values repeat across class attributes)."""
    said = [found for value in klass.split() if (found := _class_value_says(value))] if klass else []
    if ident and (found := _id_says(ident)):  # (most elements have a class alone)
        said.append(found)
    if role and (found := _value_says(name_tokens(role))):
        said.append(found)
    if len(said) <= 1:
        return said[0] if said else None
    furniture = frozenset().union(*(found[2] for found in said))
    return _shared((any(found[0] for found in said), any(found[1] for found in said), furniture or NO_NAMES))


@functools.lru_cache(maxsize=16384)
def _class_value_says(value: str) -> Classified | None:
    """What one value of a class attribute says (see `_value_says`); None for a state class ("is-active",
    "js-toggle": it names no part). Cached: values repeat across class attributes."""
    tokens = tuple(_words(value).split())
    if _MEANINGFUL_TOKENS.isdisjoint(tokens) or value.lower().startswith(STATE_PREFIXES):
        return None
    return _value_says(tokens)


def _id_says(ident: str) -> Classified | None:
    """What an id says: as a class value does, but any of its words may name furniture (an id is one
    descriptive name). Its numbers say nothing (no word that means something holds a digit), so ids
    that differ only in them ("post-4711", "post-815") share one cached answer."""
    return _numberless_id_says(_DIGITS.sub("0", ident) if _DIGIT.search(ident) else ident)


_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=16384)
def _numberless_id_says(ident: str) -> Classified | None:
    tokens = name_tokens(ident)
    found = _value_says(tokens)
    if found is None or not MODIFIER_TOKENS.isdisjoint(tokens):
        return found
    return _shared((found[0], found[1], FURNITURE_TOKENS.intersection(tokens) or NO_NAMES))


def _value_says(tokens: tuple[str, ...]) -> Classified | None:
    """(caption-named, dek-named, furniture words) of one name value's tokens, or None when none of them
    means something to us: its first or last token names what it is, unless a modifier says how it
    looks ("l-sidebar-fixed", "modal-enabled")."""
    if _MEANINGFUL_TOKENS.isdisjoint(tokens):
        return None
    caption = not CAPTION_TOKENS.isdisjoint(tokens) or _pairs_image_and_text(tokens)
    dek = not DEK_TOKENS.isdisjoint(tokens)
    if not MODIFIER_TOKENS.isdisjoint(tokens):
        return _shared((caption, dek, NO_NAMES))
    return _shared((caption, dek, FURNITURE_TOKENS.intersection((tokens[0], tokens[-1])) or NO_NAMES))


def _pairs_image_and_text(tokens: tuple[str, ...]) -> bool:
    """A name value pairing an image word with a text word ("detail-img__description", "mediaInfo")."""
    return not IMAGE_WORDS.isdisjoint(tokens) and not IMAGE_TEXT_WORDS.isdisjoint(tokens)
