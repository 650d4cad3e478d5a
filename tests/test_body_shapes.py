"""The main text decided by shape, on small pages written for each rule (every rule here is general: it
holds on sites nobody tuned for, measured on the held-back half of the benchmark sets)."""

from __future__ import annotations

import articlekit
from articlekit._fields._boilerplate import line_kind
from articlekit._found import Found
from articlekit._model import Block
from articlekit._record import trim_end

PROSE = (
    "The council met on Tuesday evening and agreed, after a long debate, to extend the opening hours of "
    "the public library until ten o'clock on weekdays from next month."
)


def _page(article: str, before: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Library hours extended</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<h1>Library hours extended</h1>{before}"
        f"<div class='story-text'>{article}</div>{after}"
        "<footer>© 2025 Town Herald. All rights reserved.</footer></body></html>"
    )


def _body(html: str) -> list[str]:
    return [block.text for block in articlekit.parse_html(html, rules=False).body.blocks]


def _paragraphs(count: int) -> str:
    return "".join(f"<p>{PROSE} Paragraph {n}.</p>" for n in range(count))


def test_a_short_lead_between_headline_and_container_is_body() -> None:
    lead = "<p class='x'>Readers asked for longer hours for years.</p>"
    assert "Readers asked for longer hours for years." in _body(_page(_paragraphs(4), before=lead))


def test_a_dateline_between_headline_and_container_is_not_body() -> None:
    body = _body(_page(_paragraphs(4), before="<div>March 3, 2025</div>"))
    assert all(block != "March 3, 2025" for block in body)


def test_a_listicle_of_nested_articles_is_the_article() -> None:
    sections = "".join(
        f"<article class='card'><h3>Idea {n}</h3><p>{PROSE} Idea {n}.</p></article>" for n in range(6)
    )
    body = _body(_page(sections))
    assert sum(block.startswith("The council met") for block in body) == 6  # each under a fifth of it


def test_a_nested_article_whose_title_links_away_is_a_teaser() -> None:
    teaser = (
        "<article><h3><a href='/other'>Another story</a></h3><p>A summary of another story.</p></article>"
    )
    body = _body(_page(_paragraphs(5) + teaser))
    assert "A summary of another story." not in body


def test_a_box_named_teaser_without_links_is_the_articles_own() -> None:
    own = f"<div class='teaser-text'><p>{PROSE} In the box.</p></div>"
    assert f"{PROSE} In the box." in _body(_page(own + _paragraphs(3)))


def test_a_heading_followed_by_boilerplate_introduces_it() -> None:
    related = "<h2>More from the town</h2><ul><li><a href='/a'>Bus fares rise</a></li><li><a href='/b'>New park</a></li></ul>"
    body = _body(_page(_paragraphs(3) + related + _paragraphs(1)))
    assert "More from the town" not in body


def test_a_long_list_of_teasers_under_a_read_more_heading_is_related() -> None:
    """The links a "Read more" heading introduces are other stories, however long their teasers run."""
    items = "".join(
        f"<li><a href='/s{n}'>Story {n} about the harbour and the ferry that runs in winter: the council "
        f"agreed on a new timetable after a long debate about costs and the crew</a></li>"
        for n in range(3)
    )
    html = _page(_paragraphs(3) + f"<h3>Lesen Sie auch</h3><ul>{items}</ul><p>{PROSE} The end.</p>")
    assert not any(block.startswith("Story 0") for block in _body(html))
    record = articlekit.parse_html(html, rules=False)
    assert any(item.kind == "related" and item.text.startswith("Story 0") for item in record.boilerplate)


def test_a_credit_line_is_the_pictures_not_the_text() -> None:
    figure = "<img src='/p.jpg' alt='The library'><p>Photograph by Jane Roe, Town Herald</p>"
    article = articlekit.parse_html(_page(_paragraphs(2) + figure + _paragraphs(2)), rules=False)
    assert "Photograph by Jane Roe, Town Herald" not in [block.text for block in article.body.blocks]
    assert any(image.credit == "Jane Roe, Town Herald" for image in article.images)


def test_a_note_about_the_author_at_the_end_is_not_the_article() -> None:
    byline = "<p class='byline'>By Jane Roe</p>"
    note = "<p>Jane Roe is a reporter at the Town Herald who covers local politics and the council.</p>"
    body = _body(_page(_paragraphs(4) + note, before=byline))
    assert not any(block.startswith("Jane Roe is a reporter") for block in body)


def test_forum_posts_are_the_content_when_all_prose_is_in_them() -> None:
    posts = "".join(f"<div class='comment'><p>{PROSE} Post {n}.</p></div>" for n in range(4))
    html = f"<html><body><h1>Opening hours?</h1><main>{posts}</main></body></html>"
    assert len(_body(html)) == 4


def test_boilerplate_lines_by_shape_not_by_a_word_inside_prose() -> None:
    assert line_kind("The newsletter Publishers Weekly first reported the filing.") is None
    assert line_kind("The lawsuit alleges copyright infringement on a massive scale.") is None
    assert line_kind("Spenden gingen an den örtlichen Tafelverein.") is None
    assert line_kind("Sign up for our newsletter to get the news in your inbox.") == "newsletter"
    assert line_kind("Do you want to hear more? Sign up here") == "newsletter"
    # a sign-up box with its consent line runs longer than a one-line call to act
    signup = (
        "Yes! Sign me up to receive the daily Briefing email. I agree my information will be processed "
        "in accordance with the Privacy Policy of the publisher and its partners."
    )
    assert line_kind(signup) == "newsletter"
    assert line_kind("Jetzt spenden") == "ad"
    assert line_kind("Showing 1 to 10 of 19 results") == "navigation"


def test_form_notices_tip_lines_and_read_more_lines_are_the_pages() -> None:
    notice = "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
    assert line_kind(notice) == "other"
    assert (
        line_kind("Got a story? Get in touch with our news team by emailing us at news@example.com.")
        == "other"
    )
    assert line_kind("Do you have a story to share? Email us.") == "other"
    assert line_kind("Mehr zur Lage im Nahen Osten lesen Sie in unserem Liveblog:") == "related"
    assert line_kind("For more stories like this, check our news page.") == "related"
    # the same words inside the article's own sentences stay
    assert line_kind("The mayor asked: do you have a story about the flood? Many did.") is None
    assert line_kind("Mehr zu den Plänen wollte der Bürgermeister am Dienstag nicht sagen.") is None


def test_contact_lines_and_unrendered_shortcodes_are_the_pages() -> None:
    assert line_kind("paul.roe@example.com") == "other"
    assert line_kind("twitter.com/paulroe") == "other"
    assert line_kind('[button link="https://example.com/submit/"] Send us YOUR review[/button]') == "other"
    assert line_kind("Write to paul.roe@example.com for tickets to the show.") is None
    assert line_kind("HARBOURNEWS.COM") == "other"  # a source's name as its address
    assert line_kind("Amazon.com reported strong sales on Tuesday.") is None
    assert (
        line_kind("Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei")
        == "other"
    )


def test_labels_newsletter_boxes_and_post_footers_in_several_languages() -> None:
    assert line_kind("Weitere Informationen") == "navigation"
    assert line_kind("More information") == "navigation"
    assert line_kind(
        "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang schicken."
    ) == ("newsletter")
    footer = (
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter "
        "Allgemein, Termine abgelegt. Du kannst die Antworten zu diesem Beitrag über den RSS 2.0 Feed "
        "verfolgen. Du kannst eine Antwort hinterlassen oder einen Trackback von deiner Seite aus senden."
    )
    assert len(footer.split()) > 40 and line_kind(footer) == "related"
    # a long line that opens with a date but files nothing is the article's
    assert (
        line_kind(footer.replace("abgelegt", "besprochen").replace("veröffentlicht und wurde unter", "an"))
        is None
    )


def test_a_page_kept_in_noscript_is_read_and_a_notice_in_noscript_is_not() -> None:
    shell = "<div id='app'>Loading...</div>"
    page = _page(shell, after=f"<noscript><h2>Library hours extended</h2>{_paragraphs(4)}</noscript>")
    record = articlekit.parse_html(page, rules=False)
    assert [b.text for b in record.body.blocks][-1].endswith("Paragraph 3.")
    assert any("noscript" in warning for warning in record.warnings)
    notice = _page(_paragraphs(3), after="<noscript>Please enable JavaScript to comment.</noscript>")
    assert not any("JavaScript" in text for text in _body(notice))


def test_prose_set_aside_by_names_is_the_article_when_the_page_has_no_other() -> None:
    # posts whose titles link away read as teasers; when they are all the page holds, they are its text
    posts = "".join(
        f"<article><h3><a href='/post-{n}'>Post {n}</a></h3><p>{PROSE} First {n}.</p><p>{PROSE} Second {n}.</p>"
        "</article>"
        for n in range(6)
    )
    record = articlekit.parse_html(_page(posts), rules=False)
    assert len([b for b in record.body.blocks if b.text.startswith("The council")]) == 12
    assert any("named as page furniture" in warning for warning in record.warnings)
    # beside an article's own text, such teasers stay out of it
    assert len(_body(_page(_paragraphs(4) + posts))) == 4


def test_a_page_showing_no_text_gives_the_steps_of_its_json_ld_recipe() -> None:
    import json

    recipe = {
        "@context": "https://schema.org",
        "@type": "Recipe",
        "name": "Plum cake",
        "description": "A plum cake for late summer, baked on a tray and cut in squares.",
        "recipeInstructions": [
            {
                "@type": "HowToStep",
                "text": "Stir the butter, sugar and eggs until the batter is pale and smooth.",
            },
            {
                "@type": "HowToSection",
                "itemListElement": [
                    {
                        "@type": "HowToStep",
                        "text": "Spread the batter on the tray and press the halved plums in.",
                    },
                    {
                        "@type": "HowToStep",
                        "text": "Bake for forty minutes, then let the cake cool on the tray.",
                    },
                ],
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(recipe)}</script>"
    page = f"<html><head>{head}</head><body><h1>Plum cake</h1><div id='app'>Loading...</div></body></html>"
    record = articlekit.parse_html(page, rules=False)
    texts = [block.text for block in record.body.blocks]
    assert texts[0].startswith("A plum cake") and texts[-1].startswith("Bake for forty minutes")
    assert len(texts) == 4 and "Loading..." not in texts
    assert any("steps in its JSON-LD" in warning for warning in record.warnings)
    # a page that shows its recipe is read from the page, not from its data
    shown = page.replace("<div id='app'>Loading...</div>", _paragraphs(3))
    assert _body(shown)[0].startswith("The council")


def test_a_gallery_of_captions_and_its_controls_are_not_the_text() -> None:
    gallery = (
        "<ul class='slides'><li>Firefighters walk past the library in Littleton, Colo. (AP Photo/Jane Roe)</li>"
        "<li>In this Sunday, Nov. 10, 2019, photograph, a row of books sits on a cart. (AP Photo/John Poe)</li></ul>"
        "<p>Caption</p><p>Close</p><p>This slideshow requires JavaScript.</p><p>Advert</p>"
    )
    record = articlekit.parse_html(_page(gallery + _paragraphs(3)), rules=False)
    assert [block.text for block in record.body.blocks] == [f"{PROSE} Paragraph {n}." for n in range(3)]
    credits = {image.credit for image in record.images}
    assert {"AP Photo/Jane Roe", "AP Photo/John Poe"} <= credits
    # a list of the article's own points stays
    points = "<ul><li>Longer hours on weekdays.</li><li>A new reading room (photo on page 3).</li></ul>"
    assert len(_body(_page(_paragraphs(2) + points))) == 3


def test_a_paragraph_holding_an_html5_block_is_read_as_a_browser_shows_it() -> None:
    """lxml's HTML4 parser leaves an <aside> (or <figure>, <section>...) inside the open <p>; a browser
    closes the paragraph before it. The teaser box is not the paragraph's text."""
    teaser = (
        "<aside class='related'><a href='/other'>Read also: Council votes on the new bus lanes</a></aside>"
    )
    held = f"<p>{PROSE} First part.{teaser} {PROSE} Second part.</p>"
    body = _body(_page(_paragraphs(3) + held))
    assert any(block.endswith("First part.") for block in body)
    assert any(block.endswith("Second part.") for block in body)
    assert not any("bus lanes" in block for block in body)


def test_the_end_of_the_text_is_trimmed_again_after_a_piece_is_taken_off() -> None:
    """A label above a closing heading, a label above a note about the author: once the last piece
    goes, the one it leaves at the end goes too."""
    for closing in (
        [Block("paragraph", "Town Herald"), Block("heading", "More from the council")],
        [Block("paragraph", "Town Herald"), Block("paragraph", "Jane Roe is a reporter at the Town Herald.")],
    ):
        found = Found(body=[Block("paragraph", PROSE), *closing])
        trim_end(found, ["Jane Roe"])
        assert [block.text for block in found.body] == [PROSE]


def test_a_list_of_other_stories_headlines_closing_the_text_is_not_the_text() -> None:
    teasers = (
        "<ul><li>Council approves the new budget for the harbour district</li>"
        "<li>Ferry operator announces a second boat for the summer season</li>"
        "<li>Library volunteers collect two thousand books for the schools</li></ul>"
    )
    assert not any("Ferry operator" in block for block in _body(_page(_paragraphs(4) + teasers)))
    # a list of the article's own points, shorter or punctuated, stays
    points = "<ul><li>Opening until ten.</li><li>Free entry on Sundays.</li><li>New reading room.</li></ul>"
    assert any("Free entry on Sundays." in block for block in _body(_page(_paragraphs(4) + points)))
    steps = "<ul><li>Mix the flour and the butter.</li><li>Add two eggs.</li><li>Bake for an hour.</li></ul>"
    assert any("Add two eggs." in block for block in _body(_page(_paragraphs(4) + steps)))


def test_a_long_lead_set_as_a_heading_without_a_full_stop_is_the_articles() -> None:
    """A dek in an <h2> of twenty words or more reads as the article's first words even without its
    full stop; a short heading there does not."""
    lead = (
        "<h2>Twice the council turned the plan down this year, yet at its last meeting before the summer "
        "it agreed to the longer hours readers had asked for</h2>"
    )
    assert any(block.startswith("Twice the council") for block in _body(_page(_paragraphs(4), before=lead)))
    short = "<h2>Council agrees longer hours</h2>"
    assert not any(
        block == "Council agrees longer hours" for block in _body(_page(_paragraphs(4), before=short))
    )


def test_paragraphs_repeating_the_authors_structured_description_are_the_author_box() -> None:
    bio = "I have covered the council and the harbour for the Town Herald since 2010, and I live by the sea."
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "Jane Roe", "description": "{bio}"}}}}</script>'
    )
    page = _page(_paragraphs(4) + f"<p>{bio}</p>").replace("</head>", head + "</head>")
    record = articlekit.parse_html(page, rules=False)
    assert bio not in record.body.text
    assert any(item.text == bio for item in record.boilerplate)
    # the same words, when the structured data says nothing of the author, stay
    plain = articlekit.parse_html(_page(_paragraphs(4) + f"<p>{bio}</p>"), rules=False)
    assert bio in plain.body.text


def test_a_picture_inside_a_lightbox_button_keeps_its_description_and_caption() -> None:
    """Sites wrap the lead picture in a <button> that opens the image viewer; form controls are removed,
    but a button showing a picture is the picture."""
    figure = (
        "<button aria-label='Open image viewer'><figure><img src='/ferry.jpg' alt='The ferry in the harbour at dawn'>"
        "<figcaption>The ferry leaves the harbour on its last crossing before the repair</figcaption></figure></button>"
    )
    record = articlekit.parse_html(_page(figure + _paragraphs(4)), rules=False)
    image = next(image for image in record.images if image.src == "/ferry.jpg")
    assert image.description == "The ferry in the harbour at dawn"
    assert image.caption == "The ferry leaves the harbour on its last crossing before the repair"
    # a button of words alone is still a control, not text
    button = _page("<button>Subscribe now</button>" + _paragraphs(4))
    assert "Subscribe now" not in articlekit.parse_html(button, rules=False).body.text


def test_a_head_line_repeating_the_pages_description_is_the_dek() -> None:
    """A short line by the headline without a full stop is a label, unless it is the page's own
    description (meta or structured), shown as the article's dek."""
    dek = "What readers asked for over years is now decided by the town council"
    line = f"<div class='teaser-text'><p>{dek}</p></div>"
    meta = f'<meta name="description" content="{dek}">'
    page = _page(_paragraphs(4), before=line).replace("</head>", meta + "</head>")
    record = articlekit.parse_html(page, rules=False)
    assert record.body.blocks[0].text == dek
    assert record.subheadline == dek
    assert dek not in _body(_page(_paragraphs(4), before=line))


def test_a_furniture_name_with_a_number_glued_on_is_still_furniture() -> None:
    """ "vc_cta3", "widget2": the number counts the element, the word says what it is."""
    promo = (
        "Our readers' club brings you every weekly edition, the archive of past issues and invitations to "
        "our events, and it costs less than a coffee a month."
    )
    for name in ("vc_cta3", "sidebarWidget2"):
        page = _page(_paragraphs(4) + f"<div class='{name}'><p>{promo}</p></div>")
        assert promo not in _body(page), name
    assert promo in _body(_page(_paragraphs(4) + f"<div class='vc_column3'><p>{promo}</p></div>"))


def test_a_heading_nested_in_a_heading_is_read_as_a_browser_shows_it() -> None:
    """lxml keeps <h2><h2 class="subheadline">...</h2></h2> nested; a browser closes the outer one
    first, so the inner heading's own name (a dek's) holds."""
    dek = "Twice the council turned the plan down this year, yet at its last meeting it agreed at once"
    record = articlekit.parse_html(
        _page(_paragraphs(4), before=f"<h2><h2 class='subheadline'>{dek}</h2></h2>")
    )
    assert record.subheadline == dek
    assert record.body.blocks[0].text == dek


def _figure_image(inner: str) -> tuple[str | None, str | None]:
    figure = f"<figure><img src='/ferry.jpg' alt='The ferry at dawn'>{inner}</figure>"
    record = articlekit.parse_html(_page(figure + _paragraphs(4)), rules=False)
    image = next(image for image in record.images if image.src == "/ferry.jpg")
    return image.caption, image.credit


def test_a_figures_own_text_without_figcaption_is_its_caption() -> None:
    """<figure><img><span>caption</span></figure>: the figure's words besides the picture caption it,
    as a <figcaption> would; a gallery's button, a teaser's link or one word do not."""
    caption = "<div class='text'>The ferry leaves the harbour on its last crossing. Photo: Jane Roe</div>"
    assert _figure_image(caption) == ("The ferry leaves the harbour on its last crossing.", "Jane Roe")
    for inner in (
        "<span>View 6 Images</span>",
        "<span>Video</span>",
        "<a href='/story'>The ferry's last trip</a>",
    ):
        assert _figure_image(inner) == (None, None), inner


def test_a_caption_line_named_for_its_credit_keeps_the_caption() -> None:
    """A caption line named for the credit ("mediaBox__copyright") that holds the caption's own
    element: the credit is the element named for it inside."""
    line = (
        "<figcaption><div class='mediaBox__copyright'><span class='figcaption'>The ferry leaves the "
        "harbour.</span> <span class='figcaption__copyright'>Bild © Jane Roe</span></div></figcaption>"
    )
    assert _figure_image(line) == ("The ferry leaves the harbour.", "Bild © Jane Roe")


def test_the_lead_picture_above_the_headline_inside_the_article_is_the_articles() -> None:
    """Inside the article's container, a picture before the <h1> is its lead picture; a lazy loader's
    placeholder src gives way to the URL it keeps aside."""
    lead = (
        "<img src='/theme/holder.png' data-src='/uploads/ferry.jpg' alt='The ferry at the quay'>"
        "<img src='/theme/buttons/thanks.png' alt='Thanks'>"
    )
    page = (
        "<html><head><title>Ferry runs in winter</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article>{lead}<h1>Ferry runs in winter</h1>{_paragraphs(4)}</article></body></html>"
    )
    images = articlekit.parse_html(page, rules=False).images
    assert [(image.src, image.description) for image in images] == [
        ("/uploads/ferry.jpg", "The ferry at the quay")
    ]


def test_a_dek_set_as_a_heading_stays_when_a_linked_heading_follows_it() -> None:
    """A heading introducing boilerplate goes with it ("More on this" over teaser links); a dek set as a
    heading, sentences long, introduces nothing and stays the article's first words."""
    dek = (
        "<h2>The council agreed to longer opening hours after years of requests. Readers will be able to "
        "borrow books until ten o'clock on weekdays from next month.</h2>"
        "<h2><a href='/other'>Another story from the town hall</a></h2>"
    )
    body = _body(_page(dek + _paragraphs(4)))
    assert body[0].startswith("The council agreed to longer opening hours")
    teaser = "<h3>More on this</h3><p><a href='/a'>One other story</a> <a href='/b'>And another</a></p>"
    assert "More on this" not in _body(_page(_paragraphs(4) + teaser + _paragraphs(2)))


def test_a_short_line_the_page_shows_twice_is_furniture() -> None:
    """ "Audio version available" above the text and again by the share buttons: a label the page
    repeats is its furniture, wherever one copy stands; a sentence said twice is not taken for one."""
    label = "<p>Audio version available</p>"
    body = _body(_page(label + _paragraphs(4), after=f"<div>{label}<a href='/login'>Log in</a></div>"))
    assert "Audio version available" not in body
    said_twice = f"<p>{PROSE}</p>"
    assert sum(block == PROSE for block in _body(_page(said_twice + _paragraphs(3) + said_twice))) == 1
