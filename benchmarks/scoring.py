"""Scoring as the article-extraction-benchmark defines it, written for articlekit.

Tokens are `\\w+` matches; each text becomes a multiset of 4-token shingles; per page tp/fp/fn are
normalised to sum to one so every page weighs the same; precision and recall are means over pages,
F1 their harmonic mean; accuracy is the share of pages whose token sequence equals the truth's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

import attrs

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@attrs.frozen
class BodyScore:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score_bodies(pairs: Iterable[tuple[str, str]]) -> BodyScore:
    """Score (predicted, truth) body texts."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for predicted, truth in pairs:
        pages += 1
        exact += _TOKEN.findall(predicted) == _TOKEN.findall(truth)
        got, want = shingles(predicted), shingles(truth)
        tp = sum((got & want).values())
        fp, fn = sum(got.values()) - tp, sum(want.values()) - tp
        total = tp + fp + fn
        if total == 0:
            continue
        tp_n, fp_n, fn_n = tp / total, fp / total, fn / total
        perfect = fp == 0 and fn == 0
        if tp_n + fp_n > 0:
            precisions.append(1.0 if perfect else tp_n / (tp_n + fp_n))
        if tp_n + fn_n > 0:
            recalls.append(1.0 if perfect else tp_n / (tp_n + fn_n))
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScore(
        f1=f1, precision=precision, recall=recall, accuracy=exact / pages if pages else 0.0, pages=pages
    )


def fold_title(text: str) -> str:
    """Titles compare after Unicode NFKC, case folding and white-space folding."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
