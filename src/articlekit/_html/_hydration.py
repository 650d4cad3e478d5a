"""Client-rendered pages: the article shipped as data in a script, for the browser to render.

Single-page frameworks (Next.js, Nuxt, Fusion, React Query stores ...) send an empty page plus a
script holding the content as JSON, often the article's HTML in one string value. When the visible
page shows no article text, the longest prose string among the scripts' JSON string literals is the
article. No framework's key names are known here: the text alone decides.
"""

from __future__ import annotations

import json
import re

from .._encoding import without_lone_surrogates
from ._tree import Element

#: A JSON string literal this long at least (the article, not a label); escapes are kept whole.
MIN_STRING_CHARS = 400
_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.){' + str(MIN_STRING_CHARS) + ',}"')
_TAG = re.compile(r"<[^>]*>")
#: Prose ends sentences; code and URL lists rarely do in these characters.
_SENTENCE_END = re.compile(r"[.!?。！？]")
_CODE_CHARS = re.compile(r"[{};=<>\\]")
#: Of a candidate string's text, at most this share may be code-like characters.
MAX_CODE_SHARE = 0.01
MIN_SENTENCES = 3


def script_article(scripts: list[Element]) -> str | None:
    """The longest prose string (plain text or HTML) held by the scripts' JSON, if any."""
    best: str | None = None
    best_chars = 0
    for script in scripts:
        source = script.text or ""
        if len(source) < MIN_STRING_CHARS:
            continue
        for match in _JSON_STRING.finditer(source):
            value = _decode(match.group(0))
            if value is None:
                continue
            chars = _prose_chars(value)
            if chars > best_chars:
                best, best_chars = value, chars
    return best


def _decode(literal: str) -> str | None:
    try:
        value = json.loads(literal)
    except ValueError:
        return None
    return without_lone_surrogates(value) if isinstance(value, str) else None


def _prose_chars(value: str) -> int:
    """Characters of readable text in the value (tags aside), or 0 when it does not read as prose."""
    text = " ".join(_TAG.sub(" ", value).split())
    if len(text) < MIN_STRING_CHARS or len(_SENTENCE_END.findall(text)) < MIN_SENTENCES:
        return 0
    if len(_CODE_CHARS.findall(text)) > MAX_CODE_SHARE * len(text):
        return 0
    return len(text)


#: Template slots left in stored content for the renderer to fill ("$$ARTICLEAD$$", "{{ad_slot}}").
_PLACEHOLDER = re.compile(r"(\$\$|%%|\{\{|\[\[)\s*[A-Za-z][\w.-]{0,40}\s*(\$\$|%%|\}\}|\]\])")


def without_placeholders(value: str) -> str:
    """The stored content without its template slots (ads, embeds the renderer fills in)."""
    return _PLACEHOLDER.sub(" ", value)


def is_markup(value: str) -> bool:
    """Whether a script string is HTML (to be walked as a page) rather than plain text."""
    return bool(_TAG.search(value)) and "</" in value


def inline_scripts(root: Element) -> list[Element]:
    """Inline scripts (no `src`) that may carry data; JSON-LD aside, which metadata reads."""
    return [
        script
        for script in root.iter("script")
        if script.get("src") is None and "ld+json" not in (script.get("type") or "").lower()
    ]
