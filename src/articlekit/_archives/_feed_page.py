"""A feed's full item written out as an HTML page, so that the ordinary HTML pipeline makes its record:
its title, author, date, link and feed as the metadata a page gives, its content as the article."""

from __future__ import annotations

import html

from ._feeds import FeedItem


def item_page(item: FeedItem, feed_title: str | None) -> bytes:
    """An HTML page (UTF-8) for a feed item: its title as <title> and <h1>, its author, date, link and
    feed as the metadata a page gives, and its content (else its summary) as the article's body, as is
    (the HTML front door's parser reads it safely)."""
    head = ['<meta charset="utf-8">']
    if item.title:
        head.append(f"<title>{html.escape(item.title)}</title>")
    if item.link and item.link.lower().startswith(("http://", "https://")):
        head.append(f'<link rel="canonical" href="{html.escape(item.link)}">')
    head += _meta("property", "og:site_name", feed_title)
    head += _meta("name", "author", item.author)
    published = item.published.isoformat() if item.published else None
    head += _meta("property", "article:published_time", published)
    heading = f"<h1>{html.escape(item.title)}</h1>\n" if item.title else ""
    body = item.content or item.summary or ""
    language = f' lang="{html.escape(item.language)}"' if item.language else ""
    page = (
        f"<!DOCTYPE html>\n<html{language}>\n<head>\n" + "\n".join(head) + "\n</head>\n"
        f"<body>\n<article>\n{heading}<div>\n{body}\n</div>\n</article>\n</body>\n</html>\n"
    )
    return page.encode("utf-8", "replace")


def _meta(attribute: str, name: str, value: str | None) -> list[str]:
    """A <meta> element giving `value` under `name`, or none when there is no value."""
    if not value:
        return []
    return [f'<meta {attribute}="{name}" content="{html.escape(value)}">']
