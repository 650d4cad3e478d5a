"""Archives as people keep them: the archiving tools' own test files, and captures made here with real
tools (warcio recording a local server), read into the records of the pages they hold."""

from __future__ import annotations

import gzip
import http.server
import io
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlekit
from articlekit import batch
from articlekit._cli import main
from conftest import FIXTURES, require_shared

pytest.importorskip("warcio", reason="the archive tests write their files with warcio (test extra)")
pytest.importorskip("fastwarc", reason="WARC files are read with FastWARC (warc extra)")


def _records(path: Path | str) -> list[dict[str, object]]:
    return list(batch.records([path], workers=0))


def _brief(record: dict[str, object]) -> tuple[str, object]:
    """A record as (the source's last part, the headline or the error type)."""
    name = Path(str(record["source"])).name
    error = record.get("error")
    return name, error["type"] if isinstance(error, dict) else record["headline"]


# --- the archiving tools' own files ---------------------------------------------------------------

EXPECTED = {
    "pywacz__example-collection-with-lists.warc": [  # gzip and brotli payloads
        ("#1272", "Example Domain"),
        ("#4493", "IANA-managed Reserved Domains"),
        ("#454640", "Domain Name Services"),
        ("#457852", "Number Resources"),
        ("#633849", "Protocol Registries"),
        ("#705322", "About us"),
    ],
    "pywacz__example-iana.warc": [
        ("#279", "Example Domain"),
        ("#698519", "About us"),
        ("#702668", "Domain Name Services"),
        ("#709341", "IANA-managed Reserved Domains"),
        ("#714078", "Number Resources"),
        ("#718927", "Protocol Registries"),
    ],
    "pywacz__example-warcinfo-metadata.warc": [("#326", "Example Domain")],
    "pywacz__valid_example_2.wacz": [("#845", "Example Domain")],
    "pywacz__valid_signed_example_1.wacz": [("#0", "Example Domain")],
    "warcio__example-digest.warc": [("", "NotAnArticle")],  # requests only: no page, said so
    "warcio__example-iana.org-chunked.warc": [("#405", "Internet Assigned Numbers Authority")],
    "warcio__example-resource.warc.gz": [("#802", "Example Domain")],  # a resource record
    "warcio__example-space-in-url.arc": [("#151", "Example Domain")],
    "warcio__example-trunc.warc": [("#1197", "Example Domain"), ("#3370", "WarcError")],
    "warcio__example-wget-bad-target-uri.warc.gz": [("#824", "Example Domain")],
    "warcio__example-wrong-chunks.warc.gz": [("#0", "Example Domain")],
    "warcio__example.warc.gz": [("#784", "Example Domain"), ("#2621", "Example Domain")],  # and its revisit
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_archive_file_gives_the_pages_it_holds(name: str) -> None:
    folder = require_shared("archives", "warc")
    records = _records(folder / name)
    marks = ["#" + str(r["source"]).rpartition("#")[2] if "#" in str(r["source"]) else "" for r in records]
    assert list(zip(marks, [_brief(r)[1] for r in records], strict=True)) == EXPECTED[name]
    for record in records:
        if "error" not in record:
            archive = record["archive"]
            assert isinstance(archive, dict) and archive["via"] in ("warc", "wacz", "arc")
            assert archive["original_url"] == record["url"] and archive["captured_at"]
            assert not str(record["url"]).startswith("<")  # wget's angle brackets are gone


def test_chunked_and_brotli_payloads_leave_no_encoding_in_the_text() -> None:
    folder = require_shared("archives", "warc")
    for name in ("warcio__example-iana.org-chunked.warc", "pywacz__example-collection-with-lists.warc"):
        for record in _records(folder / name):
            text = str(record["body"]["text"]) + " ".join(str(b["text"]) for b in record["boilerplate"])  # type: ignore[index, union-attr]
            assert not [w for w in record["warnings"] if "encoding" in str(w)]  # type: ignore[union-attr]
            assert "\ufffd" not in text and not text.startswith(("1c", "001"))


def test_a_folder_of_archives_counts_what_is_not_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    folder = require_shared("archives", "warc")
    assert main(["batch", str(folder), "-o", "-", "--workers", "0"]) == 1  # the two error records
    lines = capsys.readouterr()
    assert len(lines.out.splitlines()) == sum(len(v) for v in EXPECTED.values())
    assert "archived responses not pages" in lines.err


# --- captures made here ---------------------------------------------------------------------------


def _brotli(data: bytes) -> bytes:
    from fastwarc.stream_io import BrotliWriter

    buffer = io.BytesIO()
    writer = BrotliWriter(buffer)
    writer.write(data)
    writer.close()
    return buffer.getvalue()


class _Server(http.server.BaseHTTPRequestHandler):
    """Serves fixture pages as servers send them: /chunked, /gzip, /br, /gzip-chunked, /latin (the
    charset only in the header), /plain."""

    page = b""
    latin = b""

    def do_GET(self) -> None:
        body, headers, chunked = self.page, {"Content-Type": "text/html; charset=utf-8"}, False
        if self.path == "/latin":
            body, headers = self.latin, {"Content-Type": "text/html; charset=windows-1252"}
        if "gzip" in self.path:
            body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
        if self.path == "/br":
            body, headers["Content-Encoding"] = _brotli(body), "br"
        if "chunked" in self.path:
            chunked, headers["Transfer-Encoding"] = True, "chunked"
        self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        if not chunked:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if chunked:
            for start in range(0, len(body), 700):
                part = body[start : start + 700]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


LATIN_PAGE = """<!doctype html><html lang="es"><head><title>La señora Núñez gana el año</title></head>
<body><article><h1>La señora Núñez gana el año</h1><p>{}</p></article></body></html>""".format(
    "El niño de la señora Núñez celebró el año con una canción española en la mañana. " * 6
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _Server.page = (FIXTURES / "html-german.html").read_bytes()
    _Server.latin = LATIN_PAGE.encode("windows-1252")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


PATHS = ("/plain", "/chunked", "/gzip", "/br", "/gzip-chunked", "/latin")


@pytest.fixture(scope="module")
def captured(server: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WARC of the server's pages, recorded by warcio as it records any crawl (its recorder replaces
    http.client's connection, which urllib looks up on each request)."""
    import urllib.request

    from warcio.capture_http import capture_http

    warc = tmp_path_factory.mktemp("capture") / "capture.warc.gz"
    with capture_http(str(warc)):
        for path in PATHS:
            request = urllib.request.Request(server + path, headers={"Accept-Encoding": "gzip, br"})
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
    assert warc.stat().st_size > 0, "warcio recorded nothing"
    return warc


def test_captured_payloads_give_the_page_parsed_directly(server: str, captured: Path) -> None:
    records = _records(captured)
    assert [str(r["url"]).removeprefix(server) for r in records] == list(PATHS)
    direct = articlekit.parse(FIXTURES / "html-german.html").to_dict()
    for record in records[:-1]:
        for field in ("headline", "authors", "dates", "body", "images"):
            assert record[field] == direct[field], (record["url"], field)
    latin = records[-1]
    assert latin["headline"] == "La señora Núñez gana el año"  # the header's charset, not a guess
    assert not [w for w in latin["warnings"] if "encoding" in str(w)]  # type: ignore[union-attr]


def test_a_revisit_whose_capture_is_not_in_the_input_is_an_error_record(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "revisit.warc.gz"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        http_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        revisit = writer.create_revisit_record(
            "https://news.example.test/a", digest="sha1:AAAA", refers_to_uri="https://news.example.test/a",
            refers_to_date="2024-01-01T00:00:00Z", http_headers=http_headers,
        )  # fmt: skip
        writer.write_record(revisit)
    [record] = _records(warc)
    assert record["error"] == {
        "type": "WarcError",
        "message": "a revisit of an earlier capture of https://news.example.test/a not in this input",
    }


def test_a_two_record_arc_gives_two_pages(tmp_path: Path) -> None:
    pages = [FIXTURES / "html-german.html", FIXTURES / "html-microdata.html"]
    arc = tmp_path / "two.arc"
    header_text = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [
        b"filedesc://two.arc 0.0.0.0 20240102030405 text/plain %d\n%s\n" % (len(header_text), header_text)
    ]
    for number, page in enumerate(pages):
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.read_bytes()
        url = f"http://news.example.test/{number}".encode()
        parts.append(
            b"%s 10.0.0.1 2024010203040%d text/html %d\n%s\n" % (url, number, len(response), response)
        )
    arc.write_bytes(b"".join(parts))
    records = _records(arc)
    assert [r["headline"] for r in records] == [articlekit.parse(p).headline for p in pages]
    assert [r["archive"]["via"] for r in records] == ["arc", "arc"]  # type: ignore[index]
    assert records[1]["archive"]["captured_at"] == "2024-01-02T03:04:01+00:00"  # type: ignore[index]


def test_a_wet_file_gives_its_text_records_to_the_text_front_door(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    text = (FIXTURES / "southasiandesk-pakistan-steel-mills.txt").read_bytes()
    wet = tmp_path / "crawl.warc.wet.gz"
    with wet.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        record = writer.create_warc_record(
            "https://southasiandesk.example/steel", "conversion", payload=io.BytesIO(text),
            warc_content_type="text/plain",
        )  # fmt: skip
        writer.write_record(record)
    [got] = _records(wet)
    direct = articlekit.parse(text, url="https://southasiandesk.example/steel").to_dict()
    assert got["provenance"]["input"] == "text"  # type: ignore[index]
    assert got["headline"] == direct["headline"] and got["body"] == direct["body"]
    assert got["archive"]["via"] == "wet"  # type: ignore[index]


def test_inputs_are_known_by_content_and_saved_page_folders_are_skipped(
    tmp_path: Path, captured: Path
) -> None:
    folder = tmp_path / "in"
    (folder / "page_files").mkdir(parents=True)
    (folder / "page.html").write_bytes((FIXTURES / "html-german.html").read_bytes())
    (folder / "page_files" / "frame.html").write_text("<html><body><h1>An ad frame</h1></body></html>")
    (folder / "page_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    renamed = folder / "crawl.bin"  # a WARC whatever its name
    renamed.write_bytes(captured.read_bytes())
    in_folder = [_brief(r)[0] for r in batch.records([folder], workers=0)]
    assert in_folder == ["page.html"]  # the folder search goes by names; the frame is the page's part
    named = _records(renamed)
    assert len(named) == len(PATHS) and all(str(r["source"]).startswith(f"{renamed}#") for r in named)


def test_deflate_both_ways_and_a_lying_header() -> None:
    from articlekit._archives._http import decoded

    page = (FIXTURES / "html-german.html").read_bytes()
    raw_deflate = zlib.compressobj(wbits=-15)
    for body in (zlib.compress(page), raw_deflate.compress(page) + raw_deflate.flush()):
        payload = decoded(
            body, transfer_encoding=None, content_encoding="deflate", content_type=None, limit=10**7
        )
        assert payload.body == page and not payload.warnings
    stored_decoded = decoded(
        page, transfer_encoding=None, content_encoding="gzip", content_type=None, limit=10**7
    )
    assert stored_decoded.body == page
    broken = decoded(
        b"\x00garbage", transfer_encoding=None, content_encoding="br", content_type=None, limit=10**7
    )
    assert broken.body == b"\x00garbage" and "could not be undone" in broken.warnings[0]
    with pytest.raises(ValueError, match="more than"):
        decoded(gzip.compress(b"0" * 10**6), transfer_encoding=None, content_encoding="gzip", content_type=None,
                limit=1000)  # fmt: skip


def test_a_feed_gives_a_record_per_item_and_a_summary_is_no_article() -> None:
    folder = require_shared("archives", "feeds")
    medium = _records(folder / "rss-parser__content-encoded.rss")
    assert [str(r["source"]).rpartition("#")[2] for r in medium] == [str(n) for n in range(1, 8)]
    assert all("error" not in r and r["authors"] and r["url"] and r["dates"]["published"] for r in medium)  # type: ignore[index]
    assert medium[0]["headline"] == "THE CREATIVE FORAGER"
    guardian = _records(folder / "rss-parser__guardian.rss")
    assert len(guardian) == 55
    assert {r["error"]["message"] for r in guardian} == {"the feed gives only a summary of this item"}  # type: ignore[index]


@pytest.mark.parametrize(
    "name", ["warcio__example.warc.gz", "warcio__example-space-in-url.arc", "pywacz__valid_example_2.wacz"]
)
def test_parse_refuses_an_archive_of_many_pages_and_says_how_to_read_it(name: str) -> None:
    folder = require_shared("archives", "warc")
    with pytest.raises(articlekit.errors.UnsupportedFormat, match="articlekit batch"):
        articlekit.parse(folder / name)


def test_an_amp_page_keeps_its_images_with_their_alt_text() -> None:
    words = "The harbour ferry will get a new engine next spring, the council said on Tuesday. " * 5
    page = f"""<!doctype html><html ⚡ lang="en"><head><title>Ferry</title></head><body><article><h1>Harbour ferry gets a new engine</h1>
    <figure><amp-img src="/img/ferry.jpg" alt="The ferry at the quay" width="800" height="450"
    layout="responsive"><noscript><img src="/img/ferry.jpg"></noscript></amp-img>
    <figcaption>The ferry. Photo: Jane Roe</figcaption></figure><p>{words}</p>
    <amp-anim src="/img/wave.gif" alt="Waves on the bay" width="400" height="300"></amp-anim>
    </article></body></html>"""
    images = articlekit.parse(page, url="https://news.example.test/a").images
    assert [(i.src, i.description) for i in images] == [
        ("https://news.example.test/img/ferry.jpg", "The ferry at the quay"),
        ("https://news.example.test/img/wave.gif", "Waves on the bay"),
    ]
    assert images[0].credit == "Jane Roe"
