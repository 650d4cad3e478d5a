"""The text front door on whole pages: every date of a short line with its role, the article's
dateline found by its headline among the other dates a page shows, and the headline among menus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import articlekit
from articlekit._fields._dates import dates_in_line, slashes_day_first
from conftest import benchmark_module, require_shared

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UTC = dt.UTC


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm",
         [("published", dt.datetime(2024, 11, 18, 21, 26)), ("modified", dt.datetime(2024, 11, 19, 16, 23))]),
        ("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57",
         [("published", dt.datetime(2024, 7, 3, 18, 24)), ("modified", dt.datetime(2024, 7, 3, 18, 57))]),
        ("입력 2025.05.15 20:00 수정 2025.05.15 20:57",
         [("published", dt.datetime(2025, 5, 15, 20, 0)), ("modified", dt.datetime(2025, 5, 15, 20, 57))]),
        ("Veröffentlicht am 27.04.24 um 07:39 Uhr", [("published", dt.datetime(2024, 4, 27, 7, 39))]),
        ("Erschienen am 30.04.2024", [("published", dt.date(2024, 4, 30))]),
        ("Marco Pizzorno 4 Febbraio 2025 - 14:41", [("displayed", dt.datetime(2025, 2, 4, 14, 41))]),
        ("Sehernur Karsu | 20 Nisan 2026", [("displayed", dt.date(2026, 4, 20))]),
        ("Publiziert17. Dezember 2024, 12:17", [("published", dt.datetime(2024, 12, 17, 12, 17))]),
        ("Published Fri, Apr 28 20232:23 PM EDT", [("published", dt.datetime(2023, 4, 28, 14, 23))]),
        ("Mon, 12 Feb 2024 10:00 GMT · 3 mins", [("displayed", dt.datetime(2024, 2, 12, 10, 0, tzinfo=UTC))]),
        ("Published on 06/01/2026 - 13:55 GMT+1",
         [("published", dt.datetime(2026, 6, 1, 13, 55, tzinfo=dt.timezone(dt.timedelta(hours=1))))]),
        ("渡辺洋介 2025年1月13日 21時37分", [("displayed", dt.date(2025, 1, 13))]),
        ("This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under Arduino, Robots."
         " You can follow any responses to this entry through the RSS 2.0 feed, or leave a response from 2016.",
         [("published", dt.datetime(2015, 12, 14, 14, 48))]),
        ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort"
         " Arduino, Infrarot LED in die Kategorie Arduino eingeordnet. Kommentare bis 2016.",
         [("displayed", dt.datetime(2015, 12, 14, 14, 48))]),
    ],
)  # fmt: skip
def test_every_date_of_a_short_line_with_its_role(line: str, expected: list[tuple[str, object]]) -> None:
    assert [(claim.role, claim.value) for claim in dates_in_line(line, openings=True)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "The minister said on 4 February 2025 that the talks would resume after the summer break in Brussels",
        "Version 1.2.3 of the app",
        "EA SPORTS FC 24",
        "Die Trainer der 3. Liga für die Saison 2023/24",
        "31.02.2024",
        "The entries were posted on 4 February 2025 by the minister, who said the talks would resume after the"
        " summer break in Brussels and Strasbourg",
    ],
)
def test_sentences_versions_and_impossible_days_hold_no_date(line: str) -> None:
    assert dates_in_line(line) == []


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Exekutivdirektorin des Programms sagte"
         " heute in Berlin, die Hilfe werde weiter gebraucht.", dt.date(2022, 1, 25)),
        ("NEW YORK, Jan. 25, 2022 /PRNewswire/ -- Acme Corp announced today that it has acquired the assets"
         " of Widget Inc for an undisclosed sum.", dt.date(2022, 1, 25)),
        ("BERLIN, 25.01.2022, 10:30 Uhr – Die Bundesregierung hat heute beschlossen, die Maßnahmen bis zum"
         " Ende des Monats zu verlängern.", dt.datetime(2022, 1, 25, 10, 30)),
    ],
)  # fmt: skip
def test_a_lead_opening_with_its_dateline_gives_that_date_when_asked(lead: str, day: dt.date) -> None:
    assert [claim.value for claim in dates_in_line(lead, openings=True)] == [day]
    assert dates_in_line(lead) == []  # as a line's role: a lead is prose, not a dateline
    sentence = "The minister said on 4 February 2025 - after the summit - that the talks would resume in May."
    assert dates_in_line(sentence, openings=True) == []


def test_slashed_dates_are_read_in_the_order_the_page_shows() -> None:
    assert dates_in_line("02/12/2024", dayfirst=True)[0].value == dt.date(2024, 12, 2)
    assert dates_in_line("02/12/2024")[0].value == dt.date(2024, 2, 12)
    assert slashes_day_first("Updated 13/01/2025 and 02/12/2024") is True
    assert slashes_day_first("Updated 1/13/2025 and 02/12/2024") is False
    assert slashes_day_first("02/12/2024") is None


def test_the_dateline_by_the_headline_is_the_articles_and_teasers_dates_are_the_pages() -> None:
    article = articlekit.parse(FIXTURES / "text-whole-page-datelines.txt")
    assert article.headline == "Ferry fares frozen for another year as island council agrees budget"
    assert article.authors == ("Mairi Campbell",)  # the byline under a long headline is not wrapped into it
    assert article.dates.published == dt.datetime(2025, 2, 4, 7, 45, tzinfo=UTC)
    assert article.dates.modified == dt.datetime(2025, 2, 4, 12, 10, tzinfo=UTC)
    elsewhere = {claim.value for claim in article.dates.evidence if claim.source == "page"}
    # the teasers' dates, read day first as the page writes them (13/12/2024)
    assert elsewhere == {dt.datetime(2025, 2, 3, 18, 20), dt.datetime(2025, 1, 28, 9, 5),
                         dt.date(2024, 12, 13), dt.date(2024, 12, 5)}  # fmt: skip
    assert not article.dates.conflict


def test_a_teaser_date_above_the_headline_is_not_taken_when_the_head_gives_one() -> None:
    text = (
        "Latest\nBridge closed for repairs\nJanuary 16, 2023\n\n"
        "Council approves new cycle lanes for the town centre\nBy Ann Lee\nApril 28, 2023\n\n"
        + "\n\n".join(
            f"The council voted on Thursday to add {n} kilometres of cycle lanes to the town centre, "
            "after a consultation that drew more replies than any before it."
            for n in range(2, 6)
        )
    )
    article = articlekit.parse_text(text)
    assert article.dates.published == dt.date(2023, 4, 28)


def test_a_dateline_above_the_headline_counts_when_none_is_below() -> None:
    text = (
        "Nachrichten\n27.08.2024, 12:32 Uhr\n\nStreik legt den Nahverkehr in München lahm\n\n"
        + "\n\n".join(
            f"Am Dienstag standen in München {n} Linien still, weil die Gewerkschaft zum Warnstreik "
            "aufgerufen hatte und viele Pendler auf das Auto umsteigen mussten."
            for n in range(2, 6)
        )
    )
    assert articlekit.parse_text(text).dates.published == dt.datetime(2024, 8, 27, 12, 32)


def test_markdown_escapes_are_undone() -> None:
    text = (
        "# Marathon in Berlin\n\n28\\. April 2023, 19:50 Uhr\n\n"
        "Sebastian Hendel lief am Sonntag die schnellste Zeit seiner Laufbahn\\. Er war zufrieden, "
        "sagte er danach, und will im Herbst wieder starten, wenn das Knie hält.\n\n"
        "Die Bedingungen waren gut, der Wind schwach und die Strecke schnell, sagten die Veranstalter "
        "nach dem Rennen am Abend in der Stadt.\n"
    )
    article = articlekit.parse_text(text)
    assert article.dates.published == dt.datetime(2023, 4, 28, 19, 50)
    assert "seiner Laufbahn. Er war" in article.body.text


def test_a_page_copied_with_its_title_first_takes_the_headline_shown_by_the_article() -> None:
    menu = "\n".join(("Home", "News", "Sport", "Kontakte", "Impressum", "Werben", "ABO"))
    body = _paragraphs(
        "Die Gesellschaft für Allgemeinmedizin hat in Klausen ihr {n}-jähriges Bestehen gefeiert, "
        "mit vielen Gästen aus dem ganzen Land und einer langen Rede.",
        range(20, 24),
    )
    text = (
        f"Dreißig Jahre Allgemeinmedizin in Klausen – Die Neue Tageszeitung\n{menu}\n"
        f"Dreißig Jahre Allgemeinmedizin in Klausen\nerstellt: 01. April 2025, 15:25\n\n{body}\n"
    )
    article = articlekit.parse_text(text)
    assert article.headline == "Dreißig Jahre Allgemeinmedizin in Klausen"
    assert article.dates.published == dt.datetime(2025, 4, 1, 15, 25)


def test_the_one_top_level_markdown_heading_is_the_headline() -> None:
    menu = "\n".join(f"* [Section {n}](https://example.test/{n})" for n in range(12))
    teasers = "\n\n".join(f"## [Teaser {n} about the harbour](https://example.test/t{n})" for n in range(3))
    body = _paragraphs(
        "The harbour trust said {n} new moorings would be ready by the summer, and that boat owners on "
        "the waiting list would be offered them in the order they applied.",
        range(2, 6),
    )
    text = f"{menu}\n\n{teasers}\n\nHarbour news\n\n# Moorings\n\nBy Ann Lee\n\n{body}\n"
    article = articlekit.parse_text(text)
    assert article.headline == "Moorings"  # one word, and marked as the page's title
    two = text.replace("Harbour news", "# Harbour news")
    assert articlekit.parse_text(two).headline != "Moorings"  # two top-level headings mark nothing


#: How far a figure may fall below the recorded one before the change that lowered it is refused.
ALLOWED_DROP = {"headline": 0.01, "published day": 0.01, "body F1": 0.005}


@pytest.mark.parametrize("half", ["tune", "check"])
@pytest.mark.parametrize("renderer", ["html2text", "inscriptis", "html-text"])
def test_rendered_benchmark_pages_hold_the_recorded_text_figures(renderer: str, half: str) -> None:
    """benchmarks/text.py's own scoring on fundus-dev rendered to text, per half, against
    benchmarks/recorded.json."""
    data = require_shared("benchmarks")
    text = benchmark_module("text")
    fields = benchmark_module("fields")
    scoring = benchmark_module("scoring")
    cases = [(case.html, case.truth) for case in fields.fundus_cases(data, half)]
    scores = text.score_set(text.RENDERERS[renderer], cases)
    measured = {
        "headline": sum(scores.headlines) / len(scores.headlines),
        "published day": sum(scores.days) / len(scores.days),
        "body F1": scoring.score_bodies(scores.pairs).f1,
    }
    recorded = json.loads((FIXTURES.parent / "benchmarks" / "recorded.json").read_text())["text"][renderer][
        half
    ]
    low = {name: (round(value, 3), recorded[name]) for name, value in measured.items()
           if value < recorded[name] - ALLOWED_DROP[name]}  # fmt: skip
    assert not low, low


#: A whole article as a text dump, with short lines of its own (a list the text introduces, a table, a
#: heading in capitals after a short sentence) and the page's short lines inside it (an advertisement
#: label, a list of teasers nothing introduces).
SHORT_LINES = """Harbour trust opens forty new moorings for the summer season

The harbour trust opened forty new moorings on Monday, and said that boat owners on the waiting list \
would be offered them in the order they applied.

Advertisement

The moorings sit on the east side of the harbour, where the breakwater was repaired last winter after \
the storms.

Each new mooring comes with:
a fresh water point
a shore power socket
a numbered buoy

Prices for a season are set by the trust's board every autumn and were published with the plan.

| Season | Price |
|---|---|
| Summer | 420 |
| Winter | 180 |

The trust expects a busy season.
WHAT THE WAITING LIST MEANS
Owners who have waited for more than three years will be offered a mooring first, the trust said on \
Monday.

Most read
Ferry fares frozen for another year
Council approves new cycle lanes
Advertisement

The harbour master said the new moorings would be ready for the first boats by the end of April at \
the latest.
"""


def test_short_lines_the_article_holds_survive_and_the_pages_do_not() -> None:
    article = articlekit.parse_text(SHORT_LINES)
    blocks = [(block.kind, block.text) for block in article.body.blocks]
    for entry in ("a fresh water point", "a shore power socket", "a numbered buoy"):
        assert ("paragraph", entry) in blocks  # entries of a list the text introduces ("... comes with:")
    for row in ("| Season | Price |", "| Summer | 420 |", "| Winter | 180 |"):
        assert ("paragraph", row) in blocks  # rows of a table
    assert ("heading", "WHAT THE WAITING LIST MEANS") in blocks  # after a short sentence, before prose
    assert ("paragraph", "The trust expects a busy season.") in blocks  # a short sentence is prose
    body = article.body.text
    for stray in ("Advertisement", "|---|---|", "Ferry fares frozen", "Council approves", "Most read"):
        assert stray not in body


def test_a_label_the_page_repeats_is_no_heading() -> None:
    paragraphs = [
        f"The harbour trust said {n} new moorings would be ready by the summer, and that boat owners on "
        "the waiting list would be offered them in the order they applied."
        for n in range(2, 7)
    ]
    text = "Moorings ready by the summer, the harbour trust says\n\n" + "\n\nArticle content\n\n".join(
        paragraphs
    )
    article = articlekit.parse_text(text)
    assert "Article content" not in article.body.text  # capitalised before prose, but said five times
    assert len(article.body.blocks) == 5


def test_a_question_headline_is_not_the_first_paragraph_of_the_text() -> None:
    menu = "\n".join(("Home", "Garten", "Pflanzen", "Forum", "Kontakt", "Impressum"))
    body = _paragraphs(
        "Die Zaubernuss blüht im Winter, wenn kaum etwas anderes blüht, und braucht dann {n} Dinge: "
        "einen geschützten Platz, etwas Wasser an frostfreien Tagen und keinen Schnitt.",
        range(2, 6),
    )
    text = f"{menu}\n\nWie pflege ich meine Zaubernuss im Winter?\n\n{body}\n"
    article = articlekit.parse_text(text)
    assert article.headline == "Wie pflege ich meine Zaubernuss im Winter?"
    assert not article.body.text.startswith("Wie pflege")


def test_a_text_of_one_quoted_sentence_parses() -> None:
    """Its one line is the headline and the text after it is empty: nothing is looked at past the end."""
    article = articlekit.parse_text('"It is a sacrifice that he will appreciate when he is older."\n')
    assert article.headline is not None


def _paragraphs(sentence: str, numbers: range) -> str:
    """A text of paragraphs, one per number: the sentence with its "{n}" filled in."""
    return "\n\n".join(sentence.replace("{n}", str(n)) for n in numbers)


def _copied_page(head: str) -> str:
    menu = "\n".join(("Startseite", "Politik", "Wissen", "Sport", "Kultur", "Impressum", "Abo"))
    body = _paragraphs(
        "Die Temperatur der Ozeane im Nordatlantik liegt seit {n} Monaten über jedem gemessenen Wert, "
        "und die Forscher rechnen mit mehr Stürmen und mehr Regen im Herbst.",
        range(10, 14),
    )
    return f"{menu}\n\n{head}\n\n{body}\n"


def test_a_headline_over_a_dek_of_other_words_is_found_by_the_text_after_its_byline() -> None:
    """The dek says what the headline does in other words; the paragraphs after the byline and the
    dateline repeat the headline's words."""
    head = (
        "Wenn die Ozeane im Nordatlantik überhitzen\n\n"
        "Warum das Wasser seit dem vergangenen Frühjahr so warm ist, weiß bislang niemand genau. Klar ist "
        "nur, dass seine Wärme unser Wetter im ganzen Land spürbar verändert.\n\n"
        "Von Jan Roe\n\nHeute, 12:37 Uhr"
    )
    assert articlekit.parse_text(_copied_page(head)).headline == "Wenn die Ozeane im Nordatlantik überhitzen"


def test_a_kicker_run_into_the_headline_line_with_a_spaced_colon_is_the_kicker() -> None:
    """ "Kicker : Headline": a rendering ran the kicker's element and the headline's into one line."""
    head = "Klima im Nordatlantik : Wenn die Ozeane überhitzen\n\nVon Jan Roe\n\nHeute, 12:37 Uhr"
    article = articlekit.parse_text(_copied_page(head))
    assert (article.kicker, article.headline) == ("Klima im Nordatlantik", "Wenn die Ozeane überhitzen")
    plain = articlekit.parse_text(_copied_page(head.replace(" : ", ": ")))
    assert plain.kicker is None


def test_a_kicker_glued_to_the_quotation_the_headline_opens_with_is_the_kicker() -> None:
    """'Kicker"Quoted headline"': a rendering ran the kicker's element into the headline's without a
    space, which no one writes in prose; a quotation inside a sentence keeps its space."""
    head = 'Klima im Nordatlantik"Die Ozeane überhitzen" warnen Forscher\n\nVon Jan Roe\n\nHeute, 12:37 Uhr'
    article = articlekit.parse_text(_copied_page(head))
    assert (article.kicker, article.headline) == (
        "Klima im Nordatlantik",
        '"Die Ozeane überhitzen" warnen Forscher',
    )
    spaced = articlekit.parse_text(_copied_page(head.replace('Nordatlantik"', 'Nordatlantik "')))
    assert spaced.kicker is None


def test_a_title_part_the_copied_page_shows_as_a_line_of_its_own_is_a_name() -> None:
    """ "Headline - Daily Post" first, and "Daily Post" alone further down (the site's logo): the
    headline goes without it; the headline's own part, shown as a line too, stays."""
    body = _paragraphs(
        "The harbour trust said {n} new moorings would be ready by the summer, and that boat owners on "
        "the waiting list would be offered them in the order they applied.",
        range(2, 6),
    )
    title = "New moorings ready by summer, harbour trust says - Daily Post"
    text = f"{title}\n\nDaily Post\n\nHome\nNews\nSport\n\n{body}\n"
    assert articlekit.parse_text(text).headline == "New moorings ready by summer, harbour trust says"
    assert articlekit.parse_text(text.replace("\nDaily Post\n", "\n")).headline == title


def test_a_first_line_of_a_headlines_shape_is_the_title_when_no_headline_is_found_below() -> None:
    """A copied page opening with its <title> (no site name after it), whose article shows no headline
    line the text's words repeat: the first line is the headline, rather than none."""
    menu = "\n\n".join(f"Section{n}\nTopic{n}" for n in range(16))
    notice = "You read better when signed in. Enter your email below and we send you a pin to log in."
    body = _paragraphs(
        "Street vendors in the inner city have waited {n} years for a place to sell, and the council's "
        "latest plan leaves most of them where they were.",
        range(2, 6),
    )
    title = "Johannesburg failed informal traders: a solution awaits"
    article = articlekit.parse_text(f"{title}\n\n{menu}\n\n{notice}\n\n{body}\n")
    assert article.headline == title


def test_a_list_of_topic_links_right_above_the_headline_is_not_the_headline() -> None:
    """ "* Mexico / * Mexico City / * Latin America" above the headline shares its words with the text,
    but a list of items, one per line, is a menu or a tag list, not a title."""
    body = _paragraphs(
        "MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in quarter {n}, bringing growth in Mexico City "
        "and across Latin America above what economists had forecast.",
        range(1, 5),
    )
    head = "Related topics\n\n* Mexico\n* Mexico City\n* Latin America\n\nMexico’s economy grew in the first quarter"
    article = articlekit.parse_text(f"Menu\n\nSearch\n\n{head}\n\n{body}\n")
    assert article.headline == "Mexico’s economy grew in the first quarter"


def test_a_link_wrapped_late_in_a_long_paragraph_is_still_one_link() -> None:
    """html2text wraps a long URL across lines; a link opened after the paragraph's first lines is
    followed to its end too, so no line starts with the URL's tail."""
    lines = [
        f"Line {n} of a long notice about signing in, wrapped by the renderer at its width" for n in range(9)
    ]
    link = (
        "[Continue with\n**Google**](https://example.com/dm-\n"
        "admin/?loginSocial=google&redirect=https%3A%2F%2Fexample.com%2Farticle%2F2025-05-03-icj-\n"
        "concludes-hearings-on-aid-obligations%2F) Remember me"
    )
    body = _paragraphs(
        "The court heard {n} days of submissions on aid, and the delegation said deliveries still fell "
        "short of what the population needed to survive the winter.",
        range(2, 6),
    )
    text = "\n".join(lines) + "\n" + link + f"\n\nCourt hears aid case\n\n{body}\n"
    article = articlekit.parse_text(text)
    everything = [article.body.text, *(b.text for b in article.boilerplate)]
    assert not any("concludes-hearings" in t for t in everything)


def test_a_heading_ending_in_an_abbreviation_can_be_the_headline() -> None:
    """ "## ... for Wed. after Cold Wave Alert Tues.": a line the page marks as a heading may end with a
    full stop; an unmarked line ending so is a sentence."""
    body = _paragraphs(
        "Temperatures fell by {n} degrees on Wednesday after the cold wave alert issued on Tuesday, and "
        "forecasters expect the cold to stay until the weekend.",
        range(2, 6),
    )
    head = "## Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues."
    text = f"Home\nNews\nWorld\n\n{head}\n\nWritten: 2023-11-07 15:03:30\n\n{body}\n"
    assert (
        articlekit.parse_text(text).headline
        == "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues."
    )


def test_a_short_part_of_the_copied_title_shown_right_above_the_text_is_the_headline() -> None:
    """ "Hope! - bewusster leben" first (the page's <title>), then menus, then "Hope!" right above the
    text: the page shows the title's headline part as its heading, however short it is."""
    body = _paragraphs(
        "Hoffnung ist unser Motor und unsere Inspiration, schrieb sie am {n}. Tag, und sie trägt uns "
        "auch dann, wenn der Alltag uns wenig Grund zur Zuversicht gibt.",
        range(2, 6),
    )
    menu = "Zum Inhalt springen\n\n* Startseite\n* Über uns\n* Blog\n* Kontakt\n\nAchtsamkeit"
    article = articlekit.parse_text(f"Hope! - bewusster leben\n\n{menu}\n\nHope!\n\n{body}\n")
    assert article.headline == "Hope!"
    # the part shown only further up (a menu entry, a kicker) is not taken for it
    moved = f"Hope! - bewusster leben\n\nHope!\n\n{menu}\n\nZum Artikel\n\nWeiterlesen\n\n{body}\n"
    assert articlekit.parse_text(moved).headline != "Hope!"


def test_a_long_rights_notice_with_its_copyright_year_does_not_start_the_text() -> None:
    """A page's rights notice runs long enough to read as prose; its "©2023" says what it is, so the
    article below it keeps its headline."""
    notice = (
        "This material may not be published, broadcast, rewritten, or redistributed. ©2023 Example News "
        "Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. "
        "Market data provided by a vendor. Powered and implemented by another vendor. Legal statement."
    )
    body = _paragraphs(
        "The committee sent a letter on Wednesday asking the bureau {n} questions about the stations, and "
        "gave it until next month to answer them in writing.",
        range(2, 7),
    )
    head = "Committee demands answers from the bureau on the stations\n\nBy Jane Roe | Example News"
    text = f"Home\n\n* Politics\n* World\n\n{notice}\n\n* Facebook\n* Twitter\n\n{head}\n\n{body}\n"
    assert articlekit.parse_text(text).headline == "Committee demands answers from the bureau on the stations"


def test_a_shorter_line_right_above_a_short_headline_is_its_kicker_not_the_headline() -> None:
    """A short line chosen as the headline keeps it: the shorter line above is its kicker or the
    breadcrumb ("Interview mit Autorin Katrin Kämpf"); only a line as long as a dek hands the headline
    to a shorter title above it."""
    body = _paragraphs(
        "Kämpf beschreibt mit ihrem Buch, wie Pädophilie als politisches Machtinstrument diente, "
        "und sie nennt dafür {n} Beispiele aus den vergangenen Jahrzehnten.",
        range(2, 6),
    )
    head = "Interview mit Autorin Katrin Kämpf\n\nPädophilie als politisches Machtinstrument\n\n12. Jan. 2022"
    text = f"* Start\n* Politik\n* Kultur\n\n{head}\n\n{body}\n"
    assert articlekit.parse_text(text).headline == "Pädophilie als politisches Machtinstrument"


def test_a_breadcrumb_opening_on_the_sites_domain_is_not_the_headline() -> None:
    """ "hessenschau.de Kultur Buchmesse" above the headline shares its words with the text, but a line
    opening on a domain in lower case is the breadcrumb's home link; "Booking.com fined ..." is a
    headline."""
    body = _paragraphs(
        "Auf der Buchmesse in Frankfurt las der Autor am {n}. Tag aus seinem Bericht über die Minze als "
        "Mutmacher, die ihm in der Haft Kraft gab, und die Kultur des Erinnerns.",
        range(2, 6),
    )
    crumb = "hessenschau.de Kultur Buchmesse Bücher"
    text = f"* Start\n* Politik\n* Kultur\n\n{crumb}\n\nDie Minze als Mutmacher in der Haft\n\n{body}\n"
    assert articlekit.parse_text(text).headline == "Die Minze als Mutmacher in der Haft"
    from articlekit._blocks import Candidate
    from articlekit._text._headline import headline_shaped

    assert headline_shaped(Candidate(kind="paragraph", text="Booking.com fined for unfair hotel deals"))
    assert not headline_shaped(Candidate(kind="paragraph", text=crumb))


def test_a_part_of_the_first_line_shown_again_above_the_text_is_the_headline() -> None:
    """ "Wir sind NEOS - NEOS" first (a copied page's <title>), then "Wir sind NEOS" over the text:
    the line the page shows is the headline, without the title's site part."""
    body = _paragraphs(
        "Wir stehen seit {n} Jahren für ein neues Land, in dem jede und jeder die eigenen Ziele aus "
        "eigener Kraft verwirklichen kann, und dafür arbeiten wir jeden Tag.",
        range(2, 6),
    )
    article = articlekit.parse_text(f"Wir sind NEOS - NEOS\n\nWir sind NEOS\n\n{body}\n")
    assert article.headline == "Wir sind NEOS"
    # a part too short to be a headline (the site's name) is not taken for it
    logo = articlekit.parse_text(f"Wir sind NEOS - NEOS\n\nNEOS\n\n{body}\n")
    assert logo.headline != "NEOS"


def test_a_line_followed_only_by_its_dateline_and_then_the_text_is_the_headline() -> None:
    """A page copied whole: the blog's name and tagline, then the headline, its dateline and byline, then
    the text, whose first paragraphs use few of the headline's words: the head of the article is
    headline, dateline, text."""
    body = _paragraphs(
        "Qualität war bei Führungskräften mal groß in Mode, erzählt der Berater im {n}. Teil, und "
        "damals versprachen die Programme viel mehr, als sie halten konnten.",
        range(2, 6),
    )
    head = "Was wurde eigentlich aus Six Sigma?\n\nDezember 10, 2019 · von freeman1984 · in Uncategorized"
    text = f"sladisworld\n\n* About\n\n…through the looking glass…\n\n{head}\n\n{body}\n"
    assert articlekit.parse_text(text).headline == "Was wurde eigentlich aus Six Sigma?"
    # without the dateline between, the line is only a line above the text
    bare = f"sladisworld\n\n* About\n\n…through the looking glass…\n\nWas wurde eigentlich aus Six Sigma?\n\n{body}\n"
    assert articlekit.parse_text(bare).headline != "Was wurde eigentlich aus Six Sigma?"


def test_a_pictures_caption_between_the_headline_and_its_dateline_does_not_part_them() -> None:
    """Headline, the lead picture's caption with its credit, a dek, the dateline: the headline is
    still followed by its dateline (the caption is the picture's, set between them by the layout)."""
    from articlekit._blocks import Candidate
    from articlekit._text._headline import DATELINE_BONUS, _headline_score

    def lines(*texts: str) -> list[Candidate]:
        return [Candidate(text=text, kind="paragraph", zone="main") for text in texts]

    headline = "Forscher erwarten einen Herbst mit mehr Stürmen"
    dek = "Die Ozeane im Nordatlantik sind so warm wie nie zuvor gemessen, sagt das Institut."
    opening = {"forscher", "herbst", "stürmen", "ozeane"}
    captioned = lines(headline, "Ein Fischkutter vor Reykjavík. Foto: Jan Roe (dpa)", dek, "15.10.24 23:35")
    uncaptioned = lines(
        headline, "Ein Fischkutter liegt an diesem Morgen vor Reykjavík", dek, "15.10.24 23:35"
    )
    with_caption = _headline_score(captioned, 0, opening, 4)
    without = _headline_score(uncaptioned, 0, opening, 4)
    assert with_caption is not None and without is not None
    assert with_caption == pytest.approx(without + DATELINE_BONUS)


def test_a_headline_line_that_runs_the_copied_title_into_a_sentence_is_cut_to_the_title() -> None:
    """A rendering set the headline's element and the dek's in one line, after the page's <title> copied
    first: the title's words are the headline, the sentence after them a line of its own."""
    title = "Dezuka Suisan: Fried Fish Cakes, Hot and Fresh"
    body = _paragraphs(
        "Dezuka Suisan in Monbetsu has fried fish cakes since {n}, hot and fresh from the port, and the "
        "queue for them runs out of the door.",
        range(1930, 1934),
    )
    menu = "\n".join(("Home", "Travel", "Food", "Culture", "About"))
    glued = f"{title}\n\n{menu}\n\n{title} Welcome to the Flavor Capital of Northern Japan\n\n{body}\n"
    article = articlekit.parse_text(glued)
    assert article.headline == title
    assert "Welcome to the Flavor Capital" not in article.headline
    # a headline that goes on in lower case is one headline, longer than the title
    longer = glued.replace(" Welcome to the Flavor Capital of Northern Japan", " in the port of Monbetsu")
    assert articlekit.parse_text(longer).headline == f"{title} in the port of Monbetsu"


def test_a_short_headline_right_above_the_text_that_names_its_subject_is_the_headline() -> None:
    """Where no line long enough reads as the headline, a line of two words right above the text (its
    byline aside) is it when the text is about what it names; a label ("Read more") is not."""
    body = _paragraphs(
        "Python has been designed to be friendly, and the simpler constructs are the defaults, which "
        "costs memory and speed in part {n} of this series.",
        range(1, 5),
    )
    menu = "* Challenges\n* Articles\n* Contact"
    article = articlekit.parse_text(
        f"Strangemachines\n\n{menu}\n\nPerformant Python\n\nVon Jan Roe\n\n{body}\n"
    )
    assert article.headline == "Performant Python"
    label = articlekit.parse_text(f"Strangemachines\n\n{menu}\n\nRead more\n\n{body}\n")
    assert label.headline != "Read more"


def test_two_short_exclamations_in_one_line_above_the_text_are_its_headline() -> None:
    """ "Diese Ymers! Zwei Überraschungen an einem Tag!": a title, not the text's first paragraph."""
    body = _paragraphs(
        "Die Ymers sorgten am {n}. Februar für zwei Überraschungen an einem Tag, als die schwedischen "
        "Brüder gleich zwei Favoriten schlugen.",
        range(3, 7),
    )
    menu = "* News\n* ATP Herren\n* WTA Damen\n* Interviews"
    head = (
        "Diese Ymers! Zwei Überraschungen an einem Tag!\n\nElias und Mikael Ymer haben bei den Turnieren in "
        "Pune und Montpellier für zwei Überraschungen gesorgt.\n\nvon tennisnet.com\n\n"
        "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr"
    )
    article = articlekit.parse_text(f"{menu}\n\n{head}\n\n{body}\n")
    assert article.headline == "Diese Ymers! Zwei Überraschungen an einem Tag!"
