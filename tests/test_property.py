"""Property: on any text or bytes, parse returns an Article or raises an ArticleKitError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import errors

TAGS = ["html", "head", "body", "div", "p", "h1", "h2", "span", "a", "article", "figure", "figcaption", "img",
        "time", "script", "ul", "li", "table", "td", "br", "meta", "title", "footer", "nav"]  # fmt: skip
LINES = ["Friday, August 15, 2025", "1 min read", "Published in X, July 11th, 2025", "Leave a Reply",
         "Follow Us on XInstagram", "By Jane Doe", "© 2025 Site", "Photo: A (Reuters)", "# Title", "- item"]  # fmt: skip

tag_soup = st.lists(
    st.one_of(
        st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
        st.sampled_from(TAGS).map(lambda t: f'<{t} class="x" datetime="2025-08-15" alt="a" src="b">'),
        st.text(max_size=40),
        st.just(
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2025-01-01"}</script>'
        ),
    ),
    max_size=60,
).map("".join)
line_soup = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=80)), max_size=30).map("\n".join)


def _check(source: str | bytes) -> None:
    try:
        article = articlekit.parse(source)
    except errors.ArticleKitError:
        return
    assert isinstance(article, articlekit.Article)
    assert articlekit.Article.from_dict(article.to_dict()) == article


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tag_soup)
def test_tag_soup(page: str) -> None:
    _check(page)
    _check(page.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_soup)
def test_line_soup(text: str) -> None:
    _check(text)
