"""MHTML archives ("Save as single file") are read as their page, with the capture in `archive`; RSS and
Atom feeds are told apart from pages, read into items, and a full item becomes a page of its own."""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import gzip
import quopri
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from pathlib import Path

import attrs
import pytest

import articlekit
from articlekit import errors
from articlekit._archives._feed_page import item_page
from articlekit._archives._feeds import (
    FeedItem,
    feed_items,
    feed_title,
    is_feed,
    is_full,
    parse_date,
    read_feed,
)
from articlekit._archives._mhtml import is_mhtml
from conftest import FIXTURES, require_shared

SNAPSHOT = "https://www.example-news.test/2025/05/story?id=7"
SAVED = dt.datetime(2025, 9, 1, 8, 30, tzinfo=dt.UTC)
#: A 1x1 PNG, the kind of image part a saved page carries.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def html_part(
    page: bytes, *, charset: str | None = None, encoding: str = "quoted-printable", location: str = SNAPSHOT
) -> MIMEBase:
    """The page's part as Chrome writes it: text/html, quoted-printable, at the snapshot's address."""
    part = MIMEBase("text", "html", **({"charset": charset} if charset else {}))
    if encoding == "base64":
        part.set_payload(base64.encodebytes(page).decode("ascii"))
    else:
        part.set_payload(quopri.encodestring(page).decode("ascii"))
    part["Content-ID"] = "<frame-5E2F0C9A1B3D@mhtml.blink>"
    part["Content-Transfer-Encoding"] = encoding
    part["Content-Location"] = location
    return part


def mhtml(
    *parts: MIMEBase, snapshot: str | None = SNAPSHOT, saved: dt.datetime = SAVED, start: str = ""
) -> bytes:
    """An MHTML archive as Chrome's "Save as single file" writes it (CRLF lines, Blink's headers)."""
    archive = MIMEMultipart("related", boundary="----MultipartBoundary--q1w2e3r4t5y6----", type="text/html")
    del archive["MIME-Version"], archive["Content-Type"]  # written below, in Chrome's order
    archive["From"] = "<Saved by Blink>"
    if snapshot is not None:
        archive["Snapshot-Content-Location"] = snapshot
    archive["Subject"] = "A saved page"
    archive["Date"] = email.utils.format_datetime(saved.replace(tzinfo=None))  # "-0000", as Chrome
    archive["MIME-Version"] = "1.0"
    archive["Content-Type"] = (
        f'multipart/related; type="text/html"; boundary="----MultipartBoundary--q1w2e3r4t5y6----"{start}'
    )
    for part in parts:
        archive.attach(part)
    return archive.as_bytes(policy=SMTP)


def resources() -> list[MIMEBase]:
    """What follows the page in a saved archive: a stylesheet and an image."""
    css = MIMEText("body { font-family: serif; }\n", "css", "utf-8")
    css["Content-Location"] = "cid:css-0a1b2c3d@mhtml.blink"
    image = MIMEImage(PIXEL, "png")
    image["Content-Location"] = "https://www.example-news.test/img/lead.png"
    return [css, image]


def comparable(article: articlekit.Article) -> articlekit.Article:
    """The record without what may differ between a page and its archive: the archive (and how it was
    found) and warnings."""
    fields = {name: how for name, how in article.provenance.fields.items() if name != "archive"}
    provenance = attrs.evolve(article.provenance, fields=fields)
    return attrs.evolve(article, archive=None, warnings=(), provenance=provenance)


@pytest.mark.parametrize("name", ["html-german.html", "southasiandesk-pakistan-steel-mills.wordpress.html"])
def test_an_mhtml_archive_gives_its_page_s_record_and_the_capture(name: str) -> None:
    page = (FIXTURES / name).read_bytes()
    data = mhtml(html_part(page), *resources())
    assert b"=3D" in data and b"Content-Type: multipart/related" in data  # really quoted-printable MIME
    article = articlekit.parse(data)
    direct = articlekit.parse(page, url=SNAPSHOT, reference_time=SAVED)
    assert comparable(article) == comparable(direct)
    assert article.headline and article.body.blocks
    assert article.url == SNAPSHOT
    assert article.archive == articlekit.Archive(original_url=SNAPSHOT, captured_at=SAVED, via="mhtml")
    assert article.provenance.input == "html"


def test_a_declared_non_utf8_charset_is_read() -> None:
    page = (
        "<html><head><title>El año del señor Muñoz</title></head><body><article><h1>El año del señor Muñoz</h1>"
        "<p>La señora Núñez llegó a la reunión del año con una propuesta que nadie esperaba, y la mañana "
        "terminó con un acuerdo firmado por todos los presentes en el salón.</p></article></body></html>"
    ).encode("windows-1252")
    assert "ñ".encode("windows-1252") in page
    article = articlekit.parse(mhtml(html_part(page, charset="windows-1252"), *resources()))
    assert article.headline == "El año del señor Muñoz"
    assert "Núñez" in article.body.text
    assert not any("replaced" in warning for warning in article.warnings)


def test_a_base64_page_part_is_read() -> None:
    page = (FIXTURES / "html-german.html").read_bytes()
    article = articlekit.parse(mhtml(html_part(page, encoding="base64"), *resources()))
    assert comparable(article) == comparable(articlekit.parse(page, url=SNAPSHOT, reference_time=SAVED))


@pytest.mark.parametrize(
    ("snapshot", "start"),
    [(SNAPSHOT, ""), (None, '; start="<frame-5E2F0C9A1B3D@mhtml.blink>"')],
)
def test_the_start_parameter_or_the_snapshot_address_choose_the_page_among_frames(
    snapshot: str | None, start: str
) -> None:
    frame = html_part(b"<html><body><h1>An advertisement frame</h1></body></html>", location="cid:frame-ad")
    frame.replace_header("Content-ID", "<frame-ad@mhtml.blink>")
    page = (FIXTURES / "html-german.html").read_bytes()
    article = articlekit.parse(mhtml(frame, html_part(page), *resources(), snapshot=snapshot, start=start))
    assert article.headline == articlekit.parse(page).headline
    assert article.archive is not None and article.archive.original_url == SNAPSHOT


@pytest.mark.parametrize("suffix", [".mhtml", ".mht"])
def test_an_archive_file_is_read_by_its_content_whatever_its_name(tmp_path: Path, suffix: str) -> None:
    page = (FIXTURES / "html-german.html").read_bytes()
    data = mhtml(html_part(page), *resources())
    path = tmp_path / f"saved{suffix}"
    path.write_bytes(data)
    for source in (path, str(path), data.decode("ascii")):
        article = articlekit.parse(source)
        assert article.archive is not None and article.archive.original_url == SNAPSHOT
        assert comparable(article) == comparable(articlekit.parse(page, url=SNAPSHOT, reference_time=SAVED))


def test_a_given_url_and_reference_time_come_before_the_archive_s() -> None:
    data = mhtml(html_part((FIXTURES / "html-german.html").read_bytes()))
    article = articlekit.parse(data, url="https://elsewhere.test/a")
    assert article.url == "https://elsewhere.test/a"
    assert article.archive is not None and article.archive.original_url == SNAPSHOT


@pytest.mark.parametrize("snapshot", [None, "https://[broken/x", "https://example.test/a b<c>"])
def test_without_a_usable_snapshot_address_the_page_part_s_location_is_the_original(
    snapshot: str | None,
) -> None:
    data = mhtml(html_part((FIXTURES / "html-german.html").read_bytes()), snapshot=snapshot)
    article = articlekit.parse(data)
    assert article.archive == articlekit.Archive(original_url=SNAPSHOT, captured_at=SAVED, via="mhtml")


def test_an_archive_without_an_html_part_is_refused() -> None:
    with pytest.raises(errors.UnsupportedFormat, match="MHTML archive with no HTML part"):
        articlekit.parse(mhtml(*resources()))


@pytest.mark.parametrize(
    "damaged",
    [
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\nno parts at all",
        b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\n\xff\xd8',
    ],
)
def test_a_damaged_archive_is_a_typed_error(damaged: bytes) -> None:
    with pytest.raises(errors.UnsupportedFormat, match="no HTML part"):
        articlekit.parse(damaged)


def test_a_cut_short_archive_gives_what_it_holds() -> None:
    data = mhtml(html_part((FIXTURES / "html-german.html").read_bytes(), encoding="base64"))
    article = articlekit.parse(gzip.compress(data[: len(data) * 2 // 3]))
    assert article.archive is not None and article.headline


def test_an_archive_s_page_respects_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    page = b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>"
    data = mhtml(html_part(page, encoding="base64"))
    monkeypatch.setenv("ARTICLEKIT_MAX_INPUT_BYTES", str(len(data) + 10))
    articlekit.parse(data)
    monkeypatch.setenv("ARTICLEKIT_MAX_INPUT_BYTES", str(len(page) - 1))
    with pytest.raises(errors.InputTooLarge):
        articlekit.parse(data)


def test_the_sniffs_pass_ordinary_pages_by() -> None:
    for page in sorted(FIXTURES.glob("*.html")) + sorted(FIXTURES.glob("*.txt")):
        head = page.read_bytes()[:4096]
        assert not is_mhtml(head) and not is_feed(head), page.name
    assert not is_mhtml(b"Subject: a copied e-mail\nFrom: someone\n\nHello")
    assert not is_feed(b'<?xml version="1.0"?><!DOCTYPE html><html><body>x</body></html>')
    assert not is_feed(b'<feed xmlns="http://example.com/not-atom"><entry/></feed>')
    assert is_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0"><channel>')
    assert is_feed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'.encode("utf-16"))


RSS1 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>Example &amp; Co</title><dc:language>fr</dc:language></channel>
  <item rdf:about="https://example.org/a"><title>Un titre &amp;amp; l&amp;#8217;autre</title><dc:creator>Jeanne Dupont</dc:creator>
    <dc:date>2024-02-03T04:05:06Z</dc:date><description>Un résumé.</description></item>
</rdf:RDF>""".encode()


def test_an_rss_1_0_feed_is_read() -> None:
    assert is_feed(RSS1)
    feed = read_feed(RSS1)
    (item,) = feed.items
    assert feed.title == "Example & Co"
    assert (item.title, item.link, item.author, item.language) == (
        "Un titre & l’autre",
        "https://example.org/a",
        "Jeanne Dupont",
        "fr",
    )
    assert item.published == dt.datetime(2024, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    assert item.summary == "Un résumé." and not item.full


def test_a_feed_s_entities_are_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title>'
        b"<item><title>&b;&c;</title><link>https://example.org/x</link></item></channel></rss>"
    )
    (item,) = feed_items(bomb)
    assert "aaaaaaaaaa" not in (item.title or "") and "root:" not in (item.title or "")


def test_atom_text_constructs_of_every_type() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="html">A &lt;b&gt;bold&lt;/b&gt; site</title>
      <author><name>Site Team</name></author>
      <entry><title>Plain</title><link rel="alternate" href="/posts/1" xml:base="https://example.org/"/>
        <updated>2024-05-06T07:08:09+02:00</updated><author><name>A. Writer</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <em>two</em> &lt; three</p></div></content>
        <summary type="text">Short &amp; plain</summary></entry></feed>"""
    feed = read_feed(atom)
    (item,) = feed.items
    assert feed.title == "A bold site"
    assert item.link == "https://example.org/posts/1"
    assert item.author == "A. Writer"  # the entry's own, not the feed's team
    assert item.published == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert item.content == "<div><p>One <em>two</em> &lt; three</p></div>"
    assert item.summary == "<p>Short &amp; plain</p>"
    assert item.language == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 31 Jan 2018 07:26:05 GMT", dt.datetime(2018, 1, 31, 7, 26, 5, tzinfo=dt.UTC)),
        ("Wed, 31 Jan 2018 07:26:05 -0000", dt.datetime(2018, 1, 31, 7, 26, 5, tzinfo=dt.UTC)),
        ("2016-06-03T07:38:00.000-07:00", dt.datetime(2016, 6, 3, 14, 38, tzinfo=dt.UTC)),
        ("not a date", None),
        ("", None),
    ],
)
def test_feed_dates(value: str, expected: dt.datetime | None) -> None:
    assert parse_date(value) == expected


WORDS = " ".join(f"word{n}" for n in range(200))


@pytest.mark.parametrize(
    ("content", "summary", "full"),
    [
        (f"<p>{WORDS}</p>", None, True),
        (f"<p>{WORDS[:500]}</p>", f"<p>{WORDS[:480]}</p>", False),  # the summary repeated
        (f"<p>{WORDS}</p>", f"<p>{WORDS}</p>", True),  # article-long in both
        (f"<p>{WORDS}</p> <a href='/x'>Continue reading...</a>", None, False),
        (f"<p>{WORDS} […]</p><p>The post <a>X</a> appeared first on <a>Y</a>.</p>", None, False),
        (None, f"<p>{WORDS}</p>", True),
        (None, f"<p>{WORDS[:600]}</p>", False),
        ("<p>Too short to be an article.</p>", None, False),
    ],
)
def test_when_an_item_is_full(content: str | None, summary: str | None, full: bool) -> None:
    assert is_full(content, summary) is full


def test_an_item_page_escapes_the_item_s_text() -> None:
    item = FeedItem(
        title='Tom & "Jerry" <script>',
        link='https://example.org/a?x=1&y="2"',
        published=dt.datetime(2024, 1, 2, 3, 4, tzinfo=dt.UTC),
        author="O'Brien <ed>",
        content=f"<p>{WORDS}</p>",
        summary=None,
        full=True,
    )
    page = item_page(item, "Site <&>").decode("utf-8")
    assert "<title>Tom &amp; &quot;Jerry&quot; &lt;script&gt;</title>" in page
    assert 'href="https://example.org/a?x=1&amp;y=&quot;2&quot;"' in page
    assert 'content="Site &lt;&amp;&gt;"' in page and 'content="O&#x27;Brien &lt;ed&gt;"' in page
    article = articlekit.parse(page.encode())
    assert article.headline == 'Tom & "Jerry" <script>'
    assert article.dates.published == item.published
    assert article.canonical_url == item.link


FEEDS = (
    "rss-parser__content-encoded.rss",
    "rss-parser__guardian.rss",
    "rss-parser__heise.atom",
    "rss-parser__feedburner.atom",
)


def shared_feed(name: str) -> bytes:
    return require_shared("archives", "feeds", name).read_bytes()


@pytest.mark.parametrize(
    ("name", "count", "title", "full"),
    [
        (
            "rss-parser__content-encoded.rss",
            7,
            "Food in Invironment on Medium",
            7,
        ),  # content:encoded: whole posts
        ("rss-parser__guardian.rss", 55, "The Guardian", 0),  # descriptions ending "Continue reading..."
        ("rss-parser__heise.atom", 15, "heise developer neueste Meldungen", 0),  # content = the summary
        ("rss-parser__feedburner.atom", 25, "Google Ads Developer Blog", 25),  # Blogger's whole posts
    ],
)
def test_real_feeds_are_read(name: str, count: int, title: str, full: int) -> None:
    data = shared_feed(name)
    assert is_feed(data[:4096])
    items = feed_items(data)
    assert (len(items), feed_title(data)) == (count, title)
    assert sum(item.full for item in items) == full
    assert all(item.title and item.link and item.published for item in items)
    assert all(item.link.startswith("http") for item in items if item.link)


def test_real_feeds_items_hold_what_the_feed_says() -> None:
    medium = feed_items(shared_feed("rss-parser__content-encoded.rss"))[0]
    assert medium.title == "THE CREATIVE FORAGER"
    assert medium.link == (
        "https://medium.com/invironment/the-creative-forager-125af37d838f?source=rss----d12c403d4976--food"
    )
    assert medium.author == "Jeremy Puma"
    assert medium.published == dt.datetime(2018, 4, 9, 18, 55, 38, tzinfo=dt.UTC)
    assert medium.content and medium.content.startswith("<h4>Using Wild Ingredients in the\xa0Kitchen</h4>")
    guardian = feed_items(shared_feed("rss-parser__guardian.rss"))[0]
    assert (guardian.author, guardian.language) == ("David Smith in Washington", "en-gb")
    assert guardian.content is None and guardian.summary and "Continue reading..." in guardian.summary
    heise = feed_items(shared_feed("rss-parser__heise.atom"))[0]
    assert heise.title == "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei"
    assert heise.published == dt.datetime.fromisoformat("2016-02-01T17:22:00+01:00")  # published, not updated
    assert heise.author is None  # the feed's "heise online" is the publisher, not the item's author
    blog = feed_items(shared_feed("rss-parser__feedburner.atom"))[0]
    assert (
        blog.link == "http://googleadsdeveloper.blogspot.com/2016/06/adwords-and-dfp-java-client-library.html"
    )
    assert blog.author == "Google Ads Developer Advisor"


@pytest.mark.parametrize("name", ["rss-parser__content-encoded.rss", "rss-parser__feedburner.atom"])
def test_a_full_item_s_page_gives_its_record(name: str) -> None:
    data = shared_feed(name)
    title = feed_title(data)
    for item in feed_items(data):
        article = articlekit.parse(item_page(item, title), url=item.link)
        assert article.headline == item.title
        assert article.authors == (item.author,)
        assert article.dates.published == item.published
        assert article.site_name == title
        assert article.body.word_count >= 50


@pytest.mark.parametrize("name", FEEDS)
def test_parse_refuses_a_feed_and_points_to_batch(name: str) -> None:
    path = require_shared("archives", "feeds", name)
    count = len(feed_items(path.read_bytes()))
    with pytest.raises(
        errors.UnsupportedFormat, match=rf"RSS or Atom feed of {count} items.*articlekit batch"
    ):
        articlekit.parse(path)
    with pytest.raises(errors.UnsupportedFormat, match="feed"):
        articlekit.parse(path.read_bytes().decode("utf-8"))


def test_a_feed_given_as_bytes_is_refused_without_a_file() -> None:
    with pytest.raises(errors.UnsupportedFormat, match=r"feed of 1 item, .*articlekit batch FILE"):
        articlekit.parse(RSS1)
