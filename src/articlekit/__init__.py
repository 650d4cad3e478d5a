"""articlekit: turn raw news pages (HTML or copied text) into typed, explained article records.

>>> import articlekit
>>> article = articlekit.parse("page.html", url="https://example.com/news/1")
>>> article.headline, article.dates.published, article.body.word_count
"""

from . import batch, errors
from ._model import (
    Article,
    Block,
    Body,
    Boilerplate,
    DateEvidence,
    Dates,
    Image,
    Provenance,
    PublicationLine,
    ReadTime,
    Titles,
)
from ._pipeline import parse, parse_html, parse_text
from ._serialize import from_json, to_json
from ._version import __version__

__all__ = [
    "Article",
    "Block",
    "Body",
    "Boilerplate",
    "DateEvidence",
    "Dates",
    "Image",
    "Provenance",
    "PublicationLine",
    "ReadTime",
    "Titles",
    "__version__",
    "batch",
    "errors",
    "from_json",
    "parse",
    "parse_html",
    "parse_text",
    "to_json",
]
