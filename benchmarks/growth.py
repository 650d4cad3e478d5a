"""How parse time grows with the size of hostile shapes: each shape at doubling sizes, and the ratio of
each time to the one before (linear: about 2; quadratic: about 4).

    python benchmarks/growth.py [--largest 4194304] [--smallest 65536] [--only NAME]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable

import articlekit

PARAGRAPH = "<p>" + "The council met on Tuesday to discuss the budget for the coming year. " * 3 + "</p>"


def _title_bars(size: int) -> tuple[str, str]:
    return (
        f"<html><head><title>{'Part | ' * (size // 7)}</title></head><body><h1>A</h1>{PARAGRAPH}</body></html>",
        "html",
    )


def _script_escapes(size: int) -> tuple[str, str]:
    return f'<html><body><script>var x = "{chr(92) + chr(34) * 1}' + chr(92) * (
        size // 2
    ) + "</script></body></html>", "html"


def _attributes(size: int) -> tuple[str, str]:
    attributes = " ".join(f"a{i}='x'" for i in range(size // 8))
    return f"<html><body><h1>A</h1><div {attributes}>{PARAGRAPH}</div></body></html>", "html"


def _hash_line(size: int) -> tuple[str, str]:
    return "# x" + "#" * size + "y\n\nThe council met on Tuesday to discuss the budget.\n", "text"


def _non_blank_lines(size: int) -> tuple[str, str]:
    return "Headline of the piece\n" + "A short line of text here\n" * (size // 26), "text"


def _short_lines(size: int) -> tuple[str, str]:
    return "Headline\n\n" + "ab\n" * (size // 3), "text"


SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    "title of ' | ' parts": _title_bars,
    'script of \\" runs': _script_escapes,
    "many attributes": _attributes,
    "'# x###...y' line": _hash_line,
    "non-blank lines": _non_blank_lines,
    "short lines": _short_lines,
}


def _seconds(page: str, kind: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(articlekit.errors.ArticleKitError):
        articlekit.parse(page, kind=kind)  # type: ignore[arg-type]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smallest", type=int, default=65536)
    parser.add_argument("--largest", type=int, default=4 * 1024 * 1024)
    parser.add_argument("--only", help="one shape's name")
    args = parser.parse_args()
    articlekit.parse(PARAGRAPH)  # loaded and warm
    for name, make in SHAPES.items():
        if args.only and args.only != name:
            continue
        size, previous, cells = args.smallest, None, []
        while size <= args.largest:
            seconds = _seconds(*make(size))
            growth = f" ×{seconds / previous:.1f}" if previous else ""
            cells.append(f"{size // 1024} KiB {seconds:.2f} s{growth}")
            previous, size = seconds, size * 2
        print(f"{name:<22} " + " | ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
