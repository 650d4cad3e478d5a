"""Batch parsing: files, folders, globs and WARC files in, one record per document out.

>>> from articlekit import batch
>>> for record in batch.records(["saved-pages/", "crawl.warc.gz"]):
...     print(record["source"], record.get("headline") or record["error"]["type"])
>>> summary = batch.write(["saved-pages/"], "articles.parquet", resume=True)

Every input document gives exactly one record: the article's fields with `source` (the file's path, or
`warcfile#offset`), or `{"source", "error": {"type", "message"}}` for a document that could not be
parsed. Documents are parsed by worker processes (all cores by default); a worker that crashes or runs
past `timeout` seconds costs only its document, which is recorded as an error. The record shapes and
output formats are described in docs/batch.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from ._batch._outcome import Parser, parse_bytes
from ._batch._progress import Summary
from ._batch._run import Dedupe, default_workers, outcomes, run
from ._batch._writers._base import OutputError

__all__ = ["Dedupe", "OutputError", "Parser", "Summary", "default_workers", "parse_bytes", "records", "write"]


def records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    parser: Parser = parse_bytes,
) -> Iterator[dict[str, Any]]:
    """The records of every document the inputs hold, in input order.

    `workers`: worker processes (default: every core; 0 parses in this process, without the timeout and
    crash protection). `timeout`: seconds a document may take. `dedupe`: "url" or "content" makes a
    later document with an earlier one's URL or bytes a `{"source", "duplicate_of"}` record. `parser`:
    a picklable function `(content, url, fetched) -> Article` to use instead of `articlekit.parse`."""
    for outcome in outcomes(inputs, workers=workers, timeout=timeout, dedupe=dedupe, parser=parser):
        yield json.loads(outcome.line)


def write(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    resume: bool = False,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    quiet: bool = True,
    parser: Parser = parse_bytes,
) -> Summary:
    """Write the records of every document to `output`, its format chosen by suffix (`.jsonl`,
    `.jsonl.gz`, `.parquet`, `.csv`; "-" for JSON lines on standard output). With `resume`, the
    documents `output` already records are skipped and the new records added. Returns the run's
    summary; Ctrl-C ends the run early (`summary.interrupted`) with a valid output."""
    return run(
        [os.fspath(item) for item in inputs],
        os.fspath(output),
        workers=workers,
        resume=resume,
        timeout=timeout,
        dedupe=dedupe,
        quiet=quiet,
        parser=parser,
    )
