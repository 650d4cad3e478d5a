"""Batch parsing: files, folders, globs and archives (WARC, WET, ARC, WACZ, feeds) in, one record per
document out.

>>> from articlekit import batch
>>> for record in batch.records(["saved-pages/", "crawl.warc.gz"]):
...     print(record["source"], record.get("headline") or record["error"]["type"])
>>> summary = batch.write(["saved-pages/"], "articles.parquet", resume=True)

Every input document gives exactly one record: the article's fields with `source` (the file's path,
`archive#offset` for an archive's record, `feed#n` for a feed's item), or `{"source", "error": {"type", "message"}}` for a document that could not be
parsed. Documents are parsed by worker processes (all cores by default); a worker that crashes or runs
past `timeout` seconds costs only its document, which is recorded as an error. The record shapes and
output formats are described in docs/batch.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ._batch._outcome import DEFAULT_PARSER, Parser, parse_bytes, rules_parser
from ._batch._progress import Summary
from ._batch._run import Dedupe, default_workers, outcomes, run
from ._batch._writers._base import OutputError, OutputFailed
from ._rules._discover import resolve_rules

__all__ = [
    "Dedupe",
    "OutputError",
    "OutputFailed",
    "Parser",
    "Summary",
    "default_workers",
    "parse_bytes",
    "records",
    "write",
]


def records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    rules: Sequence[str | os.PathLike[str]] | bool | None = None,
    parser: Parser | None = None,
) -> Iterator[dict[str, Any]]:
    """The records of every document the inputs hold, in input order.

    `workers`: worker processes (default: every core; 0 parses in this process, without the timeout and
    crash protection). `timeout`: seconds a document may take. `dedupe`: "url" or "content" makes a
    later document with an earlier one's URL or bytes a `{"source", "duplicate_of"}` record. `rules`:
    as `articlekit.parse`'s, as paths (rule files and folders, before the installed rules; picklable,
    for the workers), or False for the generic extraction alone. `parser`: a picklable function
    `(content, url, fetched) -> Article` to use instead of `articlekit.parse`."""
    chosen = _parser(parser, rules)
    for outcome in outcomes(inputs, workers=workers, timeout=timeout, dedupe=dedupe, parser=chosen):
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
    rules: Sequence[str | os.PathLike[str]] | bool | None = None,
    parser: Parser | None = None,
) -> Summary:
    """Write the records of every document to `output`, its format chosen by suffix (`.jsonl`,
    `.jsonl.gz`, `.parquet`, `.csv`; "-" for JSON lines on standard output). With `resume`, the
    documents `output` already records are skipped and the new records added. Returns the run's
    summary; Ctrl-C ends the run early (`summary.interrupted`) with a valid output. An output that
    cannot be written (a full disk) raises OutputFailed, leaving what was written valid for `resume`.
    `rules` and `parser` as for `records`."""
    return run(
        [os.fspath(item) for item in inputs],
        os.fspath(output),
        workers=workers,
        resume=resume,
        timeout=timeout,
        dedupe=dedupe,
        quiet=quiet,
        parser=_parser(parser, rules),
    )


def _parser(parser: Parser | None, rules: Sequence[str | os.PathLike[str]] | bool | None) -> Parser:
    """The parser a run uses: the one given, else `articlekit.parse` with `rules` (checked here, so a
    broken rule file stops the run before any document is read)."""
    if parser is not None:
        if rules is not None:
            raise TypeError("give rules or a parser, not both: a parser of your own chooses its rules")
        return parser
    if rules is None:
        return DEFAULT_PARSER
    paths = rules if isinstance(rules, bool) else [os.fspath(item) for item in rules]
    resolve_rules(paths)
    return rules_parser(paths)
