"""Access: whether the article is free to read, from what the page declares (schema.org's
`isAccessibleForFree`, its gated parts in `hasPart`, `article:content_tier`) and what it shows (a
prompt to subscribe or to register where the text stops)."""

from __future__ import annotations

import re
from typing import Any

from .._model import Access
from . import _patterns as P

#: `article:content_tier` values: "metered" pages are free up to a count of articles a month.
CONTENT_TIERS: dict[str, Access] = {"free": "free", "metered": "free", "locked": "paywalled"}
#: Words of a prompt that asks for money, not only an account ("Subscribe or log in to read on").
SUBSCRIPTION = re.compile(r"subscri|abonn|\babo\b|suscri|premium|\bplus\b", re.IGNORECASE)
#: A gated part's selector naming a registration wall (".regwalled", ".hideRegistration"), not a paywall.
REGISTRATION_PART = re.compile(r"reg[-_]?wall|registration|register", re.IGNORECASE)
#: A prompt that only offers a sign-in to those who already have an account ("Already a subscriber?
#: Log in", "Déjà abonné ?"): sites show it on free articles too, so alone it is no paywall.
SIGN_IN_ONLY = re.compile(r"^\W*(?:already|déjà|deja|bereits|schon|ya|già)\b", re.IGNORECASE)
#: A gated article's body shorter than this is likely the teaser the page shows before its prompt.
MIN_FULL_BODY_WORDS = 150


def declared_access(node: dict[str, Any]) -> tuple[Access, str] | None:
    """What a JSON-LD article node declares: `isAccessibleForFree`, or a part of it (`hasPart`) that
    is not free, named by its `cssSelector`."""
    free = _flag(node.get("isAccessibleForFree"))
    parts = node.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and _flag(part.get("isAccessibleForFree")) is False:
            selector = part.get("cssSelector")
            where = f" (cssSelector {selector})" if isinstance(selector, str) else ""
            registration = isinstance(selector, str) and REGISTRATION_PART.search(selector)
            return (
                "registration" if registration else "paywalled"
            ), f"json-ld hasPart isAccessibleForFree=false{where}"
    if free is None:
        return None
    return ("free" if free else "paywalled"), f"json-ld isAccessibleForFree={str(free).lower()}"


def tier_access(content: str) -> tuple[Access, str] | None:
    """What `<meta property="article:content_tier">` declares."""
    access = CONTENT_TIERS.get(content.strip().lower())
    return (access, f"meta article:content_tier={content.strip()}") if access else None


def _flag(value: object) -> bool | None:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return value if isinstance(value, bool) else None


def choose_access(
    declared: tuple[Access, str] | None, prompts: list[str], body_words: int
) -> tuple[Access, str, str | None]:
    """(access, how it was found, a warning when the body is likely only a teaser). A declaration
    wins over a prompt, except a declared "free" page that shows a registration prompt."""
    if all(SIGN_IN_ONLY.match(p) for p in prompts):
        prompts = []  # only a sign-in offer for those with an account: no sign of a gate
    prompt = next((p for p in prompts if not SIGN_IN_ONLY.match(p)), None)
    from_prompt: Access | None = None
    registration = [p for p in prompts if P.REGISTRATION_LINE.search(p)]
    if registration and not any(SUBSCRIPTION.search(p) for p in prompts):
        from_prompt, prompt = "registration", registration[0]  # a free account, not a subscription
    elif prompt is not None:
        from_prompt = "paywalled"
    if declared is not None and not (declared[0] == "free" and from_prompt == "registration"):
        access, how = declared
    elif from_prompt is not None and prompt is not None:
        access, how = from_prompt, f"a prompt on the page: {prompt[:80]!r}"
    else:
        return "unknown", "", None
    warning = None
    if access in ("paywalled", "registration") and (prompt is not None or body_words < MIN_FULL_BODY_WORDS):
        gate = "paywalled" if access == "paywalled" else "behind a registration wall"
        warning = f"the article is {gate}: the body is likely a teaser only"
    return access, how, warning
