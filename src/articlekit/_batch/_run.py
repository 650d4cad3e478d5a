"""A batch run: documents from the inputs, parsed by worker processes, written a chunk at a time."""

from __future__ import annotations

import os
import time
from collections.abc import Generator, Iterable, Iterator
from typing import Literal

from .._archives._document import Document
from ._inputs import count_documents, documents, source_key
from ._outcome import DEFAULT_PARSER, Outcome, Parser, duplicate_outcome, outcome_of
from ._pool import WorkerPool
from ._progress import ProgressBar, Summary
from ._writers._base import OutputFailed, Writer
from ._writers._open import open_writer

Dedupe = Literal["url", "content"]
#: A chunk is written when it holds this many records, or this many seconds after the last write.
CHUNK_RECORDS = 200
CHUNK_SECONDS = 2.0


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def outcomes(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    skip: Iterable[str] = frozenset(),
    parser: Parser = DEFAULT_PARSER,
    summary: Summary | None = None,
) -> Generator[Outcome, None, None]:
    """One outcome per input document, in input order; the sources in `skip` (the same files, however
    named) are passed over.
    `workers=0` parses in this process (no timeout, no protection from crashes)."""
    summary = summary if summary is not None else Summary()

    skipped = {source_key(source) for source in skip}

    def wanted() -> Iterator[Document]:
        for document in documents(inputs, summary.passed):
            if skipped and source_key(document.source) in skipped:
                summary.skipped += 1
            else:
                yield document

    workers = default_workers() if workers is None else workers
    if workers == 0:
        results: Iterator[Outcome] = (outcome_of(d, parser) for d in wanted())
        yield from _deduplicated(results, dedupe)
        return
    pool = WorkerPool(workers, parser, timeout)
    try:
        yield from _deduplicated(pool.map(wanted()), dedupe)
    finally:
        pool.close()


def _deduplicated(results: Iterator[Outcome], dedupe: Dedupe | None) -> Iterator[Outcome]:
    """Later documents with the URL (or the bytes) of an earlier one become duplicate records."""
    if dedupe is None:
        yield from results
        return
    first: dict[str, str] = {}
    for outcome in results:
        key = outcome.url if dedupe == "url" else outcome.digest
        if key is None or outcome.status == "error":
            yield outcome
        elif key in first:
            yield duplicate_outcome(outcome, first[key])
        else:
            first[key] = outcome.source
            yield outcome


def _finish(writer: Writer, chunk: list[str]) -> OutputFailed | None:
    """Write the last chunk and close the output (even when the chunk failed); the first failure."""
    failure: OutputFailed | None = None
    try:
        writer.write(chunk)
    except OutputFailed as exc:
        failure = exc
    try:
        writer.close()
    except OutputFailed as exc:
        failure = failure or exc
    return failure


def run(
    inputs: list[str],
    output: str,
    *,
    workers: int | None = None,
    resume: bool = False,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    quiet: bool = False,
    parser: Parser = DEFAULT_PARSER,
) -> Summary:
    """Parse every input document into `output`; returns the run's summary. Ctrl-C stops the run, leaving
    a valid output that `resume=True` completes later; so does a failure to write (OutputFailed, raised
    once the workers are stopped and the output closed)."""
    writer = open_writer(output, resume=resume)
    recorded = writer.recorded()
    summary = Summary()
    total = count_documents(inputs)
    bar = ProgressBar(summary, None if total is None else max(0, total - len(recorded)), quiet=quiet)
    chunk: list[str] = []
    last_write = time.monotonic()
    stream = outcomes(
        inputs, workers=workers, timeout=timeout, dedupe=dedupe, skip=recorded, parser=parser, summary=summary
    )
    failure: OutputFailed | None = None
    try:
        for outcome in stream:
            chunk.append(outcome.line)
            summary.count(outcome.status)
            if len(chunk) >= CHUNK_RECORDS or time.monotonic() - last_write >= CHUNK_SECONDS:
                # handed over before writing: a Ctrl-C during the write must not write it again below
                written, chunk = chunk, []
                writer.write(written)
                last_write = time.monotonic()
            bar.update()
    except KeyboardInterrupt:
        summary.interrupted = True
    except OutputFailed as exc:
        failure, chunk = exc, []
    finally:
        stream.close()  # stops the workers
        finished = _finish(writer, chunk)
        failure = failure or finished
        summary.ended = time.monotonic()
        bar.finish()
    if failure is not None:
        raise failure
    return summary
