"""Every example in README.md and docs/ runs, in a folder holding the files it names: Python blocks are
executed; TOML and JSON blocks parse (a rule file loads, and matches its own tests' URLs); each
`articlekit` command line in a command block runs with exit status 0, and each `python benchmarks/...`
line names a script and options that exist (installation lines are not run here: `.ci/run` installs
from a fresh clone, and tests/test_package.py installs the built wheel); a block introduced by `<!-- output of: COMMAND -->` is
compared with what COMMAND prints.

The examples name a user's files ("saved-page.html", "saved-pages/", "crawl.warc.gz"): each runs where
those are fixture pages and a WARC written by warcio. Deployment examples (a scheduler's address, a
SLURM or Kubernetes cluster) run against a local Dask cluster with the addresses and paths swapped for
local ones; the ones whose cluster package is not installed here are listed in NEEDS and skipped, saying
why. The outputs the examples show in comments depend on the machine and the pages (a batch summary's
pages per second), so they are not compared.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import articlekit.rules
from conftest import FIXTURES, ROOT, benchmark_module

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_FENCED = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_OUTPUT = re.compile(r"^<!-- output of: (.*?) -->\n```\w*\n(.*?)^```", re.MULTILINE | re.DOTALL)
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
    test_rules = (ROOT / "tests" / "test_rules.py").read_text(encoding="utf-8")
    rule_page = re.search(r'PAGE = """(.*?)"""', test_rules, re.DOTALL).group(1)  # type: ignore[union-attr]
    (tmp_path / "page.html").write_text(rule_page, encoding="utf-8")  # a page in example-news's structure
    rules = tmp_path / "rules"  # the rule docs/rules.md shows, with the fixtures its [[tests]] name
    (rules / "fixtures").mkdir(parents=True)
    (rules / "example-news.toml").write_text(
        _blocks("toml", ROOT / "docs" / "rules.md")[0][1], encoding="utf-8"
    )
    (rules / "fixtures" / "example-news.html").write_text(rule_page, encoding="utf-8")
    expected = {"headline": "Harbour ferry gets a new engine", "provenance": {"rule": "example-news 1"}}
    (rules / "fixtures" / "example-news.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "code"), _examples(), ids=[name for name, _ in _examples()])
def test_the_example_runs(name: str, code: str, users_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for start, why in NEEDS.items():
        if code.startswith(start):
            pytest.skip(why)
    for shown, local in STAND_INS.items():
        code = code.replace(shown, local)
    monkeypatch.chdir(users_folder)
    if name.startswith("docs/rules.md") and "RULES = Path(__file__)" in code:
        code = code.replace("Path(__file__).parent", "Path.cwd()")
    exec(compile(code, name, "exec"), {"__name__": "example"})  # only what the example imports itself


def test_every_doc_with_python_has_its_examples_found() -> None:
    names = {name.split("#")[0] for name, _ in _examples()}
    assert {"README.md", "docs/batch.md", "docs/rules.md", "docs/scale.md"} <= names


def _blocks(language: str, *paths: Path) -> list[tuple[str, str]]:
    """(where, text) of the fenced blocks of one language ("" for a bare fence) in `paths` (else all docs)."""
    found = []
    for path in paths or DOCS:
        for number, match in enumerate(_FENCED.finditer(path.read_text(encoding="utf-8")), 1):
            if match.group(1) == language:
                found.append((f"{path.relative_to(ROOT)}#{number}", match.group(2)))
    return found


@pytest.mark.parametrize(("name", "code"), _blocks("toml"), ids=[name for name, _ in _blocks("toml")])
def test_the_toml_example_is_valid(name: str, code: str, tmp_path: Path) -> None:
    data = tomllib.loads(code)
    if "rule" not in data:
        return  # a pyproject.toml: valid TOML is all it claims
    path = tmp_path / "example.toml"
    path.write_text(code, encoding="utf-8")
    (rule,) = articlekit.rules.load(path)
    assert all(rule.matches_url(test["url"]) for test in data.get("tests", [])), "a test URL the rule rejects"


@pytest.mark.parametrize(("name", "code"), _blocks("json"), ids=[name for name, _ in _blocks("json")])
def test_the_json_example_is_valid(name: str, code: str) -> None:
    json.loads(code)


def _command_lines() -> list[tuple[str, str]]:
    """(where, line) of each command a reader would type: lines of `sh` and bare blocks that start with
    `articlekit ` or `python benchmarks/` and are no synopsis (no `[options]`, no `PATH...`)."""
    lines = []
    for name, block in _blocks("sh") + _blocks(""):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if (
                command.startswith(("articlekit ", "python benchmarks/"))
                and "[" not in command
                and "..." not in command
            ):
                lines.append((name, command))
    return lines


def _run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(command)
    program = [sys.executable, "-m", "articlekit"] if words[0] == "articlekit" else [sys.executable]
    return subprocess.run([*program, *words[1:]], cwd=folder, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    ("name", "command"), _command_lines(), ids=[f"{n}: {c[:60]}" for n, c in _command_lines()]
)
def test_the_command_runs(name: str, command: str, users_folder: Path) -> None:
    if command.startswith("python benchmarks/"):  # runs for minutes: its script and options must exist
        script, *options = shlex.split(command)[1:]
        shown = subprocess.run(
            [sys.executable, str(ROOT / script), "--help"], capture_output=True, text=True, timeout=120
        )
        assert shown.returncode == 0, shown.stderr
        assert all(option in shown.stdout for option in options if option.startswith("--")), shown.stdout
        return
    if "ftr-site-config" in command:
        shared = ROOT.parent / "shared" / "ftr-site-config"
        if not shared.is_dir():
            pytest.skip("needs ../shared/ftr-site-config")
        command = command.replace("path/to/ftr-site-config/", str(shared))
    (users_folder / "articles.parquet").unlink(missing_ok=True)
    done = _run(command.replace(" -o rules/", " -o new-rules/"), users_folder)
    assert done.returncode == 0, done.stderr


def _outputs() -> list[tuple[str, str, str]]:
    found = []
    for path in DOCS:
        for match in _OUTPUT.finditer(path.read_text(encoding="utf-8")):
            found.append((str(path.relative_to(ROOT)), match.group(1), match.group(2)))
    return found


@pytest.mark.parametrize(
    ("name", "command", "shown"), _outputs(), ids=[f"{n}: {c}" for n, c, _ in _outputs()]
)
def test_the_output_shown_is_what_the_command_prints(
    name: str, command: str, shown: str, users_folder: Path
) -> None:
    (users_folder / "empty.txt").write_text("")
    (users_folder / "noise.bin").write_bytes(bytes(range(256)) * 8)
    (users_folder / "nothing.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    done = _run(command, users_folder)
    assert (done.stdout + done.stderr).splitlines() == shown.splitlines()


def test_outputs_are_checked_somewhere() -> None:
    assert _outputs(), "no doc marks an output block with <!-- output of: ... -->"
