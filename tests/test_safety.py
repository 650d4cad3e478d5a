"""Untrusted HTML: no entity expansion, no external resources, no crash on hostile shapes."""

from __future__ import annotations

import pytest

import articlekit
from articlekit import errors
from articlekit._html._document import _HUGE_TAG_ANYWHERE, _may_hold_huge_tag

PARAGRAPH = "<p>The council met on Tuesday to discuss the budget for the coming year, officials said.</p>"


def test_internal_entities_are_not_expanded() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]><html><body><h1>Title &l9;</h1>{PARAGRAPH}</body></html>'
    article = articlekit.parse(page)
    assert "lollol" not in articlekit.to_json(article)


def test_external_entities_are_not_loaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><h1>Title</h1>'
        f"<p>&x; {PARAGRAPH}</p></body></html>"
    )
    assert "TOP-SECRET" not in articlekit.to_json(articlekit.parse(page))


def test_deep_nesting_is_parsed_up_to_the_parsers_limit() -> None:
    page = "<html><body>" + "<div>" * 200 + PARAGRAPH + "</div>" * 200 + "</body></html>"
    assert "council met on Tuesday" in articlekit.parse(page).body.text
    # libxml2 stops nesting at 256 levels without huge_tree (kept off for safety): no text, a typed error
    hostile = "<html><body>" + "<div>" * 5000 + PARAGRAPH + "</div>" * 5000 + "</body></html>"
    with pytest.raises(errors.NotAnArticle):
        articlekit.parse(hostile)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>x</h1>" + "<p>" + "word " * 200_000 + "</p></body></html>",
        "<html><body><h1>Headline</h1><p "
        + "a" * 100_000
        + "='1'>text of a paragraph here</p></body></html>",
        '<html><head><script type="application/ld+json">'
        + "[" * 10_000
        + "]" * 10_000
        + "</script></head><body><h1>T</h1>"
        + PARAGRAPH
        + "</body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><h1>Title</h1>" + PARAGRAPH + "</body></html>",
        "<html><body><h1>Nul\x00 and \x01 control</h1>" + PARAGRAPH + "</body></html>",
    ],
    ids=["huge paragraph", "huge attribute", "deep json-ld", "xml declaration", "control characters"],
)
def test_hostile_shapes_give_a_record_or_a_typed_error(page: str) -> None:
    try:
        article = articlekit.parse(page)
    except errors.ArticleKitError:
        return
    assert isinstance(article, articlekit.Article)


@pytest.mark.parametrize(
    ("text", "huge"),
    [
        ("<p>" + "x" * 100_000 + "</p>", False),  # long text between tags: no tag
        ("<div " + "a=1 " * 20_000 + ">", True),
        ("<script>" + "{'k': 1} " * 9_000 + "</script><div " + "b " * 40_000 + ">", True),
        ("<div " + "b " * 40_000 + "<p>", False),  # cut short by another tag's "<"
        ("x" * 70_000 + "<a " + "c" * 10 + ">", False),
    ],
)
def test_huge_tags_are_found_as_the_plain_search_finds_them(text: str, huge: bool) -> None:
    assert (_HUGE_TAG_ANYWHERE.search(text) is not None) == huge
    assert _may_hold_huge_tag(text) == huge
