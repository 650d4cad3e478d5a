"""Human-readable renderings of a record: Markdown and plain text."""

from __future__ import annotations

from ._model import Article, Block


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, dek, a meta line, images, body blocks, publication line."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline}")
    if article.subheadline:
        out.append(f"*{article.subheadline}*")
    meta = _meta_line(article)
    if meta:
        out.append(meta)
    for image in article.images:
        label = (image.description or image.caption or "").replace("]", "\\]")
        if image.src:
            out.append(f"![{label}]({image.src})")
        elif label:
            out.append(f"> Image: {label}")
        caption = " — ".join(part for part in (image.caption, image.credit) if part)
        if caption:
            out.append(f"*{caption}*")
    out.extend(_markdown_block(block) for block in article.body.blocks)
    if article.publication:
        out.append(f"*{article.publication.raw}*")
    return "\n\n".join(out) + "\n"


def to_text(article: Article) -> str:
    """The headline and the body text, plain."""
    parts = [article.headline or "", article.body.text]
    return "\n\n".join(part for part in parts if part) + "\n"


def _meta_line(article: Article) -> str:
    pieces: list[str] = []
    if article.authors:
        pieces.append("By " + ", ".join(article.authors))
    shown = article.dates.displayed or article.dates.published
    if shown is not None:
        pieces.append(shown.isoformat())
    if article.read_time is not None:
        pieces.append(f"{article.read_time.minutes} min read")
    if article.site_name:
        pieces.append(article.site_name)
    return " · ".join(pieces)


def _markdown_block(block: Block) -> str:
    if block.kind == "heading":
        return f"## {block.text}"
    if block.kind == "list":
        return "\n".join(f"- {item}" for item in block.text.split("\n"))
    if block.kind == "quote":
        return "\n".join(f"> {line}" for line in block.text.split("\n"))
    return block.text
