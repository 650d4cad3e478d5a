"""CSV and Parquet: formats that cannot be appended to safely, written through a journal.

While a run goes on, records go to a JSON-lines journal beside the output (`OUT.partial.jsonl`),
chunk by chunk, as resumable as a `.jsonl` output. Closing the run (at its end, or on Ctrl-C) writes the
table: the rows an existing output already had (when resuming), then the journal's, into a temporary
file renamed over the output, so the output is always a whole, valid file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
from abc import abstractmethod
from collections.abc import Iterator
from typing import Any

from ._base import OutputError, OutputFailed, Writer, write_failure
from ._columns import COLUMNS, flatten
from ._jsonl import JsonLinesWriter

#: Rows per Parquet row group (and per batch read from the journal).
ROWS_PER_GROUP = 1000


class _JournalledWriter(Writer):
    def __init__(self, path: str, *, resume: bool) -> None:
        super().__init__(path, resume=resume)
        self._check_available()
        self.journal_path = f"{path}.partial.jsonl"
        self._journal = JsonLinesWriter(self.journal_path, resume=resume)
        self._earlier = self._read_sources() if resume and os.path.exists(path) else set()

    def _check_available(self) -> None:
        """Raise OutputError when the format's library is missing."""

    def recorded(self) -> set[str]:
        return self._earlier | self._journal.recorded()

    def write(self, lines: list[str]) -> None:
        self._journal.write(lines)

    def close(self) -> None:
        self._journal.close()
        temporary = f"{self.path}.tmp-{os.getpid()}"
        try:
            self._write_table(temporary, keep_earlier=bool(self._earlier))
            os.replace(temporary, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(temporary)
            failure = write_failure(self.path, exc)
            raise OutputFailed(f"{failure}; the records are kept in {self.journal_path}") from None
        os.remove(self.journal_path)

    def _journal_records(self) -> Iterator[dict[str, Any]]:
        with open(self.journal_path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    yield json.loads(line)

    @abstractmethod
    def _read_sources(self) -> set[str]:
        """The sources of an existing output."""

    @abstractmethod
    def _write_table(self, temporary: str, *, keep_earlier: bool) -> None:
        """Write the earlier rows (when `keep_earlier`) and the journal's rows to `temporary`."""


class CsvWriter(_JournalledWriter):
    """`.csv`: the flat columns of docs/batch.md; list values joined by "; "."""

    def _read_sources(self) -> set[str]:
        with open(self.path, newline="", encoding="utf-8") as stream:
            return {row["source"] for row in csv.DictReader(stream) if row.get("source")}

    def _write_table(self, temporary: str, *, keep_earlier: bool) -> None:
        names = [name for name, _, _ in COLUMNS]
        with open(temporary, "w", newline="", encoding="utf-8") as out:
            if keep_earlier:
                with open(self.path, newline="", encoding="utf-8") as earlier:
                    shutil.copyfileobj(earlier, out)
            writer = csv.DictWriter(out, fieldnames=names)
            if not keep_earlier:
                writer.writeheader()
            for record in self._journal_records():
                row = flatten(record)
                writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})


class ParquetWriter(_JournalledWriter):
    """`.parquet` (needs pyarrow: `pip install 'articlekit[parquet]'`): the flat columns of docs/batch.md
    with typed values and lists, plus `record`, the whole record as JSON."""

    def _check_available(self) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError(
                f"{self.path}: writing Parquet needs pyarrow: pip install 'articlekit[parquet]'"
            ) from None

    def _read_sources(self) -> set[str]:
        import pyarrow.parquet as pq

        column = pq.read_table(self.path, columns=["source"]).column("source")
        return {value for value in column.to_pylist() if value}

    def _write_table(self, temporary: str, *, keep_earlier: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = parquet_schema()
        with pq.ParquetWriter(temporary, schema) as writer:
            if keep_earlier:
                earlier = pq.ParquetFile(self.path)
                for group in range(earlier.num_row_groups):
                    writer.write_table(earlier.read_row_group(group).cast(schema))
            batch: list[dict[str, Any]] = []
            for record in self._journal_records():
                batch.append(parquet_row(record))
                if len(batch) >= ROWS_PER_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    row = flatten(record)
    row["record"] = json.dumps(record, ensure_ascii=False)
    return row


def parquet_schema() -> Any:
    """The Parquet schema of batch outputs (also used by `articlekit.dask.to_parquet`)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind, _ in COLUMNS] + [("record", pa.string())])
