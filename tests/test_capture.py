"""Captured pages say where they came from: a Wayback Machine or archive.today capture, a SingleFile or a
browser's "Save page as" copy. The record's `archive` names the original address, the capture's time
and the service; `url` and `canonical_url` are the original's; the capture's time is never a
publication date, bounds the article's dates and is the reference time for relative dates.

The pages here are written for these tests, each in the structure its service gives its pages (from
the services' documented and observed output; the archive.today page is modelled on that service's
pages without a real one at hand). The benchmark test reads real pages in place."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import articlekit
from articlekit._archive_addresses import original_url
from articlekit._capture import capture_of
from articlekit._fields._relative import url_date
from articlekit._load import Loaded
from articlekit._model import Archive
from articlekit._pipeline import parse_loaded
from conftest import benchmark_module, require_shared

ORIGINAL = "https://www.harbour-news.test/2017/05/03/ferry-gets-new-engine/"
STAMP = "20180119103243"
CAPTURED = dt.datetime(2018, 1, 19, 10, 32, 43, tzinfo=dt.UTC)
WAYBACK = f"https://web.archive.org/web/{STAMP}/{ORIGINAL}"

ARTICLE = """<article>
<h1>Harbour ferry gets a new engine</h1>
<p class="byline">By Jane Doe</p>
<p class="dateline">{dateline}</p>
<figure><img src="{image}" alt="The ferry at the quay"><figcaption>The ferry at the quay.</figcaption></figure>
<p>The harbour ferry that has crossed the bay since 1987 was given a new engine this week, the port authority said.</p>
<p>The old diesel engine had been repaired eleven times in the last two years, and crossings were often cancelled.</p>
<p>The new engine burns less fuel and is quieter, the authority said, and the ferry runs on its old timetable again.</p>
</article>"""


def article(dateline: str = "3 May 2017", image: str = "/img/ferry.jpg") -> str:
    return ARTICLE.format(dateline=dateline, image=image)


#: Wayback's additions to a page it serves: its rewrite scripts opening the head, the toolbar after
#: <body> (hidden until its script shows it), the print header, the archive note at the very end.
WAYBACK_HEAD = f"""<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js" charset="utf-8"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{ORIGINAL}","{STAMP}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
          "1516357963");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css" />
<!-- End Wayback Rewrite JS Include -->"""
WAYBACK_TOOLBAR = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp">
<div id="donato"><div id="donato-base">Donate to keep the Wayback Machine free</div></div>
<div id="wm-toolbar"><a href="/web/">Wayback Machine</a>
<form name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{ORIGINAL}"/></form>
<a class="t" href="/web/{STAMP}*/{ORIGINAL}">12 captures</a><div class="r">19 Jan 2018 - 05 Mar 2024</div>
<a href="https://web.archive.org/web/20171201000000/{ORIGINAL}">DEC</a>
<span id="displayMonthEl" title="You are here: 10:32:43 Jan 19, 2018">JAN</span></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - {WAYBACK}</div>
<script>__wm.bt(700,27,25,2,"web","{ORIGINAL}","{STAMP}",1996,"/_static/",[], false); __wm.rw(1);</script>
<!-- END WAYBACK TOOLBAR INSERT -->"""
WAYBACK_NOTE = """<!--
     FILE ARCHIVED ON 10:32:43 Jan 19, 2018 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 12:00:07 Mar 01, 2024.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
<!--
playback timings (ms):
  captures_list: 0.55
-->"""


def wayback_page(dateline: str = "3 May 2017") -> str:
    """A capture as Wayback serves it today: rewritten links, canonical and image included."""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{WAYBACK_HEAD}
<title>Harbour ferry gets a new engine | Harbour News</title>
<link rel="canonical" href="{WAYBACK}">
<meta property="og:image" content="https://web.archive.org/web/{STAMP}im_/https://www.harbour-news.test/img/og.jpg">
</head><body>
{WAYBACK_TOOLBAR}
<nav><a href="/web/{STAMP}/https://www.harbour-news.test/">Home</a> <a href="/web/{STAMP}/https://www.harbour-news.test/news/">News</a></nav>
{article(dateline, f"/web/{STAMP}im_/https://www.harbour-news.test/img/ferry.jpg")}
</body></html>
{WAYBACK_NOTE}"""


def test_a_wayback_capture_names_its_original_address_and_time() -> None:
    record = articlekit.parse(wayback_page(), rules=False)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=CAPTURED, via="wayback")
    assert record.url == ORIGINAL  # no address given: the original's
    assert record.canonical_url == ORIGINAL  # Wayback's rewriting taken off
    assert record.provenance.fields["archive"] == "the page's own note"
    assert [image.src for image in record.images] == ["https://www.harbour-news.test/img/ferry.jpg"]
    assert str(record.dates.published) == "2017-05-03"


def test_the_wayback_address_given_is_replaced_by_the_original() -> None:
    record = articlekit.parse(wayback_page(), url=WAYBACK, rules=False)
    assert record.url == ORIGINAL and record.archive is not None and record.archive.captured_at == CAPTURED
    assert record.provenance.fields["archive"] == "the page's own note"  # the address adds nothing to it
    mirror = "https://mirror.example.test/ferry.html"  # an address that is not the archive's stays
    assert articlekit.parse(wayback_page(), url=mirror, rules=False).url == mirror


def test_wayback_chrome_is_neither_body_nor_boilerplate() -> None:
    record = articlekit.parse(wayback_page(), rules=False)
    kept = record.body.text + " ".join(item.text for item in record.boilerplate)
    for chrome in ("Wayback", "captures", "Donate", "DEC", "19 Jan 2018"):
        assert chrome not in kept


def test_a_relative_date_counts_back_from_the_capture() -> None:
    """Also when the caller gives a later reference time (when the capture was fetched from the archive):
    the page's words were written before it was captured."""
    for fetched in (None, dt.datetime(2024, 3, 1, tzinfo=dt.UTC)):
        record = articlekit.parse(wayback_page(dateline="3 hours ago"), rules=False, reference_time=fetched)
        assert record.dates.displayed == CAPTURED - dt.timedelta(hours=3)
        assert not any("not resolved" in warning for warning in record.warnings)


def test_the_capture_time_is_never_read_as_a_date_from_the_address() -> None:
    assert url_date("https://web.archive.org/web/20180119/https://www.harbour-news.test/news/ferry") is None
    day = url_date(WAYBACK)
    assert day is not None and str(day.value) == "2017-05-03"
    record = articlekit.parse(
        article(dateline=""), url="https://web.archive.org/web/20180119/https://x.test/a"
    )
    assert record.dates.published is None and record.url == "https://x.test/a"


def test_an_older_capture_is_told_by_its_archive_note_and_rewritten_links() -> None:
    """No replay script names the capture: the address comes from the rewritten canonical link, the
    time from the note at the end."""
    page = f"""<html><head><title>Harbour ferry gets a new engine</title>
<link rel="canonical" href="/web/{STAMP}/{ORIGINAL}"></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp" style="display:none">14 captures</div>
<!-- END WAYBACK TOOLBAR INSERT -->{article()}</body></html>{WAYBACK_NOTE}"""
    record = articlekit.parse(page, rules=False)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=CAPTURED, via="wayback")
    assert record.canonical_url == ORIGINAL and "captures" not in record.body.text
    assert record.provenance.fields["archive"] == (
        "the page's own note, then the page's canonical link as Wayback rewrote it"
    )


def test_text_copied_from_a_capture_takes_the_address_given() -> None:
    text = "Harbour ferry gets a new engine\n\n" + re.sub(r"<[^>]+>", "", article())
    record = articlekit.parse(text, kind="text", url=f"https://web.archive.org/web/{STAMP}id_/{ORIGINAL}")
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=CAPTURED, via="wayback")
    assert record.url == ORIGINAL


def test_rewritten_addresses_give_their_original() -> None:
    assert (
        original_url(f"https://www.harbour-news.test/web/{STAMP}im_/https://cdn.test/a.jpg")
        == "https://cdn.test/a.jpg"
    )
    assert original_url(f"http://web.archive.org/web/{STAMP}/http://old.test:80/a") == "http://old.test/a"
    assert original_url(f"https://web.archive.org/web/{STAMP}/old.test/a") == "http://old.test/a"
    assert original_url("https://archive.ph/o/AbCdE/https://old.test/a") == "https://old.test/a"
    assert (
        original_url("https://www.harbour-news.test/web/2018/page.html")
        == "https://www.harbour-news.test/web/2018/page.html"
    )


def archive_today_page() -> str:
    """An archive.today page, modelled on the service's (no real capture at hand): its own head (the
    capture's long link, "archived <time> UTC", the capture time as article:published_time, its own site
    name), its #HEADER, then the page with inline styles and links through archive.ph/o/."""
    long_link = f"https://archive.ph/2019.01.11-080444/{ORIGINAL}"
    return f"""<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" itemscope="itemscope" itemtype="http://schema.org/Article"><head>
<meta property="og:site_name" content="archive.ph"/>
<meta property="og:url" itemprop="url" content="{long_link}"/>
<meta property="og:title" itemprop="name" content="Harbour ferry gets a new engine | Harbour News"/>
<meta property="og:description" itemprop="description" content="archived 11 Jan 2019 08:04:44 UTC"/>
<meta property="og:image" itemprop="image" content="https://archive.ph/AbCdE/0a1b2c3d/scr.png"/>
<meta property="article:published_time" itemprop="dateCreated" content="2019-01-11T08:04:44Z"/>
<link rel="canonical" href="https://archive.ph/AbCdE"/>
<link rel="bookmark" href="{long_link}"/>
<title>Harbour ferry gets a new engine | Harbour News</title></head>
<body><center><div id="HEADER" style="width:1028px"><table><tr>
<td><a href="https://archive.ph/">archive.today<br/>webpage capture</a></td>
<td>Saved from <input type="text" name="q" value="{ORIGINAL}"/></td>
<td>history <a href="https://archive.ph/xYz12">←prior</a> <a href="https://archive.ph/qWe34">next→</a></td>
<td><div>11 Jan 2019 08:04:44 UTC</div></td>
<td><a href="https://archive.ph/https://www.harbour-news.test/*">All snapshots</a> from host www.harbour-news.test</td>
<td><a href="https://archive.ph/AbCdE/image">Screenshot</a> share download .zip report bug or abuse</td>
</tr></table></div></center>
<div id="CONTENT" style="width:1024px"><div style="padding:10px"><a href="https://archive.ph/o/AbCdE/https://www.harbour-news.test/">Harbour News</a></div>
{article()}</div></body></html>"""


def test_an_archive_today_capture_names_its_original_and_keeps_its_header_out() -> None:
    record = articlekit.parse(archive_today_page(), rules=False)
    captured = dt.datetime(2019, 1, 11, 8, 4, 44, tzinfo=dt.UTC)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=captured, via="archive.today")
    assert (
        record.url == ORIGINAL and record.canonical_url is None
    )  # the service's short link is not the page's
    assert str(record.dates.published) == "2017-05-03"  # not the capture's article:published_time
    assert record.site_name == "Harbour News" and record.description is None
    kept = record.body.text + " ".join(item.text for item in record.boilerplate)
    for chrome in ("archive.today", "Saved from", "prior", "snapshots", "Screenshot", "08:04:44"):
        assert chrome not in kept


def test_an_archive_today_short_link_given_takes_the_original_from_the_page() -> None:
    record = articlekit.parse(archive_today_page(), url="https://archive.ph/AbCdE", rules=False)
    assert record.url == ORIGINAL and record.archive is not None and record.archive.via == "archive.today"


SINGLEFILE = f"""<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile \n url: {ORIGINAL} \n saved date: Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)
--><meta charset="utf-8"><title>Harbour ferry gets a new engine</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Harbour ferry gets a new engine",
"datePublished": "2024-03-05T09:30:00Z"}}</script>
<body>{{body}}</body></html>"""
SAVED = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)


def test_a_singlefile_copy_names_its_original_and_when_it_was_saved() -> None:
    record = articlekit.parse(SINGLEFILE.replace("{body}", article(dateline="2 hours ago")), rules=False)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=SAVED, via="singlefile")
    assert record.url == ORIGINAL
    # the structured date is half an hour after the save: the page could not say it; the dateline counts
    # back from the save
    assert record.dates.published == SAVED - dt.timedelta(hours=2)
    assert "datePublished" not in record.provenance.fields.get("dates.published", "")


BROWSER = f"""<!DOCTYPE html>
<!-- saved from url=({len(ORIGINAL):04d}){ORIGINAL} -->
<html lang="en"><head><title>Harbour ferry gets a new engine</title></head><body>{article()}</body></html>"""


def test_a_browser_copy_names_its_original_without_a_time() -> None:
    record = articlekit.parse(BROWSER, rules=False)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=None, via="browser")
    assert record.url == ORIGINAL and str(record.dates.published) == "2017-05-03"
    assert (
        articlekit.parse(BROWSER, url="file:///home/me/ferry.html", rules=False).url
        == "file:///home/me/ferry.html"
    )


def test_an_ordinary_page_citing_archived_copies_is_no_capture() -> None:
    cited = (
        f'<p>As the port <a href="https://www.port.test/" data-versionurl="{WAYBACK}">said</a> and '
        '<a href="https://archive.ph/2019.01.11-080444/https://www.port.test/">reported</a>, saved from url=(0020).</p>'
    )
    page = f"<html><head><title>Harbour ferry</title></head><body>{article()}{cited}</body></html>"
    record = articlekit.parse(page, url=ORIGINAL, rules=False)
    assert record.archive is None and record.url == ORIGINAL
    assert capture_of(page, "html", None, None) is None


def test_the_page_account_comes_first_and_the_container_fills_it() -> None:
    """A Wayback page saved as MHTML: the page names the capture; the container's time is a later copy's."""
    container = Archive(original_url=WAYBACK, captured_at=dt.datetime(2024, 3, 1, tzinfo=dt.UTC), via="mhtml")
    record = parse_loaded(Loaded(text=wayback_page(), kind="html", capture=container), url=None, rules=False)
    assert record.archive == Archive(original_url=ORIGINAL, captured_at=CAPTURED, via="wayback")
    saved = Archive(original_url=ORIGINAL, captured_at=SAVED, via="mhtml")
    browser = parse_loaded(Loaded(text=BROWSER, kind="html", capture=saved), url=None, rules=False)
    assert browser.archive == Archive(original_url=ORIGINAL, captured_at=SAVED, via="browser")
    plain = f"<html><body>{article()}</body></html>"
    assert (
        parse_loaded(Loaded(text=plain, kind="html", capture=saved), url=None, rules=False).archive == saved
    )


# --- real captures -------------------------------------------------------------------------------------------
_WAYBACK_ADDRESS = re.compile(r"^https?://web\.archive\.org/web/(?P<ts>\d{14})[a-z_]*/(?P<url>.+)$")


def _tune_pages(set_name: str, half: str = "tune") -> list[Any]:
    data = require_shared("benchmarks")
    return list(benchmark_module("sets").pages(set_name, data, half))


def test_wayback_captures_name_their_original_and_time() -> None:
    """The issue's acceptance check: the set's URL is the capture's address; its original and timestamp
    are what the record names, and the published day is not the capture's where the truth says
    otherwise. Every Wayback capture the sets hold has web.archive.org for its site, which sets.py puts
    in the check half: this test reads them only as pass or fail (no page was looked at to write it)."""
    pages = [page for page in _tune_pages("trafeval-dev", "all") if _WAYBACK_ADDRESS.match(page.url or "")]
    assert len(pages) >= 20
    for page in pages:
        address = _WAYBACK_ADDRESS.match(page.url)
        assert address is not None
        record = articlekit.parse_html(page.raw, url=page.url, rules=False)
        assert record.archive is not None and record.archive.via == "wayback"
        want = address["url"] if "://" in address["url"] else "http://" + address["url"]
        assert record.archive.original_url == want
        captured = dt.datetime.strptime(address["ts"], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        assert record.archive.captured_at == captured
        if str(page.truth.get("published") or "")[:10] != captured.date().isoformat():
            assert str(record.dates.published or "")[:10] != captured.date().isoformat()


def test_pages_saved_by_a_browser_in_the_tune_half_name_the_address_they_came_from() -> None:
    pages = [page for page in _tune_pages("trafeval-dev") if "saved from url=" in page.html[:4096]]
    assert pages
    for page in pages:
        record = articlekit.parse_html(page.raw, rules=False)
        assert record.archive is not None and record.archive.via == "browser"
        assert record.archive.original_url == page.url == record.url
