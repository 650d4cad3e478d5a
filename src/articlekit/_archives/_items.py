"""A feed's items as documents: a full item becomes a page of its own (title, author, date, link and
content, as the HTML front door reads them); an item that gives only a summary is an error record."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ArticleKitError
from ._document import Document
from ._warc import failed


def feed_documents(path: str) -> Iterator[Document]:
    """One document per item of an RSS or Atom feed, its source `FEED#N` (N from 1)."""
    from ._feed_page import item_page
    from ._feeds import read_feed

    try:
        with open(path, "rb") as stream:
            data = stream.read()
        feed = read_feed(data)
    except OSError as exc:
        yield failed(path, "SourceNotFound", str(exc.strerror or exc))
        return
    except ArticleKitError as exc:
        yield failed(path, type(exc).__name__, str(exc))
        return
    if not feed.items:
        yield failed(path, "NotAnArticle", "a feed without items")
        return
    for number, item in enumerate(feed.items, start=1):
        source = f"{path}#{number}"
        if not item.full:
            yield failed(source, "NotAnArticle", "the feed gives only a summary of this item")
        else:
            yield Document(source=source, content=item_page(item, feed.title), url=item.link)
