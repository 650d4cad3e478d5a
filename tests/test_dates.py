"""Publication dates: every place a page states them, and the order of trust among them."""

from __future__ import annotations

import datetime as dt

import pytest

import articlekit

PROSE = (
    "<p>The council met on Tuesday evening and agreed, after a long debate, to extend the opening hours "
    "of the public library until ten o'clock on weekdays.</p>"
)


def _published(head: str, body: str, url: str | None = None) -> object:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return articlekit.parse_html(html, url=url, rules=False).dates.published


def test_a_dateline_in_a_box_above_the_headline_is_read() -> None:
    body = (
        f"<div class='top'><span>Politik</span><span>03.02.2022</span></div><h1>Library hours</h1>{PROSE * 3}"
    )
    assert _published("", body) == dt.date(2022, 2, 3)


def test_a_date_set_in_the_headline_is_read() -> None:
    body = (
        f"<h1><span><time datetime='2022-02-01'>1. Februar 2022</time></span> Library hours</h1>{PROSE * 3}"
    )
    assert _published("", body) == dt.date(2022, 2, 1)


def test_the_date_at_the_foot_of_the_text_when_the_head_shows_none() -> None:
    body = f"<h1>Library hours</h1>{PROSE * 3}<p>Von Christian am 03.05.2013, 11:51 | 0 Meinungen</p>"
    assert _published("", body) == dt.datetime(2013, 5, 3, 11, 51)


def test_json_ld_outranks_a_generic_meta_date() -> None:
    head = (
        '<meta name="date" content="2019-10-18T20:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-10-19T03:00:00Z"}</script>'
    )
    assert _published(head, f"<h1>Library hours</h1>{PROSE * 3}") == dt.datetime(
        2019, 10, 19, 3, tzinfo=dt.UTC
    )


def test_a_visible_dateline_outranks_a_generic_meta_date() -> None:
    head = '<meta name="date" content="2021-12-20T11:02:44+01:00">'
    body = f"<h1>Library hours</h1><div>27.01.2022</div>{PROSE * 3}"
    assert _published(head, body) == dt.date(2022, 1, 27)


def test_a_day_month_swap_is_read_as_the_structured_data_says() -> None:
    head = '<meta property="article:published_time" content="2023-11-02T15:57:00+01:00">'
    body = f"<h1>Library hours</h1><p>Publié le 02/11/2023 à 15h57</p>{PROSE * 3}"
    published = _published(head, body)
    assert isinstance(published, dt.datetime) and published.date() == dt.date(2023, 11, 2)


def test_the_publishers_claim_on_the_day_the_page_shows() -> None:
    head = (
        '<meta property="article:published_time" content="2022-01-21T15:38:44+01:00">'
        '<meta itemprop="datePublished" content="2022-01-27">'
    )
    body = f"<h1>Library hours</h1><p>27. Januar 2022</p>{PROSE * 3}"
    published = _published(head, body)
    day = published.date() if isinstance(published, dt.datetime) else published
    assert day == dt.date(2022, 1, 27)


def test_a_utc_moment_a_day_from_the_visible_dateline_is_the_pages_local_day() -> None:
    head = '<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">'
    body = f"<h1>Library hours</h1><p>2019-01-01</p>{PROSE * 3}"
    published = _published(head, body)
    day = published.date() if isinstance(published, dt.datetime) else published
    assert day == dt.date(2019, 1, 1)


def test_a_page_that_states_no_date_has_none() -> None:
    assert _published("", f"<h1>Library hours</h1>{PROSE * 3}<footer>© 2024 Town Herald</footer>") is None


def test_weak_claims_only_when_the_page_says_nothing_else() -> None:
    store = '<script>window.__STATE__={"product":{"published_at":"2019-03-02T06:22:28+01:00"}}</script>'
    assert _published("", f"<h1>Library hours</h1>{PROSE * 3}{store}") == dt.datetime(
        2019, 3, 2, 6, 22, 28, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert _published("<title>23.01.2022 - Library hours</title>", f"<h1>Library hours</h1>{PROSE * 3}") == (
        dt.date(2022, 1, 23)
    )
    url = "http://www.example.com/local/2020-02/19/c_1125597921.htm"
    assert _published("", f"<h1>Library hours</h1>{PROSE * 3}", url=url) == dt.date(2020, 2, 19)
    dated = '<meta property="article:published_time" content="2020-01-05T10:00:00Z">'
    assert _published(
        dated + "<title>23.01.2022 - Library hours</title>", f"<h1>Library hours</h1>{PROSE * 3}"
    ) == (dt.datetime(2020, 1, 5, 10, tzinfo=dt.UTC))


def test_an_hatom_date_in_a_title_attribute_is_read_when_iso() -> None:
    body = f"<h1>Library hours</h1>{PROSE * 3}<abbr class='published' title='2017-07-23T17:06:45+0000'>23. Juli 2017</abbr>"
    published = _published("", body)
    assert isinstance(published, dt.datetime) and published.date() == dt.date(2017, 7, 23)


def test_the_one_date_a_page_shows_away_from_its_headline_is_a_last_resort() -> None:
    far = "".join(f"<div class='teaser'><a href='/{n}'>Another story {n}</a></div>" for n in range(6))
    one = f"{far}<div class='footer-note'><span>12.03.2021</span></div>"
    assert _published("", f"<h1>Library hours</h1>{PROSE * 3}{one}") == dt.date(2021, 3, 12)
    two = f"{far}<div class='footer-note'><span>12.03.2021</span><span>15.04.2021</span></div>"
    assert _published("", f"<h1>Library hours</h1>{PROSE * 3}{two}") is None


def test_a_utc_moment_that_no_clock_puts_on_the_visible_day_is_the_publishers_day() -> None:
    # 12:32 UTC on the 6th is the 6th (or the 7th) everywhere: a "05/12/2020" shown first is another story's
    head = '<meta name="dc.date.issued" content="2020-12-06T12:32:58+00:00">'
    body = f"<h1>Library hours</h1><p>05/12/2020 - 10:47</p>{PROSE * 3}"
    published = _published(head, body)
    assert isinstance(published, dt.datetime) and published.date() == dt.date(2020, 12, 6)


def test_json_ld_with_junk_after_its_object_is_read() -> None:
    for junk in ("}", ";", "\n}\n  ", '{"@type": "WebPage"}'):
        head = (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "2020-10-26T18:10:00+01:00"}}{junk}</script>'
        )
        body = f"<h1>Library hours</h1><div class='related'><span>09.08.2020</span></div>{PROSE * 3}"
        published = _published(head, body)
        assert isinstance(published, dt.datetime) and published.date() == dt.date(2020, 10, 26), junk


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", dt.date(2020, 10, 7)),  # Arabic
        ("7 октября 2020", dt.date(2020, 10, 7)),  # Russian
        ("7. října 2020", dt.date(2020, 10, 7)),  # Czech
        ("2020. október 7.", dt.date(2020, 10, 7)),  # Hungarian
        ("7. lokakuuta 2020", dt.date(2020, 10, 7)),  # Finnish
        ("12 maj 2020", dt.date(2020, 5, 12)),  # Swedish, Danish
        ("5 Αυγούστου 2020", dt.date(2020, 8, 5)),  # Greek
        ("7 Maret 2020", dt.date(2020, 3, 7)),  # Indonesian
        ("7 de març de 2020", dt.date(2020, 3, 7)),  # Catalan
    ],
)
def test_month_names_in_many_languages(written: str, day: dt.date) -> None:
    head = f'<meta property="article:published_time" content="{written}">'
    published = _published(head, f"<h1>Library hours</h1>{PROSE * 3}")
    assert (published.date() if isinstance(published, dt.datetime) else published) == day


def test_a_spelling_two_languages_give_different_months_is_refused() -> None:
    from articlekit._fields._calendar import _by_position

    with pytest.raises(ValueError, match="listopada"):
        _by_position({"pl": "a b c d e f g h i j listopada l", "hr": "a b c d e f g h i listopada k l"}, 12)


def test_a_publishers_own_meta_name_is_read_below_a_visible_dateline() -> None:
    own = '<meta name="xyz:publicationDate" content="2020-09-08T17:33:18+02:00">'
    alone = _published(own, f"<h1>Library hours</h1>{PROSE * 3}")
    assert isinstance(alone, dt.datetime) and alone.date() == dt.date(2020, 9, 8)
    # its own vocabulary may date the latest edition: the dateline the page shows comes first
    shown = _published(own, f"<h1>Library hours</h1><p>04.04.2020</p>{PROSE * 3}")
    assert shown == dt.date(2020, 4, 4)
    # a bare "date" after a prefix says nothing
    assert (
        _published('<meta name="build:date" content="2020-09-08">', f"<h1>Library hours</h1>{PROSE * 3}")
        is None
    )


def test_a_date_in_a_title_attribute_is_read_unless_its_order_is_a_riddle() -> None:
    relative = "<div><span class='date' title='18.02.2022'>vor 3 Tagen</span></div>"
    assert _published("", f"{relative}<h1>Library hours</h1>{PROSE * 3}") == dt.date(2022, 2, 18)
    named = "<abbr class='published' title='February 18, 2022'>3 days ago</abbr>"
    assert _published("", f"<h1>Library hours</h1>{named}{PROSE * 3}") == dt.date(2022, 2, 18)
    riddle = "<abbr class='published' title='02/03/2022'>3 days ago</abbr>"
    assert _published("", f"<h1>Library hours</h1>{riddle}{PROSE * 3}") is None


def test_the_page_showing_its_structured_update_day_as_its_date_is_published_that_day() -> None:
    """A republished article: JSON-LD says first published 2021, modified 1 January 2023, and the page
    shows "1. Januar 2023" by its headline as its date: that is the day it presents the article as of.
    Labelled as an update ("Aktualisiert: ..."), the same line leaves the first publication standing."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Library hours", '
        '"datePublished": "2021-11-22T18:42:22+01:00", "dateModified": "2023-01-01T10:00:00+01:00"}</script>'
    )
    shown = f"<h1>Library hours</h1><time>1. Januar 2023</time>{PROSE * 3}"
    assert str(_published(head, shown))[:10] == "2023-01-01"
    labelled = f"<h1>Library hours</h1><p>Aktualisiert: 1. Januar 2023</p>{PROSE * 3}"
    assert str(_published(head, labelled))[:10] == "2021-11-22"
    unrelated = f"<h1>Library hours</h1><p>3. Februar 2023</p>{PROSE * 3}"
    assert str(_published(head, unrelated))[:10] == "2021-11-22"


DATE_TEXTS = [
    "Friday, August 15, 2025", "15.08.2025 14:30", "2025-08-15T14:30:00+02:00", "3 May 2024",
    "Updated: May 3, 2024 9:26pm", "15 de agosto de 2025", "12/03/2024", "yesterday at noon",
    "Aug 2025", "not a date at all", "31.02.2025", "Mon, 02 Dec 2024 10:56:34 GMT",
]  # fmt: skip


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_dateutil_read_once_gives_what_its_public_parse_gives(text: str) -> None:
    """Dates are read with the steps of dateutil's `parse` (once for two defaults); a dateutil without
    them gets the public `parse` twice, which must read the same."""
    from articlekit._fields import _dateutil_read

    for dayfirst in (False, True):
        assert _dateutil_read._read_once(text, dayfirst) == _dateutil_read._read_twice(text, dayfirst)


def test_dates_are_read_when_dateutil_lacks_its_private_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlekit._fields import _dates, _dateutil_read

    monkeypatch.setattr(_dateutil_read, "_READS_ONCE", False)
    _dates.parse_date.cache_clear()
    assert _dates.parse_date("Donnerstag, 14. August 2025 um 9:05") == dt.datetime(2025, 8, 14, 9, 5)
    assert _dates.parse_date("Quarter four of twenty twenty") is None
    _dates.parse_date.cache_clear()
