"""Worker processes that parse documents, surviving the ones that crash or hang.

Each worker has its own pipe and works on one document at a time, so the parent always knows which
document a worker holds: when a worker dies (a crash in a C library, the out-of-memory killer) or runs
past the timeout, that document becomes an error record, the worker is replaced, and the run goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import signal
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

import attrs

from .._archives._document import Document
from ._outcome import Outcome, Parser, error_outcome, outcome_of

#: Seconds a stopping worker gets to finish before it is terminated.
STOP_GRACE = 2.0
#: Seconds a new worker gets to start (import the parser) before documents are given to it anyway.
STARTUP_LIMIT = 120.0
#: What a worker says once it has started: a document's timeout counts from then, not from the spawn
#: (on a busy machine, importing the parser alone can take longer than the timeout).
READY = "ready"


def _work(connection: Connection, parser: Parser) -> None:
    """A worker's loop: documents in, outcomes out, until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    connection.send(READY)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, document = task
        connection.send((index, outcome_of(document, parser)))


@attrs.define
class _Worker:
    process: BaseProcess
    connection: Connection
    task: tuple[int, Document] | None = None
    started: float = 0.0


class WorkerPool:
    """`workers` processes parsing documents; `timeout` seconds at most per document (None: no limit)."""

    def __init__(self, workers: int, parser: Parser, timeout: float | None = None) -> None:
        self._context = multiprocessing.get_context("spawn")  # no inherited threads or locks
        self._parser = parser
        self._timeout = timeout
        self._workers: list[_Worker] = [self._spawn() for _ in range(max(1, workers))]
        for worker in self._workers:
            _wait_ready(worker)

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child_end, self._parser), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def map(self, documents: Iterator[Document], window: int = 1000) -> Iterator[Outcome]:
        """The documents' outcomes in input order. At most `window` documents are taken beyond the
        oldest one still being parsed, so a slow document holds back a bounded number of records."""
        finished: dict[int, Outcome] = {}
        taken = given = 0
        exhausted = False
        while True:
            for worker in self._workers:
                if worker.task is not None or exhausted or taken >= given + window:
                    continue
                document = next(documents, None)
                if document is None:
                    exhausted = True
                    break
                worker = self._give(worker, (taken, document))
                taken += 1
            while given in finished:
                yield finished.pop(given)
                given += 1
            busy = [w for w in self._workers if w.task is not None]
            if not busy:
                if exhausted:
                    return
                continue
            finished.update(self._collect(busy))

    def _give(self, worker: _Worker, task: tuple[int, Document]) -> _Worker:
        """Hand a document to an idle worker. One that died while idle (killed, out of memory) has not
        taken it: a fresh worker takes its place and the document; the worker holding it is returned."""
        try:
            worker.connection.send(task)
        except OSError:  # BrokenPipeError: nobody reads the other end
            worker = self._respawn(worker)
            with contextlib.suppress(OSError):  # the fresh one dead too: its sentinel says so below
                worker.connection.send(task)
        worker.task, worker.started = task, time.monotonic()
        return worker

    def _respawn(self, worker: _Worker) -> _Worker:
        """Stop `worker` (if it still runs) and put a fresh, started one in its place."""
        _stop(worker, grace=0.0)
        fresh = self._spawn()
        _wait_ready(fresh)
        self._workers[self._workers.index(worker)] = fresh
        return fresh

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[int, Outcome]]:
        waits: dict[Any, _Worker] = {w.connection: w for w in busy} | {w.process.sentinel: w for w in busy}
        ready = multiprocessing.connection.wait(list(waits), timeout=self._wait_time(busy))
        done: set[int] = set()
        for handle in ready:
            worker = waits[handle]
            if id(worker) in done or worker.task is None:
                continue
            done.add(id(worker))
            yield self._receive(worker)
        if self._timeout is not None:
            now = time.monotonic()
            for worker in busy:
                if worker.task is not None and now - worker.started > self._timeout:
                    yield self._replace(worker, "Timeout", f"no record after {self._timeout:g} seconds")

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        if self._timeout is None:
            return None
        oldest = min(w.started for w in busy)
        return max(0.0, oldest + self._timeout - time.monotonic()) + 0.01

    def _receive(self, worker: _Worker) -> tuple[int, Outcome]:
        try:
            if worker.connection.poll():
                index, outcome = worker.connection.recv()
                worker.task = None
                return index, outcome
        except (EOFError, OSError):
            pass
        return self._replace(worker, "WorkerCrashed", "the worker process parsing this document died")

    def _replace(self, worker: _Worker, kind: str, message: str) -> tuple[int, Outcome]:
        """Give up on the worker's document (an error record), and put a fresh worker in its place."""
        assert worker.task is not None
        index, document = worker.task
        self._respawn(worker)
        exit_code = worker.process.exitcode
        if kind == "WorkerCrashed":
            message += f" (exit code {exit_code})"
        return index, error_outcome(document.source, kind, message)

    def close(self) -> None:
        for worker in self._workers:
            _stop(worker, grace=STOP_GRACE)


def _stop(worker: _Worker, *, grace: float) -> None:
    if grace and worker.process.is_alive():
        with contextlib.suppress(OSError, ValueError):
            worker.connection.send(None)
        worker.process.join(grace)
    if worker.process.is_alive():
        worker.process.terminate()
        worker.process.join(1.0)
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.connection.close()


def _wait_ready(worker: _Worker) -> None:
    """Wait until the worker has started (or died, or STARTUP_LIMIT passed: then its first document
    times out or fails as any other would)."""
    try:
        if worker.connection.poll(STARTUP_LIMIT):
            worker.connection.recv()
    except (EOFError, OSError):
        pass
