"""Hostile input (issue 17): each cause found by fuzzing real pages gives a record or a typed error,
never another exception; and fuzzers over JSON-LD shapes and mutated benchmark pages, bounded in time."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import errors
from conftest import require_shared

PAGE = (
    "<html><head>{head}</head><body><h1>Harbour ferry gets a new engine</h1>{body}<p>"
    + "The old ferry between the two harbours will get a new engine this spring, the council said. " * 4
    + "</p></body></html>"
)


def _json_ld(node: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def _written(article: articlekit.Article) -> str:
    """The record as UTF-8 JSON: what a batch run writes (raises if the record cannot be written)."""
    text = articlekit.to_json(article)
    text.encode("utf-8")
    return text


@pytest.mark.parametrize(
    "node",
    [
        {"@type": None, "headline": "X"},
        {"@type": 5, "headline": "X"},
        {"@type": "NewsArticle", "author": {"@id": {"x": 1}, "name": "Jane Roe"}},
        {"@type": "NewsArticle", "publisher": {"@id": ["a"], "name": "Example"}, "author": [{"@id": ["b"]}]},
        {"@graph": [{"@type": "Person", "@id": ["p"], "name": "Jane"}, {"@type": "NewsArticle", "author": {"@id": ["p"]}}]},
    ],
)  # fmt: skip
def test_json_ld_values_of_unexpected_types_are_passed_over(node: dict[str, object]) -> None:
    article = articlekit.parse(PAGE.format(head=_json_ld(node), body=""))
    assert article.headline == "Harbour ferry gets a new engine"


def test_a_json_ld_string_with_half_a_surrogate_pair_still_makes_a_writable_record() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bad \\ud800 headline"}</script>'
    assert "\\ud800" not in _written(articlekit.parse(PAGE.format(head=head, body="")))


def test_a_str_with_a_lone_surrogate_is_repaired_with_a_warning() -> None:
    article = articlekit.parse(
        PAGE.format(head="", body="<p>before \ud800 after, and more words to read here.</p>")
    )
    assert "before \ufffd after" in _written(article)
    assert any("surrogates" in warning for warning in article.warnings)


def test_a_control_character_after_a_hidden_element_is_dropped() -> None:
    article = articlekit.parse(
        PAGE.format(head="", body='<p>Before <i aria-hidden="true"></i>\x10 more text</p>')
    )
    assert "Before  more text" in article.body.text or "Before more text" in article.body.text


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<base href="http://[::1/">', '<img src="photo.jpg" alt="A photo">'),
        ("", '<figure><img src="//[oops/photo.jpg" alt="x"><figcaption>A caption</figcaption></figure>'),
    ],
)
def test_a_broken_ipv6_host_in_a_url_is_kept_as_written(head: str, body: str) -> None:
    article = articlekit.parse(PAGE.format(head=head, body=body), url="https://example.com/a/b")
    assert article.headline == "Harbour ferry gets a new engine"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta property="article:published_time" content="2024-05-01T10:00:00+99:00">', ""),
        ("", "<p>on 2014-03-28. Retrieved 2014-03-27.</p>"),
    ],
)
def test_a_utc_offset_no_place_uses_is_no_date(head: str, body: str) -> None:
    article = articlekit.parse(PAGE.format(head=head, body=body))
    assert all(abs(e.value.utcoffset() or dt.timedelta()) <= dt.timedelta(hours=14)
               for e in article.dates.evidence if isinstance(e.value, dt.datetime))  # fmt: skip
    _written(article)


def test_arguments_of_the_wrong_kind_are_typed_errors() -> None:
    closed = io.BytesIO(PAGE.encode())
    closed.close()
    with pytest.raises(errors.InputError, match="closed file"):
        articlekit.parse(closed)
    with pytest.raises(errors.SourceNotFound, match="not a usable file name"):
        articlekit.parse("page\x00.html")
    with pytest.raises(errors.InputError, match="url must be a str, not int"):
        articlekit.parse(PAGE.format(head="", body=""), url=42)  # type: ignore[arg-type]
    with pytest.raises(errors.InputError, match="reference_time must be a datetime"):
        articlekit.parse(PAGE.format(head="", body=""), reference_time=20250101)  # type: ignore[arg-type]


def test_a_reference_time_may_be_an_iso_string_or_a_date() -> None:
    page = PAGE.format(head="", body="<p>3 hours ago</p>")
    expected = dt.datetime(2025, 6, 14, 12, tzinfo=dt.UTC)
    assert articlekit.parse(page, reference_time="2025-06-14T15:00:00Z").dates.published == expected  # type: ignore[arg-type]
    assert articlekit.parse(page, reference_time=dt.date(2025, 6, 14)).dates.published.date() == dt.date(
        2025, 6, 13
    )  # type: ignore[arg-type,union-attr]


def test_an_unforeseen_failure_is_a_typed_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import articlekit._pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, "assemble", broken)
    with pytest.raises(errors.ExtractionError, match="KeyError") as raised:
        articlekit.parse(PAGE.format(head="", body=""))
    assert isinstance(raised.value.__cause__, KeyError)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    ["@type", "@id", "@graph", "headline", "name", "author", "publisher", "datePublished", "dateModified",
     "image", "mainEntityOfPage", "inLanguage", "isAccessibleForFree", "hasPart", "articleBody", "keywords"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _JSON, max_size=6), st.sampled_from(["NewsArticle", None, 5, ["Article"]]))
def test_any_json_ld_shape_gives_a_record(node: dict[str, object], kind: object) -> None:
    node = {"@type": kind, **node} if "@type" not in node else node
    try:
        article = articlekit.parse(PAGE.format(head=_json_ld(node), body=""))
    except errors.ArticleKitError as exc:
        assert not isinstance(exc, errors.ExtractionError), exc
        return
    _written(article)


_SNIPPETS = [
    "\x10", "\x00", "\ud800", "<base href='http://[::1/'>", "<img src='//[x/y.jpg'>", "<i aria-hidden=true></i>\x0b",
    "<time datetime='2024-05-01T10:00:00+99:00'>x</time>", "<!--", "<![CDATA[", "</html>", "<svg><title>",
    "<div>" * 50, "&#xD800;", "<meta charset='utf-16'>", "<form><input>\x0b", "(" * 40, '<script type="application/ld+json">{"@type":null}</script>',
]  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(st.data())
def test_mutated_benchmark_pages_give_a_record_or_a_typed_error(data: st.DataObject) -> None:
    folder = Path(require_shared("benchmarks", "aeb", "html"))
    pages = sorted(folder.glob("*.html.gz"))[:40]
    import gzip

    page = gzip.decompress(data.draw(st.sampled_from(pages)).read_bytes()).decode("utf-8", "replace")
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(page)))
        cut = data.draw(st.integers(0, 40))
        page = page[:at] + data.draw(st.sampled_from(_SNIPPETS)) + page[at + cut :]
    try:
        article = articlekit.parse(page, url="https://example.com/a")
    except errors.ArticleKitError as exc:
        assert not isinstance(exc, errors.ExtractionError), exc
        return
    _written(article)


def test_a_control_character_after_a_form_control_is_dropped() -> None:
    page = PAGE.format(head="", body="<form><input type=text>\x0b after</form>")
    assert articlekit.parse(page).headline == "Harbour ferry gets a new engine"


def test_a_gzip_bomb_stops_at_the_limit_with_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    bomb = gzip.compress(b" " * (80 * 1024 * 1024))  # 80 MiB of spaces in 80 KiB
    with pytest.raises(errors.InputTooLarge, match="ARTICLEKIT_MAX_INPUT_BYTES"):
        articlekit.parse(bomb)
    page = gzip.compress(PAGE.format(head="", body="").encode())
    assert articlekit.parse(page + page).headline == "Harbour ferry gets a new engine"  # two members
    with pytest.raises(errors.DecodeError, match="truncated"):
        articlekit.parse(page[:-12])
    monkeypatch.setenv("ARTICLEKIT_MAX_INPUT_BYTES", "200")
    with pytest.raises(errors.InputTooLarge):
        articlekit.parse(page)  # it unpacks to more than 200 bytes
    with pytest.raises(errors.InputTooLarge):
        articlekit.parse(PAGE.format(head="", body=""))


def test_a_title_of_very_many_parts_is_split_into_a_bounded_number() -> None:
    from articlekit._fields._titles import MAX_TITLE_PARTS, title_parts

    parts = title_parts("Headline | " + "Part | " * 5000 + "Site")
    assert len(parts) == MAX_TITLE_PARTS and parts[0] == "Headline"
    assert title_parts("Headline | Section | Site") == ("Headline", "Section", "Site")


def test_closing_hashes_of_a_markdown_heading_follow_a_space() -> None:
    from articlekit._text._lines import _MARKDOWN_HEADING

    assert [(m.group(2) if (m := _MARKDOWN_HEADING.match(line)) else None) for line in
            ("# Title ##", "# C#", "# x" + "#" * 10_000 + "y")] == ["Title", "C#", "x" + "#" * 10_000 + "y"]  # fmt: skip


def test_a_start_tag_of_very_many_attributes_is_cut_and_the_page_still_read() -> None:
    attributes = " ".join(f"a{i}='x'" for i in range(20_000))
    article = articlekit.parse(
        PAGE.format(head="", body=f"<div {attributes} class='late'><p>In the box.</p></div>")
    )
    assert article.headline == "Harbour ferry gets a new engine"
    assert "council said" in article.body.text


def test_nesting_past_the_parsers_limit_is_a_warning() -> None:
    """libxml2 stops at 255 levels and drops what follows: the record says so rather than lose it silently."""
    words = "the council met on Tuesday and agreed the budget " * 6
    shallow = f"<html><body><h1>Budget</h1>{'<div>' * 40}<p>{words}</p>{'</div>' * 40}</body></html>"
    deep = shallow.replace("<div>" * 40, "<div>" * 300).replace("</div>" * 40, "</div>" * 300)
    assert not [w for w in articlekit.parse(shallow).warnings if "deep" in w]
    warnings = articlekit.parse(deep).warnings
    assert any("nests elements more than 255 deep" in w for w in warnings), warnings


def test_an_xml_declaration_without_its_closing_question_mark_is_dropped() -> None:
    page = b'<?xml version="1.0" encoding="utf-8"\xdf>' + PAGE.format(head="", body="").encode()
    assert articlekit.parse(page).headline == "Harbour ferry gets a new engine"


def test_a_url_with_a_broken_host_is_an_input_error() -> None:
    with pytest.raises(errors.InputError, match="url is not a URL"):
        articlekit.parse(PAGE.format(head="", body=""), url="https://x.t<![CDATA[y/a")
