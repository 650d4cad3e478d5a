"""Every accepted kind of source, encodings, kind detection, and the typed errors of bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest

import articlekit
from articlekit import errors
from conftest import FIXTURES, SEED_NAME

SEED_TEXT = FIXTURES / f"{SEED_NAME}.txt"
HEADLINE = "Pakistan Steel Mills Revival Bolstered by New Russia Agreement"
PAGE = "<html><head><meta charset='{charset}'><title>Größe überall</title></head><body><article><h1>Größe überall</h1><p>{body}</p></article></body></html>"
BODY = "Die Größe der Übung ist überall sichtbar, sagte die Ärztin, und sie fügte hinzu, dass es so bleiben werde."


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(lambda: SEED_TEXT, id="pathlib"),
        pytest.param(lambda: str(SEED_TEXT), id="path string"),
        pytest.param(lambda: SEED_TEXT.read_text(encoding="utf-8"), id="str"),
        pytest.param(lambda: SEED_TEXT.read_bytes(), id="bytes"),
        pytest.param(lambda: io.BytesIO(SEED_TEXT.read_bytes()), id="binary file"),
        pytest.param(lambda: io.StringIO(SEED_TEXT.read_text(encoding="utf-8")), id="text file"),
        pytest.param(lambda: gzip.compress(SEED_TEXT.read_bytes()), id="gzip bytes"),
    ],
)
def test_every_source_kind_gives_the_same_record(source) -> None:  # type: ignore[no-untyped-def]
    article = articlekit.parse(source())
    assert article.headline == HEADLINE
    assert article.provenance.input == "text"
    assert len(article.body.blocks) == 4


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "utf-8"])
def test_declared_charset_is_honoured(charset: str) -> None:
    data = PAGE.format(charset=charset, body=BODY).encode(charset)
    article = articlekit.parse(data)
    assert article.headline == "Größe überall"
    assert article.body.text == BODY


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_byte_order_mark_is_honoured(encoding: str) -> None:
    data = PAGE.format(charset="utf-8", body=BODY).encode(encoding)
    assert articlekit.parse(data).body.text == BODY


def test_undeclared_encoding_is_detected() -> None:
    text = "Москва\n\n" + ("Правительство объявило о новом плане строительства дорог в регионе. " * 6)
    article = articlekit.parse(text.encode("windows-1251"), kind="text")
    assert article.headline == "Москва"
    assert "Правительство" in article.body.text


def test_text_with_angle_brackets_stays_text() -> None:
    text = (
        "Prices Rise Where Supply < Demand\n\n"
        "Economists note that when supply < demand and wages > inflation, prices climb; the <b> tag is "
        "what the newsletter editor used to bold the figure, she wrote.\n\n"
        "The second paragraph explains that 3 < 5 and that the committee met on Tuesday to agree on it."
    )
    article = articlekit.parse(text)
    assert article.provenance.input == "text"
    assert article.headline == "Prices Rise Where Supply < Demand"


def test_html_is_detected_without_a_doctype() -> None:
    page = "<div><h1>Title here</h1><p>" + BODY + "</p><p>" + BODY + "</p></div>"
    assert articlekit.parse(page).provenance.input == "html"


def test_kind_can_be_forced() -> None:
    page = "<p>Just a paragraph of text that someone wants to treat as text, tags and all.</p>"
    assert articlekit.parse_text(page).provenance.input == "text"
    assert articlekit.parse(page, kind="html").provenance.input == "html"


def test_missing_file_is_source_not_found(tmp_path: Path) -> None:
    with pytest.raises(errors.SourceNotFound, match="no such file"):
        articlekit.parse(tmp_path / "missing.html")
    with pytest.raises(errors.SourceNotFound):
        articlekit.parse(str(tmp_path / "missing.html"))


def test_directory_is_source_not_found(tmp_path: Path) -> None:
    with pytest.raises(errors.SourceNotFound, match="directory"):
        articlekit.parse(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "", "\n\n"])
def test_empty_input(data: bytes | str) -> None:
    with pytest.raises(errors.EmptyInput):
        articlekit.parse(data)


def test_binary_input_is_a_decode_error() -> None:
    with pytest.raises(errors.DecodeError, match="binary"):
        articlekit.parse(bytes(range(256)) * 20)


def test_truncated_gzip_is_a_decode_error() -> None:
    data = gzip.compress(SEED_TEXT.read_bytes())[:60]
    with pytest.raises(errors.DecodeError, match="gzip"):
        articlekit.parse(data)


def test_markup_without_text_is_not_an_article() -> None:
    with pytest.raises(errors.NotAnArticle):
        articlekit.parse("<html><head><script>var a = 1;</script></head><body><div></div></body></html>")


def test_bad_kind_is_an_error() -> None:
    with pytest.raises(errors.InputError):
        articlekit.parse("text", kind="pdf")  # type: ignore[arg-type]


def test_errors_share_one_root() -> None:
    for name in ("InputError", "SourceNotFound", "EmptyInput", "DecodeError", "NotAnArticle", "RecordError"):
        assert issubclass(getattr(errors, name), errors.ArticleKitError)


def test_valid_utf8_is_read_as_utf8_before_any_guess() -> None:
    from articlekit._load import decode

    text, encoding, warnings = decode("© 2025 Valley Herald. All rights reserved.\n".encode(), is_html=False)
    assert text.startswith("© 2025") and encoding == "utf-8" and warnings == ()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n" + b"ascii words " * 50, "a PDF document"),
        (b"PK\x03\x04" + b"x" * 100, "a zip archive"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "a PNG image"),
        (b"{\\rtf1\\ansi " + b"words " * 50, "an RTF document"),
    ],
)
def test_documents_of_other_kinds_are_told_by_their_first_bytes(data: bytes, what: str) -> None:
    with pytest.raises(articlekit.errors.UnsupportedFormat, match=what):
        articlekit.parse(data)


def test_a_url_string_is_not_read_as_a_page() -> None:
    with pytest.raises(articlekit.errors.SourceNotFound, match="never fetches"):
        articlekit.parse("https://example.com/news/1")


_RESPONSE_PAGE = (
    "<html><head><title>Mayor’s “bold” plan — café hours</title></head><body><article><h1>Mayor’s “bold” plan — café hours</h1>"
    "<p>3 hours ago</p><p>" + "The council met on Tuesday and agreed the café’s new hours. " * 6 + "</p>"
    "</article></body></html>"
).encode("cp1252")  # no <meta charset>: only the response's header says windows-1252
_RESPONSE_URL = "https://news.example.com/2025/06/mayor-plan"
_RESPONSE_HEADERS = {
    "Content-Type": "text/html; charset=windows-1252",
    "Date": "Sat, 14 Jun 2025 15:00:00 GMT",
}


def _requests_response() -> object:
    import requests

    response = requests.Response()
    response._content = _RESPONSE_PAGE
    response.url, response.status_code = _RESPONSE_URL, 200
    response.headers.update(_RESPONSE_HEADERS)
    return response


def _httpx_response() -> object:
    httpx = pytest.importorskip("httpx", reason="httpx is not installed")
    request = httpx.Request("GET", _RESPONSE_URL)
    return httpx.Response(200, content=_RESPONSE_PAGE, headers=_RESPONSE_HEADERS, request=request)


def _urllib3_response() -> object:
    import urllib3

    return urllib3.HTTPResponse(
        body=io.BytesIO(_RESPONSE_PAGE), headers=_RESPONSE_HEADERS, status=200, preload_content=True,
        request_url=_RESPONSE_URL,
    )  # fmt: skip


def _urllib_response() -> object:
    import email
    import urllib.response

    headers = email.message_from_string("".join(f"{k}: {v}\n" for k, v in _RESPONSE_HEADERS.items()))
    return urllib.response.addinfourl(io.BytesIO(_RESPONSE_PAGE), headers, _RESPONSE_URL, 200)


@pytest.mark.parametrize("make", [_requests_response, _httpx_response, _urllib3_response, _urllib_response])
def test_a_fetched_response_is_parsed_with_its_url_charset_and_date(make: object) -> None:
    article = articlekit.parse(make())  # type: ignore[operator]
    assert article.headline == "Mayor’s “bold” plan — café hours"
    assert article.url == _RESPONSE_URL
    assert "café’s new hours" in article.body.text
    assert not any("encoding" in warning or "relative" in warning for warning in article.warnings)
    assert article.dates.published == dt.datetime(2025, 6, 14, 12, tzinfo=dt.UTC)  # Date: 15:00
    assert articlekit.parse(make(), url="https://other.example/x").url == "https://other.example/x"  # type: ignore[operator]
