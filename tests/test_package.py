"""The package as users get it: what `import articlekit` loads, the built wheel and sdist (checked by
twine), and a fresh environment holding the wheel alone parsing the seed."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, SEED_NAME

#: Modules a parse of declared UTF-8 HTML does not need: batch runs, JSON (de)serialisation, the text
#: front door, encoding detection and repair, archive readers, writers, rule scaffolding.
NOT_NEEDED = (
    "articlekit.batch",
    "articlekit._batch._run",
    "articlekit._batch._pool",
    "articlekit._serialize",
    "articlekit._text._lines",
    "articlekit._text._headline",
    "articlekit._render",
    "articlekit._rules._new",
    "cattrs",
    "multiprocessing",
    "concurrent.futures",
    "bs4",
    "charset_normalizer",
    "fastwarc",
    "pyarrow",
    "dask",
)


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(done.stdout.split())


def test_import_and_a_parse_of_utf8_html_load_nothing_they_do_not_need() -> None:
    imported = _modules_after("import articlekit")
    page = FIXTURES / "html-german.html"
    assert b'<meta charset="utf-8">' in page.read_bytes()
    parsed = _modules_after(
        f"import articlekit\narticlekit.parse({str(page)!r}, url='https://example.com/a')"
    )
    assert sorted(name for name in imported if name.startswith("articlekit")) == [
        "articlekit",
        "articlekit._version",
        "articlekit.errors",
    ]  # the rest loads on first use: `import articlekit` and `articlekit --version` cost next to nothing
    assert "articlekit._pipeline" in parsed and "articlekit._html._page" in parsed
    assert [name for name in NOT_NEEDED if name in imported] == []
    assert [name for name in NOT_NEEDED if name in parsed] == []


def test_what_loads_lazily_is_there_when_asked_for() -> None:
    import articlekit

    assert {"batch", "to_json", "from_json"} <= set(dir(articlekit))
    from articlekit import batch, from_json, to_json

    assert callable(batch.records) and callable(to_json) and callable(from_json)
    with pytest.raises(AttributeError, match="no_such_name"):
        articlekit.no_such_name  # noqa: B018


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and sdist, built from this checkout as a release would be."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def test_the_wheel_and_sdist_pass_twine_check_and_carry_the_licence(built: Path) -> None:
    (wheel,) = built.glob("*.whl")
    (sdist,) = built.glob("*.tar.gz")
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    names = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert "articlekit/py.typed" in names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "](docs/" not in metadata and "pip install ." not in metadata  # reads right on the index
    assert "Provides-Extra: warc" in metadata and "Requires-Dist: fastwarc" in metadata


def test_a_fresh_environment_with_the_wheel_alone_parses_the_seed(built: Path, tmp_path: Path) -> None:
    (wheel,) = built.glob("*.whl")
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    seed = FIXTURES / f"{SEED_NAME}.txt"
    done = subprocess.run(
        [str(tmp_path / "env" / "bin" / "articlekit"), "parse", str(seed), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (
        json.loads(done.stdout)["headline"]
        == "Pakistan Steel Mills Revival Bolstered by New Russia Agreement"
    )
    missing = subprocess.run(
        [str(python), "-c", "import fastwarc"], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode != 0  # WARC reading is an extra, not in the core


def test_articlekit_dask_without_dask_says_what_to_install() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['dask'] = None; import articlekit.dask"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "ImportError: articlekit.dask needs Dask: pip install 'articlekit[dask]'"
    )
