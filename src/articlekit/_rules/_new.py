"""`articlekit rules new DOMAIN --from PAGE.html`: a TOML rule written from what the generic extraction
chose on a page (its headline element, the article's container, the metadata its dates and authors came
from), with the page as its fixture and the record's main fields as the expected record."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from .._html._tree import Element
from .._model import Article

_SAFE_NAME = re.compile(r"[^a-z0-9]+")
#: Metadata the generic extraction reads dates and authors from, as XPath a rule can pin them by.
_META_XPATH = "//meta[@{attribute}={key!r}]/@content"


def new_rule(domain: str, page: Path, folder: Path, url: str | None = None) -> Path:
    """Write `folder/NAME.toml`, its fixture page and expected record; returns the rule's path."""
    from .._html._page import lay_out
    from .._load import load
    from .._pipeline import parse

    domain = domain.lower().removeprefix("www.")
    url = url or f"https://{domain}/"
    loaded = load(page, "html")
    layout = lay_out(loaded.text, url)
    article = parse(page, url=url, kind="html", rules=False)
    name = _SAFE_NAME.sub("-", domain).strip("-")
    fields = {"body": css_path(layout.main, layout.root)}
    if layout.headline is not None:
        fields["headline"] = css_path(layout.headline, layout.root)
    fields.update(_meta_fields(article))
    fixtures = folder / "fixtures"
    fixtures.mkdir(parents=True, exist_ok=True)
    stored = fixtures / f"{name}.html"
    shutil.copyfile(page, stored)
    expected = fixtures / f"{name}.expected.json"
    expected.write_text(
        json.dumps(expected_record(article), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    lines = [
        "# Written by `articlekit rules new` from the generic extraction of " + page.name + ": check each",
        "# selector against a few more pages of the site before relying on it.",
        "[rule]",
        f"name = {json.dumps(name)}",
        f"domains = [{json.dumps(domain)}]",
        'version = "1"',
        "",
        "[fields]",
        *(f"{key} = {json.dumps(value)}" for key, value in fields.items()),
        "",
        "[[tests]]",
        f'page = "fixtures/{stored.name}"',
        f"url = {json.dumps(url)}",
        f'expected = "fixtures/{expected.name}"',
    ]
    path = folder / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def expected_record(article: Article) -> dict[str, object]:
    """The fields a rule test compares: headline, authors, published date, site name, the body's text."""
    record = article.to_dict()
    return {
        "headline": record["headline"],
        "authors": record["authors"],
        "dates": {"published": record["dates"]["published"]},
        "site_name": record["site_name"],
        "body": {"text": record["body"]["text"]},
    }


def css_path(element: Element, root: Element) -> str:
    """A CSS selector that selects `element` alone on its page: its id, its tag and classes, or those
    under its nearest uniquely named ancestor; else its XPath position."""
    for selector in _candidates(element):
        if len(_css(root, selector)) == 1:
            return selector
    for ancestor in element.iterancestors():
        for outer in _candidates(ancestor):
            if len(_css(root, outer)) == 1:
                for inner in _candidates(element):
                    selector = f"{outer} {inner}"
                    if len(_css(root, selector)) == 1:
                        return selector
                break
    return str(root.getroottree().getpath(element))


def _candidates(element: Element) -> list[str]:
    tag = str(element.tag)
    found = []
    ident = element.get("id")
    if ident and re.fullmatch(r"[A-Za-z][\w-]*", ident):
        found.append(f"#{ident}")
    classes = [c for c in (element.get("class") or "").split() if re.fullmatch(r"-?[A-Za-z_][\w-]*", c)]
    if classes:
        found.append(tag + "".join(f".{c}" for c in classes[:3]))
    found.append(tag)
    return found


def _css(root: Element, selector: str) -> list[Element]:
    from ._selectors import compile_selector

    return compile_selector(selector).elements(root)


def _meta_fields(article: Article) -> dict[str, str]:
    """Dates and authors read from meta tags, as selectors of those tags."""
    fields = {}
    for evidence in article.dates.evidence:
        if evidence.role == "published" and evidence.source == "meta" and "=" in evidence.raw:
            key = evidence.raw.split("=", 1)[0]
            attribute = "property" if ":" in key else "name"
            fields["published"] = _META_XPATH.format(attribute=attribute, key=key)
            break
    how = article.provenance.fields.get("authors", "")
    if how.startswith("meta ") and " " not in how[5:]:
        key = how[5:]
        attribute = "property" if ":" in key else "name"
        fields["authors"] = _META_XPATH.format(attribute=attribute, key=key)
    return fields
