"""Reading a date with dateutil: the parts it reads, told apart from the parts it fills in."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

from dateutil import parser as dateutil_parser

from .._model import DateValue
from ._calendar import MONTH_NAMES, WEEKDAY_NAMES

# Two defaults that differ in every field: a field that comes out equal under both was in the text.
_DEFAULT_A = dt.datetime(1904, 1, 1, 0, 0, 0)
_DEFAULT_B = dt.datetime(1908, 2, 2, 1, 1, 1)


class _Names(dateutil_parser.parserinfo):
    """dateutil's parser, knowing month and weekday names in several languages."""

    MONTHS = [tuple(names) for names in MONTH_NAMES]  # type: ignore[misc]  # noqa: RUF012
    WEEKDAYS = [tuple(names) for names in WEEKDAY_NAMES]  # type: ignore[misc]  # noqa: RUF012


_PARSER_INFO = _Names()


def read_with_dateutil(value: str, dayfirst: bool) -> DateValue | None:
    """The date dateutil reads, when it reads a year, month and day (and the time, when it reads one):
    the parts it does not read are filled from two different defaults, so those that differ were not
    read. Speed: the text is tokenized and read once, the two datetimes built from that reading (as
    `parser.parse` builds its one: naive from the default, then given the time zone read)."""
    # (the steps of `parser.parse`, private to dateutil: no public call reads once for two defaults;
    # a dateutil whose steps are named or called otherwise gets the two public calls instead)
    built = _read_once(value, dayfirst) if _READS_ONCE else _read_twice(value, dayfirst)
    if built is None:
        return None
    first, second = built
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    if (first.hour, first.minute) == (second.hour, second.minute):
        return first
    return first.date()


#: The steps of `parser.parse` this dateutil has, read once for two defaults (see `_read_once`).
_STEPS = ("_parse", "_build_naive", "_build_tzaware")
_READS_ONCE = all(callable(getattr(dateutil_parser.parser, step, None)) for step in _STEPS)


def _read_once(value: str, dayfirst: bool) -> tuple[dt.datetime, dt.datetime] | None:
    """The text read once, the datetimes built from two defaults; the public calls when a step's
    signature is not the one known here (a TypeError from the steps themselves)."""
    steps: Any = dateutil_parser.parser(_PARSER_INFO)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reading, _ = steps._parse(value, dayfirst=dayfirst, fuzzy=True)
        except TypeError:
            return _read_twice(value, dayfirst)
        except (ValueError, OverflowError):
            return None
        if reading is None or len(reading) == 0:
            return None  # (what `parser.parse` raises ParserError for)
        try:
            first: dt.datetime = steps._build_tzaware(steps._build_naive(reading, _DEFAULT_A), reading, None)
            second: dt.datetime = steps._build_tzaware(steps._build_naive(reading, _DEFAULT_B), reading, None)
        except (ValueError, OverflowError, TypeError):
            return None
    return first, second


def _read_twice(value: str, dayfirst: bool) -> tuple[dt.datetime, dt.datetime] | None:
    """The same with dateutil's public `parse`, once for each default."""
    steps = dateutil_parser.parser(_PARSER_INFO)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            first = steps.parse(value, default=_DEFAULT_A, dayfirst=dayfirst, fuzzy=True)
            second = steps.parse(value, default=_DEFAULT_B, dayfirst=dayfirst, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
    return first, second
