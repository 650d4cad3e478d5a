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
