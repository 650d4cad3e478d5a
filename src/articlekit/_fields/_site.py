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


#: A host's name shorter than this says too little to match a title's part ("ft", "ap").
MIN_HOST_LABEL_CHARS = 3


def host_label(host: str | None) -> str | None:
    """The name in a host: "www.theguardian.com" -> "theguardian", "edition.cnn.co.uk" -> "cnn"."""
    if not host:
        return None
    labels = [part for part in host.lower().removeprefix("www.").split(".") if part]
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "news", "online")):
        labels.pop()  # the suffix: "com", "co.uk", "de"
    label = labels[-1] if labels else ""
    return label if len(label) >= MIN_HOST_LABEL_CHARS else None


#: Articles before a brand's name ("Die FURCHE", "The Atlantic").
_ARTICLES = frozenset("the die der das la le les el il lo".split())


def spells_host(name: str, host: str | None) -> bool:
    """A one-word credit (an article aside) that spells the host's name: "Die FURCHE" on furche.at,
    "Interscenario" on interscenar.io. Two words or more may be a person's own domain ("Jane Doe" on
    janedoe.com), and are not taken for it."""
    label = host_label(host)
    words = re.findall(r"\w+", name.casefold())
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    if label is None or len(words) != 1:
        return False
    word = words[0]
    return word == label or (word.startswith(label) and len(word) <= 2 * len(label))
