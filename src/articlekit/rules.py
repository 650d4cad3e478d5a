"""Site rules: make a known site exactly right (docs/rules.md).

Rules are written as TOML files, as FiveFilters ftr-site-config files, or as Python classes:

>>> from articlekit.rules import SiteRule, field
>>> class ExampleNews(SiteRule):
...     name = "example-news"
...     domains = ["example-news.test"]
...     @field("headline")
...     def headline(self, page):
...         return page.first("h2.t")
>>> articlekit.parse(html, url="https://example-news.test/x", rules=[ExampleNews])

`parse(..., rules=[...])` takes Rule objects, SiteRule classes and paths to rule files or folders; a
package publishes rules through the `articlekit.rules` entry-point group (a rule, a list, or a folder).
"""

from __future__ import annotations

from ._rules._discover import ENTRY_POINT_GROUP, resolve_rules, rules_from
from ._rules._model import FIELDS, Page, Rule
from ._rules._python import SiteRule, field

__all__ = ["ENTRY_POINT_GROUP", "FIELDS", "Page", "Rule", "SiteRule", "field", "load", "rules_in_use"]


def load(*items: object) -> list[Rule]:
    """Rules from paths (rule files, folders of them), SiteRule classes or Rule objects."""
    return rules_from(list(items), origin="argument")


def rules_in_use(rules: object = None) -> list[Rule]:
    """The rules `parse(..., rules=rules)` would consult, in precedence order."""
    ruleset = resolve_rules(rules)
    return list(ruleset.rules) if ruleset is not None else []
