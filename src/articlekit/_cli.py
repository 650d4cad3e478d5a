"""The `articlekit` command. Exit codes: 0 all inputs parsed, 1 some input failed, 2 usage error,
3 an internal error (a bug: please report it)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from ._model import Article
from ._pipeline import parse
from ._render import to_markdown, to_text
from ._serialize import to_json
from ._version import __version__
from .errors import ArticleKitError

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit", description="Turn news pages (HTML or copied text) into typed, explained records."
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_command = commands.add_parser("parse", help="parse pages or texts and print their records")
    parse_command.add_argument("paths", nargs="+", metavar="PATH", help="files to parse; - reads stdin")
    parse_command.add_argument(
        "--format", choices=("json", "markdown", "text"), default="json", help="output format (default json)"
    )
    parse_command.add_argument("--url", help="the page's URL (resolves links, kept in the record)")
    parse_command.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind")
    parse_command.add_argument(
        "--reference-time",
        type=_timestamp,
        metavar="ISO",
        help="when the page was fetched (ISO 8601): resolves '3 hours ago', rejects later dates",
    )
    return parser


def _timestamp(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {value!r}") from None
    return moment


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    try:
        return _parse_command(args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _parse_command(args: argparse.Namespace) -> int:
    status = EXIT_OK
    outputs: list[str] = []
    several = len(args.paths) > 1
    for path in args.paths:
        try:
            article = _parse_one(path, args)
        except ArticleKitError as exc:
            print(f"articlekit: {_label(path)}: {_message(exc, path)}", file=sys.stderr)
            status = max(status, EXIT_INPUT_FAILED)
            continue
        except Exception as exc:  # a bug, not bad input: say so in one line, never a traceback
            print(
                f"articlekit: {_label(path)}: internal error ({type(exc).__name__}: {exc})", file=sys.stderr
            )
            status = EXIT_INTERNAL
            continue
        outputs.append(_render(article, args.format, several))
    separator = "\n" if args.format == "json" and several else "\n---\n\n"
    if outputs:
        sys.stdout.write(separator.join(outputs) if args.format != "json" or several else outputs[0])
        sys.stdout.flush()
    return status


def _parse_one(path: str, args: argparse.Namespace) -> Article:
    if path == "-":
        return parse(
            sys.stdin.buffer.read(), url=args.url, kind=args.kind, reference_time=args.reference_time
        )
    from pathlib import Path

    return parse(Path(path), url=args.url, kind=args.kind, reference_time=args.reference_time)


def _render(article: Article, output_format: str, several: bool) -> str:
    if output_format == "markdown":
        return to_markdown(article)
    if output_format == "text":
        return to_text(article)
    if several:
        return json.dumps(article.to_dict(), ensure_ascii=False)
    return to_json(article) + "\n"


def _label(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _message(exc: ArticleKitError, path: str) -> str:
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


if __name__ == "__main__":
    sys.exit(main())
