"""Main text on real pages: a sample of pages whose first and last lines articlekit gets right, and
the aggregate body F1 against the figure recorded in benchmarks/recorded.json.

Expected lines come from the benchmark's own ground truth, read in place; only page ids live here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import articlekit
from conftest import ROOT, benchmark_module, require_shared

ALLOWED_DROP = 0.005
AEB_SAMPLE = [
    "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3",
    "3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2",
    "961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926",
    "ef2b3f268a67950c16563de9ca3209163c7618868c0216739e1e794e7884cc20",
    "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
    "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198",
    "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
    "3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295",
    "dfd43bc0d46e7aaa78ba10fbcb5b9fdfe78771d36cb4c7497e17fb6f69170ec5",
    "c4a3637c6696f238cf9fe1c7fbb17bbb6731a71d4f5fe399b9b4fc3294a96a6b",
]
# German, Japanese, Icelandic, isiXhosa, Spanish and English pages: no language settings anywhere.
FUNDUS_SAMPLE = [
    "ABC_2025_01_13", "BerlinerMorgenpost_2024_05_03", "DieZeit_2023_04_28", "MainichiShimbun_2025_01_14",
    "Morgunbladid_2025_04_16", "IsolezweLesiXhosa_2025_11_09", "NTV_2024_08_05", "Reuters_2024_03_07",
    "TheNamibian_2023_11_16", "FrankfurterRundschau_2024_04_26",
]  # fmt: skip
_WORDS = re.compile(r"\w+")


def _lines(text: str) -> list[list[str]]:
    return [_WORDS.findall(line) for line in text.split("\n") if _WORDS.search(line)]


def _check_first_and_last(page: Path, truth: str, url: str | None) -> None:
    article = articlekit.parse(page, url=url, rules=False)  # the generic extraction
    got, want = _lines(article.body.text), _lines(truth)
    assert got[0] == want[0], f"first line of {page.name}"
    assert got[-1] == want[-1], f"last line of {page.name}"


@pytest.mark.parametrize("key", AEB_SAMPLE, ids=lambda k: k[:12])
def test_aeb_first_and_last_lines(key: str) -> None:
    folder = require_shared("benchmarks", "aeb")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))[key]
    _check_first_and_last(folder / "html" / f"{key}.html.gz", truth["articleBody"], truth.get("url"))


@pytest.mark.parametrize("name", FUNDUS_SAMPLE)
def test_fundus_first_and_last_lines(name: str) -> None:
    folder = require_shared("benchmarks", "fundus-dev")
    truth = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    _check_first_and_last(folder / f"{name}.html.gz", truth["body"], truth.get("url"))


@pytest.fixture(scope="module")
def recorded() -> dict[str, float]:
    data: dict[str, float] = json.loads((ROOT / "benchmarks" / "recorded.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("cases", "key"), [("aeb_cases", "aeb_body_f1"), ("fundus_cases", "fundus_dev_body_f1")]
)
def test_body_f1_holds_the_recorded_figure(cases: str, key: str, recorded: dict[str, float]) -> None:
    data = require_shared("benchmarks")
    quality, scoring = benchmark_module("quality"), benchmark_module("scoring")
    pages = getattr(quality, cases)(data)
    score = scoring.score_bodies((quality.articlekit_body(html, url), truth) for html, url, truth in pages)
    assert score.f1 >= recorded[key] - ALLOWED_DROP, score
