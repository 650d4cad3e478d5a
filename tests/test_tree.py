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
