"""A parser whose module takes longer to import than a batch test's timeout: a worker on a busy machine."""

from __future__ import annotations

import datetime as dt
import time

from articlekit import Article
from articlekit.batch import parse_bytes

#: Seconds the import takes (more than the test's per-document timeout).
IMPORT_SECONDS = 2.0
time.sleep(IMPORT_SECONDS)


def slow_to_start(content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
    return parse_bytes(content, url, fetched)
