"""Client-rendered pages: the article found among a script's JSON string literals by its prose alone."""

from __future__ import annotations

import json

import lxml.etree as etree

from articlekit._html._hydration import is_markup, script_article, without_placeholders

PROSE = (
    "The ferry will run through the winter this year. Engineers fitted an ice guard to the hull in October. "
    "Shopkeepers on both banks say the change will keep their trade alive. The council paid for the work. "
) * 3


def _scripts(*sources: str) -> list[etree._Element]:
    root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    body = root.find("body")
    scripts = []
    for source in sources:
        script = etree.SubElement(body, "script")
        script.text = source
        scripts.append(script)
    return scripts


def test_the_longest_prose_string_wins_over_labels_and_code() -> None:
    code = "function f(a){return a.map(function(b){return {x:b};});};var q=1;" * 12
    state = {"title": "Ferry to run in winter", "code": code, "body": f"<p>{PROSE}</p>", "short": PROSE[:120]}
    found = script_article(_scripts(f"window.__STATE__ = {json.dumps(state)};"))
    assert found == f"<p>{PROSE}</p>"
    assert is_markup(found)


def test_escaped_strings_are_decoded() -> None:
    escaped = json.dumps(
        {"content": "<p>" + PROSE.replace("ferry", "\u201cferry\u201d") + "</p>"}, ensure_ascii=True
    )
    found = script_article(_scripts(escaped))
    assert found is not None and "\u201cferry\u201d" in found


def test_no_prose_no_article() -> None:
    urls = json.dumps({"images": [f"https://example.test/a/very/long/path/image-{i}.jpg" for i in range(40)]})
    assert script_article(_scripts(urls, "var config = {'debug': false};")) is None
    assert script_article(_scripts(json.dumps({"text": "Short label."}))) is None


def test_template_slots_are_dropped() -> None:
    assert (
        without_placeholders("<p>One.</p>$$ARTICLEAD$$<p>Two.</p>{{ ad_slot }}") == "<p>One.</p> <p>Two.</p> "
    )
