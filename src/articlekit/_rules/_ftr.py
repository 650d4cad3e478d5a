"""FiveFilters ftr-site-config files (`example.com.txt`; `.example.com.txt` for every subdomain).

    title: //h1[@class="headline"]
    body: //div[@id="story"]
    date: //meta[@property="article:published_time"]/@content
    author: //span[@class="byline"]
    strip_id_or_class: related
    find_string: <p>&nbsp;</p>
    replace_string:
    test_url: https://example.com/news/1

Supported: title, body, date, author, strip, strip_id_or_class, strip_image_src, find_string /
replace_string (and `replace_string(find): replace`), test_url, test_contains; prune and tidy are accepted
(articlekit always prunes page furniture and always repairs markup). Other directives (login, paging,
HTTP headers, ...) are ignored, with a warning naming them.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import RuleError
from ._model import FieldSource, Rule, Selected, domain_problem
from ._selectors import Selector, SelectorSyntaxError, compile_selector

_FIELDS = {"title": "headline", "body": "body", "date": "published", "author": "authors"}
#: Directives whose meaning articlekit has anyway (or that only steer fetching, which it never does).
_ACCEPTED = frozenset({"prune", "tidy", "test_url", "test_contains", "autodetect_on_failure"})
_DIRECTIVE = re.compile(r"^(?P<name>[a-z_]+)(?:\((?P<argument>.*)\))?\s*:\s?(?P<value>.*)$")


def load_ftr_rule(path: Path, *, origin: str) -> Rule:
    """Load one ftr-site-config file; a RuleError names the file and line of a selector that does not
    compile."""
    name = path.name.removesuffix(".txt")
    domain = name.lstrip(".").lower()
    fields: dict[str, list[Selector]] = {}
    strip: list[Selector] = []
    replacements: list[tuple[str, str]] = []
    finds: list[str] = []
    ignored: dict[str, int] = {}
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _DIRECTIVE.match(line)
        if match is None:
            ignored.setdefault(line.split(":")[0][:40], number)
            continue
        directive, argument, value = match["name"], match["argument"], match["value"].strip()
        try:
            if directive in _FIELDS and value:
                fields.setdefault(_FIELDS[directive], []).append(compile_selector(value, xpath=True))
            elif directive == "strip" and value:
                strip.append(compile_selector(value, xpath=True))
            elif directive == "strip_id_or_class" and value:
                strip.append(compile_selector(_id_or_class(value.strip("'\"")), xpath=True))
            elif directive == "strip_image_src" and value:
                strip.append(compile_selector(f"//img[contains(@src, {_literal(value)})]", xpath=True))
            elif directive == "find_string":
                finds.append(value)
            elif directive == "replace_string" and argument is not None:
                replacements.append((argument, value))
            elif directive == "replace_string" and finds:
                replacements.append((finds.pop(0), value))
            elif directive not in _ACCEPTED and directive not in _FIELDS:
                ignored.setdefault(directive, number)
        except SelectorSyntaxError as exc:
            raise RuleError(str(exc), path=str(path), line=number) from None
    sources: dict[str, FieldSource] = {key: Selected(tuple(found)) for key, found in fields.items()}
    warnings = tuple(
        f"{path.name}:{line}: directive {name!r} is not supported; ignored" for name, line in ignored.items()
    )
    subdomains = name.startswith(".")
    problem = domain_problem(domain, subdomains=subdomains)
    if problem:  # a name that is no host's, or a public suffix with every site under it
        warnings += (f"{path.name}: {problem}; the file is skipped",)
    matched = () if problem else (domain,)
    return Rule(
        name=name,
        domains=matched if subdomains else (),
        exact_domains=() if subdomains else matched,
        version="ftr",
        fields=sources,
        strip=tuple(strip),
        replacements=tuple(replacements),
        origin=origin,
        path=str(path),
        warnings=warnings,
    )


def _id_or_class(value: str) -> str:
    literal = _literal(value)
    return f"//*[contains(@class, {literal}) or contains(@id, {literal})]"


def _literal(value: str) -> str:
    """An XPath string literal holding `value` (XPath 1.0 has no escapes: concat() when both quotes occur)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    parts = value.split("'")
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in parts) + ")"
