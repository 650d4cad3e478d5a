"""Where rules come from, in precedence order: rules given to `parse(..., rules=...)` or `--rules DIR`
(and the `ARTICLEKIT_RULES` folders) > rules of installed packages (entry-point group `articlekit.rules`)
> built-in rules > the generic extraction."""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable
from pathlib import Path

from ..errors import RuleError, RuleWarning
from ._ftr import load_ftr_rule
from ._model import Rule
from ._python import SiteRule
from ._registry import RuleSet
from ._toml import load_toml_rule

ENTRY_POINT_GROUP = "articlekit.rules"
ENVIRONMENT = "ARTICLEKIT_RULES"
BUILTIN = Path(__file__).resolve().parent / "builtin"


def load_rule_file(path: Path, *, origin: str) -> Rule:
    """A TOML rule (`.toml`) or an ftr-site-config file (`.txt`)."""
    if path.suffix == ".toml":
        return load_toml_rule(path, origin=origin)
    if path.suffix == ".txt":
        return load_ftr_rule(path, origin=origin)
    raise RuleError("not a rule file (.toml, or .txt for ftr-site-config)", path=str(path))


def folder_rules(folder: Path, *, origin: str) -> list[Rule]:
    """Every rule file directly in a folder (fixture pages may sit in its subfolders), by name; one
    RuleWarning for the folder when some hold directives that are ignored."""
    if not folder.is_dir():
        raise RuleError("no such folder of rules", path=str(folder))
    files = sorted(p for p in folder.iterdir() if p.suffix in (".toml", ".txt") and p.is_file())
    rules = [load_rule_file(path, origin=origin) for path in files]
    _warn_ignored(rules, str(folder))
    return rules


def _warn_ignored(rules: list[Rule], where: str) -> None:
    noted = [rule for rule in rules if rule.warnings]
    if not noted:
        return
    if len(noted) == 1:
        message = "; ".join(noted[0].warnings)
    else:
        message = (
            f"{where}: {len(noted)} rule files have directives articlekit ignores (first: "
            f"{noted[0].warnings[0]}); `articlekit rules list --rules {where}` names them all"
        )
    warnings.warn(RuleWarning(message), stacklevel=2)


def rules_from(item: object, *, origin: str) -> list[Rule]:
    """Rules from what a caller or a plugin gives: a Rule, a SiteRule class, a path to a rule file or a
    folder of them, or a list of these."""
    if isinstance(item, Rule):
        return [item]
    if isinstance(item, type) and issubclass(item, SiteRule):
        return [item.to_rule(origin=origin)]
    if isinstance(item, str | os.PathLike):
        path = Path(item)
        if not path.exists():
            raise RuleError("no such rule file or folder of rules", path=str(path))
        if path.is_dir():
            return folder_rules(path, origin=origin)
        rules = [load_rule_file(path, origin=origin)]
        _warn_ignored(rules, str(path))
        return rules
    if isinstance(item, Iterable):
        return [rule for part in item for rule in rules_from(part, origin=origin)]
    raise RuleError(f"cannot make a rule of {type(item).__name__} (give a Rule, a SiteRule class or a path)")


def plugin_rules() -> list[Rule]:
    """The rules installed packages declare in the `articlekit.rules` entry-point group."""
    from importlib.metadata import entry_points  # loaded when rules are first looked up

    found: list[Rule] = []
    for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        try:
            loaded = point.load()
        except Exception as exc:
            raise RuleError(
                f"the rules plugin {point.name!r} ({point.value}) failed to load: {exc}"
            ) from None
        found.extend(rules_from(loaded, origin=f"plugin {point.name}"))
    return found


def builtin_rules() -> list[Rule]:
    return folder_rules(BUILTIN, origin="built-in") if BUILTIN.is_dir() else []


def environment_folders() -> list[str]:
    return [part for part in os.environ.get(ENVIRONMENT, "").split(os.pathsep) if part]


@functools.lru_cache(maxsize=8)
def _default_rules(folders: tuple[str, ...]) -> RuleSet:
    given = [rule for folder in folders for rule in folder_rules(Path(folder), origin="--rules")]
    return RuleSet([*given, *plugin_rules(), *builtin_rules()])


def default_rules() -> RuleSet:
    """The `ARTICLEKIT_RULES` folders' rules, then plugins', then built-in ones (loaded once)."""
    return _default_rules(tuple(environment_folders()))


@functools.lru_cache(maxsize=32)
def _given_paths(paths: tuple[tuple[str, int], ...]) -> tuple[Rule, ...]:
    return tuple(rule for path, _ in paths for rule in rules_from(path, origin="--rules"))


def _stamped(path: str) -> tuple[str, int]:
    """A path with its modification time: a folder's changes when files are added, removed or renamed,
    so the rules loaded for it (once per process) are loaded again then."""
    try:
        return path, os.stat(path).st_mtime_ns
    except OSError:
        return path, 0


def resolve_rules(rules: object) -> RuleSet | None:
    """The rule set `parse(..., rules=...)` means: None or True the defaults, False none (generic
    extraction alone), a list its own rules before the defaults."""
    if rules is None or rules is True:
        return default_rules()
    if rules is False:
        return None
    items = list(rules) if isinstance(rules, list | tuple) else [rules]
    if all(isinstance(item, str | os.PathLike) for item in items):
        given = list(_given_paths(tuple(_stamped(os.fspath(item)) for item in items)))  # type: ignore[arg-type]
    else:
        given = rules_from(items, origin="argument")
    return RuleSet([*given, *default_rules().rules])
