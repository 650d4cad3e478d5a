"""Finding a page's rule: an index by domain, so a look-up costs a few dictionary probes (one per label
of the host name) however many rules are loaded."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from .._html._tree import Element
from ._model import Rule


def host_of(url: str | None) -> str | None:
    """The lower-case host name of a URL ("https://www.Example.com:8080/x" -> "www.example.com")."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.rstrip(".") if host else None


class RuleSet:
    """Rules in precedence order (earlier wins), indexed by domain."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: list[Rule] = list(rules)
        self._with_subdomains: dict[str, list[Rule]] = {}
        self._exact: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for domain in rule.domains:
                self._with_subdomains.setdefault(domain, []).append(rule)
            for domain in rule.exact_domains:
                self._exact.setdefault(domain.removeprefix("www."), []).append(rule)
        self._rank = {id(rule): rank for rank, rule in enumerate(self.rules)}

    def __len__(self) -> int:
        return len(self.rules)

    def candidates(self, url: str | None) -> list[Rule]:
        """The rules whose domains and URL pattern match `url`, best first: by precedence, then the
        longest (most specific) domain."""
        host = host_of(url)
        if host is None:
            return []
        labels = host.split(".")
        found: list[tuple[int, int, Rule]] = []
        for start in range(len(labels)):
            suffix = ".".join(labels[start:])
            found.extend(
                (self._rank[id(rule)], start, rule) for rule in self._with_subdomains.get(suffix, ())
            )
        found.extend(
            (self._rank[id(rule)], 0, rule) for rule in self._exact.get(host.removeprefix("www."), ())
        )
        found.sort(key=lambda item: (item[0], item[1]))
        return [rule for _, _, rule in found if rule.matches_url(url)]

    def match(self, url: str | None, root: Element | None = None) -> Rule | None:
        """The rule for a page: the best candidate whose document test passes (when a tree is given)."""
        for rule in self.candidates(url):
            if root is None or rule.matches_document(root):
                return rule
        return None

    def named(self, name: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.name == name), None)
