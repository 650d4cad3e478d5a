"""Testing rules on their stored fixtures: each page parsed with its rule, the record compared field by
field with the expected one (only the fields the expected record names)."""

from __future__ import annotations

import json
from typing import Any

import attrs

from ._model import Rule, RuleFixture


@attrs.frozen
class FixtureResult:
    rule: Rule
    fixture: RuleFixture
    differences: tuple[str, ...]
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and not self.differences


def check_rule(rule: Rule) -> list[FixtureResult]:
    """Run a rule on each of its fixtures (the rule first, then the installed ones)."""
    from .._pipeline import parse
    from ..errors import ArticleKitError

    results = []
    for fixture in rule.fixtures:
        try:
            expected = json.loads(fixture.expected.read_text(encoding="utf-8"))
            record = parse(fixture.page, url=fixture.url, rules=[rule]).to_dict()
        except (OSError, ValueError, ArticleKitError) as exc:
            results.append(FixtureResult(rule, fixture, (), f"{type(exc).__name__}: {exc}"))
            continue
        results.append(FixtureResult(rule, fixture, tuple(differences(expected, record))))
    return results


def differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Where `actual` differs from `expected`, for the keys `expected` names ("dates.published: ...")."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key, value in expected.items():
            found += differences(value, actual.get(key), f"{where}.{key}" if where else key)
        return found
    if expected != actual:
        return [
            f"{where}: expected {json.dumps(expected, ensure_ascii=False)[:200]}, "
            f"got {json.dumps(actual, ensure_ascii=False)[:200]}"
        ]
    return []
