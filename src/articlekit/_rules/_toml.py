"""Rules written in TOML: the easiest way to write one (docs/rules.md).

[rule]
name = "example-news"
domains = ["example-news.test"]
[fields]
headline = "h2.t"
authors = ["a[rel=author]", "//meta[@name='author']/@content"]   # a list is tried in order
strip = [".promo"]
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ..errors import RuleError
from ._model import FIELDS, FieldSource, Rule, RuleFixture, Selected, selectors
from ._selectors import SelectorSyntaxError

_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_TOP_LEVEL = frozenset({"rule", "fields", "text", "tests", "replace"})
_RULE_KEYS = frozenset({"name", "domains", "version", "url", "requires", "strip"})


def load_toml_rule(path: Path, *, origin: str) -> Rule:
    """Load one TOML rule file; a RuleError names the file and line of anything wrong."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) if found else max(1, len(text.splitlines()))  # "at end of document"
        message = _TOML_LINE.sub("", str(exc)).replace("(at end of document)", "").strip()
        raise RuleError(message, path=str(path), line=line) from None
    try:
        return _rule(data, path, origin)
    except (SelectorSyntaxError, re.error, TypeError, ValueError) as exc:
        raise RuleError(str(exc), path=str(path), line=_line_of(text, getattr(exc, "key", ""))) from None


class _Problem(ValueError):
    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


def _rule(data: dict[str, Any], path: Path, origin: str) -> Rule:
    for table in data:
        if table not in _TOP_LEVEL:
            raise _Problem(f"unknown table [{table}] (known: {', '.join(sorted(_TOP_LEVEL))})", table)
    head = data.get("rule")
    if not isinstance(head, dict) or not head.get("name"):
        raise _Problem("a rule needs a [rule] table with a name", "rule")
    for key in head:
        if key not in _RULE_KEYS:
            raise _Problem(f"unknown key {key!r} in [rule] (known: {', '.join(sorted(_RULE_KEYS))})", key)
    domains = _strings(head.get("domains", []), "domains")
    if not domains:
        raise _Problem("a rule needs domains = [...]", "domains")
    fields: dict[str, FieldSource] = {}
    strip = list(_strings(head.get("strip", []), "strip"))
    for key, value in dict(data.get("fields", {})).items():
        if key == "strip":
            strip.extend(_strings(value, "strip"))
        elif key not in FIELDS:
            raise _Problem(f"unknown field {key!r} (fields: {', '.join(FIELDS)})", key)
        else:
            fields[key] = _field(key, value)
    return Rule(
        name=str(head["name"]),
        domains=domains,
        version=str(head.get("version", "1")),
        url_pattern=re.compile(head["url"]) if head.get("url") else None,
        requires=selectors(_strings(head.get("requires", []), "requires")),
        fields=fields,
        text_fields=_text_fields(data.get("text", {})),
        strip=selectors(strip),
        replacements=tuple((str(a), str(b)) for a, b in data.get("replace", [])),
        origin=origin,
        path=str(path),
        fixtures=tuple(_fixture(test, path) for test in data.get("tests", [])),
    )


def _field(key: str, value: Any) -> Selected:
    try:
        if isinstance(value, dict):
            pattern = re.compile(value["pattern"]) if value.get("pattern") else None
            return Selected(selectors(_strings(value.get("select", []), key)), pattern)
        return Selected(selectors(_strings(value, key)))
    except (SelectorSyntaxError, re.error) as exc:
        raise _Problem(f"field {key!r}: {exc}", key) from None


def _text_fields(table: Any) -> dict[str, tuple[re.Pattern[str], ...]]:
    fields = {}
    for key, value in dict(table).items():
        if key not in FIELDS or key == "body":
            raise _Problem(f"unknown text field {key!r}", key)
        try:
            fields[key] = tuple(re.compile(p, re.MULTILINE) for p in _strings(value, key))
        except re.error as exc:
            raise _Problem(f"text field {key!r}: {exc}", key) from None
    return fields


def _fixture(test: Any, path: Path) -> RuleFixture:
    if not isinstance(test, dict) or "page" not in test or "expected" not in test:
        raise _Problem("each [[tests]] needs page and expected", "tests")
    return RuleFixture(_inside(path, test, "page"), _inside(path, test, "expected"), test.get("url"))


def _inside(path: Path, test: dict[str, Any], key: str) -> Path:
    """A [[tests]] file, resolved (symbolic links followed): it must be in the rule file's folder or
    under it, so that a rule cannot have `articlekit rules test` read and print other files."""
    name = test[key]
    if not isinstance(name, str):
        raise _Problem(f"tests: {key} must be a string", key)
    folder = path.parent.resolve()
    try:
        resolved = (folder / name).resolve()
    except (OSError, RuntimeError) as exc:  # a loop of symbolic links (RuntimeError before Python 3.13)
        raise _Problem(f"tests: {key} {name!r}: {exc}", key) from None
    if not resolved.is_relative_to(folder):
        raise _Problem(f"tests: {key} {name!r} is outside the rule's folder (fixtures must be in it)", key)
    return resolved


def _strings(value: Any, key: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise _Problem(f"{key} must be a string or a list of strings", key)
    return tuple(items)


def _line_of(text: str, key: str) -> int | None:
    """The line a key is written on (the first one), for error messages."""
    if not key:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith((f"{key} ", f"{key}=", f"[{key}]", f"[[{key}]]", f'"{key}"')):
            return number
    return None
