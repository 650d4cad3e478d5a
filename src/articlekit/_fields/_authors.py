"""Authors: people's names from bylines and metadata, without "By", roles, dates or handles."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import _patterns as P

_HANDLE_OR_MAIL = re.compile(r"@\w+|\S+@\S+\.\w+|https?://\S+")
_NOT_A_NAME = re.compile(
    r"^(staff|editor|editors|admin|administrator|reporter|correspondent|news desk|web desk|desk|team|"
    r"agencies|agency|wire|guest|contributor|anonymous|unknown)$",
    re.IGNORECASE,
)
_ROLE_TAIL = re.compile(r"\s*[|–—]\s*.*$")
_ROLE_WORDS = frozenset(
    """correspondent editor editors reporter writer columnist contributor producer analyst photographer
    journalist staff desk bureau chief senior associate managing deputy political foreign professor
    lecturer researcher director fellow president founder dean head""".split()
)


def byline_names(text: str) -> list[str] | None:
    """The names of a byline line ("By Jane Doe and John Roe"), or None when the line is not a byline."""
    line = " ".join(text.split())
    match = P.BYLINE.match(line)
    if match is None or len(line.split()) > 16:
        return None
    names = clean_names(P.NAME_SPLIT.split(match.group("names")))
    return names or None


def clean_names(candidates: Iterable[str]) -> list[str]:
    """Clean and deduplicate author names, keeping order."""
    names: list[str] = []
    for candidate in candidates:
        name = clean_name(candidate)
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return names


def clean_name(candidate: str) -> str | None:
    name = _HANDLE_OR_MAIL.sub(" ", candidate)
    name = re.sub(r"^\W*(by|written by|von|par|por|di)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = _ROLE_TAIL.sub("", name)
    name = " ".join(name.split()).strip(" .,;:|-–—")
    if not name or _NOT_A_NAME.match(name) or any(ch.isdigit() for ch in name):
        return None
    if len(name.split()) > 5 or not name[0].isupper():
        return None
    if any(word.lower().strip(".,") in _ROLE_WORDS for word in name.split()) or " of " in name:
        return None
    return name
