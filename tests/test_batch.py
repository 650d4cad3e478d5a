"""Batch runs: one record per input document, whatever the document, the output format or the interruption."""

from __future__ import annotations

import csv
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import articlekit
from articlekit import batch
from articlekit._cli import main
from batch_parsers import CRASH_MARK, HANG_MARK, crashing, hanging
from conftest import FIXTURES, benchmark_module, require_shared

pytest.importorskip("warcio", reason="the WARC tests write their WARC files with warcio (test extra)")


def _pages(folder: Path) -> list[Path]:
    """The fixture pages and texts, copied into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in sorted(FIXTURES.iterdir()):
        if source.suffix in (".html", ".txt"):
            copied.append(Path(shutil.copy(source, folder / source.name)))
    return copied


def _bad_files(folder: Path) -> dict[str, str]:
    """Files no article comes from, and the error type each must give."""
    (folder / "empty.html").write_bytes(b"")
    (folder / "random.html").write_bytes(os.urandom(4096))
    whole = gzip.compress((FIXTURES / "html-german.html").read_bytes())
    (folder / "cut.html.gz").write_bytes(whole[: len(whole) // 2])
    return {"empty.html": "EmptyInput", "random.html": "DecodeError", "cut.html.gz": "DecodeError"}


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    corpus = benchmark_module("corpus")
    corpus.write_warc(path, pages)
    return path


def test_every_document_gives_one_record_and_resume_adds_nothing(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in")
    bad = _bad_files(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--quiet"]) == 1
    records = _lines(out)
    assert len(records) == len(pages) + len(bad)
    by_name = {Path(str(r["source"])).name: r for r in records}
    for name, kind in bad.items():
        assert by_name[name]["error"]["type"] == kind  # type: ignore[index]
    seed = by_name["southasiandesk-pakistan-steel-mills.txt"]
    expected = articlekit.parse(FIXTURES / "southasiandesk-pakistan-steel-mills.txt").to_dict()
    assert {k: v for k, v in seed.items() if k != "source"} == json.loads(json.dumps(expected))
    before = out.read_bytes()
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--quiet"]) == 0
    assert out.read_bytes() == before


def test_records_are_in_input_order_with_or_without_workers(tmp_path: Path) -> None:
    _pages(tmp_path)
    in_process = [r["source"] for r in batch.records([tmp_path], workers=0)]
    with_workers = [r["source"] for r in batch.records([tmp_path], workers=2)]
    assert in_process == with_workers == sorted(in_process)


def test_a_crashed_worker_costs_only_its_document(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    victim = pages[3]
    victim.write_bytes(victim.read_bytes() + CRASH_MARK)
    records = list(batch.records([tmp_path], workers=2, parser=crashing))
    assert len(records) == len(pages)
    failed = [r for r in records if "error" in r]
    assert [r["source"] for r in failed] == [str(victim)]
    assert failed[0]["error"]["type"] == "WorkerCrashed"
    assert "exit code 3" in failed[0]["error"]["message"]


def test_the_timeout_counts_from_when_a_worker_has_started(tmp_path: Path) -> None:
    """A worker still importing its parser is not parsing: its first document is not timed out for it."""
    from slow_start_parsers import IMPORT_SECONDS, slow_to_start

    pages = _pages(tmp_path / "all")[:3]
    for page in pages:
        page.rename(tmp_path / page.name)
    records = list(batch.records(list(pages and [tmp_path / p.name for p in pages]), workers=1,
                                 timeout=IMPORT_SECONDS / 2, parser=slow_to_start))  # fmt: skip
    assert len(records) == len(pages) and not [r for r in records if "error" in r]


def test_a_document_past_the_timeout_is_an_error_record(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    victim = pages[0]
    victim.write_bytes(victim.read_bytes() + HANG_MARK)
    started = time.monotonic()
    records = list(batch.records([tmp_path], workers=2, timeout=1.0, parser=hanging))
    assert time.monotonic() - started < 30
    assert len(records) == len(pages)
    assert [(r["source"], r["error"]["type"]) for r in records if "error" in r] == [(str(victim), "Timeout")]


def _middle_of_last_response(warc: Path) -> int:
    """A byte offset inside the WARC's last response record (warcio tells where records lie)."""
    from warcio.archiveiterator import ArchiveIterator

    last = (0, 0)
    with warc.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            record.content_stream().read()  # the record's length is known once it is read
            if record.rec_type == "response":
                last = (records.get_record_offset(), records.get_record_length())
    offset, length = last
    return offset + length // 2


def test_warc_responses_are_documents_and_cut_warcs_end_in_an_error(tmp_path: Path) -> None:
    pages = [(f"https://news.example.test/{p.stem}", p.read_bytes()) for p in _pages(tmp_path / "pages")]
    whole = _warc(tmp_path / "crawl.warc.gz", pages)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: _middle_of_last_response(whole)])
    (tmp_path / "not.warc").write_bytes(b"this is not a WARC file\n")
    records = list(batch.records([whole], workers=0))
    assert [r["url"] for r in records] == [url for url, _ in pages]  # the target URI is the article's URL
    assert all(str(r["source"]).startswith(f"{whole}#") for r in records)
    cut_records = list(batch.records([cut], workers=0))
    assert [r["url"] for r in cut_records[:-1]] == [url for url, _ in pages][: len(cut_records) - 1]
    assert cut_records[-1]["error"]["type"] == "WarcError"
    assert [r["error"]["type"] for r in batch.records([tmp_path / "not.warc"], workers=0)] == ["WarcError"]


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl.gz"])
def test_each_output_format_has_one_row_per_document_and_resumes(tmp_path: Path, suffix: str) -> None:
    pages = _pages(tmp_path / "in")
    bad = _bad_files(tmp_path / "in")
    out = tmp_path / f"out{suffix}"
    summary = batch.write([tmp_path / "in"], out, workers=2)
    assert summary.records == len(pages) + len(bad) and summary.errors == len(bad)
    assert _sources(out) == sorted(str(p) for p in (tmp_path / "in").iterdir())
    again = batch.write([tmp_path / "in"], out, workers=2, resume=True)
    assert again.records == 0 and again.skipped == len(pages) + len(bad)
    assert len(_sources(out)) == len(pages) + len(bad)
    assert not Path(f"{out}.partial.jsonl").exists()


def _sources(out: Path) -> list[str]:
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        return sorted(pq.read_table(out, columns=["source"]).column("source").to_pylist())
    if out.suffix == ".csv":
        with out.open(newline="", encoding="utf-8") as stream:
            return sorted(row["source"] for row in csv.DictReader(stream))
    opener = gzip.open if out.suffix == ".gz" else open
    with opener(out, "rt", encoding="utf-8") as stream:
        return sorted(json.loads(line)["source"] for line in stream)


def test_resume_cuts_a_half_written_record_and_finishes_the_run(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    batch.write([tmp_path / "in"], out, workers=0)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:5]) + lines[5][:40], encoding="utf-8")  # killed mid-write
    summary = batch.write([tmp_path / "in"], out, workers=0, resume=True)
    assert summary.skipped == 5 and summary.records == len(pages) - 5
    assert sorted(r["source"] for r in _lines(out)) == sorted(str(p) for p in pages)


def test_resume_of_gzipped_lines_cuts_an_unfinished_member(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in")
    out = tmp_path / "out.jsonl.gz"
    batch.write([tmp_path / "in"], out, workers=0)
    whole = out.read_bytes()
    out.write_bytes(whole + gzip.compress(b'{"source":"half')[:20])  # a chunk cut short
    summary = batch.write([tmp_path / "in"], out, workers=0, resume=True)
    assert summary.records == 0 and summary.skipped == len(pages)
    assert out.read_bytes() == whole


@pytest.mark.parametrize(("dedupe", "repeat"), [("content", 2), ("url", 1)])
def test_duplicates_are_recorded_as_such(tmp_path: Path, dedupe: str, repeat: int) -> None:
    page = (FIXTURES / "html-german.html").read_bytes()
    pages = [
        ("https://a.example.test/1", page),
        ("https://a.example.test/1", page + b" "),  # the same URL, other bytes
        ("https://a.example.test/2", page),  # the same bytes, another URL
    ]
    warc = _warc(tmp_path / "dupes.warc", pages)
    records = list(batch.records([warc], workers=0, dedupe=dedupe))  # type: ignore[arg-type]
    assert len(records) == 3
    assert [i for i, r in enumerate(records) if "duplicate_of" in r] == [repeat]
    assert records[repeat]["duplicate_of"] == records[0]["source"]


def test_ctrl_c_leaves_a_valid_output_that_resume_completes(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in")
    for copy in range(100):  # enough pages to be interrupted halfway, on a fast machine too
        for page in pages:
            shutil.copy(page, tmp_path / "in" / f"{copy:02d}-{page.name}")
    total = len(list((tmp_path / "in").iterdir()))
    out = tmp_path / "out.parquet"
    command = [
        sys.executable,
        "-m",
        "articlekit",
        "batch",
        str(tmp_path / "in"),
        "-o",
        str(out),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    journal = Path(f"{out}.partial.jsonl")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not journal.exists() or journal.stat().st_size == 0):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 130, errors
    assert "interrupted" in errors
    first = _sources(out)
    assert 0 < len(first) < total
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--quiet"]) == 0
    assert _sources(out) == sorted(str(p) for p in (tmp_path / "in").iterdir())


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pages(tmp_path)
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.xml")]) == 2
    assert "unknown output format" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "-o", "-", "--resume"]) == 2


def test_benchmark_pages_and_a_warc_give_one_record_each(tmp_path: Path) -> None:
    """The issue's acceptance run: 300 real pages with bad files among them and a WARC of 50 responses
    (with their request records) to JSONL, resumed, and to Parquet."""
    data = require_shared("benchmarks", "aeb")
    corpus = benchmark_module("corpus")
    pages = corpus.aeb_pages(data.parent)
    folder = tmp_path / "in"
    written = corpus.write_folder(folder, corpus.cycled(pages, 300 - 3))
    bad = _bad_files(folder)
    _warc(folder / "crawl.warc.gz", list(corpus.cycled(pages, 50)))
    total = written + len(bad) + 50
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--quiet"]) == 1
    records = _lines(out)
    assert len(records) == total
    assert sorted(r["error"]["type"] for r in records if "error" in r) == sorted(bad.values())
    assert main(["batch", str(folder), "-o", str(out), "--resume", "--quiet"]) == 0
    assert len(_lines(out)) == total
    assert main(["batch", str(folder), "-o", str(tmp_path / "out.parquet"), "--quiet"]) == 1
    assert len(_sources(tmp_path / "out.parquet")) == total


def test_progress_line_and_summary() -> None:
    import io

    from articlekit._batch._progress import ProgressBar

    summary = batch.Summary(parsed=30, warnings=5, errors=2, started=time.monotonic() - 10)
    bar = ProgressBar(summary, total=74, stream=io.StringIO())
    assert not bar.enabled  # not a terminal: silent
    line = bar.line()
    assert "37/74" in line and "3.7 pages/s" in line and "2 errors" in line and "ETA 0:00:10" in line
    assert ProgressBar(summary, total=None, stream=io.StringIO()).line().startswith("37 pages")
    summary.ended = summary.started + 10
    assert summary.summary() == "35 parsed (5 with warnings), 2 errors, 10.0 s, 3.7 pages/s"


def test_globs_gzipped_pages_and_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _pages(tmp_path / "in")
    gzipped = tmp_path / "in" / "sub" / "page.html.gz"
    gzipped.parent.mkdir()
    gzipped.write_bytes(gzip.compress(pages[0].read_bytes()))
    pattern = str(tmp_path / "in" / "**" / "*.html*")
    assert main(["batch", pattern, "-o", "-", "--workers", "0", "--quiet"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    html_pages = [p for p in pages if p.suffix == ".html"]
    assert sorted(r["source"] for r in records) == sorted([*map(str, html_pages), str(gzipped)])
    from_gzip = next(r for r in records if r["source"] == str(gzipped))
    assert from_gzip["headline"] == articlekit.parse(pages[0]).headline


def test_a_worker_killed_while_idle_costs_nothing(tmp_path: Path) -> None:
    """A worker that dies between documents (killed, out of memory) had no document: a fresh worker takes
    the next one, and every document gets its article."""
    from articlekit._archives._document import Document
    from articlekit._batch._pool import WorkerPool

    pages = _pages(tmp_path)[:6]
    pool = WorkerPool(2, articlekit.batch.parse_bytes)
    try:
        for worker in list(pool._workers):
            os.kill(worker.process.pid or 0, signal.SIGKILL)
            worker.process.join(10)
        outcomes = list(pool.map(iter([Document(source=str(p), path=str(p)) for p in pages])))
    finally:
        pool.close()
    assert [o.source for o in outcomes] == [str(p) for p in pages]
    assert [o.line for o in outcomes if o.status == "error"] == []


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in: a chmod-ed one, or (root ignores modes) /sys."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    folder = Path("/sys")
    try:
        (folder / "articlekit-probe.jsonl").open("wb").close()
    except OSError:
        return folder
    pytest.skip("no folder here refuses a root process's files")


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_an_output_that_cannot_be_created_is_one_line(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "in")
    (tmp_path / "file.txt").write_text("not a folder", encoding="utf-8")
    for out in (tmp_path / "file.txt" / f"out{suffix}", _read_only_folder(tmp_path) / f"out{suffix}"):
        assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--quiet", "--workers", "0"]) == 4
        error = capsys.readouterr().err
        assert error.startswith(f"articlekit: cannot write {out}") and error.count("\n") == 1, error


def _batch_with_file_size_limit(inputs: Path, out: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """`articlekit batch` with files limited to `limit` bytes: a disk that fills up during the run."""
    import resource

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = [sys.executable, "-m", "articlekit", "batch", str(inputs), "-o", str(out), "--workers", "1"]
    return subprocess.run(command, capture_output=True, text=True, preexec_fn=limited, timeout=300)


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".csv"])
def test_a_full_disk_leaves_a_valid_output_that_resume_completes(tmp_path: Path, suffix: str) -> None:
    pages = _pages(tmp_path / "in")
    for copy in range(6):
        for page in pages:
            shutil.copy(page, tmp_path / "in" / f"{copy:02d}-{page.name}")
    every = sorted(str(p) for p in (tmp_path / "in").iterdir())
    out = tmp_path / f"out{suffix}"
    limit = 100_000 if suffix != ".jsonl.gz" else 20_000
    finished = _batch_with_file_size_limit(tmp_path / "in", out, limit)
    assert finished.returncode == 4, finished.stderr
    assert "Traceback" not in finished.stderr and finished.stderr.count("\n") == 1, finished.stderr
    assert "File too large" in finished.stderr and "--resume" in finished.stderr
    assert not list(tmp_path.glob("out*.tmp-*"))
    written = _sources(out) if out.exists() else []  # a valid file: every record whole
    assert len(written) < len(every)
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--quiet"]) == 0
    assert _sources(out) == every


def test_a_warc_gzipped_whole_gives_each_record_its_own_source(tmp_path: Path) -> None:
    pages = [(f"https://a.example.test/{n}", (FIXTURES / "html-german.html").read_bytes()) for n in range(5)]
    plain = tmp_path / "plain.warc"
    benchmark_module("corpus").write_warc(plain, pages, gzip_records=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    from_whole = list(batch.records([whole], workers=0))
    from_plain = list(batch.records([plain], workers=0))
    offsets = [str(r["source"]).rpartition("#")[2] for r in from_whole]
    assert offsets == [str(r["source"]).rpartition("#")[2] for r in from_plain]  # uncompressed offsets
    assert len(set(offsets)) == 5 and [r["url"] for r in from_whole] == [url for url, _ in pages]
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(whole), "-o", str(out), "--quiet", "--workers", "0"]) == 0
    assert main(["batch", str(whole), "-o", str(out), "--quiet", "--workers", "0", "--resume"]) == 0
    assert len(_sources(out)) == 5


def test_resume_knows_a_file_by_any_of_its_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pages(tmp_path / "pages")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["batch", "pages", "-o", str(out), "--quiet", "--workers", "0"]) == 0
    before = out.read_bytes()
    for other_name in ("./pages", str(tmp_path / "pages"), "pages/../pages/"):
        assert main(["batch", other_name, "-o", str(out), "--quiet", "--workers", "0", "--resume"]) == 0
        assert out.read_bytes() == before, other_name


def test_a_file_named_twice_gives_one_record(tmp_path: Path) -> None:
    page = _pages(tmp_path)[0]
    records = list(batch.records([page, tmp_path / "." / page.name, tmp_path], workers=0))
    assert [r["source"] for r in records].count(str(page)) == 1
    assert len(records) == len(list(tmp_path.iterdir()))


def test_an_unreadable_folder_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pages(tmp_path / "in" / "a")
    locked = tmp_path / "in" / "b"
    _pages(locked)
    if os.geteuid() != 0:
        locked.chmod(0o000)
    else:  # root reads any folder: make this one fail as a locked folder would
        real_scandir = os.scandir

        def scandir(path: str | os.PathLike[str] = ".") -> object:
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        records = list(batch.records([tmp_path / "in"], workers=0))
    finally:
        locked.chmod(0o755)
    failed = [r for r in records if "error" in r]
    assert [r["source"] for r in failed] == [str(locked)]
    assert failed[0]["error"]["type"] == "SourceNotFound"
    assert "cannot read this folder" in failed[0]["error"]["message"]
    assert len(records) == len(list((tmp_path / "in" / "a").iterdir())) + 1


def test_a_glob_over_a_link_loop_ends_and_a_glob_matching_nothing_is_an_error(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in" / "deep" / "er")
    (tmp_path / "in" / "deep" / "er" / "loop").symlink_to(tmp_path / "in")
    records = list(batch.records([str(tmp_path / "in" / "**" / "*.html")], workers=0))
    assert sorted(r["source"] for r in records) == sorted(str(p) for p in pages if p.suffix == ".html")
    nothing = str(tmp_path / "none" / "**" / "*.html")
    assert [(r["source"], r["error"]["type"]) for r in batch.records([nothing], workers=0)] == [
        (nothing, "SourceNotFound")
    ]


def test_standard_output_closed_early_is_not_success(tmp_path: Path) -> None:
    _pages(tmp_path)
    command = [sys.executable, "-m", "articlekit", "batch", str(tmp_path), "-o", "-", "--workers", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 141 and errors == b""


def test_a_table_that_cannot_be_written_keeps_its_journal_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from articlekit._batch._writers._base import OutputFailed
    from articlekit._batch._writers._table import CsvWriter

    def fill_the_disk(self: CsvWriter, temporary: str, *, keep_earlier: bool) -> None:
        Path(temporary).write_text("source,headl", encoding="utf-8")
        raise OSError(28, "No space left on device")

    _pages(tmp_path / "in")
    out = tmp_path / "out.csv"
    monkeypatch.setattr(CsvWriter, "_write_table", fill_the_disk)
    with pytest.raises(OutputFailed, match=r"No space left on device.*out\.csv\.partial\.jsonl"):
        batch.write([tmp_path / "in"], out, workers=0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.csv.partial.jsonl"]
    monkeypatch.undo()
    batch.write([tmp_path / "in"], out, workers=0, resume=True)
    assert _sources(out) == sorted(str(p) for p in (tmp_path / "in").iterdir())
