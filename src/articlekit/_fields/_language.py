"""Language: declared by the page when it says, else guessed from common function words."""

from __future__ import annotations

import re
from collections import Counter

# The most frequent short function words of each language; distinctive in combination.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with as was on are by this from have has be it".split()),
    "de": frozenset("der die und das ist nicht mit den von zu im auf für ein eine sich des dem auch".split()),
    "fr": frozenset("le la les et des est une pour dans que qui sur pas avec du au par sont ce".split()),
    "es": frozenset("el la los las y de que en es por con para una del se al como más pero".split()),
    "it": frozenset("il la di che e è per non una sono con del della gli le nel anche come".split()),
    "pt": frozenset("o a os as e de que em é para com uma do da não no na por mais".split()),
    "nl": frozenset("de het een en van is dat op te in niet zijn voor met die ook als".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 5


def normalise_language(value: str | None) -> str | None:
    """ "en-US" / "en_us" / "EN" -> "en-US" / "en-US" / "en"; None for empty values."""
    if not value:
        return None
    parts = value.strip().replace("_", "-").split("-")
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    head = parts[0].lower()
    tail = [p.upper() if len(p) == 2 else p for p in parts[1:] if p]
    return "-".join([head, *tail])


def guess_language(text: str) -> str | None:
    """The language whose function words are most frequent in `text`, if clearly so."""
    words = Counter(w.lower() for w in _WORD.findall(text[:20_000]))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < _MIN_HITS or ranked[0] < 1.5 * ranked[1]:
        return None
    return best
