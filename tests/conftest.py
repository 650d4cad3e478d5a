"""Shared test helpers: where the fixtures and the shared benchmark data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = Path(os.environ.get("ARTICLEKIT_SHARED", ROOT.parent / "shared"))
BENCHMARKS = SHARED / "benchmarks"
SEED_NAME = "southasiandesk-pakistan-steel-mills"


def fixture_inputs() -> list[Path]:
    """Every fixture input that has an expected record beside it."""
    return sorted(p for p in FIXTURES.iterdir() if p.suffix != ".json" and expected_path(p).exists())


def expected_path(source: Path) -> Path:
    return source.with_name(source.name + ".expected.json")


def require_shared(*parts: str) -> Path:
    """A path under ../shared, or skip: a user's clone has no ../shared; CI has it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: python benchmarks/data.py DIR fetches the public sets it can; "
            "then ARTICLEKIT_SHARED=DIR (CI has the whole shared data beside the project)"
        )
    return path


def benchmark_module(name: str):  # type: ignore[no-untyped-def]
    """Import a module from benchmarks/ (scoring is shared between benchmarks and tests)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return sys.modules[name]
