"""The per-page helpers of the HTML tree: URL resolution and class-name reading."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.etree as etree
import pytest

from articlekit._html._tree import PageIndex, name_values, resolve_url

BASE = "https://news.example.test/world/2025/story.html"


@pytest.mark.parametrize(
    "src",
    [
        "https://cdn.example.test/a/b.jpg?w=800",
        "http://cdn.example.test/a.jpg",
        "https://cdn.example.test/a/../b/./c.jpg",  # dot segments: resolved like urljoin does
        "//cdn.example.test/x.png",
        "/images/x.png",
        "x.png",
        "../up.png",
        "?page=2",
        "data:image/png;base64,AAAA",
    ],
)
def test_resolve_url_agrees_with_urljoin(src: str) -> None:
    assert resolve_url(BASE, src) == urljoin(BASE, src)


def test_resolve_url_without_a_base_keeps_the_url() -> None:
    assert resolve_url(None, "x.png") == "x.png"


def _element(markup: str) -> etree._Element:
    return etree.fromstring(markup)


def test_name_values_split_camel_case_and_leave_state_classes_out() -> None:
    element = _element('<div class="mediaSubtitleText is-active detail-img__description" id="Main_Photo"/>')
    assert name_values(element) == [
        ("media", "subtitle", "text"),
        ("detail", "img", "description"),
        ("main", "photo"),
    ]


def test_page_index_keeps_only_meaningful_names_and_classifies_them() -> None:
    body = _element(
        "<body><div class='grid col-8'><p class='copy'>x</p></div>"
        "<div class='photoCaption'>c</div><p class='article-standfirst'>d</p>"
        "<aside id='sidebar'>s</aside><span role='navigation'>n</span></body>"
    )
    index = PageIndex(body)
    named = {element.get("class") or element.get("id") or element.get("role") for element in index.meaningful}
    assert named == {"photoCaption", "article-standfirst", "sidebar", "navigation"}
    assert [e.get("class") for e in index.caption_named_elements] == ["photoCaption"]
    assert [e.get("class") for e in index.dek_named_elements] == ["article-standfirst"]


def test_what_names_say_hands_out_one_shared_answer_for_names_that_mean_the_same() -> None:
    # (the cached answers are shared: a full pass of the garbage collector walks a few hundred objects,
    # not one or two for each name ever cached)
    from articlekit._html._names import what_names_say

    first, second = what_names_say("related-posts"), what_names_say("relatedPosts\x00x9\x00")
    assert first is not None and first == ((False, False, frozenset({"related"})), False)
    assert second is first
    assert what_names_say("mediaCaption") is what_names_say("media-caption")


def test_author_link_holders_are_the_links_to_author_pages_and_what_holds_them() -> None:
    from articlekit._html._walk import _holders_of_author_links

    body = _element(
        "<body><div class='meta'><p>By <a href='/author/jane-roe/'>Jane Roe</a></p></div>"
        "<ul><li><a href='/tag/ferries/'>Ferries</a></li></ul></body>"
    )
    holders = _holders_of_author_links(body)
    assert {e.tag for e in holders} == {"a", "p", "div", "body"}
    assert body.find("ul") not in holders


def test_ids_that_differ_only_in_their_numbers_say_the_same() -> None:
    from articlekit._html._names import _id_says

    assert (
        _id_says("related-posts-4711")
        == _id_says("related-posts-815")
        == (False, False, frozenset({"related"}))
    )
    assert _id_says("widget2") == _id_says("widget") is not None  # a number glued to a word numbers it
    assert _id_says("post-4711") is None
