"""RSS (0.9x, 1.0, 2.0) and Atom feeds: told by their root element, read safely with lxml (no entities,
no DTD, no network) into items, and an item that holds a whole article written out as an HTML page, so
that the ordinary HTML pipeline makes its record.

An item is `full` (it holds the article, not a summary) when its content (`content:encoded`, Atom
`content`) has at least MIN_CONTENT_WORDS words, does not end in a "Continue reading" / "[…]" marker,
and is either article-long (MIN_DESCRIPTION_WORDS) or more than the summary repeated (MIN_ADDED_WORDS
words beyond it); or, with no content, when its description / summary is article-long and unmarked."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import attrs

from ..errors import DecodeError

if TYPE_CHECKING:
    from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
RSS1 = "http://purl.org/rss/1.0/"
RSS09 = "http://my.netscape.com/rdf/simple/0.9/"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: RSS elements: none (0.9x, 2.0) or RSS 1.0's or 0.9's namespace.
RSS_NAMESPACES = (None, RSS1, RSS09)

#: How much of a document the sniff reads: the root element comes after a prolog of a few hundred bytes.
SNIFF_WINDOW = 4096
#: Words a feed item's content needs to be an article (a short blog post has 70; feeds' summaries ~40).
MIN_CONTENT_WORDS = 50
#: Words that make a description, or a content that repeats the summary, article-long.
MIN_DESCRIPTION_WORDS = 150
#: Words a content must add to its summary not to be the summary repeated (with an image or a link).
MIN_ADDED_WORDS = 20

_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.I)
_ROOT = re.compile(rb"<(?:([\w.-]+):)?(rss|feed|RDF)[\s/>]")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_SPACE = re.compile(r"\s+")
#: WordPress's line after an excerpt ("The post X appeared first on Y."), set aside before the marker test.
_APPEARED_FIRST = re.compile(r"\s*The post .{1,400}? appeared first on .{1,200}$", re.IGNORECASE | re.DOTALL)
#: How a teaser ends: a link to the rest, or an ellipsis.
_TRUNCATED = re.compile(
    r"(?:continue reading(?: on [^.]{1,60})?|read more|read the (?:full|rest)\b.{0,40}|keep reading|"
    r"weiterlesen|mehr lesen|lire la suite|leer más|continua a leggere|\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)"
    r"[\s»›→>)\].:!]*$",
    re.IGNORECASE,
)


@attrs.frozen
class FeedItem:
    """One item of a feed. `content` and `summary` are HTML as the feed gives it (Atom text is
    escaped into HTML); `full` says whether the item holds the article rather than a summary."""

    title: str | None
    link: str | None
    published: dt.datetime | None
    author: str | None
    content: str | None
    summary: str | None
    full: bool
    #: The item's language (its xml:lang, else the feed's), when the feed says.
    language: str | None = None


@attrs.frozen
class Feed:
    """A feed: its title (the site's name, for its items' pages), and its items in order."""

    title: str | None
    items: tuple[FeedItem, ...]


def is_feed(head: bytes) -> bool:
    """Whether a document's first bytes start a feed's root element (`rss`, Atom's `feed`, an `rdf:RDF`
    of RSS 1.0 items). Cheap: regular expressions over the first few KB."""
    window = _sniff_bytes(head[:SNIFF_WINDOW])
    prolog = _PROLOG.match(window)
    root = _ROOT.match(window, prolog.end() if prolog else 0)
    if root is None:
        return False
    prefix, name = root.group(1), root.group(2)
    start_tag = window[root.start() : window.find(b">", root.start()) + 1 or len(window)]
    if name == b"feed":
        return ATOM.encode() in start_tag
    if name == b"RDF":
        return RSS1.encode() in window or RSS09.encode() in window
    return prefix is None  # <rss>


def _sniff_bytes(head: bytes) -> bytes:
    """The head as ASCII-compatible bytes (UTF-16 re-encoded, a UTF-8 byte-order mark dropped)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def feed_items(data: bytes) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in the feed's order."""
    return list(read_feed(data).items)


def read_feed(data: bytes) -> Feed:
    """A feed read safely (entities, DTDs and the network left alone; damaged XML recovered as far as
    it goes). Raises DecodeError when the bytes are no feed at all."""
    root = _feed_root(data)
    if _namespace(root) == ATOM:
        language = root.get(XML_LANG)
        items = tuple(_atom_item(entry, language) for entry in _children(root, "entry", ATOM))
        return Feed(title=_title_of(root), items=items)
    channel = _child(root, "channel", *RSS_NAMESPACES)
    language = _text(_child(channel, "language", *RSS_NAMESPACES)) or _text(_child(channel, "language", DC))
    items = tuple(_rss_item(item, language) for item in _rss_elements(root))
    return Feed(title=_title_of(root), items=items)


def feed_title(data: bytes) -> str | None:
    """A feed's title: the name of the site its items come from."""
    return _title_of(_feed_root(data))


def _title_of(root: etree._Element) -> str | None:
    if _namespace(root) == ATOM:
        return _atom_text(_child(root, "title", ATOM))
    return _text(_child(_child(root, "channel", *RSS_NAMESPACES), "title", *RSS_NAMESPACES))


def _feed_root(data: bytes) -> etree._Element:
    """The feed's root element, parsed with no entity expansion, DTD or network access."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DecodeError(f"a feed that is not readable XML ({exc})") from exc
    if root is None:
        raise DecodeError("a feed that is not readable XML")
    if (_local(root), _namespace(root)) == ("feed", ATOM) or _local(root) in ("rss", "RDF"):
        return root
    raise DecodeError(f"not an RSS or Atom feed (its root element is <{_local(root)}>)")


def _rss_elements(root: etree._Element) -> Iterator[etree._Element]:
    """The RSS items: a 2.0 channel's, or an RSS 1.0 document's (beside its channel)."""
    return root.iter("item", f"{{{RSS1}}}item", f"{{{RSS09}}}item")


def _rss_item(item: etree._Element, language: str | None) -> FeedItem:
    content = _text(_child(item, "encoded", CONTENT), keep_lines=True)
    summary = _text(_child(item, "description", *RSS_NAMESPACES), keep_lines=True)
    return FeedItem(
        title=_unescaped(_text(_child(item, "title", *RSS_NAMESPACES))),
        link=_rss_link(item),
        published=_first_date(item, _RSS_DATES),
        author=_rss_author(item),
        content=content,
        summary=summary,
        full=is_full(content, summary),
        language=item.get(XML_LANG) or language,
    )


def _unescaped(title: str | None) -> str | None:
    """An RSS title with the entities many feeds escape twice ("AT&amp;amp;T") read once more."""
    return html.unescape(title) if title else None


def _rss_link(item: etree._Element) -> str | None:
    """Where the item is on the web: Feedburner's original link, the item's link, a permalink guid, or
    RSS 1.0's rdf:about."""
    link = _text(_child(item, "origLink", FEEDBURNER)) or _text(_child(item, "link", *RSS_NAMESPACES))
    guid = _child(item, "guid", None)
    if link is None and guid is not None and guid.get("isPermaLink", "true").lower() != "false":
        link = _text(guid)
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return link or about


def _rss_author(item: etree._Element) -> str | None:
    """dc:creator, else RSS's `author` ("mail@example.com (Name)": the name), else an Atom author."""
    creators = [_text(element) for element in _children(item, "creator", DC)]
    if any(creators):
        return ", ".join(name for name in creators if name)
    written = _text(_child(item, "author", None))
    if written:
        named = re.search(r"\(([^()]+)\)\s*$", written)
        return named.group(1).strip() if named else written
    return _atom_authors(item)


def _atom_item(entry: etree._Element, language: str | None) -> FeedItem:
    content = _atom_markup(_child(entry, "content", ATOM)) or _text(_child(entry, "encoded", CONTENT))
    summary = _atom_markup(_child(entry, "summary", ATOM))
    return FeedItem(
        title=_atom_text(_child(entry, "title", ATOM)),
        link=_atom_link(entry),
        published=_first_date(entry, _ATOM_DATES),
        author=_atom_authors(entry),
        content=content,
        summary=summary,
        full=is_full(content, summary),
        language=entry.get(XML_LANG) or language,
    )


def _atom_link(entry: etree._Element) -> str | None:
    """Feedburner's original link, else the entry's alternate link (an HTML one first), resolved against
    its xml:base."""
    original = _text(_child(entry, "origLink", FEEDBURNER))
    if original:
        return original
    links = [
        link for link in _children(entry, "link", ATOM) if (link.get("rel") or "alternate") == "alternate"
    ]
    links.sort(key=lambda link: (link.get("type") or "text/html") != "text/html")
    href = (links[0].get("href") or "").strip() if links else ""
    base = links[0].base if links else None
    return urljoin(base, href) if href and base and base.startswith(("http://", "https://")) else href or None


def _atom_authors(element: etree._Element) -> str | None:
    names = [_text(_child(author, "name", ATOM)) for author in _children(element, "author", ATOM)]
    return ", ".join(name for name in names if name) or None


def _atom_text(element: etree._Element | None) -> str | None:
    """An Atom text construct (a title) as plain text, whatever its type."""
    if element is None:
        return None
    if (element.get("type") or "text").lower() in ("html", "text/html"):
        return _text_of_markup(_inner_text(element)) or None
    return _text(element)


def _atom_markup(element: etree._Element | None) -> str | None:
    """An Atom content or summary as HTML: `html` as given, `xhtml` serialised, `text` escaped; content
    held elsewhere (`src`) or of another media type gives None."""
    if element is None or element.get("src"):
        return None
    kind = (element.get("type") or "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        return _xhtml_markup(element)
    text = _inner_text(element).strip()
    if kind in ("html", "text/html"):
        return text or None
    if kind in ("text", "text/plain"):
        return _text_as_html(text)
    return None


def _xhtml_markup(element: etree._Element) -> str | None:
    """XHTML content (a `div` in the XHTML namespace) as HTML, namespaces dropped."""
    from copy import deepcopy

    from lxml import etree

    holder = deepcopy(element)
    for node in holder.iter():
        if isinstance(node.tag, str):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(holder)
    parts = [html.escape(holder.text or "")]
    parts += [etree.tostring(child, method="html", encoding="unicode") for child in holder]
    return "".join(parts).strip() or None


def _text_as_html(text: str) -> str | None:
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p) or None


_RSS_DATES = (("pubDate", RSS_NAMESPACES), ("date", (DC,)), ("published", (ATOM,)), ("updated", (ATOM,)))
_ATOM_DATES = (("published", (ATOM,)), ("updated", (ATOM,)), ("date", (DC,)), ("issued", (ATOM,)))


def _first_date(
    element: etree._Element, names: tuple[tuple[str, tuple[str | None, ...]], ...]
) -> dt.datetime | None:
    """The first of the item's date elements, in `names`' order, that holds a readable date."""
    for name, namespaces in names:
        moment = parse_date(_text(_child(element, name, *namespaces)))
        if moment is not None:
            return moment
    return None


def parse_date(value: str | None) -> dt.datetime | None:
    """An RFC 822 date (RSS's pubDate; no zone, `-0000`, is UTC) or an ISO 8601 one (Atom's, dc:date)."""
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def is_full(content: str | None, summary: str | None) -> bool:
    """Whether an item holds the article rather than a summary (the module's docstring says when)."""
    if content:
        text = _text_of_markup(content)
        words = _count_words(text)
        if words < MIN_CONTENT_WORDS or _is_truncated(text):
            return False
        return (
            words >= MIN_DESCRIPTION_WORDS or words > _count_words(_text_of_markup(summary)) + MIN_ADDED_WORDS
        )
    text = _text_of_markup(summary)
    return _count_words(text) >= MIN_DESCRIPTION_WORDS and not _is_truncated(text)


def _is_truncated(text: str) -> bool:
    return _TRUNCATED.search(_APPEARED_FIRST.sub("", text[-800:])) is not None


def _count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _text_of_markup(markup: str | None) -> str:
    """The text an HTML fragment shows (scripts and styles dropped), on one line."""
    if not markup:
        return ""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def _child(element: etree._Element | None, name: str, *namespaces: str | None) -> etree._Element | None:
    return next(_children(element, name, *namespaces), None)


def _children(element: etree._Element | None, name: str, *namespaces: str | None) -> Iterator[etree._Element]:
    """`element`'s child elements of local name `name` in one of `namespaces` (None: no namespace)."""
    if element is None:
        return
    for child in element.iterchildren():
        if isinstance(child.tag, str) and _local(child) == name and _namespace(child) in namespaces:
            yield child


def _local(element: etree._Element) -> str:
    return str(element.tag).rpartition("}")[2]


def _namespace(element: etree._Element) -> str | None:
    tag = str(element.tag)
    return tag[1:].partition("}")[0] if tag.startswith("{") else None


def _inner_text(element: etree._Element) -> str:
    return "".join(text for text in element.itertext() if isinstance(text, str))


def _text(element: etree._Element | None, *, keep_lines: bool = False) -> str | None:
    """An element's text (CDATA included), white space collapsed unless `keep_lines`; None when blank."""
    if element is None:
        return None
    text = _inner_text(element).strip()
    return (text if keep_lines else _SPACE.sub(" ", text)) or None
