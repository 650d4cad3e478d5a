"""A parser whose module takes longer to import than a batch test's timeout: a worker on a busy machine."""

from __future__ import annotations

import datetime as dt
import time

from articlekit import Article
from articlekit.batch import parse_bytes

#: Seconds the import takes (twice the test's per-document timeout, which leaves a busy machine 1.5 s
#: for a first page parsed cold).
IMPORT_SECONDS = 3.0
time.sleep(IMPORT_SECONDS)


def slow_to_start(content: bytes, url: str | None, fetched: dt.datetime | None) -> Article:
    return parse_bytes(content, url, fetched)
