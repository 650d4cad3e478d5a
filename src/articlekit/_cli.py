"""The `articlekit` command. Exit codes: 0 all inputs parsed, 1 some input failed, 2 usage error,
3 an internal error (a bug: please report it), 4 the batch output could not be written, 141 the batch
output's pipe was closed early."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._cli_rules import add_rules_command, resolve_rules_noting, rules_command
from ._version import __version__
from .errors import ArticleKitError, ExtractionError, RuleError

if TYPE_CHECKING:  # the extraction loads when a command runs, not for --help or --version
    from ._model import Article
    from ._pipeline import Rules

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_OUTPUT_FAILED = 0, 1, 2, 3, 4
#: A batch run whose standard output was closed early (`| head`), as a shell reports death by SIGPIPE.
EXIT_PIPE_CLOSED = 141


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
    _rules_options(parse_command)
    parse_command.add_argument(
        "--reference-time",
        type=_timestamp,
        metavar="ISO",
        help="when the page was fetched (ISO 8601): resolves '3 hours ago', rejects later dates",
    )
    _batch_arguments(commands)
    add_rules_command(commands)
    show = commands.add_parser(
        "show", help="a view of the page with what was extracted drawn on it, and the record beside it"
    )
    show.add_argument("page", metavar="PAGE", help="a saved HTML page")
    show.add_argument(
        "-o", "--output", metavar="VIEW", help="where to write the view (default PAGE-view.html here)"
    )
    show.add_argument("--url", help="the page's URL")
    _rules_options(show)
    return parser


def _batch_arguments(commands: Any) -> None:
    batch = commands.add_parser(
        "batch",
        help="parse files, folders, globs and WARC files into one output (JSONL, Parquet, CSV)",
        description="One record per input document: the article, or an error record. See docs/batch.md.",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders, globs; WARC, WET, ARC, WACZ, MHTML files and RSS/Atom feeds",
    )
    batch.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output: .jsonl, .jsonl.gz, .parquet, .csv, or -"
    )
    batch.add_argument("--workers", type=int, metavar="N", help="worker processes (default: every core)")
    batch.add_argument("--resume", action="store_true", help="skip the inputs OUT already records")
    batch.add_argument("--force", action="store_true", help="replace OUT when it exists (else: refused)")
    batch.add_argument(
        "--timeout", type=_seconds, metavar="SECONDS", help="give up on a document after this (more than 0)"
    )
    batch.add_argument("--dedupe", choices=("url", "content"), help="record repeats as duplicates")
    _rules_options(batch)
    batch.add_argument("--quiet", action="store_true", help="no progress line and no summary")


def _rules_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help="a folder of site rules (TOML, ftr-site-config), before the installed ones; repeatable",
    )
    command.add_argument(
        "--no-rules", action="store_true", help="the generic extraction alone, no site rules"
    )


def _rules_argument(args: argparse.Namespace) -> Rules:
    """What `--rules` / `--no-rules` ask for, loaded once here so that a broken rule file stops the
    command before any page is parsed (RuleError)."""
    rules: Rules = False if args.no_rules else (list(args.rules) if args.rules else None)
    resolve_rules_noting(rules)
    return rules


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds > 0:  # (NaN too)
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {value}")
    return seconds


def _timestamp(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {value!r}") from None
    return moment


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    try:
        if args.command == "rules":
            return rules_command(args)
        args.site_rules = _rules_argument(args)
        if args.command == "show":
            return _show_command(args)
        if args.command == "batch":
            return _batch_command(args)
        return _parse_command(args)
    except RuleError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _parse_command(args: argparse.Namespace) -> int:
    status = EXIT_OK
    outputs: list[str] = []
    several = len(args.paths) > 1
    for path in args.paths:
        try:
            article = _parse_one(path, args)
        except ExtractionError as exc:  # a bug, not bad input
            print(f"articlekit: {_label(path)}: internal error: {_message(exc, path)}", file=sys.stderr)
            status = EXIT_INTERNAL
            continue
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
    if outputs:
        if args.format == "json":  # one indented record, or JSON Lines: each line ends with a newline
            text = "".join(f"{output}\n" for output in outputs) if several else outputs[0]
        else:
            text = "\n---\n\n".join(outputs)
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader had enough (`| head`): not an error
            _silence_stdout()
    return status


def _silence_stdout() -> None:
    """Point standard output at nothing, so that Python's exit does not complain of the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _batch_command(args: argparse.Namespace) -> int:
    from ._batch._writers._base import OutputFailed
    from ._batch._writers._jsonl import OutputClosed
    from .batch import OutputError, write

    if args.workers is not None and args.workers < 0:
        print("articlekit: --workers must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.output != "-" and Path(args.output).exists() and not (args.resume or args.force):
        print(
            f"articlekit: {args.output} exists: --resume adds what it lacks, --force replaces it",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        from ._batch._outcome import rules_parser

        summary = write(
            args.inputs,
            args.output,
            workers=args.workers,
            resume=args.resume,
            timeout=args.timeout,
            dedupe=args.dedupe,
            quiet=args.quiet,
            parser=rules_parser(args.site_rules),
        )
    except OutputClosed:
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except OutputFailed as exc:
        print(f"articlekit: {exc}; what was written is valid, --resume goes on from there", file=sys.stderr)
        return EXIT_OUTPUT_FAILED
    except OutputError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(f"articlekit: {summary.summary()}", file=sys.stderr)
    if summary.interrupted:
        return 130
    return EXIT_INPUT_FAILED if summary.errors else EXIT_OK


def _show_command(args: argparse.Namespace) -> int:
    from ._load import load, refuse_url
    from ._pipeline import parse_loaded
    from ._show import render_view

    refuse_url(args.page)
    try:
        loaded = load(Path(args.page), "html", url=args.url)
        article = parse_loaded(loaded, url=args.url, rules=args.site_rules)
    except ArticleKitError as exc:
        print(f"articlekit: {args.page}: {_message(exc, args.page)}", file=sys.stderr)
        return EXIT_INPUT_FAILED
    output = Path(args.output or f"{Path(args.page).stem}-view.html")
    output.write_text(render_view(loaded.text, article), encoding="utf-8")
    print(output)
    return EXIT_OK


def _parse_one(path: str, args: argparse.Namespace) -> Article:
    from ._load import refuse_url
    from ._pipeline import parse

    refuse_url(path)
    source = sys.stdin.buffer.read() if path == "-" else Path(path)
    return parse(
        source, url=args.url, kind=args.kind, rules=args.site_rules, reference_time=args.reference_time
    )


def _render(article: Article, output_format: str, several: bool) -> str:
    from ._render import to_markdown, to_text
    from ._serialize import to_json

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
