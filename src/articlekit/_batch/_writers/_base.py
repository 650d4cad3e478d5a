"""The output side of a batch run: a writer per format, chosen by the output's suffix."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod

from ...errors import ArticleKitError

_SOURCE_KEY = '{"source":'
_DECODER = json.JSONDecoder()


class OutputError(ArticleKitError):
    """The output cannot be written in the format asked for (unknown suffix, missing extra)."""


class OutputFailed(OutputError):
    """Writing the output failed (a full disk, a read-only folder, a closed pipe): what was written before
    is left valid, and `--resume` goes on from there."""


def write_failure(path: str, exc: OSError) -> OutputFailed:
    """The one-line error for an OSError met while writing `path`."""
    return OutputFailed(f"cannot write {path}: {exc.strerror or exc}")


class Writer(ABC):
    """Writes records, a chunk at a time; knows which inputs an existing output already records."""

    def __init__(self, path: str, *, resume: bool) -> None:
        self.path = path
        self.resume = resume

    @abstractmethod
    def recorded(self) -> set[str]:
        """The sources an existing output already holds (read when resuming; empty otherwise)."""

    @abstractmethod
    def write(self, lines: list[str]) -> None:
        """Write one chunk of records (JSON lines), all of it or, if the process dies, none of it."""

    @abstractmethod
    def close(self) -> None:
        """Finish the output, leaving a valid file."""


def source_of(line: str) -> str | None:
    """The `source` of a JSON record line (the first key, as records are written), read without parsing
    the whole record."""
    try:
        if line.startswith(_SOURCE_KEY):
            value = _DECODER.raw_decode(line, len(_SOURCE_KEY))[0]
        else:
            value = json.loads(line).get("source")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
