"""The article's head (headline, kicker, titles, credits, read time) and its access, as issue 15 decided them."""

from __future__ import annotations

import pytest

import articlekit
from articlekit._fields._access import choose_access, declared_access, tier_access
from articlekit._fields._roles import read_metadata_line
from conftest import benchmark_module

TEXT = (
    "<p>The ferry between the two villages will keep running through the winter this year, the council said"
    " on Monday, after a new ice guard was fitted to its hull at the boatyard.</p>"
)


def _page(head: str = "", body: str = "", *, h1: str = "<h1>Ferry runs in winter</h1>") -> str:
    return f"<html><head>{head}</head><body><article>{h1}{body}{TEXT * 2}</article></body></html>"


# --- headline and kicker -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "headline", ["Budget approved - council votes 7 to 2", "Mayor's bold plan — what it means for you"]
)
def test_a_dash_inside_a_headline_is_the_headlines_own(headline: str) -> None:
    head = f'<title>{headline}</title><meta property="og:site_name" content="City Times">'
    html = articlekit.parse_html(_page(head, h1=f"<h1>{headline}</h1>"))
    text = articlekit.parse_text(f"{headline}\n\n{TEXT[3:-4]}")
    assert (html.headline, html.site_name) == (headline, "City Times")
    assert (text.headline, text.site_name) == (headline, None)


def test_a_kicker_inside_the_headline_is_set_apart() -> None:
    h1 = '<h1><span class="article__kicker">Genetik</span> Forscher entschlüsseln das Erbgut der Lachse</h1>'
    article = articlekit.parse_html(_page(h1=h1))
    assert (article.kicker, article.headline) == ("Genetik", "Forscher entschlüsseln das Erbgut der Lachse")
    assert article.titles.visible == "Genetik Forscher entschlüsseln das Erbgut der Lachse"
    assert article.provenance.fields["kicker"] == "an element named for it inside the headline"


def test_social_titles_that_say_only_the_kicker_are_not_the_headline() -> None:
    """og:title, twitter:title and <title> say "Wurmkiste" (the kicker, with the site's name); the
    headline element and JSON-LD say the headline: the kicker is never the headline."""
    h1 = '<h1><span class="kicker">Wurmkiste</span> Wurmkiste selber bauen</h1>'
    head = (
        '<title>Wurmkiste | selbst.de</title><meta property="og:title" content="Wurmkiste | selbst.de">'
        '<meta name="twitter:title" content="Wurmkiste | selbst.de">'
        '<script type="application/ld+json">{"@type": "Article", "headline": "Wurmkiste selber bauen"}</script>'
    )
    article = articlekit.parse_html(_page(head, h1=h1), url="https://www.selbst.de/wurmkiste-39572.html")
    assert (article.kicker, article.headline) == ("Wurmkiste", "Wurmkiste selber bauen")


def test_the_address_that_spells_a_title_votes_for_it() -> None:
    """A site-wide <title> and an <h1> that agree with nothing tie (the <title> wins, most often rightly);
    the page's address spelling the <h1> letter for letter settles it for the <h1>. A slug cut short
    spells nothing."""
    head = "<title>Ausflugtipps Niederrhein und Ruhrgebiet</title>"
    page = _page(head, h1="<h1>Essen-Westviertel</h1>")
    spelled = articlekit.parse_html(
        page, url="https://www.example.de/essen/essenwestviertel/essenwestviertel.htm"
    )
    assert spelled.headline == "Essen-Westviertel"
    assert articlekit.parse_html(page, url="https://www.example.de/essen/page-17.htm").headline == (
        "Ausflugtipps Niederrhein und Ruhrgebiet"
    )
    assert articlekit.parse_html(page, url="https://www.example.de/essen/essenwest.htm").headline == (
        "Ausflugtipps Niederrhein und Ruhrgebiet"
    )


def test_a_kicker_above_the_headline_is_set_apart_and_not_in_the_body() -> None:
    h1 = '<p class="roofline">Exclusive</p><h1>Harbour crane deal under review</h1>'
    article = articlekit.parse_html(_page(h1=h1))
    assert (article.kicker, article.headline) == ("Exclusive", "Harbour crane deal under review")
    assert all(block.text != "Exclusive" for block in article.body.blocks)


def test_a_long_or_dated_line_named_kicker_is_no_kicker() -> None:
    long_line = '<p class="kicker">' + "word " * 12 + "</p><h1>Harbour crane deal under review</h1>"
    dated = '<p class="kicker">May 3, 2024</p><h1>Harbour crane deal under review</h1>'
    assert articlekit.parse_html(_page(h1=long_line)).kicker is None
    assert articlekit.parse_html(_page(h1=dated)).kicker is None


def test_a_kicker_one_title_adds_to_the_headline_is_the_kicker() -> None:
    head = '<meta property="og:title" content="Exclusive: Harbour crane deal under review">'
    article = articlekit.parse_html(_page(head, h1="<h1>Harbour crane deal under review</h1>"))
    assert (article.kicker, article.headline) == ("Exclusive", "Harbour crane deal under review")


@pytest.mark.parametrize(
    ("head", "h1", "headline"),
    [
        pytest.param(  # affixes beyond the site's name: cut to the visible headline
            "<title>Kein App Store mehr über Mobile Daten | iPhone | Forum | MacTechNews.de</title>"
            '<meta property="og:site_name" content="MacTechNews.de">',
            "<h1>Kein App Store mehr über Mobile Daten</h1>",
            "Kein App Store mehr über Mobile Daten",
            id="affixes beyond the site name",
        ),
        pytest.param(  # a separator left dangling by an empty site name
            "<title>Harbour crane deal under review -</title>"
            '<meta property="og:title" content="Harbour crane deal under review -">',
            "<h2>Ports</h2>",
            "Harbour crane deal under review",
            id="dangling separator",
        ),
        pytest.param(  # the part the page shows as its headline stays, though the site's name is longer
            "<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title>",
            "<h1>Kleine Schafskunde</h1>",
            "Kleine Schafskunde",
            id="a long site name after the visible headline",
        ),
    ],
)
def test_a_title_is_cleaned_to_the_headline(head: str, h1: str, headline: str) -> None:
    assert articlekit.parse_html(_page(head, h1=h1)).headline == headline


def test_titles_that_run_words_on_from_the_visible_headline_give_the_visible_headline() -> None:
    """Metadata titles adding words for search engines ("... Rezept", "Recipe ...") agree with each
    other, and outvote the <h1>: the headline is still what the page shows."""
    h1 = "<h1>Schneewittchen-Kuchen mit Mini-Marshmallows</h1>"
    for extended in (
        "Schneewittchen-Kuchen mit Mini-Marshmallows Rezept",
        "Rezept Schneewittchen-Kuchen mit Mini-Marshmallows",
    ):
        head = f'<title>{extended} | LECKER</title><meta property="og:title" content="{extended}">'
        article = articlekit.parse_html(_page(head, h1=h1))
        assert article.headline == "Schneewittchen-Kuchen mit Mini-Marshmallows"
        assert "extends" in article.provenance.fields["headline"]
    # a two-word heading says too little: a page about the singer, its title the article's
    head = '<meta property="og:title" content="Leslie Clio presents her new album">'
    assert articlekit.parse_html(_page(head, h1="<h1>Leslie Clio</h1>")).headline == (
        "Leslie Clio presents her new album"
    )


def test_a_visible_headline_sharing_almost_no_words_with_the_metadata_titles_is_the_headline() -> None:
    """og:title and <title> agree on a title written for search engines; the page shows another one,
    of other words: the page's own is the article's headline. A visible heading sharing the title's
    words loses to the titles that agree."""
    seo = "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten"
    head = f'<title>{seo} | SMAVA</title><meta property="og:title" content="{seo}">'
    shown = "<h1>Wie hoch sind die Zinsen für einen Privatkredit?</h1>"
    article = articlekit.parse_html(_page(head, h1=shown))
    assert article.headline == "Wie hoch sind die Zinsen für einen Privatkredit?"
    assert "share almost no words" in article.provenance.fields["headline"]
    close = "<h1>Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten heute</h1>"
    assert articlekit.parse_html(_page(head, h1=close.replace("Kosten heute", "Ausgaben"))).headline == seo


def test_a_copied_pages_first_line_gives_the_kicker_of_the_headline_below() -> None:
    text = (
        "Landtagswahl in Thüringen: Voigt, Höcke und der Vorwurf einer Lüge - WELT\n\nPolitik\nDeutschland\n\n"
        "Voigt, Höcke und der Vorwurf einer Lüge\n\nVon Anna Berg\n\n" + (TEXT[3:-4] + "\n\n") * 3
    )
    article = articlekit.parse_text(text)
    assert (article.kicker, article.headline) == (
        "Landtagswahl in Thüringen",
        "Voigt, Höcke und der Vorwurf einer Lüge",
    )


def test_text_provenance_names_lines_not_a_title_element() -> None:
    article = articlekit.parse_text("Ferry runs in winter for the first time\n\n" + TEXT[3:-4])
    assert not article.provenance.fields["headline"].startswith("<title>")
    assert "the text's" in article.provenance.fields["headline"]


def test_json_ld_character_references_are_resolved() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kohberger&#8217;s lawyers'
        ' meet the roommate", "author": {"@type": "Person", "name": "Ren&eacute;e Holt"}}</script>'
    )
    article = articlekit.parse_html(_page(head, h1="<h1>Kohberger’s lawyers meet the roommate</h1>"))
    assert article.titles.structured == "Kohberger’s lawyers meet the roommate"
    assert article.authors == ("Renée Holt",)


# --- credits -----------------------------------------------------------------------------------------
def test_names_linked_to_their_author_pages_are_the_byline() -> None:
    meta = (
        '<div class="article-meta"><a href="/author/marco-kratzenberg/">Marco Kratzenberg</a>'
        "<time>, 01. Dez. 2017, 12:01 Uhr</time><span>3 min</span><span>Lesezeit</span>Kommentare4</div>"
    )
    article = articlekit.parse_html(_page(body=meta))
    assert article.authors == ("Marco Kratzenberg",)
    assert "links to the authors' pages" in article.provenance.fields["authors"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Posted on September 21, 2020 by Adi Tzlil", ("Adi Tzlil",)),
     ("22. Dezember 2019 von Peter Addor", ("Peter Addor",)),
     ("Posted by Adi Tzlil on September 21, 2020", ("Adi Tzlil",)),
     ("Written by Adi Tzlil on September 21, 2020", ("Adi Tzlil",)),
     ("Geschrieben von Peter Addor am 22.12.2019 um 10:15", ("Peter Addor",)),
     ("Por Juan Pérez - 3 de marzo de 2020", ("Juan Pérez",)),
     ("Publié par Jean Dupont le 3 mars 2020", ("Jean Dupont",)),
     ("Kommentar von Peter Addor, 22.12.2019", ("Peter Addor",))],
)  # fmt: skip
def test_a_dateline_and_a_byline_run_together_give_both(line: str, authors: tuple[str, ...]) -> None:
    reading = read_metadata_line(line)
    assert reading is not None and reading.authors == authors and len(reading.dates) == 1


@pytest.mark.parametrize(
    "line", ["Peter Addor 22.12.2019", "Peter Addor, 22. Dezember 2019", "Peter Addor - 22 December 2019"]
)
def test_a_bare_name_and_its_date_in_an_author_box_give_both(line: str) -> None:
    reading = read_metadata_line(line, bare_names=True)
    assert reading is not None and reading.authors == ("Peter Addor",) and len(reading.dates) == 1
    assert read_metadata_line("Donnerstag, 22. Dezember 2019", bare_names=True).authors == ()  # type: ignore[union-attr]


def test_a_newsroom_whose_name_holds_a_digit_is_an_organisation() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "BR24 Redaktion"}</script>'
    article = articlekit.parse_html(_page(head))
    assert (article.authors, article.organisations) == ((), ("BR24 Redaktion",))


# --- read time ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "markup",
    ['<div><span class="rt-time">1</span></div><div><span class="rt-label">min read</span></div>',
     '<span class="span-reading-time rt-reading-time"><span class="rt-time">4</span>'
     ' <span class="rt-label rt-postfix">minutes</span></span>',
     '<div class="post-read-time">4 minutes</div>'],
)  # fmt: skip
def test_a_read_time_split_across_elements_is_stated(markup: str) -> None:
    article = articlekit.parse_html(_page(body=markup))
    assert article.read_time is not None and article.read_time.source == "stated"


def test_minutes_outside_a_read_time_element_are_not_a_read_time() -> None:
    article = articlekit.parse_html(_page(body="<p>4 minutes</p>"))
    assert article.read_time is not None and article.read_time.source == "estimated"


def test_a_read_time_split_across_text_lines_is_stated() -> None:
    text = "Ferry runs in winter for the first time\n\n5\nmin read\n\n" + TEXT[3:-4]
    read_time = articlekit.parse_text(text).read_time
    assert read_time is not None and (read_time.minutes, read_time.source) == (5, "stated")


# --- access ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("node", "access"),
    [({"isAccessibleForFree": False}, "paywalled"), ({"isAccessibleForFree": "True"}, "free"),
     ({"hasPart": {"isAccessibleForFree": "False", "cssSelector": ".paywall"}}, "paywalled"), ({}, None)],
)  # fmt: skip
def test_json_ld_declares_access(node: dict[str, object], access: str | None) -> None:
    found = declared_access(node)
    assert (found[0] if found else None) == access


@pytest.mark.parametrize(("tier", "access"), [("locked", "paywalled"), ("metered", "free"), ("Free", "free")])
def test_the_content_tier_declares_access(tier: str, access: str) -> None:
    head = f'<meta property="article:content_tier" content="{tier}">'
    article = articlekit.parse_html(_page(head))
    assert article.access == access
    assert article.provenance.fields["access"] == f"meta article:content_tier={tier}"
    assert tier_access(tier) == (access, f"meta article:content_tier={tier}")


def test_a_subscribe_prompt_marks_the_page_paywalled_and_warns_of_a_teaser() -> None:
    article = articlekit.parse_html(_page(body="<p>Subscribe to continue reading</p>"))
    assert article.access == "paywalled"
    assert article.boilerplate[0].kind == "paywall"
    assert "teaser" in " ".join(article.warnings)


def test_a_registration_prompt_overrides_a_declared_free_tier() -> None:
    access, how, warning = choose_access(
        ("free", "meta article:content_tier=metered"),
        ["Register for free to keep reading this article.", "Already registered? Sign in"],
        80,
    )
    assert access == "registration" and "Register for free" in how and warning is not None


def test_a_subscription_prompt_with_a_login_is_a_paywall_not_a_registration() -> None:
    access, _, _ = choose_access(None, ["Subscribe now or log in to continue reading this article."], 80)
    assert access == "paywalled"


def test_a_sign_in_offer_alone_is_no_paywall() -> None:
    assert choose_access(None, ["Already a Subscriber? Log In Here"], 450) == ("unknown", "", None)
    assert choose_access(None, ["Déjà abonné? Connectez-vous."], 450)[0] == "unknown"
    assert choose_access(None, ["Subscribe to read on", "Already a subscriber? Log in"], 80)[0] == "paywalled"


def test_a_gated_part_named_for_registration_is_a_registration_wall() -> None:
    part = {"hasPart": {"isAccessibleForFree": False, "cssSelector": ".regwalled"}}
    assert declared_access(part) == (
        "registration",
        "json-ld hasPart isAccessibleForFree=false (cssSelector .regwalled)",
    )


def test_a_page_that_says_nothing_is_of_unknown_access_without_a_warning() -> None:
    article = articlekit.parse_html(_page())
    assert article.access == "unknown" and "access" not in article.provenance.fields
    assert not any("teaser" in warning for warning in article.warnings)


def test_a_declared_paywall_over_a_full_text_gives_no_teaser_warning() -> None:
    assert choose_access(("paywalled", "json-ld isAccessibleForFree=false"), [], 400)[2] is None
    assert choose_access(("paywalled", "json-ld isAccessibleForFree=false"), [], 60)[2] is not None


# --- the benchmark's scoring of these fields ---------------------------------------------------------
def test_headline_scoring_is_kicker_tolerant() -> None:
    scoring = benchmark_module("scoring")
    truth = "Genetik: Forscher entschlüsseln das Erbgut"
    assert scoring.same_headline_kicker_aside("Forscher entschlüsseln das Erbgut", "Genetik", truth)
    assert not scoring.same_headline_kicker_aside("Forscher entschlüsseln das Erbgut", None, truth)
    assert not scoring.same_headline_kicker_aside("Forscher entschlüsseln", "Genetik", truth)


def test_credited_names_count_one_person_each_for_every_tool() -> None:
    fields = benchmark_module("fields")
    assert (
        fields.authors_f1(["Fiona Bornhöft", "Mariam Hofbeck"], ["Fiona Bornhöft und Mariam Hofbeck"]) == 1.0
    )
    assert fields.authors_f1(["By Jane Doe"], ["Jane Doe"]) == 1.0
    assert fields.authors_f1(["Jane Doe"], ["John Roe"]) == 0.0
    assert fields.names_organisation("AFP") and fields.names_organisation("BR24 Redaktion")
    assert fields.names_organisation("Deutsche Presse-Agentur")
    assert fields.names_organisation("朝日新聞デジタル")
    assert fields.names_organisation("Habertürk", "www.haberturk.com")
    assert not fields.names_organisation("Paula Steiger", "www.tagesanzeiger.ch")


def test_the_text_headline_ceiling_finds_the_truth_among_the_lines() -> None:
    text = benchmark_module("text")
    rendering = "Menu\n\nGenetik\n\n# Forscher entschlüsseln\ndas Erbgut\n\nThe text."
    assert text.in_rendering("Forscher entschlüsseln das Erbgut", rendering)  # a paragraph, wrapped
    assert text.in_rendering("Genetik: Forscher entschlüsseln das Erbgut", rendering)  # the kicker aside
    assert not text.in_rendering("Ein anderer Titel", rendering)


def test_a_name_read_again_with_what_follows_it_is_one_author() -> None:
    page = (
        "<html><head><title>Die Zahlen des Jahres</title></head><body><article><h1>Die Zahlen des Jahres</h1>"
        '<div class="meta">Von <a href="/author/henry/">Henry</a> in Aktuell</div>'
        "<p>" + "Das Jahr war lang, und die Zahlen zeigen es deutlich an vielen Stellen. " * 6 + "</p>"
        "</article></body></html>"
    )
    assert articlekit.parse_html(page).authors == ("Henry",)
