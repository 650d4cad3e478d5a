"""The `articlekit` command, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, SEED_NAME

SEED = FIXTURES / f"{SEED_NAME}.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articlekit", *args], input=stdin, capture_output=True, timeout=60, check=False
    )


def test_parse_json() -> None:
    result = run("parse", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["headline"] == "Pakistan Steel Mills Revival Bolstered by New Russia Agreement"
    assert record["dates"]["published"] == "2025-07-11" and record["dates"]["displayed"] == "2025-08-15"


def test_parse_markdown_and_text() -> None:
    markdown = run("parse", str(SEED), "--format", "markdown")
    assert markdown.returncode == 0
    assert markdown.stdout.decode().startswith("# Pakistan Steel Mills Revival")
    assert b"*Published in SouthAsianDesk, July 11th, 2025*" in markdown.stdout
    text = run("parse", str(SEED), "--format", "text").stdout.decode()
    assert text.splitlines()[0] == "Pakistan Steel Mills Revival Bolstered by New Russia Agreement"
    assert "Leave a Reply" not in text


def test_stdin_url_and_kind() -> None:
    page = (FIXTURES / "html-jsonld-graph.html").read_bytes()
    result = run("parse", "-", "--url", "https://gazette.test/x", "--kind", "html", stdin=page)
    record = json.loads(result.stdout)
    assert record["url"] == "https://gazette.test/x" and record["provenance"]["input"] == "html"


def test_several_inputs_give_json_lines() -> None:
    result = run("parse", str(SEED), str(FIXTURES / "html-german.html"))
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["language"] for line in lines] == ["en", "de"]


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "nope.html"))
    assert result.returncode == 1
    error = result.stderr.decode()
    assert error.count("\n") == 1 and "nope.html" in error and "Traceback" not in error


def test_bad_inputs_do_not_stop_good_ones(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 10)
    result = run("parse", str(tmp_path / "empty.txt"), str(SEED), str(tmp_path / "noise.bin"))
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == 1
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 2 and "empty.txt: empty" in errors[0] and "noise.bin" in errors[1]
    assert "Traceback" not in result.stderr.decode()


def test_version_and_usage() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.decode().startswith("articlekit ")
    assert run("parse").returncode == 2
    assert run("parse", str(SEED), "--format", "yaml").returncode == 2


def test_reference_time_resolves_relative_dates() -> None:
    page = (b"<html><body><article><h1>Crane lifts again</h1><p>vor 2 Stunden</p><p>The old harbour crane at "
            b"Lindholm lifted a fishing boat on Saturday, three years after a storm bent its jib.</p></article></body></html>")  # fmt: skip
    result = run("parse", "-", "--reference-time", "2025-06-14T15:00:00Z", stdin=page)
    assert result.returncode == 0
    assert json.loads(result.stdout)["dates"]["published"] == "2025-06-14T13:00:00+00:00"
    bad = run("parse", "-", "--reference-time", "yesterday", stdin=page)
    assert bad.returncode == 2 and b"ISO 8601" in bad.stderr


def test_json_lines_of_several_inputs_end_with_a_newline(tmp_path: Path) -> None:
    result = run("parse", str(SEED), str(FIXTURES / "html-german.html"), "--format", "json")
    assert result.stdout.endswith(b"\n") and result.stdout.count(b"\n") == 2
    appended = tmp_path / "out.jsonl"
    for _ in range(2):  # two runs appended with >> stay valid JSON Lines
        appended.write_bytes(appended.read_bytes() + result.stdout if appended.exists() else result.stdout)
    assert len([json.loads(line) for line in appended.read_text(encoding="utf-8").splitlines()]) == 4


def test_a_timeout_must_be_more_than_zero(tmp_path: Path) -> None:
    for value in ("0", "-1", "nan", "soon"):
        result = run("batch", str(SEED), "-o", str(tmp_path / "out.jsonl"), "--timeout", value)
        assert result.returncode == 2 and b"--timeout" in result.stderr, value
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_does_not_replace_an_output_unless_told(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "kept"}\n', encoding="utf-8")
    refused = run("batch", str(SEED), "-o", str(out), "--quiet")
    assert refused.returncode == 2 and b"--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == '{"source": "kept"}\n'
    assert run("batch", str(SEED), "-o", str(out), "--quiet", "--force").returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(SEED)


def test_a_missing_rules_folder_is_named_as_missing(tmp_path: Path) -> None:
    result = run("parse", str(SEED), "--rules", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert (
        result.stderr.decode()
        == f"articlekit: {tmp_path / 'nowhere'}: no such rule file or folder of rules\n"
    )


def test_a_url_given_as_a_page_says_nothing_is_fetched() -> None:
    result = run("parse", "https://example.com/news/1")
    assert result.returncode == 1
    message = result.stderr.decode()
    assert message.count("https://example.com/news/1") == 2  # the input, and the command that saves it
    assert "never fetches" in message and "curl -o page.html 'https://example.com/news/1'" in message


def test_documents_of_other_kinds_are_a_typed_error(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"Plain words in the file. " * 20)
    result = run("parse", str(pdf))
    assert (result.returncode, result.stderr.decode()) == (
        1,
        f"articlekit: {pdf}: a PDF document, not HTML or text\n",
    )
