"""Field logic on single lines: dates, read times, publication lines, boilerplate, images, bylines."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from articlekit._fields import _patterns as P
from articlekit._fields._authors import (
    bare_name,
    byline_names,
    clean_name,
    clean_names,
    is_organisation,
    people_and_organisations,
)
from articlekit._fields._boilerplate import (
    ANY_BOILERPLATE,
    BOILERPLATE_LINES_LOWER,
    line_kind,
    networks_named,
)
from articlekit._fields._dates import dateline_claims, parse_date
from articlekit._fields._headline import choose_headline
from articlekit._fields._images import looks_like_description, split_credit
from articlekit._fields._language import guess_language
from articlekit._fields._prose import words_reach
from articlekit._fields._publication import publication_line
from articlekit._fields._read_time import count_words, estimated_read_time, stated_read_time
from articlekit._fields._relative import relative_phrase, resolve, url_date
from articlekit._fields._roles import is_metadata_line
from conftest import FIXTURES

UTC = dt.UTC
#: Words the boilerplate patterns are made of, so that generated lines hit their branches.
_PATTERN_WORDS = ("share", "this article", "follow us", "on", "newsletter", "sign up", "email", "©",
                  "(c) 2024", "copyright", "all rights reserved", "alle rechte vorbehalten", "leave a reply",
                  "comments", "3", "related stories", "read more", ":", "externe inhalte", "angezeigt",
                  "advertisement", "click here to read", "home", "reporting by", "in your inbox",
                  "rss 2.0 feed", "your email address will not be published", "mit einer spende",
                  "support our journalism", "whatsapp-kanal", "-", "!", ".", "subscribe", "become a member",
                  "jetzt spenden", "display", "updates")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, August 15, 2025", dt.date(2025, 8, 15)),
        ("July 11th, 2025", dt.date(2025, 7, 11)),
        ("15/08/2025", dt.date(2025, 8, 15)),
        ("3 March 2024", dt.date(2024, 3, 3)),
        ("2025-08-15", dt.date(2025, 8, 15)),
        (
            "2025-08-15T10:30:00+05:00",
            dt.datetime(2025, 8, 15, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        ),
        ("2024-11-05T07:15:00Z", dt.datetime(2024, 11, 5, 7, 15, tzinfo=UTC)),
        ("Mon, 12 Feb 2024 10:00:00 GMT", dt.datetime(2024, 2, 12, 10, 0, tzinfo=UTC)),
        ("4. März 2025, 08:30 Uhr", dt.datetime(2025, 3, 4, 8, 30)),
        ("le 3 juin 2024", dt.date(2024, 6, 3)),
        ("3 de junio de 2024", dt.date(2024, 6, 3)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_day_first_when_asked() -> None:
    assert parse_date("03/04/2024", dayfirst=True) == dt.date(2024, 4, 3)
    assert parse_date("03/04/2024") == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "text", ["August 2025", "2025", "next Tuesday", "1 min read", "Copyright 2025", "1985-02-01"]
)
def test_incomplete_or_implausible_dates_are_not_dates(text: str) -> None:
    assert parse_date(text) is None or not dateline_claims(text)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Friday, August 15, 2025", "displayed"),
        ("Published: 3 March 2024", "published"),
        ("Posted on March 12, 2023 at 9:41 am", "published"),
        ("Updated: 4 March 2024, 14:05 GMT", "modified"),
        ("Last updated 2 Jan 2024", "modified"),
    ],
)
def test_dateline_roles(line: str, role: str) -> None:
    claims = dateline_claims(line)
    assert [c.role for c in claims] == [role]


@pytest.mark.parametrize(
    "sentence",
    [
        "The project also aligns with the expected launch of a pilot cargo train in August 2025.",
        "The plant, originally built in 1973, has been idle since 2015.",
        "© 2025 SouthAsianDesk. All rights reserved.",
        "The meeting on August 15, 2025 was attended by forty delegates from nine countries.",
    ],
)
def test_dates_inside_sentences_are_not_claims(sentence: str) -> None:
    assert dateline_claims(sentence) == []


@pytest.mark.parametrize(
    ("line", "minutes"),
    [("1 min read", 1), ("5 minute read", 5), ("Reading time: 3 minutes", 3), ("3 mins", 3),
     ("Lesezeit: 4 Minuten", 4), ("Temps de lecture : 6 min", 6), ("Aug 15, 2025 · 7 min read", 7),
     ("Lästid: 3 min", 3), ("Okuma süresi: 5 dk", 5), ("Время чтения: 7 минут", 7), ("Czas czytania: 4 min", 4),
     ("読了時間：約3分", 3), ("阅读时间：8分钟", 8), ("읽는 시간 2분", 2), ("Lectura: 3 min", 3)],
)  # fmt: skip
def test_stated_read_time(line: str, minutes: int) -> None:
    read_time = stated_read_time(line)
    assert read_time is not None and read_time.minutes == minutes and read_time.source == "stated"


@pytest.mark.parametrize(
    "line",
    ["The meeting lasted 45 minutes.", "Trains every 15 minutes on the coastal line", "会議は30分続いた"],
)
def test_minutes_in_prose_are_not_read_times(line: str) -> None:
    assert stated_read_time(line) is None


def test_estimated_read_time_is_documented_rate() -> None:
    assert estimated_read_time("word " * 238) == estimated_read_time("word " * 100)
    estimate = estimated_read_time("word " * 1000)
    assert estimate is not None and estimate.minutes == 5 and estimate.source == "estimated"
    assert estimated_read_time("") is None
    assert count_words("東京は雨です") == 6


@pytest.mark.parametrize(
    ("line", "outlet", "date"),
    [
        ("Published in SouthAsianDesk, July 11th, 2025", "SouthAsianDesk", dt.date(2025, 7, 11)),
        ("Originally published at Grist on March 3, 2024", "Grist", dt.date(2024, 3, 3)),
        ("Originally published by The Atlantic, 3 May 2024.", "The Atlantic", dt.date(2024, 5, 3)),
        ("This article first appeared in ProPublica.", "ProPublica", None),
        ("This article was originally published in The Conversation.", "The Conversation", None),
        ("A version of this article appears in print on Feb. 13, 2024, Section B, Page 4 of the New York edition.",
         "New York edition", dt.date(2024, 2, 13)),
    ],
)  # fmt: skip
def test_publication_lines(line: str, outlet: str, date: dt.date | None) -> None:
    found = publication_line(line)
    assert found is not None and found.outlet == outlet and found.date == date


@pytest.mark.parametrize(
    "line",
    ["Your email address will not be published.", "Published in 2019, the report found nothing new.",
     "The study was published in the journal in May."],
)  # fmt: skip
def test_not_publication_lines(line: str) -> None:
    assert publication_line(line) is None


def test_glued_network_names() -> None:
    line = "Follow SouthAsianDesk on XInstagram and Facebook for insights on business."
    assert line_kind(line) == "social"
    assert networks_named(line) == ("X", "Instagram", "Facebook")
    assert networks_named("Follow us on LinkedInYouTube and Google News") == (
        "LinkedIn",
        "YouTube",
        "Google News",
    )


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leave a Reply", "comments"),
        ("Your email address will not be published.", "comments"),
        ("3 Comments", "comments"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Share this article", "share"),
        ("Related stories", "related"),
        ("© 2025 SouthAsianDesk. All rights reserved.", "copyright"),
        ("Advertisement", "ad"),
        ("Skip to content", "navigation"),
        ("Folgen Sie uns auf Instagram und Facebook.", "social"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "other"),
        ("You can follow any responses to this entry through the RSS 2.0 feed.", "comments"),
        ("Click here to read the full court filing.", "related"),
        ("Abonniere den WhatsApp-Kanal und erhalte regelmässig Updates.", "newsletter"),
        ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", "ad"),
    ],
)
def test_boilerplate_kinds(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_prose_is_not_boilerplate() -> None:
    line = ("Pakistan and Russia have officially signed a new agreement to advance the revival of the mills, "
            "officials said, in a deal that also covers training and spare parts for the blast furnaces.")  # fmt: skip
    assert line_kind(line) is None
    assert line_kind("The newsletter reported that the council would meet again to discuss the plan in May, "
                     "after the summer recess and the elections in the neighbouring districts.") is None  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PATTERN_WORDS), max_size=12).map(" ".join) | st.text(max_size=60))
def test_split_boilerplate_patterns_mean_what_the_whole_ones_do(line: str) -> None:
    """Each line pattern is matched in pieces for speed; the pieces must accept exactly its lines, and
    the matcher of all patterns at once any line one of them accepts."""
    lowered = line.lower()
    for (kind, whole), (_, matcher) in zip(P.BOILERPLATE_LINES, BOILERPLATE_LINES_LOWER, strict=True):
        assert matcher.matches(lowered) == bool(re.compile(whole.pattern).search(lowered)), (kind, line)
    any_whole = any(re.compile(whole.pattern).search(lowered) for _, whole in P.BOILERPLATE_LINES)
    assert ANY_BOILERPLATE.matches(lowered) == any_whole, line


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Flags of the two countries. Photo: Reuters", ("Flags of the two countries.", "Reuters")),
        ("A man walks past a mural (AP Photo/Jane Doe)", ("A man walks past a mural", "AP Photo/Jane Doe")),
        ("Ships at anchor in Karachi. © Getty Images", ("Ships at anchor in Karachi.", "Getty Images")),
        ("Auf 40 Hektar sollen die Module stehen. Foto: Jens Berger/dpa", ("Auf 40 Hektar sollen die Module stehen.", "Jens Berger/dpa")),
        ("Ships at anchor in Karachi harbour.", ("Ships at anchor in Karachi harbour.", None)),
        # the credit may end with its outlet, or a note, in brackets (seen on seven sites)
        ("Trump auf dem Rasen. Foto: Graeme Sloan (Getty)", ("Trump auf dem Rasen.", "Graeme Sloan (Getty)")),
        ("Tote Tauben am Dome. Foto: dahancoo / Pixabay (Symbolbild)", ("Tote Tauben am Dome.", "dahancoo / Pixabay (Symbolbild)")),
        ("Im Lager der Johanniter. Bild © Roman Warschauer (hr)", ("Im Lager der Johanniter.", "Roman Warschauer (hr)")),
        ("Ships at anchor (Karachi harbour)", ("Ships at anchor (Karachi harbour)", None)),
    ],
)  # fmt: skip
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


def test_image_description_shape() -> None:
    assert looks_like_description(
        "A wooden fishing boat, its hull painted in faded green and yellow, nets piled on the deck, a coil of"
        " rope, two buoys and a lantern, moored beside a stone quay at low tide"
    )
    assert not looks_like_description(
        "Pakistan and Russia have officially signed a new agreement to advance the revival, officials said."
    )
    assert not looks_like_description(
        "Officials said they were standing by the blue and white flag decision."
    )
    # verbless, but nothing says it is a picture's rather than a dek's: no list of what one sees
    assert not looks_like_description(
        "A white lighthouse with a red lantern room standing on grey rocks under a clear blue sky"
    )
    # a list of names is a statement about them, not what a picture shows
    assert not looks_like_description(
        "Fires in the districts of Bornova, Kepsut, Kavak, Alaca, Osmangazi, Pazarcık and Sarkışla,"
        " across the provinces of Izmir, Balıkesir, Samsun and Çorum"
    )


FLAG_DEK = (
    "Thousands of supporters waving red and white flags filled the streets of the old town in a colourful"
    " procession on Sunday"
)


def test_prose_about_visual_subjects_is_no_image_description() -> None:
    assert not looks_like_description(FLAG_DEK)
    assert not looks_like_description(
        "Thousands of supporters waved red, white and blue flags, banners and scarves in a procession"
        " through the old town on the eve of the holiday"
    )
    text = f"""Flags fill the old town for the anniversary parade

{FLAG_DEK}

By Jane Doe
May 3, 2024

The anniversary parade drew more people than any year before, the organisers said on Monday. They counted
more than forty thousand visitors along the route, which ran from the cathedral square to the river.

The city had closed the bridges for the afternoon and added trams in the evening. Police reported no
incidents, and the clean-up crews finished before midnight.
"""
    article = articlekit.parse_text(text)
    assert article.subheadline == FLAG_DEK
    assert article.images == ()
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("By Samuel Idowu, Professor of Urban Planning", ["Samuel Idowu"]),
        ("Written by: Ana Silva", ["Ana Silva"]),
        (
            "Text: Hans Müller, Fotos: Eva Maier",
            ["Hans Müller"],
        ),  # the photographer's credit is not a byline's
        ("Posted by Clara Dunn in Transport", ["Clara Dunn"]),
        ("Ein Kommentar von Anna Berg", ["Anna Berg"]),
        ("Redakteurin: Anna Berg", ["Anna Berg"]),
        ("A cura di Marco Rossi", ["Marco Rossi"]),
        ("Av Ola Nordmann", ["Ola Nordmann"]),
        ("Opinion by Jane Doe", ["Jane Doe"]),
        ("责任编辑： 焦鹏", ["焦鹏"]),  # Chinese and Japanese labels take a full-width colon
        ("文：山田太郎", ["山田太郎"]),
        ("By Staff", None),
    ],
)
def test_bylines(line: str, names: list[str] | None) -> None:
    assert byline_names(line) == names


def test_language_guess() -> None:
    assert (
        guess_language("The council said that the plan is ready and the work will start in the spring.")
        == "en"
    )
    assert guess_language("Der Stadtrat hat dem Vorhaben mit großer Mehrheit zugestimmt, und die Arbeiten sind für den Sommer geplant.") == "de"  # fmt: skip
    assert guess_language("Hi") is None


@pytest.mark.parametrize(
    ("line", "back", "role"),
    [
        ("3 hours ago", dt.timedelta(hours=3), "displayed"),
        ("Updated 2 days ago", dt.timedelta(days=2), "modified"),
        ("vor 2 Tagen", dt.timedelta(days=2), "displayed"),
        ("il y a 5 minutes", dt.timedelta(minutes=5), "displayed"),
        ("hace una hora", dt.timedelta(hours=1), "displayed"),
        ("Yesterday", dt.timedelta(days=1), "displayed"),
    ],
)
def test_relative_dates(line: str, back: dt.timedelta, role: str) -> None:
    found = relative_phrase(line)
    assert found is not None and found[0] == back and found[2] == role


def test_sentences_are_not_relative_dates() -> None:
    assert relative_phrase("Yesterday the council met to discuss the harbour") is None
    assert relative_phrase("5 things ago") is None


def test_relative_dates_count_back_from_the_reference_time() -> None:
    reference = dt.datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
    assert resolve("3 hours ago", reference).value == dt.datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # type: ignore[union-attr]
    assert resolve("vor 2 Tagen", reference).value == dt.date(2025, 3, 8)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://metro.co.uk/2024/07/17/king-charles-speech/", dt.date(2024, 7, 17)),
        ("https://example.test/news/2024-07-17-harbour-record", dt.date(2024, 7, 17)),
        ("https://example.test/local/20260710/11588570/fire.html", dt.date(2026, 7, 10)),
        ("https://example.test/article/123456789", None),
        ("https://example.test/2024/13/45/not-a-date", None),
    ],
)
def test_url_dates(url: str, day: dt.date | None) -> None:
    found = url_date(url)
    assert (found.value if found else None) == day


PAGE_WITH_RELATIVE_DATE = """<html><head><title>Harbour crane lifts again</title></head><body><article>
<h1>Harbour crane lifts again</h1><p class="meta">3 hours ago</p>
<p>The old harbour crane at Lindholm lifted a fishing boat on Saturday, three years after a storm bent its jib.</p>
<p>Volunteers spent two winters straightening the steel and replacing the rivets by hand, the society said.</p>
</article></body></html>"""


def test_parse_resolves_relative_dates_against_the_reference_time() -> None:
    reference = dt.datetime(2025, 6, 14, 15, 0, tzinfo=UTC)
    article = articlekit.parse_html(PAGE_WITH_RELATIVE_DATE, reference_time=reference)
    assert article.dates.published == dt.datetime(2025, 6, 14, 12, 0, tzinfo=UTC)
    assert ("relative", "3 hours ago") in {(e.source, e.raw) for e in article.dates.evidence}
    assert "3 hours ago" not in article.body.text


def test_relative_dates_without_a_reference_time_are_a_warning() -> None:
    article = articlekit.parse_html(PAGE_WITH_RELATIVE_DATE)
    assert article.dates.published is None
    assert any("3 hours ago" in w and "reference time" in w for w in article.warnings)


def test_the_url_date_is_a_last_resort_and_future_dates_are_not_believed() -> None:
    page = PAGE_WITH_RELATIVE_DATE.replace('<p class="meta">3 hours ago</p>', "")
    from_url = articlekit.parse_html(page, url="https://example.test/2025/06/13/crane")
    assert from_url.dates.published == dt.date(2025, 6, 13)
    dated = page.replace("<h1>", '<time datetime="2025-06-20T10:00:00Z">20 June 2025</time><h1>')
    fetched = dt.datetime(2025, 6, 14, 15, 0, tzinfo=UTC)
    assert articlekit.parse_html(dated, reference_time=fetched).dates.published is None
    assert articlekit.parse_html(dated).dates.published == dt.datetime(2025, 6, 20, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Sarah Charlton and Tanya Zack"], ["Sarah Charlton", "Tanya Zack"]),
        (["신현주 기자"], ["신현주"]),
        (["mbl.is", "Jane Doe"], ["Jane Doe"]),
        (["Bradley M. Kuhn (http://ebb.org/bkuhn/)"], ["Bradley M. Kuhn"]),
    ],
)
def test_clean_names(names: list[str], expected: list[str]) -> None:
    assert clean_names(names) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Madeleine Howell", ["Madeleine Howell"]), ("松岡大地", ["松岡大地"]), ("Ursula von der Leyen", ["Ursula von der Leyen"]),
     ("View Profile", None), ("Please enter your name here", None), ("By", None), ("Updated 3 May 2024", None),
     ("Jane Doe, Redakteurin", ["Jane Doe"]), ("Jane Doe Senior Editor", ["Jane Doe"]), ("Jane Doe (jd)", ["Jane Doe"]),
     ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]), ("Jane Doe @janedoe", ["Jane Doe"]),
     ("Name (required)", None), ("Good Night and Good Luck!", None), ("Text & Fotos: Ivan Valetny", None)],
)  # fmt: skip
def test_bare_names(line: str, expected: list[str] | None) -> None:
    assert bare_name(line) == expected


def test_organisations_are_kept_apart_from_people() -> None:
    page = """<html><head><meta property="og:site_name" content="Valley Herald">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry runs in winter",
     "author": [{"@type": "Person", "name": "Clara Dunn"}, {"@type": "Organization", "name": "Reuters"}]}</script>
    </head><body><article><h1>Ferry runs in winter</h1><p>The ferry between the two villages will keep running
    through the winter this year, the council said on Monday, after a new ice guard was fitted.</p></article>
    </body></html>"""
    article = articlekit.parse_html(page)
    assert article.authors == ("Clara Dunn",)
    assert article.organisations == ("Reuters",)
    assert "organisations" in article.provenance.fields
    only_site = page.replace(
        '{"@type": "Person", "name": "Clara Dunn"}', '{"@type": "Person", "name": "Valley Herald"}'
    )
    assert articlekit.parse_html(only_site).authors == ()


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("AFP", True), ("Associated Press in Valencia", True), ("Euronews with Agencies", True),
     ("MM-Redaktion", True), ("MDR Sachsen-Anhalt", True), ("FOCUS online", True), ("Paula Steiger", False),
     ("MTHOBISI SITHOLE", False), ("Ursula von der Leyen", False), ("Dizindaba", False), ("박준석", False),
     # a person whose first name or surname reads like an agency's is a person: the whole name decides
     ("Ani Petrosyan", False), ("Efe Kerem Sözeri", False), ("Jane Press", False), ("ANI", True), ("EFE", True),
     ("dpa", True), ("AFP/dpa", True), ("det/dpa", True), ("dpa-AFX", True), ("Associated Press", True),
     ("Deutsche Presse-Agentur", True), ("Agence France-Presse", True), ("SRF News", True)],
)  # fmt: skip
def test_organisation_names(name: str, organisation: bool) -> None:
    assert is_organisation(name) is organisation


LABELLED_PAGE = """<html><head><title>Ferry runs in winter</title>
<meta name="author" content="valleyherald.test, Frankfurt, Germany">
<meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="Clara Dunn">
<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 Minuten">
</head><body><article><h1>Ferry runs in winter</h1><p>The ferry between the two villages will keep running
through the winter this year, the council said on Monday, after a new ice guard was fitted.</p></article>
</body></html>"""


@pytest.mark.parametrize(
    ("credited", "people", "organisations"),
    [(["Ani Petrosyan"], ["Ani Petrosyan"], []), (["Efe Kerem Sözeri"], ["Efe Kerem Sözeri"], []),
     (["Jane Press"], ["Jane Press"], []),
     (["Tobi", "Ela"], ["Tobi", "Ela"], []),  # two one-word names are two people, not places
     (["hessenschau.de", "Frankfurt", "Germany"], [], []),  # where the site is
     (["SPIEGEL ONLINE, Hamburg, Germany"], [], ["SPIEGEL ONLINE"]),
     (["Jane Doe/dpa"], ["Jane Doe"], ["dpa"]), (["det/dpa"], [], ["det/dpa"]),
     (["Samya Kullab and Vasilisa Stepanenko The Associated Press"], ["Samya Kullab", "Vasilisa Stepanenko"],
      ["The Associated Press"]),
     # "with agencies" credits agencies in general: the newsroom alone is named
     (["Euronews with Agencies"], ["Euronews"], []),  # (a one-word name: the site's, when the page names it)
     (["Jane Doe with AFP"], ["Jane Doe"], ["AFP"]), (["Redaktion mit Agenturen"], [], ["Redaktion"])],
)  # fmt: skip
def test_people_and_organisations(credited: list[str], people: list[str], organisations: list[str]) -> None:
    assert people_and_organisations(credited) == (people, organisations)


def test_a_sentence_opening_with_von_is_no_byline() -> None:
    assert (
        byline_names("Von den umliegenden Höfen kaufte der Burgherr Speck, Hartbrot und Kartoffeln.") is None
    )
    assert byline_names("Von Anna Sleegers und Jens Berger") == ["Anna Sleegers", "Jens Berger"]


def test_a_name_like_an_agency_is_an_author() -> None:
    page = LABELLED_PAGE.format(label="Written by").replace("Clara Dunn", "Ani Petrosyan, Efe Kerem Sözeri")
    article = articlekit.parse_html(page)
    assert article.authors == ("Ani Petrosyan", "Efe Kerem Sözeri")
    assert article.organisations == ()


@pytest.mark.parametrize("label", ["Written by", "Verfasst von"])
def test_labelled_twitter_meta_names_the_author_and_the_reading_time(label: str) -> None:
    article = articlekit.parse_html(LABELLED_PAGE.format(label=label))
    assert article.authors == ("Clara Dunn",)  # not the places after the site's domain in meta author
    assert article.read_time is not None and article.read_time.minutes == 4
    assert article.read_time.source == "stated"
    assert "twitter:data" in article.provenance.fields["read_time"]


def test_an_agency_credit_is_an_organisation_not_an_author() -> None:
    page = LABELLED_PAGE.format(label="Written by").replace("Clara Dunn", "Clara Dunn, AFP")
    article = articlekit.parse_html(page)
    assert article.authors == ("Clara Dunn",)
    assert article.organisations == ("AFP",)


def test_a_bare_name_in_an_author_box_is_the_byline() -> None:
    page = """<html><body><article><h1>Ferry runs in winter</h1><div class="article-author"><span>Madeleine Howell</span>
    <a href="/authors/mh">View Profile</a></div><p>The ferry between the two villages will keep running through the
    winter this year, the council said on Monday, after a new ice guard was fitted to its hull.</p></article></body></html>"""
    assert articlekit.parse_html(page).authors == ("Madeleine Howell",)


def test_rel_author_links_name_the_author_when_nothing_else_does() -> None:
    page = """<html><body><article><h1>Ferry runs in winter</h1><p>Transport · <a rel="author" href="/u/cd">Clara
    Dunn</a> · 4 comments</p><p>The ferry between the two villages will keep running through the winter this
    year, the council said on Monday, after a new ice guard was fitted to its hull.</p></article></body></html>"""
    article = articlekit.parse_html(page)
    assert article.authors == ("Clara Dunn",)
    assert article.provenance.fields["authors"] == "rel=author"
    # "Posted by ... in Transport" is a byline, the section it is filed under left out
    byline = page.replace("Transport · ", "Posted by ").replace(" · 4 comments", " in Transport")
    assert articlekit.parse_html(byline).authors == ("Clara Dunn",)


@pytest.mark.parametrize(
    "text",
    ["05.03.2024, 10:21 Uhr", "4. März 2025", "Friday, August 15, 2025", "July 11th, 2025", "Aug. 5, 2024",
     "19 Nov 2019 05:44 GMT", "November 19, 2019 at 8:59 pm", "Tuesday, November 19, 2019 08:38 AM",
     "12 Nov 2019 12:30 am", "November 19, 2019 / 8:16 AM", "3 mars 2024", "15 de agosto 2025"],
)  # fmt: skip
def test_the_fast_date_path_reads_what_dateutil_reads(text: str) -> None:
    from articlekit._fields._dates import _parse_common
    from articlekit._fields._dateutil_read import read_with_dateutil

    fast = _parse_common(text)
    assert fast is None or fast == read_with_dateutil(
        text, text[:2].rstrip(".").isdigit() and "." in text[:3]
    )


def test_hard_wrapped_lines_are_rejoined_and_links_stripped() -> None:
    from articlekit._text._page import rejoin_wrapped, strip_links

    wrapped = [
        "The cable ferry between Ashford Mill and Penholt will keep running through",
        "the winter months this year, the county council said on Monday.",
        "",
        "* [Home](https://example.test/)",
    ]
    assert rejoin_wrapped(wrapped)[0].replace("\n", " ").endswith("said on Monday.")
    assert len(rejoin_wrapped(wrapped)) == 3
    assert strip_links("Read [the report](https://example.test/a-\nb) now [3]") == (
        "Read the report now ",
        10,
    )
    assert strip_links("[![Logo](/logo.png)](https://example.test/)") == ("", 0)


def test_the_article_is_located_among_menus_and_footers() -> None:
    article = articlekit.parse(
        (FIXTURES / "text-whole-page-dump.txt").read_text(encoding="utf-8"), kind="text"
    )
    assert article.headline == "River ferry to run through winter for the first time"
    assert article.body.blocks[0].text.startswith("The cable ferry between Ashford Mill")
    assert article.body.blocks[-1].text.endswith('"We will run whenever it is safe," he said.')
    assert "Related stories" not in article.body.text and "Skip to content" not in article.body.text


def test_right_to_left_text_with_crlf_endings() -> None:
    text = (
        "العبّارة تعمل طوال الشتاء لأول مرة\r\n\r\n"
        "قال المجلس المحلي يوم الاثنين إن العبّارة بين القريتين ستواصل العمل خلال أشهر الشتاء هذا العام"
        " بعد تركيب حاجز جديد للجليد.\r\n\r\n"
        "وكانت العبّارة تتوقف كل عام في شهر نوفمبر، فيضطر السكان إلى قيادة السيارة أربعين دقيقة عبر الجسر"
        " للوصول إلى القرية الأخرى.\r\n"
    )
    article = articlekit.parse_text(text)
    assert article.headline == "العبّارة تعمل طوال الشتاء لأول مرة"
    assert len(article.body.blocks) == 2 and article.body.blocks[1].text.endswith("القرية الأخرى.")


def test_a_dateline_with_an_ordinal_day_is_not_a_list_item() -> None:
    article = articlekit.parse((FIXTURES / "text-crlf-german.txt").read_bytes(), kind="text")
    assert article.dates.published == dt.date(2025, 11, 3)
    assert article.read_time is not None and article.read_time.source == "stated"


KICKED = "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig"


def test_a_kicker_is_set_aside_when_another_title_gives_the_headline_alone() -> None:
    titles = [(KICKED, "json-ld"), ("Judy Lybke, ganz und gar nicht eigenartig", "og:title")]
    headline, how, _, _ = choose_headline(KICKED, titles, ["n-tv.de"])
    assert headline == "Judy Lybke, ganz und gar nicht eigenartig"
    assert "kicker 'Neue Leipziger Schule'" in how


@pytest.mark.parametrize(
    "titles",
    [
        [(KICKED, "json-ld"), (KICKED, "og:title")],  # every source keeps the kicker
        [(KICKED, "json-ld"), (f"{KICKED} - n-tv.de", "title")],  # <title>'s stripping is only a guess
    ],
)
def test_a_kicker_stays_when_no_title_gives_the_headline_alone(titles: list[tuple[str, str]]) -> None:
    assert choose_headline(KICKED, titles, [])[0] == KICKED


@pytest.mark.parametrize(
    ("title", "sites", "host", "expected"),
    [
        ("Budget approved - council votes 7 to 2", ["City Times"], None, "Budget approved - council votes 7 to 2"),
        ("Mayor's bold plan — what it means for you", [], None, "Mayor's bold plan — what it means for you"),
        ("Mayor's bold plan — what it means for you — City Times", ["City Times"], None,
         "Mayor's bold plan — what it means for you"),
        ("Ferry runs again after three years - The Guardian", [], "www.theguardian.com",
         "Ferry runs again after three years"),
        ("Ferry runs again after three years | Harbour Weekly", [], None, "Ferry runs again after three years"),
        ("見出しの記事がここに：〇〇新聞デジタル", ["〇〇新聞デジタル"], None, "見出しの記事がここに"),
        ("标题很长的新闻_某某日报", ["某某日报"], None, "标题很长的新闻"),
        ("タイトルの記事:〇〇日誌", ["〇〇日誌"], None, "タイトルの記事"),
        ("Ferry runs again after three years « Harbour Weekly", [], None, "Ferry runs again after three years"),
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", ["新华网"], None, "武汉的声音：有英勇的你，才有英雄的城！"),
        ("한-미 정상회담 열려", [], None, "한-미 정상회담 열려"),
        ("한국 경제 성장률 전망:연합뉴스", [], "www.yna.co.kr", "한국 경제 성장률 전망:연합뉴스"),
    ],
)  # fmt: skip
def test_a_site_name_affix_goes_only_when_it_is_the_sites_name(
    title: str, sites: list[str], host: str | None, expected: str
) -> None:
    """Known names and the host's go wherever they stand; with none known, only a short part behind a
    bar is guessed to be one: a dash or a colon often joins a headline's own parts."""
    assert choose_headline(None, [(title, "title")], sites, host)[0] == expected


def test_a_dash_in_a_headline_cuts_nothing_in_html_or_text() -> None:
    prose = "The council approved the budget on Tuesday after a long debate that lasted well into the night."
    html = (
        "<html><head><title>Budget approved - council votes 7 to 2</title>"
        '<meta property="og:site_name" content="City Times"></head>'
        f"<body><h1>Budget approved - council votes 7 to 2</h1><p>{prose}</p></body></html>"
    )
    article = articlekit.parse_html(html, url="https://citytimes.example/budget")
    assert (article.headline, article.site_name) == ("Budget approved - council votes 7 to 2", "City Times")
    text = articlekit.parse_text(f"Budget approved - council votes 7 to 2\n\n{prose}")
    assert text.headline == "Budget approved - council votes 7 to 2"


def test_a_colon_in_a_long_headline_is_not_a_kicker() -> None:
    long = (
        "Officials in three counties said on Tuesday that the bridge would close: traffic is being diverted"
    )
    titles = [(long, "json-ld"), ("traffic is being diverted", "og:title")]
    assert choose_headline(long, titles, [])[0] == long


MENU = "\n".join(f"Section {n}" for n in range(60))
BODY = "\n\n".join(
    f"The harbour ferry carried {n} hundred passengers across the bay this week, the operator said, "
    "after a new engine was fitted during the long winter overhaul in the town's old dry dock."
    for n in range(2, 8)
)


def test_a_whole_page_dump_falls_back_on_its_title_line() -> None:
    article = articlekit.parse_text(f"Ferry runs again after three years | Harbour Times\n{MENU}\n\n{BODY}\n")
    assert article.headline == "Ferry runs again after three years"
    sentence = articlekit.parse_text(
        f"Ferries run again and the town is pleased, said the mayor.\n{MENU}\n\n{BODY}\n"
    )
    assert sentence.headline != "Ferries run again and the town is pleased, said the mayor."


_AUTHOR_PAGE = """<html><head><title>Harbour ferry gets a new engine - Bay News</title>
<meta property="og:site_name" content="Bay News">{head}</head><body><main><article>
<h1>Harbour ferry gets a new engine</h1><p class="dek">The council agreed the repair on Tuesday.</p>
{byline}<div class="content"><p>{words}</p><p>{words}</p></div></article></main></body></html>"""
_WORDS = "The harbour ferry will get a new engine next spring, the council said after a long debate. " * 4


def test_json_ld_with_raw_line_breaks_in_its_strings_is_read() -> None:
    """Many sites write line breaks inside JSON-LD strings, which strict JSON refuses; browsers and
    search engines read them."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "description": "Two\nlines",'
            ' "author": {"@type": "Person", "name": "Jane Roe"}}</script>')  # fmt: skip
    article = articlekit.parse(_AUTHOR_PAGE.format(head=head, byline="", words=_WORDS))
    assert article.authors == ("Jane Roe",)


@pytest.mark.parametrize("written", ["Bay News - Jane Roe", "Jane Roe | Bay News", "Jane Roe – Bay News"])
def test_a_metadata_author_loses_the_site_name_glued_to_it(written: str) -> None:
    head = f'<meta name="author" content="{written}">'
    assert articlekit.parse(_AUTHOR_PAGE.format(head=head, byline="", words=_WORDS)).authors == ("Jane Roe",)


def test_an_author_link_in_the_head_after_a_dek_is_the_byline() -> None:
    byline = '<div class="meta">Por <a href="/author/jane-roe/">Jane Roe</a> 27 de agosto 2019</div>'
    article = articlekit.parse(_AUTHOR_PAGE.format(head="", byline=byline, words=_WORDS))
    assert article.authors == ("Jane Roe",)


def test_a_title_of_the_visible_headlines_words_is_given_as_the_page_shows_it() -> None:
    visible = "Bushido antwortet und erklärt ihn für „finished“"
    titles = [('Bushido antwortet und erklärt ihn für "finished"', "og:title")]
    assert choose_headline(visible, titles, [])[0] == visible
    # other words: the title the others agree with, in its own typography
    titles = [
        ('Bushido erklärt ihn für "finished"', "og:title"),
        ('Bushido erklärt ihn für "finished"', "title"),
    ]
    assert choose_headline(visible, titles, [])[0] == 'Bushido erklärt ihn für "finished"'


def _graph(*nodes: str) -> str:
    return f'<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{", ".join(nodes)}]}}</script>'


_PERSON_AND_PUBLISHER = (
    '{"@type": ["Person", "Organization"], "@id": "https://bay.example/#me", "name": "Jane Roe"}'
)


def test_a_graph_author_typed_person_and_organization_is_a_person() -> None:
    article = '{"@type": "Article", "headline": "Harbour ferry gets a new engine", "author": {"@id": "https://bay.example/#me"}}'
    record = articlekit.parse(
        _AUTHOR_PAGE.format(head=_graph(_PERSON_AND_PUBLISHER, article), byline="", words=_WORDS)
    )
    assert record.authors == ("Jane Roe",)


def test_a_web_page_naming_its_author_gives_the_author_when_no_article_node_does() -> None:
    person = '{"@type": "Person", "@id": "https://bay.example/#jane", "name": "Jane Roe"}'
    page = '{"@type": "WebPage", "name": "Harbour ferry gets a new engine", "author": {"@id": "https://bay.example/#jane"}}'
    record = articlekit.parse(_AUTHOR_PAGE.format(head=_graph(person, page), byline="", words=_WORDS))
    assert record.authors == ("Jane Roe",)
    organisation = '{"@type": "Organization", "@id": "https://bay.example/#jane", "name": "Bay News"}'
    record = articlekit.parse(_AUTHOR_PAGE.format(head=_graph(organisation, page), byline="", words=_WORDS))
    assert record.authors == () and "Bay News" in record.organisations


def test_a_line_of_author_links_just_above_the_headline_is_the_byline() -> None:
    above = '<div class="meta"><a href="/author/jane-roe/"><img src="/jane.jpg" alt="">Jane Roe</a></div>'
    page = _AUTHOR_PAGE.replace("<main><article>\n<h1>", f"<main><article>{above}\n<h1>")
    assert articlekit.parse(page.format(head="", byline="", words=_WORDS)).authors == ("Jane Roe",)
    # a link to an author's page among other words up there is not one (a teaser's, a menu's)
    menu = '<div class="meta"><a href="/author/jane-roe/">Jane Roe</a> writes about ferries every week</div>'
    page = _AUTHOR_PAGE.replace("<main><article>\n<h1>", f"<main><article>{menu}\n<h1>")
    assert articlekit.parse(page.format(head="", byline="", words=_WORDS)).authors == ()


def test_a_full_name_standing_alone_at_the_end_of_the_text_signs_it() -> None:
    paragraphs = "".join(f"<p>{_WORDS} Part {n}.</p>" for n in range(4))
    signed = f"<div class='content'>{paragraphs}<p><strong>Lê Phương</strong></p></div>"
    page = _AUTHOR_PAGE.replace('<div class="content"><p>{words}</p><p>{words}</p></div>', signed)
    record = articlekit.parse(page.format(head="", byline="", words=_WORDS))
    assert record.authors == ("Lê Phương",)
    assert "Lê Phương" not in record.body.text
    # a one-word label there signs nothing; a byline found elsewhere comes first
    labelled = page.replace("Lê Phương", "Kontakt")
    assert articlekit.parse(labelled.format(head="", byline="", words=_WORDS)).authors == ()
    bylined = articlekit.parse(page.format(head="", byline="<p class='byline'>By Jane Roe</p>", words=_WORDS))
    assert bylined.authors == ("Jane Roe",)


def test_a_name_in_an_element_named_for_the_author_is_the_last_resort() -> None:
    named = '<div class="info"><span>28. Jan. 2022</span> <span class="author">Paula Balov </span></div>'
    record = articlekit.parse(_AUTHOR_PAGE.format(head="", byline=named, words=_WORDS))
    assert record.authors == ("Paula Balov",)
    assert record.provenance.fields["authors"] == "an element named for the author"
    # the metadata's author comes first; a box named for the author that holds more is no name
    head = '<meta name="author" content="Jane Roe">'
    assert articlekit.parse(_AUTHOR_PAGE.format(head=head, byline=named, words=_WORDS)).authors == (
        "Jane Roe",
    )
    box = '<div class="author-box">Paula Balov writes about the harbour and its ferries every week.</div>'
    assert articlekit.parse(_AUTHOR_PAGE.format(head="", byline=box, words=_WORDS)).authors == ()


def test_a_publisher_who_is_a_person_names_no_site_and_stays_the_author() -> None:
    """A one-person blog's graph makes its owner the publisher (typed Person, often Organization too):
    that name is no site's, and the author of that name is a person."""
    article = (
        '{"@type": "Article", "headline": "Harbour ferry gets a new engine",'
        ' "author": {"@id": "https://bay.example/#me"}, "publisher": {"@id": "https://bay.example/#me"}}'
    )
    record = articlekit.parse(
        _AUTHOR_PAGE.format(head=_graph(_PERSON_AND_PUBLISHER, article), byline="", words=_WORDS)
    )
    assert (record.authors, record.organisations, record.site_name) == (("Jane Roe",), (), "Bay News")


def test_a_copyright_line_naming_a_person_does_not_make_the_author_an_organisation() -> None:
    page = _AUTHOR_PAGE.replace('<meta property="og:site_name" content="Bay News">', "").replace(
        "</main>", "</main><footer><p>© 2009-2012 Jane Roe. Impressum</p></footer>"
    )
    record = articlekit.parse(
        page.format(head='<meta name="author" content="Jane Roe">', byline="", words=_WORDS)
    )
    assert record.authors == ("Jane Roe",)
    assert record.organisations == ()


def test_a_user_name_linked_to_its_own_author_page_is_the_author() -> None:
    link = '<p class="meta">von <a href="https://bay.example/author/freeman1984/" rel="author">freeman1984</a></p>'
    record = articlekit.parse(_AUTHOR_PAGE.format(head="", byline=link, words=_WORDS))
    assert record.authors == ("freeman1984",)
    assert record.provenance.fields["authors"] == "rel=author link to the author's page, by its user name"
    # a link whose text is not the page's user name is no handle; nor is the site's own name
    other = link.replace(">freeman1984<", ">the archive<")
    assert articlekit.parse(_AUTHOR_PAGE.format(head="", byline=other, words=_WORDS)).authors == ()
    site = link.replace("freeman1984", "baynews")
    page = _AUTHOR_PAGE.replace('content="Bay News"', 'content="baynews"')
    assert articlekit.parse(page.format(head="", byline=site, words=_WORDS)).authors == ()


def test_the_sites_own_name_credited_beside_a_writer_is_not_listed_again() -> None:
    """JSON-LD crediting the site's brand as an Organization beside the person who wrote: the site is
    the record's site_name already; a newsroom named after it, or an agency, says more and stays."""
    authors = '[{"@type": "Person", "name": "Jane Roe"}, {"@type": "Organization", "name": "Bay News"}]'
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {authors}}}</script>'
    record = articlekit.parse(_AUTHOR_PAGE.format(head=head, byline="", words=_WORDS))
    assert (record.authors, record.organisations) == (("Jane Roe",), ())
    newsroom = head.replace('"Bay News"', '"Redaktion Bay News"')
    record = articlekit.parse(_AUTHOR_PAGE.format(head=newsroom, byline="", words=_WORDS))
    assert (record.authors, record.organisations) == (("Jane Roe",), ("Redaktion Bay News",))
    alone = head.replace('{"@type": "Person", "name": "Jane Roe"}, ', "")
    assert articlekit.parse(_AUTHOR_PAGE.format(head=alone, byline="", words=_WORDS)).organisations == (
        "Bay News",
    )


@pytest.mark.parametrize(("written", "name"), [("VonBR24 Redaktion", "BR24 Redaktion"), ("ByJane Roe", "Jane Roe"), ("Parker Lewis", "Parker Lewis"), ("Vonda Shepard", "Vonda Shepard")])  # fmt: skip
def test_a_bylines_word_glued_to_the_name_is_taken_off(written: str, name: str) -> None:
    """ "<span>Von</span><span>BR24 Redaktion</span>" reads "VonBR24 Redaktion": the capital after the
    word shows where the name starts; names that merely begin with those letters keep them."""
    assert clean_name(written) == name


def test_an_h3_a_title_names_is_the_visible_headline_when_no_h1_is_named() -> None:
    """The page's h1s are its footer's ("Impressum"); the article's title is an h3 that og:title names."""
    page = (
        '<html><head><meta property="og:title" content="Harbour ferry gets a new engine">'
        "</head><body><main><div class='article'><h3>Harbour ferry gets a new engine</h3>"
        f"<div class='text'><p>{_WORDS}</p><p>{_WORDS}</p></div></div></main>"
        "<footer><h1>Partner</h1><h1>Impressum</h1></footer></body></html>"
    )
    record = articlekit.parse(page)
    assert record.titles.visible == "Harbour ferry gets a new engine"
    assert "the visible headline" in record.provenance.fields["headline"]


def test_an_h1_that_is_only_the_site_name_part_of_the_title_is_not_the_headline() -> None:
    """A blog theme sets its name as the h1 and the post's title as an h3; <title> holds both, the
    post's title the longest part: the h1 is the site's name, the h3 the headline."""
    page = (
        "<html><head><title>Harbour ferry gets a new engine : Bay Blog Archive | Notes since 2005</title>"
        "</head><body><header><h1>Bay Blog Archive</h1></header><main><div class='post'>"
        "<h3 class='entry-title'>Harbour ferry gets a new engine</h3>"
        f"<div class='text'><p>{_WORDS}</p><p>{_WORDS}</p></div></div></main></body></html>"
    )
    record = articlekit.parse(page)
    assert record.titles.visible == "Harbour ferry gets a new engine"
    assert record.headline == "Harbour ferry gets a new engine"


def test_the_lead_images_og_alt_text_is_its_description() -> None:
    """A page showing no picture gives its og:image, described by og:image:alt."""
    head = (
        '<meta property="og:image" content="https://bay.example/ferry.jpg">'
        '<meta property="og:image:alt" content="The ferry in the harbour at dawn">'
    )
    record = articlekit.parse(_AUTHOR_PAGE.format(head=head, byline="", words=_WORDS))
    assert [(image.src, image.description) for image in record.images] == [
        ("https://bay.example/ferry.jpg", "The ferry in the harbour at dawn")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Actualizado a las 20:56h.",
        "Aktualisiert um 20:56 Uhr",
        "Stand: 10:49 Uhr",
        "Mis à jour à 9h30",
        "Aggiornato alle 10:30",
    ],
)
def test_an_update_time_in_the_languages_read_is_head_metadata(line: str) -> None:
    assert is_metadata_line(line)
    assert not is_metadata_line("Actualizado el precio del pan en la capital")


@pytest.mark.parametrize(
    "label", ["Afficher mon profil complet", "Mehr", "View my complete profile", "Ver perfil"]
)
def test_an_author_boxs_button_in_the_languages_read_is_no_name(label: str) -> None:
    assert clean_name(label) is None
    assert clean_name("Jane Roe") == "Jane Roe"


def test_a_one_word_credit_spelling_the_host_is_the_sites_not_a_person() -> None:
    """ "Die FURCHE" on furche.at, "Interscenario" on interscenar.io: the publication credited by its
    brand. A person's own domain ("Jane Roe" on janeroe.example) does not make them a brand."""
    page = _AUTHOR_PAGE.replace('<meta property="og:site_name" content="Bay News">', "")
    credited = page.format(head='<meta name="author" content="Die FURCHE">', byline="", words=_WORDS)
    record = articlekit.parse(credited, url="https://www.furche.at/a/1")
    assert (record.authors, record.organisations) == ((), ("Die FURCHE",))
    own = page.format(head='<meta name="author" content="Jane Roe">', byline="", words=_WORDS)
    assert articlekit.parse(own, url="https://janeroe.example/post").authors == ("Jane Roe",)


def test_microdata_authors_are_the_first_article_items_own() -> None:
    """`itemprop="author"` (its `itemprop="name"` part) names the author of the article item it is in;
    teasers' items further down, comments and an author typed Organization do not name people."""
    byline = (
        '<p itemscope itemtype="https://schema.org/Person" itemprop="author">'
        '<span itemprop="name">Jane Roe</span> —</p>'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="Bay News Desk"></div>'
    )
    teaser = (
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h3>Another story</h3>'
        '<span itemprop="author">John Roe</span></div>'
        '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Max Muster</span></div>'
    )
    page = _AUTHOR_PAGE.replace(
        "<main><article>", '<main><article itemscope itemtype="https://schema.org/NewsArticle">'
    )
    page = page.replace("</article>", f"</article>{teaser}")
    record = articlekit.parse(page.format(head="", byline=byline, words=_WORDS))
    assert record.authors == ("Jane Roe",)
    assert record.organisations == ("Bay News Desk",)
    assert record.provenance.fields["authors"] == "microdata author"


def test_words_reach_counts_only_until_the_words_suffice() -> None:
    assert words_reach(["one two three", "four five"], 5)
    assert not words_reach(["one two three", "four"], 5)
    assert words_reach(["one two three four five six seven"], 5)
    assert not words_reach([], 1)
    assert words_reach(["  spaced   out  "], 2)


def test_a_byline_after_the_text_names_the_author_when_none_came_before() -> None:
    """Some sites sign the article at its end ("Text: Jane Roe"); a byline before the text wins, and
    the bylines of teasers after the first one are not the article's."""
    text = "".join(
        f"<p>The ferry between the two villages will keep running through the winter this year, the council "
        f"said on Monday, after a new ice guard was fitted to its hull ({n}).</p>"
        for n in range(4)
    )

    def page(before: str, after: str) -> str:
        return (
            f"<html><body><article><h1>Ferry runs in winter</h1>{before}<div class='story'>{text}</div>"
            f"{after}</article></body></html>"
        )

    assert articlekit.parse_html(page("", "<p>Text: Jane Roe</p><p>By John Poe</p>")).authors == ("Jane Roe",)
    assert articlekit.parse_html(page("<p>By Ann Lee</p>", "<p>Text: Jane Roe</p>")).authors == ("Ann Lee",)
