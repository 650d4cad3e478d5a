"""The same pages in every common encoding, declared rightly, wrongly or not at all, give the same record.

The pages (fixtures/encodings/, one news story per language, written for these tests) are stored as
UTF-8 without any charset declaration; each test encodes one and adds what it needs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import articlekit
from articlekit._encoding import codec_for, decode_bytes
from articlekit._load import load
from articlekit._pipeline import parse_loaded

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "encodings"

#: (page, Python codec, the label pages declare it by): the legacy encodings of each language.
LEGACY = [
    ("fr", "cp1252", "windows-1252"),
    ("fr", "cp1252", "iso-8859-1"),
    ("de", "cp1252", "latin1"),
    ("de", "cp1252", "us-ascii"),
    ("pl", "cp1250", "windows-1250"),
    ("ru", "cp1251", "windows-1251"),
    ("ru", "koi8_r", "koi8-r"),
    ("ru", "iso8859_5", "iso-8859-5"),
    ("el", "cp1253", "windows-1253"),
    ("el", "iso8859_7", "iso-8859-7"),
    ("tr", "cp1254", "iso-8859-9"),
    ("ja", "cp932", "shift_jis"),
    ("ja", "euc_jp", "euc-jp"),
    ("ja", "iso2022_jp", "iso-2022-jp"),
    ("zh-cn", "gb18030", "gb2312"),
    ("zh-cn", "gb18030", "gbk"),
    ("zh-tw", "big5hkscs", "big5"),
    ("ko", "cp949", "euc-kr"),
]
#: Undeclared and without a language named, these bytes are told by detection alone.
DETECTED = [
    ("fr", "cp1252"),
    ("de", "cp1252"),
    ("pl", "cp1250"),
    ("ru", "cp1251"),
    ("ru", "koi8_r"),
    ("ja", "cp932"),
    ("ja", "euc_jp"),
    ("zh-cn", "gb18030"),
]
LANGUAGES = sorted({language for language, _, _ in LEGACY})


def _source(language: str) -> str:
    return (PAGES / f"{language}.html").read_text(encoding="utf-8")


def _record(article: articlekit.Article) -> tuple[object, ...]:
    """What must not change with the encoding: every text the record holds."""
    return (
        article.headline,
        article.titles,
        article.authors,
        article.dates.published,
        [block.text for block in article.body.blocks],
        [item.text for item in article.boilerplate],
    )


def _expected(language: str) -> tuple[object, ...]:
    return _record(articlekit.parse(_source(language)))


def _with_meta(page: str, meta: str) -> str:
    return page.replace("<head>", f"<head>{meta}", 1)


def _without_language(page: str) -> str:
    return page.replace(' lang="', ' data-lang="', 1)


def _encoding_warnings(article: articlekit.Article) -> list[str]:
    words = ("encoding", "declare", "bytes", "UTF-16")
    return [warning for warning in article.warnings if any(word in warning for word in words)]


def test_every_page_is_written_in_its_encodings() -> None:
    for language, codec, label in LEGACY:
        _source(language).encode(codec)  # raises if a page holds a character its encoding lacks
        assert codec_for(label) == codec, label


@pytest.mark.parametrize(("language", "codec", "label"), LEGACY)
@pytest.mark.parametrize("how", ["meta charset", "meta http-equiv"])
def test_a_page_declaring_its_encoding_gives_the_record_without_warnings(
    language: str, codec: str, label: str, how: str
) -> None:
    meta = (
        f'<meta charset="{label}">'
        if how == "meta charset"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    )
    article = articlekit.parse(_with_meta(_source(language), meta).encode(codec))
    assert _record(article) == _expected(language)
    assert _encoding_warnings(article) == []


@pytest.mark.parametrize(("language", "codec", "label"), LEGACY)
def test_a_charset_the_transport_declares_comes_before_the_pages_own(
    language: str, codec: str, label: str
) -> None:
    page = _with_meta(_source(language), '<meta charset="utf-8">').encode(codec)  # the page's is wrong
    article = parse_loaded(load(page, charset=label), url=None, rules=None)
    assert _record(article) == _expected(language)
    assert _encoding_warnings(article) == []


#: (ISO-2022-JP is a 7-bit encoding: its bytes are ASCII, which nothing reads as Japanese undeclared.)
@pytest.mark.parametrize(("language", "codec", "label"), [case for case in LEGACY if case[1] != "iso2022_jp"])
def test_an_undeclared_page_is_read_in_its_languages_encoding_with_a_warning(
    language: str, codec: str, label: str
) -> None:
    article = articlekit.parse(_source(language).encode(codec))
    assert _record(article) == _expected(language)
    assert any("not declared" in warning for warning in _encoding_warnings(article))


@pytest.mark.parametrize(("language", "codec"), DETECTED)
def test_an_undeclared_page_naming_no_language_is_detected(language: str, codec: str) -> None:
    article = articlekit.parse(_without_language(_source(language)).encode(codec))
    assert _record(article) == _record(articlekit.parse(_without_language(_source(language))))
    assert any("guessed" in warning for warning in _encoding_warnings(article))


@pytest.mark.parametrize(
    ("language", "codec", "url"),
    [("pl", "cp1250", "https://gazeta.example.pl/a"), ("tr", "cp1254", "https://haber.example.com.tr/a")],
)
def test_a_country_domain_names_the_language_of_a_page_that_does_not(
    language: str, codec: str, url: str
) -> None:
    article = articlekit.parse(_without_language(_source(language)).encode(codec), url=url)
    assert _record(article) == _record(articlekit.parse(_without_language(_source(language)), url=url))


@pytest.mark.parametrize(("language", "codec", "label"), LEGACY[:2] + LEGACY[4:6] + LEGACY[11:12])
def test_legacy_bytes_declared_as_utf8_are_read_as_what_they_are(
    language: str, codec: str, label: str
) -> None:
    article = articlekit.parse(_with_meta(_source(language), '<meta charset="utf-8">').encode(codec))
    assert _record(article) == _expected(language)
    assert any("declares UTF-8, but the bytes are not" in w for w in _encoding_warnings(article))


@pytest.mark.parametrize("language", LANGUAGES)
def test_utf8_bytes_declared_as_a_legacy_encoding_are_read_as_utf8(language: str) -> None:
    page = _with_meta(_source(language), '<meta charset="iso-8859-1">').encode("utf-8")
    article = articlekit.parse(page)
    assert _record(article) == _expected(language)
    assert any("the bytes are UTF-8" in warning for warning in _encoding_warnings(article))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_utf16_with_or_without_a_byte_order_mark(language: str, codec: str) -> None:
    article = articlekit.parse(_source(language).encode(codec))
    assert _record(article) == _expected(language)
    assert "\x00" not in article.body.text


def test_windows_1252_declared_as_latin1_has_no_control_characters() -> None:
    page = _with_meta(
        "<html><head><title>Mayor’s “bold” plan — what it means</title></head><body>"
        "<h1>Mayor’s “bold” plan — what it means</h1><p>"
        + "The council met on Tuesday. " * 12
        + "</p></body></html>",
        '<meta charset="iso-8859-1">',
    ).encode("cp1252")
    article = articlekit.parse(page)
    assert article.headline == "Mayor’s “bold” plan — what it means"
    assert not any("\x80" <= char <= "\x9f" for char in article.headline)


def test_a_utf8_page_with_windows_1252_quotes_pasted_in_is_repaired_with_a_warning() -> None:
    body = "Die Brücke über die Isar ist eröffnet. " * 8
    page = (
        (
            '<html><head><meta charset="utf-8"><title>Brücke eröffnet</title></head><body><h1>Brücke eröffnet</h1><p>'
        ).encode()
        + body.encode()
        + "„A great day“ – she said…".encode("cp1252")
        + b"</p></body></html>"
    )
    article = articlekit.parse(page)
    assert article.body.text.endswith("„A great day“ – she said…")
    assert any("mixes UTF-8 with windows-1252" in warning for warning in article.warnings)


def test_labels_are_read_as_the_encoding_standard_says() -> None:
    assert [
        codec_for(label) for label in ("ISO-8859-1", " latin1 ", "ASCII", "GB2312", "Big5", "Shift_JIS")
    ] == [
        "cp1252",
        "cp1252",
        "cp1252",
        "gb18030",
        "big5hkscs",
        "cp932",
    ]
    assert codec_for("iso-2022-kr") is None  # the standard's "replacement": never decoded
    assert codec_for("no-such-encoding") is None


def test_an_unknown_declared_charset_is_ignored_with_a_warning() -> None:
    decoded = decode_bytes("Ça marche.".encode(), declared="x-klingon")
    assert decoded.text == "Ça marche." and decoded.encoding == "utf-8"
    assert any("x-klingon" in warning for warning in decoded.warnings)
