"""Every Python example in README.md and docs/ runs, in a folder holding the files it names.

The examples name a user's files ("saved-page.html", "saved-pages/", "crawl.warc.gz"): each runs where
those are fixture pages and a WARC written by warcio. Deployment examples (a scheduler's address, a
SLURM or Kubernetes cluster) run against a local Dask cluster with the addresses and paths swapped for
local ones; the ones whose cluster package is not installed here are listed in NEEDS and skipped, saying
why. The outputs the examples show in comments depend on the machine and the pages (a batch summary's
pages per second), so they are not compared.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, benchmark_module

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: Examples that need a package this project does not install: the text they start with, and why.
NEEDS = {
    "from dask_jobqueue import": "needs dask-jobqueue and a SLURM cluster",
    "from dask_kubernetes.operator import": "needs dask-kubernetes and a Kubernetes cluster",
}
#: What a deployment example names that is not here, and what stands in for it.
STAND_INS = {
    'Client("tcp://scheduler:8786")': (
        'Client(__import__("distributed").LocalCluster(n_workers=1, threads_per_worker=1, processes=False))'
    ),
    '"/data/cc/CC-MAIN-2025-30/segments/**/*.warc.gz"': '"crawl.warc.gz"',
    '"/data/articles/CC-MAIN-2025-30/"': '"articles-out/"',
}


def _examples() -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        for number, match in enumerate(_BLOCK.finditer(path.read_text(encoding="utf-8")), 1):
            found.append((f"{path.relative_to(ROOT)}#{number}", match.group(1)))
    return found


@pytest.fixture
def users_folder(tmp_path: Path) -> Path:
    """A folder with the files the examples name: a saved page, a folder of them, a WARC."""
    shutil.copy(FIXTURES / "html-german.html", tmp_path / "saved-page.html")
    (tmp_path / "saved-pages").mkdir()
    for name in ("html-german.html", "text-dateline-print.txt"):
        shutil.copy(FIXTURES / name, tmp_path / "saved-pages" / name)
    page = (FIXTURES / "html-kicker-dash-headline.html").read_bytes()
    benchmark_module("corpus").write_warc(tmp_path / "crawl.warc.gz", [("https://example.com/a", page)])
    return tmp_path


@pytest.mark.parametrize(("name", "code"), _examples(), ids=[name for name, _ in _examples()])
def test_the_example_runs(name: str, code: str, users_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for start, why in NEEDS.items():
        if code.startswith(start):
            pytest.skip(why)
    for shown, local in STAND_INS.items():
        code = code.replace(shown, local)
    monkeypatch.chdir(users_folder)
    test_page = (ROOT / "tests" / "test_rules.py").read_text(encoding="utf-8")
    html = re.search(r'PAGE = """(.*?)"""', test_page, re.DOTALL).group(1)  # type: ignore[union-attr]
    if name.startswith("docs/rules.md") and "RULES = Path(__file__)" in code:
        (users_folder / "rules").mkdir()
        code = code.replace("Path(__file__).parent", "Path(os.getcwd())")
    names = {"__name__": "example", "html": html, "os": os, "articlekit": __import__("articlekit")}
    exec(compile(code, name, "exec"), names)


def test_every_doc_with_python_has_its_examples_found() -> None:
    names = {name.split("#")[0] for name, _ in _examples()}
    assert {"README.md", "docs/batch.md", "docs/rules.md", "docs/scale.md"} <= names
