"""Scoring as the article-extraction-benchmark defines it, written for articlekit.

Tokens are `\\w+` matches; each text becomes a multiset of 4-token shingles; per page tp/fp/fn are
normalised to sum to one so every page weighs the same; precision and recall are means over pages,
F1 their harmonic mean; accuracy is the share of pages whose token sequence equals the truth's.

Snippets (trafeval-dev) are scored as trafilatura's evaluation does: `score_snippets`.
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


def page_counts(predicted: str, truth: str) -> tuple[int, int, int]:
    """Shared (tp), predicted-only (fp) and truth-only (fn) shingles of one page."""
    got, want = shingles(predicted), shingles(truth)
    tp = sum((got & want).values())
    return tp, sum(got.values()) - tp, sum(want.values()) - tp


def page_precision_recall(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """One page's precision and recall as `score_bodies` counts them (None where it skips the page)."""
    tp, fp, fn = page_counts(predicted, truth)
    if tp + fp + fn == 0:
        return None, None
    perfect = fp == 0 and fn == 0
    precision = (1.0 if perfect else tp / (tp + fp)) if tp + fp else None
    recall = (1.0 if perfect else tp / (tp + fn)) if tp + fn else None
    return precision, recall


def score_bodies(pairs: Iterable[tuple[str, str]]) -> BodyScore:
    """Score (predicted, truth) body texts. Normalising a page's tp, fp, fn to sum to one leaves its
    precision and recall as they are, so the means are over the pages' own ratios."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for predicted, truth in pairs:
        pages += 1
        exact += _TOKEN.findall(predicted) == _TOKEN.findall(truth)
        precision, recall = page_precision_recall(predicted, truth)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return BodyScore(
        f1=_f1(precision, recall),
        precision=precision,
        recall=recall,
        accuracy=exact / pages if pages else 0.0,
        pages=pages,
    )


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold_title(text: str) -> str:
    """Titles compare after Unicode NFKC, case folding and white-space folding."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


#: Typography a headline's words do not depend on: quotation marks and apostrophes of every style, soft
#: hyphens and zero-width characters (one site's metadata writes "Mexico's" where its page shows
#: "Mexico’s"), and dashes of every length, which become one hyphen.
_QUOTE_MARKS = re.compile(
    "[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u00ad\u200b\u200c\u200d\u2060]"
)
_DASHES = re.compile("[\u2010-\u2015\u2212]")


def fold_headline(text: str) -> str:
    """Headlines compare as `fold_title` does, and also regardless of quotation-mark and dash style."""
    return fold_title(_DASHES.sub("-", _QUOTE_MARKS.sub("", text)))


#: How pages join a kicker to its headline ("Genetik: ...", "Exclusive – ...", a line break), as the
#: kicker-tolerant headline score joins them.
KICKER_JOINS = (": ", " : ", " – ", " — ", " - ", " | ", "\n")


def kicker_forms(headline: str | None, kicker: str | None) -> list[str]:
    """The headline, and the kicker and headline joined in each way a page joins them."""
    if not headline:
        return []
    return [headline] + ([f"{kicker}{join}{headline}" for join in KICKER_JOINS] if kicker else [])


def same_headline_kicker_aside(headline: str | None, kicker: str | None, truth: str | None) -> bool:
    """The headline equals the truth, or the kicker and headline joined as pages join them do (the
    truth of a human-annotated set often keeps the kicker the record gives as a field of its own)."""
    want = fold_headline(truth) if truth else ""
    return bool(want) and any(fold_headline(form) == want for form in kicker_forms(headline, kicker))


# --- snippets, as trafilatura's evaluation scores them ---------------------------------------------------
@attrs.frozen
class SnippetScore:
    f1: float
    precision: float
    recall: float
    pages: int
    tp: int
    fp: int
    fn: int
    tn: int


@attrs.frozen
class SnippetPage:
    """One page's snippets: the `with` ones the body misses and the `without` ones it holds."""

    missed: list[str]
    found_without: list[str]
    tp: int
    tn: int


def snippet_page(body: str, with_snippets: Iterable[str], without_snippets: Iterable[str]) -> SnippetPage:
    """Snippets and body compare after Unicode NFKC, case folding and white-space folding."""
    text = fold_title(body)
    wanted, unwanted = list(with_snippets), list(without_snippets)
    missed = [snippet for snippet in wanted if fold_title(snippet) not in text]
    found_without = [snippet for snippet in unwanted if fold_title(snippet) in text]
    return SnippetPage(
        missed=missed,
        found_without=found_without,
        tp=len(wanted) - len(missed),
        tn=len(unwanted) - len(found_without),
    )


def score_snippets(cases: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> SnippetScore:
    """Score (extracted body, with snippets, without snippets) cases: a `with` snippet found in the body
    is a true positive, missing a false negative; a `without` snippet found a false positive, missing a
    true negative; precision, recall and F1 over all snippets of all pages."""
    tp = fp = fn = tn = pages = 0
    for body, with_snippets, without_snippets in cases:
        page = snippet_page(body, with_snippets, without_snippets)
        pages += 1
        tp, tn = tp + page.tp, tn + page.tn
        fn, fp = fn + len(page.missed), fp + len(page.found_without)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return SnippetScore(
        f1=_f1(precision, recall), precision=precision, recall=recall, pages=pages, tp=tp, fp=fp, fn=fn, tn=tn
    )
