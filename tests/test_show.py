"""`articlekit show`: the marked view of a page beside its record, checked as markup and, where Chromium
is installed (CI installs it), as a real browser renders it."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

import articlekit
from articlekit._cli import main
from articlekit._show import render_view
from conftest import FIXTURES, SEED_NAME

SEED_PAGE = FIXTURES / f"{SEED_NAME}.wordpress.html"
HOSTILE = """<html><head><script>document.title = "ran"</script>
<link rel="stylesheet" href="https://tracker.example/s.css"></head>
<body onload="document.body.dataset.pwned = 1"><h1>Harbour ferry gets a new engine</h1>
<img src="https://tracker.example/pixel.gif" onerror="document.body.dataset.pwned = 1" alt="">
<p><a href="javascript:alert(1)">a link</a> The old ferry between the two harbours will get a new engine this spring,
the council said on Tuesday after a long debate about the costs of the repair and the timetable.</p>
<iframe src="https://tracker.example/frame"></iframe></body></html>"""


def _view(page: Path | str) -> str:
    text = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    return render_view(text, articlekit.parse(text))


def test_the_view_marks_what_the_record_holds() -> None:
    article = articlekit.parse(SEED_PAGE)
    tree = lxml.html.fromstring(_view(SEED_PAGE))
    marked = tree.xpath("//*[@data-articlekit]")
    roles = [element.get("data-articlekit") for element in marked]
    (headline,) = [e for e in marked if e.get("data-articlekit") == "headline"]
    assert headline.text_content().strip() == article.headline
    assert roles.count("body") == len(article.body.blocks)
    assert {"boilerplate social", "boilerplate comments", "publication", "date", "image"} <= set(roles)
    assert all(element.get("title") for element in marked)  # the provenance, on hover
    assert tree.xpath("//pre[@id='articlekit-record']")[0].text_content().startswith('{\n  "headline"')


def test_the_view_runs_and_loads_nothing_of_the_page() -> None:
    view = _view(HOSTILE)
    tree = lxml.html.fromstring(view)
    assert not tree.xpath("//script | //iframe | //link | //*[@src] | //@*[starts-with(name(), 'on')]")
    assert "javascript:" not in view
    assert tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0].startswith(
        "default-src 'none'"
    )


def test_show_writes_the_view_and_names_it(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlekit", "show", str(SEED_PAGE), "-o", str(tmp_path / "view.html")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout.strip()) == (0, str(tmp_path / "view.html"))
    assert 'data-articlekit="headline"' in (tmp_path / "view.html").read_text(encoding="utf-8")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium here: apt-get install chromium (CI installs it)")


def _browser(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_a_real_browser_renders_the_marked_view(tmp_path: Path) -> None:
    view = tmp_path / "view.html"
    assert main(["show", str(SEED_PAGE), "-o", str(view)]) == 0
    rendered = _browser("--dump-dom", view.as_uri())
    assert rendered.returncode == 0, rendered.stderr
    tree = lxml.html.fromstring(rendered.stdout)
    article = articlekit.parse(SEED_PAGE)
    assert tree.xpath("string(//*[@data-articlekit='headline'])").strip() == article.headline
    assert len(tree.xpath("//*[@data-articlekit='body']")) == len(article.body.blocks)
    assert tree.xpath("//*[starts-with(@data-articlekit, 'boilerplate')]")
    shot = tmp_path / "view.png"
    assert _browser(f"--screenshot={shot}", "--window-size=1400,1100", view.as_uri()).returncode == 0
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1400, 1100)


def test_a_real_browser_runs_none_of_the_pages_code(tmp_path: Path) -> None:
    view = tmp_path / "hostile.html"
    view.write_text(_view(HOSTILE), encoding="utf-8")
    rendered = _browser("--dump-dom", view.as_uri())
    assert rendered.returncode == 0, rendered.stderr
    tree = lxml.html.fromstring(rendered.stdout)
    assert tree.xpath("string(//title)") != "ran" and not tree.xpath("//*[@data-pwned]")
    assert tree.xpath("string(//*[@data-articlekit='headline'])").strip() == "Harbour ferry gets a new engine"
