"""Batch parsing on a Dask cluster, for archives that outgrow one machine (`pip install 'articlekit[dask]'`).

>>> from distributed import Client
>>> from articlekit import dask as akdask
>>> client = Client("scheduler:8786")
>>> bag = akdask.parse_paths(["s3-mounted/crawl/*.warc.gz", "saved-pages/"])
>>> akdask.to_parquet(bag, "articles/")          # a folder of part-NNNNN.parquet files

The records are those of `articlekit.batch`, one per input document (errors included). Each partition
is a list of files that one worker reads itself: a WARC file is a partition of its own, page files are
grouped `files_per_partition` to a partition. docs/scale.md runs it on a real cluster.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterable
from typing import Any

from ._batch._inputs import expand, is_container
from ._batch._outcome import DEFAULT_PARSER, Parser, outcome_of
from ._batch._writers._table import parquet_row, parquet_schema

__all__ = ["parse_paths", "to_parquet"]

try:
    importlib.import_module("dask.bag")
except ImportError:
    raise ImportError("articlekit.dask needs Dask: pip install 'articlekit[dask]'") from None

#: Page files per partition (a WARC file is always one partition).
FILES_PER_PARTITION = 200


def parse_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    files_per_partition: int = FILES_PER_PARTITION,
    parser: Parser = DEFAULT_PARSER,
) -> Any:
    """A `dask.bag.Bag` of the records of every document under `paths` (files, folders, globs, WARC
    files), partitioned so that each task reads its own files. Paths must be readable by the workers."""
    dask_bag: Any = importlib.import_module("dask.bag")  # untyped: used through Any

    partitions: list[list[str]] = []
    pages: list[str] = []
    for path in expand(paths):
        if is_container(path):
            partitions.append([path])
        else:
            pages.append(path)
    partitions.extend(pages[i : i + files_per_partition] for i in range(0, len(pages), files_per_partition))
    if not partitions:
        return dask_bag.from_sequence([], npartitions=1)
    bag = dask_bag.from_sequence(partitions, npartitions=len(partitions))
    return bag.map_partitions(_parse_partition, parser)


def _parse_partition(partition: list[list[str]], parser: Parser) -> list[dict[str, Any]]:
    from ._batch._inputs import documents

    files = [path for group in partition for path in group]
    return [json.loads(outcome_of(document, parser).line) for document in documents(files)]


def to_parquet(bag: Any, path: str | os.PathLike[str]) -> list[str]:
    """Write the bag's records as a folder of Parquet files (`part-00000.parquet`, ...), one per
    partition, with the schema of `articlekit batch -o OUT.parquet`; returns the files written."""
    dask: Any = importlib.import_module("dask")

    folder = os.fspath(path)
    os.makedirs(folder, exist_ok=True)
    writes = [dask.delayed(_write_part)(part, folder, n) for n, part in enumerate(bag.to_delayed())]
    return list(dask.compute(*writes))


def _write_part(records: Iterable[dict[str, Any]], folder: str, number: int) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    file = os.path.join(folder, f"part-{number:05d}.parquet")
    table = pa.Table.from_pylist([parquet_row(record) for record in records], schema=parquet_schema())
    pq.write_table(table, file)
    return file
