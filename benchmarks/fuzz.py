"""A longer fuzzing run than the test suite's: real pages (the AEB set) mutated with hostile snippets at
random places, each parsed; counts records, typed errors, errors that are bugs (ExtractionError, or
any other exception) and parses slower than a bound.

    python benchmarks/fuzz.py [--minutes 5] [--seed 1] [--slow 5]
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sets import DEFAULT_DATA, pages

import articlekit
from articlekit import errors

SNIPPETS = [
    "\x10", "\x00", "\x0b", "\ud800", "\ufffe", "&#xD800;", "&#0;", "<!--", "<![CDATA[", "]]>", "</html>",
    "<base href='http://[::1/'>", "<img src='//[x/y.jpg' alt='x'>", "<i aria-hidden=true></i>\x0b",
    "<time datetime='2024-05-01T10:00:00+99:00'>x</time>", "<meta property='article:published_time' content='+99'>",
    "<svg><title>", "<div>" * 60, "</div>" * 60, "<meta charset='utf-16'>", "<table><tr><td>",
    '<script type="application/ld+json">{"@type":null,"author":{"@id":["x"]}}</script>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\ud800"}</script>',
    "(" * 50, "\\\"" * 200, " | " * 200, "<h1>", "<p>on 2014-03-28. Retrieved 2014-03-27.</p>",
]  # fmt: skip


class _Slow(BaseException):
    """Raised by the alarm: a BaseException, so the parse's own guard does not turn it into an error."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=int, default=5, help="seconds after which a parse counts as slow")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    originals = [page.html for page in pages("aeb", args.data)]
    chooser = random.Random(args.seed)
    counts: Counter[str] = Counter()

    def alarm(*_: object) -> None:
        raise _Slow

    signal.signal(signal.SIGALRM, alarm)
    end = time.monotonic() + args.minutes * 60
    while time.monotonic() < end:
        page = chooser.choice(originals)
        for _ in range(chooser.randint(1, 5)):
            at, cut = chooser.randint(0, len(page)), chooser.randint(0, 60)
            page = page[:at] + chooser.choice(SNIPPETS) + page[at + cut :]
        counts["pages"] += 1
        signal.alarm(args.slow)
        try:
            articlekit.to_json(articlekit.parse(page, url="https://example.com/a")).encode("utf-8")
            counts["records"] += 1
        except errors.ExtractionError as exc:
            counts["bugs"] += 1
            print(f"bug: {exc}", file=sys.stderr)
        except errors.ArticleKitError:
            counts["typed errors"] += 1
        except _Slow:
            counts[f"slower than {args.slow} s"] += 1
        except Exception as exc:  # what the run is looking for
            counts["untyped exceptions"] += 1
            print(f"untyped: {type(exc).__name__}: {exc}", file=sys.stderr)
        finally:
            signal.alarm(0)
    print(
        f"{args.minutes:g} minutes, seed {args.seed}: "
        + ", ".join(
            f"{name} {counts[name]}"
            for name in (
                "pages",
                "records",
                "typed errors",
                "bugs",
                "untyped exceptions",
                f"slower than {args.slow} s",
            )
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
