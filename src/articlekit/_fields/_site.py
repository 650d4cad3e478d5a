"""Site name from the page's own words when metadata does not give it."""

from __future__ import annotations

import re

from .._model import PublicationLine

_NAME = r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|the|and)){0,4})"
_FOLLOW = re.compile(r"^\W*(?i:follow|like|join|find)\s+" + _NAME + r"\s+(?i:on|at|via)\b")
_COPYRIGHT = re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?" + _NAME)
_NOT_NAMES = {"Us", "All", "The", "Our", "Me", "This"}


def site_from_follow_line(text: str) -> str | None:
    """ "Follow Dawn on X and Facebook" names the site: the page asks its readers to follow it."""
    match = _FOLLOW.match(" ".join(text.split()))
    return _accept(match.group("name")) if match else None


def site_from_copyright(text: str) -> str | None:
    """ "© 2025 Dawn. All rights reserved." names the site that owns the page."""
    line = re.split(r"\.\s|\s[|·•]\s|(?i:\ball rights reserved)", " ".join(text.split()))[0]
    match = _COPYRIGHT.search(line)
    return _accept(match.group("name").rstrip(".")) if match else None


def site_from_publication(line: PublicationLine) -> str | None:
    """ "Published in X" (not "originally"/"first appeared", which name another outlet) names the site."""
    lead = line.raw.lstrip(" *_\"'").lower()
    if line.outlet and lead.startswith(("published in", "published by")):
        return line.outlet
    return None


def _accept(name: str) -> str | None:
    name = name.strip()
    if not name or name in _NOT_NAMES or name.split()[0] in _NOT_NAMES:
        return None
    return name
