"""The Dask path on a real cluster (distributed.LocalCluster, two worker processes): the same records
as a local batch run."""

from __future__ import annotations

from pathlib import Path

import pytest

from articlekit import batch
from test_batch import _bad_files, _pages, _warc

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
akdask = pytest.importorskip("articlekit.dask")


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_gives_the_records_of_a_local_run(tmp_path: Path, client: object) -> None:
    pages = _pages(tmp_path / "in")
    _bad_files(tmp_path / "in")
    _warc(
        tmp_path / "in" / "crawl.warc.gz",
        [(f"https://news.example.test/{p.stem}", p.read_bytes()) for p in pages],
    )
    local = list(batch.records([tmp_path / "in"], workers=0))
    bag = akdask.parse_paths([tmp_path / "in"], files_per_partition=5)
    assert bag.npartitions > 2  # several tasks, spread over the workers
    remote = bag.compute()
    assert len(remote) == len(local)
    assert sorted(remote, key=lambda r: r["source"]) == sorted(local, key=lambda r: r["source"])


def test_dask_to_parquet_writes_one_row_per_document(tmp_path: Path, client: object) -> None:
    pages = _pages(tmp_path / "in")
    bad = _bad_files(tmp_path / "in")
    files = akdask.to_parquet(akdask.parse_paths([tmp_path / "in"], files_per_partition=4), tmp_path / "out")
    rows = sum(pq.read_table(file).num_rows for file in files)
    assert rows == len(pages) + len(bad)
    assert pq.read_schema(files[0]).names == pq.read_schema(files[-1]).names
