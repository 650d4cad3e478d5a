"""`articlekit rules list | test | new`: see, test and start site rules (docs/rules.md)."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import RuleWarning

if TYPE_CHECKING:  # the rule machinery loads when a command needs it, not for --help or --version
    from ._rules._model import Rule
    from ._rules._registry import RuleSet

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_rules_command(commands: Any) -> None:
    rules = commands.add_parser("rules", help="list, test and write site rules")
    actions = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (
        ("list", "the rules in use: name, domains, origin"),
        ("test", "run rules on their fixtures"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "--rules", action="append", metavar="DIR", help="a folder of rules, first; repeatable"
        )
        if name == "test":
            action.add_argument("name", nargs="?", help="only the rule of this name")
    new = actions.add_parser("new", help="write a TOML rule from the generic extraction of a page")
    new.add_argument("domain", help="the site's domain (example-news.test)")
    new.add_argument(
        "--from", dest="page", required=True, type=Path, metavar="PAGE.html", help="a saved page"
    )
    new.add_argument("--url", help="the page's URL (default https://DOMAIN/)")
    new.add_argument(
        "-o", "--output", type=Path, default=Path("rules"), metavar="DIR", help="folder (default rules/)"
    )


def rules_command(args: argparse.Namespace) -> int:
    if args.action == "new":
        from ._rules._new import new_rule

        if not args.page.is_file():
            print(f"articlekit: {args.page}: no such file", file=sys.stderr)
            return EXIT_USAGE
        path = new_rule(args.domain, args.page, args.output, url=args.url)
        print(f"wrote {path} (with its fixture); check it with: articlekit rules test --rules {args.output}")
        return EXIT_OK
    ruleset = resolve_rules_noting(list(args.rules) if args.rules else None)
    assert ruleset is not None
    if args.action == "list":
        _list(ruleset.rules)
        return EXIT_OK
    chosen = [rule for rule in ruleset.rules if not args.name or rule.name == args.name]
    if args.name and not chosen:
        print(f"articlekit: no rule named {args.name!r}", file=sys.stderr)
        return EXIT_USAGE
    return _test(chosen, every=bool(args.name))


def resolve_rules_noting(rules: object) -> RuleSet | None:
    """`resolve_rules`, its RuleWarnings (directives ignored) printed as one `articlekit:` line each."""
    from ._rules._discover import resolve_rules

    with warnings.catch_warnings(record=True) as noted:
        warnings.simplefilter("always", RuleWarning)
        ruleset = resolve_rules(rules)
    for warning in noted:
        print(f"articlekit: {warning.message}", file=sys.stderr)
    return ruleset


def _list(rules: list[Rule]) -> None:
    rows = [
        (r.name, ", ".join([*r.domains, *(f"={d}" for d in r.exact_domains)]), r.origin, r.version)
        for r in rules
    ]
    width = max((len(row[0]) for row in rows), default=4)
    domains = min(48, max((len(row[1]) for row in rows), default=7))
    print(f"{'NAME':<{width}}  {'DOMAINS':<{domains}}  {'ORIGIN':<12} VERSION")
    for (name, where, origin, version), rule in zip(rows, rules, strict=True):
        print(f"{name:<{width}}  {where:<{domains}}  {origin:<12} {version}")
        for note in rule.warnings:
            print(f"{'':<{width}}  {note}")
    print(f"{len(rows)} rules (a domain marked = matches that host only, with or without www.)")


def _test(rules: list[Rule], *, every: bool) -> int:
    from ._rules._check import check_rule

    failed = tested = 0
    for rule in rules:
        if not rule.fixtures:
            if every:
                print(f"{rule.name}: no fixtures to test")
            continue
        for result in check_rule(rule):
            tested += 1
            label = f"{rule.name} ({result.fixture.page.name})"
            if result.passed:
                print(f"ok      {label}")
                continue
            failed += 1
            print(f"FAILED  {label}")
            for line in [result.error] if result.error else result.differences:
                print(f"        {line}")
    print(f"{tested - failed} of {tested} rule fixtures pass")
    return EXIT_FAILED if failed else EXIT_OK
