"""Which WARC library reads faster: fastwarc or warcio, over the same WARC of HTML responses.

    python benchmarks/warc_readers.py [--data DIR] [--copies 2000]

Each reader iterates every record, keeps the `response` records, and reads their target URI, their HTTP
Content-Type and their whole payload (what a batch run needs of each page). Median of 5 rounds, one core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import aeb_pages, cycled, write_warc
from sets import DEFAULT_DATA


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            record.rec_headers.get_header("WARC-Target-URI")
            record.http_headers.get_header("Content-Type")
            count += len(record.content_stream().read()) > 0
    return count


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            record.headers.get("WARC-Target-URI")
            record.http_headers.get("Content-Type")
            count += len(record.reader.read()) > 0
    return count


def timed(reader: Callable[[Path], int], path: Path, rounds: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        count = reader(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--copies", type=int, default=2000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    pages = aeb_pages(args.data)
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'reader':<10} {'file':<10} {'records/s':>10} {'MB/s':>8}   ({args.copies} responses)")
        for compressed in (True, False):
            path = Path(folder) / ("pages.warc.gz" if compressed else "pages.warc")
            write_warc(path, cycled(pages, args.copies), gzip_records=compressed)
            size = path.stat().st_size / 1e6
            for name, reader in (("fastwarc", read_fastwarc), ("warcio", read_warcio)):
                seconds, count = timed(reader, path, 5)
                assert count == args.copies, (name, count)
                print(f"{name:<10} {path.suffix:<10} {count / seconds:10.0f} {size / seconds:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
