"""`articlekit show`: the page as a reader sees it, with what articlekit decided drawn on it, and the
record beside it — one self-contained HTML file that loads nothing and runs none of the page's scripts.

Each element whose text is a field of the record (the headline, the kicker, a body block, a boilerplate
item of each kind, the publication line) or holds one (a date's words as the page wrote them, an
author's name in a short line), and each image the record describes, gets a mark: a `data-articlekit`
attribute naming the role, a colour, and the provenance on hover (its `title`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import lxml.etree as etree

from ._html._document import parse_document
from ._html._tree import Element, clean_text, text_of
from ._model import Article
from ._serialize import to_json

#: Elements and attributes that could run code or load anything: gone from the view.
_DROPPED_TAGS = ("script", "style", "link", "iframe", "frame", "object", "embed", "noscript", "base", "meta")
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: Role -> colour of its mark.
COLOURS = {
    "headline": "#d62728",
    "kicker": "#ff7f0e",
    "subheadline": "#bcbd22",
    "body": "#2ca02c",
    "publication": "#17becf",
    "date": "#1f77b4",
    "read time": "#e377c2",
    "authors": "#9467bd",
    "image": "#8c564b",
    "boilerplate": "#7f7f7f",
}
#: A line naming an author is this short at most (a byline, not a paragraph mentioning the name).
MAX_AUTHOR_LINE_WORDS = 15


def render_view(page: str, article: Article) -> str:
    """The view's HTML: the page's body (decoded text), marked, beside the record."""
    root = parse_document(page)
    body = root.find("body")
    body = root if body is None else body
    _defuse(body)
    counts = _mark(body, article)
    body.tag = "div"
    body.attrib.clear()
    body.set("class", "ak-page")
    shown = etree.tostring(body, method="html", encoding="unicode")
    return _frame(article, shown, counts)


def _defuse(body: Element) -> None:
    etree.strip_elements(body, *_DROPPED_TAGS, with_tail=False)
    for element in body.iter(etree.Element):
        for name in list(element.attrib):
            value = str(element.get(name) or "").strip().lower()
            if str(name).lower().startswith("on") or value.startswith(("javascript:", "data:text")):
                del element.attrib[name]
        if element.tag == "img" and element.get("src"):
            element.set("data-src", element.get("src") or "")
            del element.attrib["src"]  # nothing is loaded: the mark says which image the record holds
        for name in ("srcset", "style", "width", "height"):
            if name in element.attrib:
                del element.attrib[name]


def _targets(article: Article) -> Iterator[tuple[str, str, str, bool]]:
    """(role, text, what the hover says, whether the text may be part of a longer element)."""
    fields = article.provenance.fields
    for role in ("headline", "kicker", "subheadline"):
        value = getattr(article, role)
        if value:
            yield role, value, f"{role}: {fields.get(role, '')}", False
    for number, block in enumerate(article.body.blocks, 1):
        yield "body", block.text, f"body block {number} ({block.kind}): {fields.get('body', '')}", False
    for item in article.boilerplate:
        yield f"boilerplate {item.kind}", item.text, f"boilerplate: {item.kind}", False
    if article.publication is not None:
        yield (
            "publication",
            article.publication.raw,
            f"publication line: {fields.get('publication', '')}",
            False,
        )
    for evidence in article.dates.evidence:
        if evidence.raw and evidence.source not in ("json-ld", "meta", "url", "script"):
            yield "date", evidence.raw, f"{evidence.role} {evidence.value} ({evidence.source})", True
    if article.read_time is not None and article.read_time.raw:
        yield "read time", article.read_time.raw, f"read time: {article.read_time.minutes} min, stated", True
    for name in article.authors:
        yield "authors", name, f"author {name}: {fields.get('authors', '')}", True


def _mark(body: Element, article: Article) -> dict[str, int]:
    """Mark the innermost element showing each target; count the marks by role."""
    elements = [e for e in body.iter(etree.Element) if e.tag not in ("div", "section", "article", "main")]
    texts = {e: clean_text(text_of(e)) for e in elements}
    counts: dict[str, int] = {}
    for role, text, hover, inside in _targets(article):
        wanted = clean_text(text)
        if not wanted:
            continue
        found = [
            e
            for e in elements
            if texts[e] == wanted
            or (inside and wanted in texts[e] and len(texts[e].split()) <= MAX_AUTHOR_LINE_WORDS)
        ]
        innermost = [e for e in found if not any(d in found for d in e.iterdescendants())]
        target = next((e for e in innermost if e.get("data-articlekit") is None), None)
        if target is None:
            continue
        target.set("data-articlekit", role)
        target.set("title", hover)
        key = "boilerplate" if role.startswith("boilerplate") else role
        counts[key] = counts.get(key, 0) + 1
    for image in article.images:
        for element in body.iter("img"):
            if image.src and element.get("data-src") and image.src.endswith(element.get("data-src") or "-"):
                words = " | ".join(filter(None, (image.description, image.caption, image.credit)))
                element.set("data-articlekit", "image")
                element.set("title", f"image: {words}")
                counts["image"] = counts.get("image", 0) + 1
                break
    return counts


def _frame(article: Article, shown: str, counts: dict[str, int]) -> str:
    legend = " ".join(
        f'<span class="ak-key" style="border-color:{colour}">{role} ({counts.get(role, 0)})</span>'
        for role, colour in COLOURS.items()
    )
    marks = "\n".join(
        f'[data-articlekit^="{role}"] {{ outline: 2px solid {colour}; outline-offset: 1px; '
        f"background: {colour}22; }}"
        for role, colour in COLOURS.items()
    )
    record = html.escape(to_json(article))
    title = html.escape(article.headline or "articlekit view")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<title>articlekit: {title}</title>
<style>
body {{ margin: 0; font: 15px/1.45 system-ui, sans-serif; display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }}
header {{ grid-column: 1 / 3; position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc;
  padding: 6px 12px; z-index: 1; }}
.ak-key {{ border-left: 6px solid; padding: 0 6px; margin-right: 6px; }}
.ak-page {{ padding: 12px 20px; overflow-wrap: anywhere; }}
.ak-page img {{ display: inline-block; min-width: 60px; min-height: 40px; max-width: 100%; max-height: 160px;
  background: #eee; }}
.ak-record {{ padding: 12px; border-left: 1px solid #ccc; }}
.ak-record pre {{ white-space: pre-wrap; font-size: 12px; }}
{marks}
</style></head>
<body>
<header>articlekit {html.escape(article.provenance.rule)}: {legend}</header>
<main class="ak-view">{shown}</main>
<aside class="ak-record"><pre id="articlekit-record">{record}</pre></aside>
</body></html>
"""
