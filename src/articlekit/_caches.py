"""Bounded caches of pure line and name classifications, and a way to empty them (benchmarks do,
between rounds, so that re-parsing the same pages measures cold work)."""

from __future__ import annotations

from ._fields._boilerplate import line_kind
from ._fields._dates import _dates_in_line, parse_date
from ._fields._headline import _without_site
from ._fields._publication import publication_line
from ._fields._relative import relative_phrase
from ._fields._roles import read_metadata_line
from ._fields._titles import title_words
from ._html._metadata import _meta_date_role
from ._html._names import _class_value_says, _numberless_id_says, class_tokens, name_tokens, what_names_say
from ._html._walk import furniture_kind

CACHED = (
    line_kind,
    parse_date,
    _dates_in_line,
    publication_line,
    read_metadata_line,
    relative_phrase,
    title_words,
    _without_site,
    name_tokens,
    class_tokens,
    what_names_say,
    _class_value_says,
    _numberless_id_says,
    _meta_date_role,
    furniture_kind,
)


def clear_caches() -> None:
    """Empty every cache articlekit keeps between calls."""
    for function in CACHED:
        function.cache_clear()
