"""What a batch run shows while it goes: a live line on a terminal, and its summary at the end."""

from __future__ import annotations

import sys
import time
from typing import TextIO

import attrs

from .._archives._document import Passed
from ._outcome import Status

#: Seconds between two redraws of the live line.
REDRAW_EVERY = 0.25


@attrs.define
class Summary:
    """A run's records counted by status, and its timing."""

    parsed: int = 0
    warnings: int = 0
    errors: int = 0
    duplicates: int = 0
    skipped: int = 0
    started: float = attrs.field(factory=time.monotonic)
    ended: float | None = None
    interrupted: bool = False
    #: What the inputs held that is not a page, passed over.
    passed: Passed = attrs.field(factory=Passed)

    @property
    def records(self) -> int:
        return self.parsed + self.warnings + self.errors + self.duplicates

    @property
    def seconds(self) -> float:
        return (self.ended or time.monotonic()) - self.started

    @property
    def pages_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def count(self, status: Status) -> None:
        if status == "parsed":
            self.parsed += 1
        elif status == "warnings":
            self.warnings += 1
        elif status == "error":
            self.errors += 1
        else:
            self.duplicates += 1

    def summary(self) -> str:
        """One line: parsed, with warnings, errors, duplicates, seconds, pages/s."""
        parts = [
            f"{self.parsed + self.warnings} parsed ({self.warnings} with warnings)",
            f"{self.errors} errors",
        ]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicates")
        if self.skipped:
            parts.append(f"{self.skipped} already recorded")
        if self.passed.not_pages:
            parts.append(f"{self.passed.not_pages} archived responses not pages (images, scripts, redirects)")
        if self.passed.other_files:
            parts.append(f"{self.passed.other_files} other files in the folders")
        parts.append(f"{self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s")
        return ("interrupted: " if self.interrupted else "") + ", ".join(parts)


class ProgressBar:
    """A live line (pages, pages/s, errors, ETA) on a terminal; silent elsewhere or when asked."""

    def __init__(
        self, summary: Summary, total: int | None, *, stream: TextIO | None = None, quiet: bool = False
    ):
        self.summary, self.total = summary, total
        self.stream = stream or sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self._drawn = 0.0

    def update(self) -> None:
        if not self.enabled or time.monotonic() - self._drawn < REDRAW_EVERY:
            return
        self._drawn = time.monotonic()
        self.stream.write("\r" + self.line() + "\033[K")
        self.stream.flush()

    def line(self) -> str:
        done, rate = self.summary.records, self.summary.pages_per_second
        if self.total:
            share = min(1.0, done / self.total)
            filled = int(share * 20)
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {done}/{self.total}"
            left = (self.total - done) / rate if rate > 0 else None
            eta = f"ETA {_clock(left)}" if left is not None else "ETA ?"
        else:
            bar, eta = f"{done} pages", ""
        return f"{bar}  {rate:.1f} pages/s  {self.summary.errors} errors  {eta}".rstrip()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
