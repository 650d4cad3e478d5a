"""The writer a batch run's output path asks for, by its suffix."""

from __future__ import annotations

from ._base import OutputError, Writer
from ._jsonl import GzipJsonLinesWriter, JsonLinesWriter, StdoutWriter
from ._table import CsvWriter, ParquetWriter


def open_writer(path: str, *, resume: bool) -> Writer:
    """The writer for `path` by its suffix: .jsonl, .jsonl.gz, .parquet, .csv, or - (JSONL on stdout)."""
    lowered = path.lower()
    if path == "-":
        if resume:
            raise OutputError("--resume needs an output file, not standard output")
        return StdoutWriter(path, resume=False)
    writers: dict[str, type[Writer]] = {
        ".jsonl.gz": GzipJsonLinesWriter,
        ".jsonl": JsonLinesWriter,
        ".parquet": ParquetWriter,
        ".csv": CsvWriter,
    }
    for suffix, writer in writers.items():
        if lowered.endswith(suffix):
            return writer(path, resume=resume)
    raise OutputError(f"{path}: unknown output format (use .jsonl, .jsonl.gz, .parquet, .csv or -)")
