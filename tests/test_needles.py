"""Needles: substrings every match of a regex branch holds, used to skip lines before the regex runs."""

from __future__ import annotations

import re

import pytest

from articlekit._fields import _patterns as P
from articlekit._fields._alternatives import by_first_character, first_characters_apart
from articlekit._fields._boilerplate import ANY_BOILERPLATE, BOILERPLATE_LINES_LOWER, _top_level_alternatives
from articlekit._fields._needles import needles, searches


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"rss 2\.0 feed\b", ("rss 2.0 feed",)),
        (r"in (deinen|ihren) (e-mail-)?postfach\b", ("postfach",)),
        (r"(showing|zeige)\b.{0,30}\d+", ("showing", "zeige")),
        (r"(?:your email address)", ("your email address",)),
        (r"abc{2,3}def", ("def",)),
        (r"(abc)?defg", ("defg",)),
        (r"(?i:hello) world", (" world",)),
        (r"(?<![a-z])(?:pdf|docx?)\s*\d", ("pdf", "doc")),
        (r"(?:©)", ("©",)),
        (r"(?:a|bcd)xy", None),
        (r"(x|)yz", None),
        (r"(?i)hello world", None),
        (r"ab|cd", None),
    ],
)
def test_needles(branch: str, expected: tuple[str, ...] | None) -> None:
    assert needles(branch) == expected


LINES = [
    "All rights reserved.",
    "Copyright 2024 Example Media",
    "Your email address will not be published. Required fields are marked *",
    "Report.pdf | 38 KB",
    "Showing 1 to 10 of 20",
    "Already registered? Log in",
    "The minister said on Tuesday that talks would resume.",
    "© Example",
]


@pytest.mark.parametrize("line", LINES)
def test_searches_agree_with_the_plain_pattern(line: str) -> None:
    lowered = line.lower()
    for _, pattern in P.BOILERPLATE_LINES:
        plain = re.compile(pattern.pattern).search(lowered) is not None
        branches = _top_level_alternatives(pattern.pattern)
        split = any(search.found(lowered) for search in searches("", branches))
        assert split == plain
    assert isinstance(ANY_BOILERPLATE.matches(lowered), bool)
    assert all(isinstance(matcher.matches(lowered), bool) for _, matcher in BOILERPLATE_LINES_LOWER)


def test_month_names_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    """DATE_TOKEN's month names are grouped by their first letter for speed: the same matches."""
    assert first_characters_apart(P.MONTHS_LONGEST_FIRST, re.IGNORECASE)
    plain = "|".join(re.escape(name) for name in P.MONTHS_LONGEST_FIRST)
    grouped = re.compile(f"\\b(?:{by_first_character(P.MONTHS_LONGEST_FIRST)})\\b", re.IGNORECASE)
    ungrouped = re.compile(f"\\b(?:{plain})\\b", re.IGNORECASE)
    lines = ["Published 3. März 2024", "Sept. 5, 2023 and septiembre 2022", "12 ИЮНЯ 2021", "mayo, May, Mai"]
    for line in lines:
        assert [m.span() for m in grouped.finditer(line)] == [m.span() for m in ungrouped.finditer(line)]


def test_first_characters_apart_notices_letters_that_match_each_other() -> None:
    assert not first_characters_apart(["kelvin", "\u212aelvin"], re.IGNORECASE)
    assert first_characters_apart(["kelvin", "\u212aelvin"])
