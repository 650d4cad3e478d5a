"""Parsers for the batch tests: importable by worker processes (which start afresh, by spawning)."""

from __future__ import annotations

import datetime as dt
import os
import time

from articlekit import Article
from articlekit.batch import parse_bytes

CRASH_MARK = b"<!-- crash the worker -->"
HANG_MARK = b"<!-- hang the worker -->"


def crashing(content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
    """Kills its own process on a marked page, as a crash in a C library would."""
    if CRASH_MARK in content:
        os._exit(3)
    return parse_bytes(content, url, fetched)


def hanging(content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
    """Never finishes a marked page."""
    if HANG_MARK in content:
        time.sleep(600)
    return parse_bytes(content, url, fetched)
