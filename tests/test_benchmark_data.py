"""benchmarks/data.py unpacks each source's archive into the layout the benchmark scripts read, and the
scripts say in one line what is missing and how to get it. No network: the archives are built here the
way GitHub serves them (one top folder named after the repository and commit)."""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from conftest import ROOT, benchmark_module

data = benchmark_module("data")


def _archive(top: str, files: dict[str, bytes]) -> tarfile.TarFile:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(f"{top}/{name}")
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    buffer.seek(0)
    return tarfile.open(fileobj=buffer, mode="r:gz")


@pytest.mark.parametrize(
    ("set_name", "files", "expected"),
    [
        (
            "aeb",
            {"ground-truth.json": b"{}", "html/a1.html.gz": b"x", "README.rst": b"x", "evaluate.py": b"x"},
            {"benchmarks/aeb/ground-truth.json", "benchmarks/aeb/html/a1.html.gz"},
        ),
        (
            "readability",
            {
                "test/test-pages/ars-1/source.html": b"<p>",
                "test/test-pages/ars-1/expected-metadata.json": b"{}",
                "test/test-pages/ars-1/expected.html": b"<p>",
                "Readability.js": b"x",
            },
            {
                "benchmarks/readability/ars-1/source.html",
                "benchmarks/readability/ars-1/expected-metadata.json",
            },
        ),
        (
            "ftr-site-config",
            {"example.com.txt": b"title: //h1", ".example.org.txt": b"body: //main", "README.md": b"x"},
            {"ftr-site-config/example.com.txt", "ftr-site-config/.example.org.txt"},
        ),
    ],
)
def test_each_source_is_unpacked_into_the_layout_the_scripts_read(
    set_name: str,
    files: dict[str, bytes],
    expected: set[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repository, commit = data.SOURCES[set_name]
    top = f"{repository.split('/')[1]}-{commit}"
    monkeypatch.setattr(data, "archive", lambda repo, sha: _archive(top, files))
    assert data.unpack(set_name, tmp_path) == len(expected)
    assert {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()} == expected


def test_a_script_without_its_data_says_how_to_get_it(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quality.py"), "--data", str(tmp_path), "--sets", "aeb"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith(f"benchmarks: no aeb set in {tmp_path} (python benchmarks/data.py")
    )
