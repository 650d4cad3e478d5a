"""articlekit: turn raw news pages (HTML or copied text) into typed, explained article records.

>>> import articlekit
>>> article = articlekit.parse("page.html", url="https://example.com/news/1")
>>> article.headline, article.dates.published, article.body.word_count
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from ._version import __version__

if TYPE_CHECKING:
    from . import batch
    from ._model import (
        Archive,
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

_MODEL_NAMES = "Archive Article Block Body Boilerplate DateEvidence Dates Image Provenance PublicationLine ReadTime Titles"
#: Public name -> (module, attribute): each loads on first use, so that `import articlekit` (and
#: `articlekit --version`) costs next to nothing and a parse loads only what it needs.
_LAZY: dict[str, tuple[str, str | None]] = {
    "batch": ("articlekit.batch", None),
    "parse": ("articlekit._pipeline", "parse"),
    "parse_html": ("articlekit._pipeline", "parse_html"),
    "parse_text": ("articlekit._pipeline", "parse_text"),
    "to_json": ("articlekit._serialize", "to_json"),
    "from_json": ("articlekit._serialize", "from_json"),
    **{name: ("articlekit._model", name) for name in _MODEL_NAMES.split()},
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'articlekit' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Archive",
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
