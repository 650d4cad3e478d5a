"""Download the public benchmark data from its sources, at the commits the shared copy was taken from,
into a folder of your choosing; then point the benchmark scripts and tests at it.

    python benchmarks/data.py DIR [--sets aeb,readability,ftr-site-config]
    ARTICLEKIT_BENCHMARKS=DIR/benchmarks python benchmarks/quality.py --sets aeb

Each source is a public GitHub repository, fetched as one archive of the pinned commit (GitHub's
codeload service), and unpacked into the layout `../shared/benchmarks/README.md` describes:

- aeb: scrapinghub/article-extraction-benchmark (MIT): `html/<id>.html.gz`, `ground-truth.json`, as
  the repository has them;
- readability: mozilla/readability (Apache-2.0): `test/test-pages/<name>/source.html` and
  `expected-metadata.json`;
- ftr-site-config: fivefilters/ftr-site-config (public domain): the `*.txt` site configs.

fundus-dev, trafeval-dev and htmldate-dev are fixed halves of the fundus, trafilatura and htmldate
repositories' test data, converted to one record per page; the other halves of those collections are
what the project is measured on after each change, on sites it never looked at. This script does not
fetch them: a developer who had the whole collections at hand could no longer tell tuning from
generalising. It prints their sources and commits. Nothing here runs in CI (CI has no network).
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
import urllib.request
from pathlib import Path, PurePosixPath

SOURCES = {
    "aeb": ("scrapinghub/article-extraction-benchmark", "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"),
    "readability": ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba"),
    "ftr-site-config": ("fivefilters/ftr-site-config", "e607dc10ea432381ac04ee09f77a2d79212fc566"),
}
NOT_CONVERTED = {
    "fundus-dev": ("flairNLP/fundus", "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"),
    "trafeval-dev": ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"),
    "htmldate-dev": ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67"),
}


def archive(repository: str, commit: str) -> tarfile.TarFile:
    url = f"https://codeload.github.com/{repository}/tar.gz/{commit}"
    with urllib.request.urlopen(url, timeout=120) as response:  # a fixed https URL
        return tarfile.open(fileobj=io.BytesIO(response.read()), mode="r:gz")


def wanted(set_name: str, inner: PurePosixPath) -> PurePosixPath | None:
    """Where a file of the repository goes in the set's folder, or None when the set has no use for it."""
    parts = inner.parts
    if set_name == "aeb" and (
        (inner.name == "ground-truth.json" and len(parts) == 1) or parts[:1] == ("html",)
    ):
        return inner
    readability_page = parts[:2] == ("test", "test-pages") and len(parts) == 4
    if (
        set_name == "readability"
        and readability_page
        and inner.name in ("source.html", "expected-metadata.json")
    ):
        return PurePosixPath(*parts[2:])
    if set_name == "ftr-site-config" and len(parts) == 1 and inner.suffix == ".txt":
        return inner
    return None


def unpack(set_name: str, into: Path) -> int:
    repository, commit = SOURCES[set_name]
    folder = into / ("ftr-site-config" if set_name == "ftr-site-config" else f"benchmarks/{set_name}")
    count = 0
    with archive(repository, commit) as tar:
        for member in tar.getmembers():
            inner = PurePosixPath(*PurePosixPath(member.name).parts[1:])  # without "<repo>-<commit>/"
            target = wanted(set_name, inner) if member.isfile() and inner.parts else None
            if target is None or ".." in target.parts:
                continue
            path = folder / target
            path.parent.mkdir(parents=True, exist_ok=True)
            extracted = tar.extractfile(member)
            if extracted is not None:
                path.write_bytes(extracted.read())
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "into", type=Path, help="the folder to fill (benchmarks/ and ftr-site-config/ go in it)"
    )
    parser.add_argument(
        "--sets", default=",".join(SOURCES), help=f"comma-separated, of: {', '.join(SOURCES)}"
    )
    args = parser.parse_args()
    for set_name in (name for name in args.sets.split(",") if name):
        if set_name not in SOURCES:
            print(f"data: unknown set {set_name} (known: {', '.join(SOURCES)})", file=sys.stderr)
            return 2
        print(f"{set_name}: {unpack(set_name, args.into)} files from {SOURCES[set_name][0]}")
    for set_name, (repository, commit) in NOT_CONVERTED.items():
        print(
            f"{set_name}: not fetched (its other half is held back for measurement); source {repository} at {commit}"
        )
    print(f"then: ARTICLEKIT_BENCHMARKS={args.into / 'benchmarks'} python benchmarks/quality.py --sets aeb")
    return 0


if __name__ == "__main__":
    sys.exit(main())
