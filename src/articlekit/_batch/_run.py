"""A batch run: documents from the inputs, parsed by worker processes, written a chunk at a time."""

from __future__ import annotations

import os
import time
from collections.abc import Container, Generator, Iterable, Iterator
from typing import Literal

from ._document import Document
from ._inputs import count_documents, documents
from ._outcome import Outcome, Parser, duplicate_outcome, outcome_of, parse_bytes
from ._pool import WorkerPool
from ._progress import ProgressBar, Summary
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
    skip: Container[str] = frozenset(),
    parser: Parser = parse_bytes,
    summary: Summary | None = None,
) -> Generator[Outcome, None, None]:
    """One outcome per input document, in input order; the sources in `skip` are passed over.
    `workers=0` parses in this process (no timeout, no protection from crashes)."""
    summary = summary if summary is not None else Summary()

    def wanted() -> Iterator[Document]:
        for document in documents(inputs):
            if document.source in skip:
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


def run(
    inputs: list[str],
    output: str,
    *,
    workers: int | None = None,
    resume: bool = False,
    timeout: float | None = None,
    dedupe: Dedupe | None = None,
    quiet: bool = False,
    parser: Parser = parse_bytes,
) -> Summary:
    """Parse every input document into `output`; returns the run's summary. Ctrl-C stops the run, leaving
    a valid output that `resume=True` completes later."""
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
    finally:
        stream.close()  # stops the workers
        writer.write(chunk)
        writer.close()
        summary.ended = time.monotonic()
        bar.finish()
    return summary
