"""Write fixtures/<input>.expected.json from the current output, for fixtures that have none yet.

Golden files are reviewed by a person before they are committed: run this, read every field of the
new file against the page, fix the code (never the file) where the record is wrong. With --force it
rewrites existing files too; review the diff line by line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import articlekit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def expected_record(source: Path) -> dict[str, object]:
    record = articlekit.parse(source).to_dict()
    record["provenance"] = {"input": record["provenance"]["input"], "rule": record["provenance"]["rule"]}
    return record


def main(argv: list[str]) -> int:
    force = "--force" in argv
    for source in sorted(FIXTURES.iterdir()):
        if source.name.endswith(".json") or source.name == "README.md" or source.is_dir():
            continue
        target = source.with_name(source.name + ".expected.json")
        if target.exists() and not force:
            continue
        target.write_text(
            json.dumps(expected_record(source), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {target.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
