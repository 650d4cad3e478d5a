"""Site rules: TOML files, Python classes, ftr-site-config files, plugins, precedence and broken files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import ClassVar

import pytest

import articlekit
from articlekit._cli import main
from articlekit._rules._discover import builtin_rules, load_rule_file, resolve_rules
from articlekit._rules._registry import RuleSet
from articlekit.errors import RuleError
from articlekit.rules import Page, SiteRule, field
from conftest import require_shared

PAGE = """<html><head><title>Home | Example News</title><meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Example News</h1>
<div class="story"><h2 class="t">Harbour ferry gets a new engine</h2>
<span class="when" data-ts="2025-03-04T08:00:00Z">Tuesday</span>
<div id="main"><p>The old ferry between the two harbours will get a new engine this spring, the council said.</p>
<div class="promo"><p>Subscribe to our newsletter for more harbour news every single morning of the week!</p></div>
<p>The work will take six weeks, during which a smaller boat will run the crossing twice an hour.</p></div></div>
<aside><p>Most read: a long list of other stories that are not part of this article at all, really not.</p></aside>
</body></html>"""

TOML_RULE = """[rule]
name = "example-news"
domains = ["example-news.test"]
[fields]
headline = "h2.t"
body = "#main"
published = "//span[@class='when']/@data-ts"
authors = ["a[rel=author]", "//meta[@name='author']/@content"]   # a list is tried in order
strip = [".promo"]
"""

URL = "https://www.example-news.test/x"


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "example-news.toml").write_text(TOML_RULE, encoding="utf-8")
    return folder


def _check_pinned(article: articlekit.Article, rule_label: str) -> None:
    assert article.headline == "Harbour ferry gets a new engine"
    assert article.authors == ("Jane Roe",)
    assert str(article.dates.published) == "2025-03-04 08:00:00+00:00"
    assert [b.text[:9] for b in article.body.blocks] == ["The old f", "The work "]  # .promo stripped
    assert article.provenance.rule == rule_label
    assert article.provenance.fields["headline"] == f"rule {rule_label}: h2.t"
    assert article.provenance.fields["authors"] == f"rule {rule_label}: //meta[@name='author']/@content"
    # a rule's date goes under the record's own name for the field, as the generic extraction's does
    assert article.provenance.fields["dates.published"].startswith(f"rule {rule_label}: ")
    assert "published" not in article.provenance.fields
    assert article.language == "en"  # not pinned: the generic extraction fills it


def test_a_toml_rule_pins_its_fields(rules_dir: Path) -> None:
    _check_pinned(articlekit.parse_html(PAGE, url=URL, rules=[rules_dir]), "example-news 1")


def test_the_cli_uses_a_rules_folder(
    rules_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(page), "--url", URL, "--rules", str(rules_dir), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["headline"] == "Harbour ferry gets a new engine"
    assert record["provenance"]["rule"] == "example-news 1"
    assert main(["parse", str(page), "--url", URL, "--rules", str(rules_dir), "--no-rules"]) == 0
    assert json.loads(capsys.readouterr().out)["provenance"]["rule"] == "generic"


def test_without_rules_the_generic_extraction_runs(rules_dir: Path) -> None:
    article = articlekit.parse_html(PAGE, url=URL, rules=False)
    assert article.provenance.rule == "generic"
    assert not any(how.startswith("rule ") for how in article.provenance.fields.values())


@pytest.mark.parametrize(
    ("url", "matches"),
    [
        ("https://example-news.test/a", True),
        ("https://www.example-news.test/a", True),
        ("https://sport.news.example-news.test/a", True),
        ("https://example-news.test.evil.example/a", False),
        ("https://notexample-news.test/a", False),
        (None, False),
    ],
)
def test_domains_match_with_subdomains(rules_dir: Path, url: str | None, matches: bool) -> None:
    ruleset = resolve_rules([rules_dir])
    assert ruleset is not None
    assert (ruleset.match(url) is not None and ruleset.match(url).name == "example-news") is matches  # type: ignore[union-attr]


def test_a_saved_page_finds_its_rule_by_its_canonical_link(rules_dir: Path) -> None:
    page = PAGE.replace("<head>", f'<head><link rel="canonical" href="{URL}">')
    assert articlekit.parse_html(page, rules=[rules_dir]).provenance.rule == "example-news 1"


def test_url_pattern_and_document_test(tmp_path: Path) -> None:
    rule = tmp_path / "r.toml"
    rule.write_text(
        TOML_RULE.replace(
            'domains = ["example-news.test"]',
            'domains = ["example-news.test"]\nurl = "/x$"\nrequires = ["span.when"]',
        )
    )
    assert articlekit.parse_html(PAGE, url=URL, rules=[rule]).provenance.rule == "example-news 1"
    assert articlekit.parse_html(PAGE, url=URL + "y", rules=[rule]).provenance.rule == "generic"
    without = PAGE.replace('class="when"', 'class="then"')
    assert articlekit.parse_html(without, url=URL, rules=[rule]).provenance.rule == "generic"


def test_a_value_pattern_and_text_line_patterns(tmp_path: Path) -> None:
    rule = tmp_path / "r.toml"
    rule.write_text(
        TOML_RULE.replace(
            'headline = "h2.t"', 'headline = { select = "title", pattern = "^(?P<value>.+?) \\\\|" }'
        )
        + '[text]\nheadline = "^TITLE: (.+)$"\n',
        encoding="utf-8",
    )
    assert articlekit.parse_html(PAGE, url=URL, rules=[rule]).headline == "Home"
    text = "TITLE: Ferry gets an engine\n\nThe old ferry will get a new engine this spring, the council said today.\n"
    article = articlekit.parse_text(text, url=URL, rules=[rule])
    assert article.headline == "Ferry gets an engine"
    assert article.provenance.rule == "example-news 1"


class ExampleNews(SiteRule):
    name = "example-news-class"
    domains = ("example-news.test",)
    version = "2"
    strip = (".promo",)
    fields: ClassVar[dict[str, str]] = {"published": "//span[@class='when']/@data-ts", "body": "#main"}

    @field("headline")
    def headline(self, page: Page) -> str | None:
        return page.first("h2.t")

    @field("authors")
    def authors(self, page: Page) -> list[str]:
        return page.select("//meta[@name='author']/@content")


def test_a_python_class_rule() -> None:
    article = articlekit.parse_html(PAGE, url=URL, rules=[ExampleNews])
    assert article.headline == "Harbour ferry gets a new engine"
    assert article.provenance.fields["headline"] == "rule example-news-class 2: ExampleNews.headline()"
    assert article.authors == ("Jane Roe",)
    assert [b.text[:9] for b in article.body.blocks] == ["The old f", "The work "]


FTR = """# a site-config file
title: //h2[@class='t']
body: //div[@id='main']
date: //span[@class='when']/@data-ts
author: //meta[@name='author']/@content
strip_id_or_class: promo
find_string: Harbour ferry
replace_string: Harbour boat
next_page_link: //a[@rel='next']
test_url: https://example-news.test/x
"""


@pytest.mark.filterwarnings("ignore::articlekit.errors.RuleWarning")  # its ignored directive: tested below
def test_an_ftr_site_config_file(tmp_path: Path) -> None:
    (tmp_path / "example-news.test.txt").write_text(FTR, encoding="utf-8")
    rule = load_rule_file(tmp_path / "example-news.test.txt", origin="--rules")
    assert rule.warnings == ("example-news.test.txt:9: directive 'next_page_link' is not supported; ignored",)
    article = articlekit.parse_html(PAGE, url="https://example-news.test/x", rules=[tmp_path])
    assert article.headline == "Harbour boat gets a new engine"  # find_string / replace_string
    assert article.authors == ("Jane Roe",)
    assert [b.text[:9] for b in article.body.blocks] == ["The old f", "The work "]
    assert articlekit.parse_html(PAGE, url=URL, rules=[tmp_path]).provenance.rule == "example-news.test ftr"
    assert (
        articlekit.parse_html(PAGE, url="https://m.example-news.test/x", rules=[tmp_path]).provenance.rule
        == "generic"
    )
    (tmp_path / "example-news.test.txt").rename(tmp_path / ".example-news.test.txt")  # every subdomain
    assert (
        articlekit.parse_html(PAGE, url="https://m.example-news.test/x", rules=[tmp_path]).provenance.rule
        == ".example-news.test ftr"
    )


def test_every_ftr_site_config_file_loads_and_its_xpath_compiles() -> None:
    folder = require_shared("ftr-site-config")
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    assert len(files) == 2041
    rules = [load_rule_file(path, origin="ftr") for path in files]  # compiles every selector
    assert sum(len(rule.strip) + len(rule.fields) for rule in rules) > 5000
    assert sum("body" in rule.fields for rule in rules) > 1000
    skipped = [rule.name for rule in rules if any(note.endswith("skipped") for note in rule.warnings)]
    assert skipped == []  # no registry's suffix; platforms' (.blogspot.com) serve one template: kept
    assert [rule.domains for rule in rules if rule.name == ".blogspot.com"] == [("blogspot.com",)]
    assert [rule.exact_domains for rule in rules if rule.name == "gov.uk"] == [("gov.uk",)]  # one host


def test_precedence_argument_over_builtin(tmp_path: Path) -> None:
    builtin = builtin_rules()
    assert builtin, "articlekit ships built-in rules"
    target = builtin[0]
    domain = (target.domains or target.exact_domains)[0]
    mine = tmp_path / "mine.toml"
    mine.write_text(
        f'[rule]\nname = "mine"\ndomains = ["{domain}"]\n[fields]\nheadline = "h2.t"\n', encoding="utf-8"
    )
    ruleset = resolve_rules([mine])
    assert ruleset is not None
    assert ruleset.match(f"https://{domain}/x").name == "mine"  # type: ignore[union-attr]
    default = resolve_rules(None)
    assert default is not None and default.match(f"https://{domain}/x").origin == "built-in"  # type: ignore[union-attr]


def test_ten_thousand_rules_are_looked_up_in_microseconds() -> None:
    from articlekit._rules._model import Rule

    rules = [Rule(name=f"site{i}", domains=(f"site{i}.example",)) for i in range(10_000)]
    ruleset = RuleSet(rules)
    started = time.perf_counter()
    for i in range(1000):
        assert ruleset.match(f"https://www.news.site{i * 7}.example/a/b") is not None
    assert ruleset.match("https://unknown.example/") is None
    assert (time.perf_counter() - started) / 1000 < 0.001  # generous: benchmarks/rules.py measures it


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('[rule]\nname = "x"\ndomains = ["a.test"\n', 3, "a.toml:3:"),
        (
            '[rule]\nname = "x"\ndomains = ["a.test"]\n[fields]\nheadlin = "h1"\n',
            5,
            "unknown field 'headlin'",
        ),
        ('[rule]\nname = "x"\ndomains = ["a.test"]\n[fields]\nheadline = "h1[["\n', 5, "not a CSS selector"),
        (
            '[rule]\nname = "x"\ndomains = ["a.test"]\n[fields]\nbody = "//div[@id="\n',
            5,
            "not an XPath expression",
        ),
        ('[rule]\nname = "x"\n', 2, "domains"),
    ],
)
def test_broken_rule_files_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "a.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rule_file(path, origin="test")
    assert str(caught.value).startswith(f"{path}:") and message in str(caught.value)
    assert caught.value.line in (line, None) or message == "domains"


def test_a_broken_rule_file_stops_the_cli_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.toml").write_text(
        '[rule]\nname = "x"\ndomains = ["a.test"]\n[fields]\nheadlin = "h1"\n'
    )
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "articlekit", "parse", str(page), "--rules", str(tmp_path / "rules")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "bad.toml:5: unknown field 'headlin'" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("domain", "message"),
    [
        ("com", "domains: 'com' is a public suffix: a rule would apply to every site under it"),
        ("co.uk", "domains: 'co.uk' is a public suffix: a rule would apply to every site under it"),
        ("com.au", "domains: 'com.au' is a public suffix"),
        ("xn--p1ai", "domains: 'xn--p1ai' is a public suffix"),  # .рф, in punycode
        ("https://example.com", "domains: 'https://example.com' is not a domain name"),
        ("example.com/news", "domains: 'example.com/news' is not a domain name"),
        ("example .com", "domains: 'example .com' is not a domain name"),
        ("", "domains: '' is not a domain name"),
    ],
)
def test_a_toml_rule_for_a_public_suffix_or_no_domain_is_refused(
    tmp_path: Path, domain: str, message: str
) -> None:
    path = tmp_path / "a.toml"
    path.write_text(TOML_RULE.replace('"example-news.test"', f'"{domain}"'), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rule_file(path, origin="test")
    assert str(caught.value).startswith(f"{path}:3: {message}")


class Everything(SiteRule):
    name = "everything"
    domains = ("example-news.test", "CO.UK")


def test_a_python_rule_for_a_public_suffix_is_refused() -> None:
    with pytest.raises(RuleError, match=r"^Everything: domains: 'co.uk' is a public suffix: a rule would"):
        articlekit.rules.load(Everything)
    with pytest.raises(RuleError, match="is a public suffix"):
        articlekit.parse_html(PAGE, url=URL, rules=[Everything])
    with pytest.raises(RuleError, match=r"^domains: 'com' is a public suffix"):  # a Rule made directly
        articlekit.rules.Rule(name="everything", domains=("com",))


def test_an_ftr_file_for_a_public_suffix_is_skipped_with_a_warning(tmp_path: Path) -> None:
    for name in (".co.uk.txt", "gov.uk.txt", "example-news.test.txt"):
        (tmp_path / name).write_text("title: //h2[@class='t']\n", encoding="utf-8")
    with pytest.warns(articlekit.errors.RuleWarning, match=r"^\.co\.uk\.txt: 'co\.uk' is a public suffix"):
        rules = {rule.name: rule for rule in articlekit.rules.load(tmp_path)}
    assert (rules[".co.uk"].domains, rules[".co.uk"].exact_domains) == ((), ())  # matches nothing
    assert rules["gov.uk"].exact_domains == ("gov.uk",)  # one host (www.gov.uk), not every site under it
    ruleset = RuleSet(rules.values())
    assert ruleset.match("https://www.bbc.co.uk/news") is None
    assert ruleset.match("https://www.gov.uk/x").name == "gov.uk"  # type: ignore[union-attr]


def test_no_builtin_rule_is_refused() -> None:
    assert all(rule.domains and not rule.warnings for rule in builtin_rules())


def _fixture_rule(folder: Path, page: str) -> Path:
    """A rule folder whose rule's [[tests]] names `page`, and an expected record beside it."""
    folder.mkdir()
    (folder / "expected.json").write_text('{"headline": "x"}', encoding="utf-8")
    tests = f'[[tests]]\npage = "{page}"\nexpected = "expected.json"\nurl = "{URL}"\n'
    (folder / "example-news.toml").write_text(TOML_RULE + tests, encoding="utf-8")
    return folder


@pytest.mark.parametrize("page", ["/etc/passwd", "../secret.html", "fixtures/../../secret.html", "link.html"])
def test_a_fixture_outside_the_rules_folder_is_refused(
    tmp_path: Path, page: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "secret.html").write_text(PAGE.replace("Harbour", "SECRET"), encoding="utf-8")
    folder = _fixture_rule(tmp_path / "rules", page)
    (folder / "link.html").symlink_to(tmp_path / "secret.html")  # a symbolic link out of the folder
    with pytest.raises(
        RuleError, match=r"example-news\.toml:\d+: tests: page .* is outside the rule's folder"
    ):
        load_rule_file(folder / "example-news.toml", origin="test")
    assert main(["rules", "test", "--rules", str(folder)]) == 2
    shown = capsys.readouterr()
    assert shown.out == "" and "SECRET" not in shown.err and "root:" not in shown.err
    assert shown.err.count("\n") == 1
    assert shown.err.startswith(f"articlekit: {folder / 'example-news.toml'}:")
    assert f"tests: page {page!r} is outside the rule's folder" in shown.err


def test_an_expected_record_outside_the_rules_folder_is_refused(tmp_path: Path) -> None:
    folder = _fixture_rule(tmp_path / "rules", "page.html")
    rule = folder / "example-news.toml"
    rule.write_text(rule.read_text(encoding="utf-8").replace('"expected.json"', '"/etc/passwd"'))
    with pytest.raises(RuleError, match=r":\d+: tests: expected '/etc/passwd' is outside the rule's folder"):
        load_rule_file(rule, origin="test")


def test_a_fixture_under_the_rules_folder_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _fixture_rule(tmp_path / "rules", "pages/../pages/page.html")
    (folder / "pages").mkdir()
    (folder / "pages" / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "expected.json").write_text('{"headline": "Harbour ferry gets a new engine"}', encoding="utf-8")
    assert main(["rules", "test", "--rules", str(folder), "example-news"]) == 0
    assert "1 of 1 rule fixtures pass" in capsys.readouterr().out


def test_builtin_rules_pass_their_fixture_tests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test"]) == 0
    out = capsys.readouterr().out
    assert "FAILED" not in out
    assert len(builtin_rules()) >= 11 and out.count("ok ") >= 11


def test_rules_new_writes_a_rule_that_passes_its_test(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace('<div id="main">', '<div id="main" class="article-body">'), encoding="utf-8")
    folder = tmp_path / "rules"
    assert main(["rules", "new", "example-news.test", "--from", str(page), "-o", str(folder)]) == 0
    written = (folder / "example-news-test.toml").read_text(encoding="utf-8")
    assert 'body = "#main"' in written and 'headline = "h1"' in written
    assert load_rule_file(folder / "example-news-test.toml", origin="new").fixtures
    capsys.readouterr()
    assert main(["rules", "test", "--rules", str(folder), "example-news-test"]) == 0
    assert "1 of 1 rule fixtures pass" in capsys.readouterr().out


def _plugin_wheel(folder: Path) -> Path:
    """A real wheel of a third-party rules package: a TOML rule folder behind an entry point."""
    wheel = folder / "akplugin_rules-1.0-py3-none-any.whl"
    files = {
        "akplugin_rules/__init__.py": "from pathlib import Path\nRULES = Path(__file__).parent / 'rules'\n",
        "akplugin_rules/rules/plugin-news.toml": TOML_RULE.replace("example-news", "plugin-news"),
        "akplugin_rules-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: akplugin-rules\nVersion: 1.0\n",
        "akplugin_rules-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        "akplugin_rules-1.0.dist-info/entry_points.txt": "[articlekit.rules]\nplugin-news = akplugin_rules:RULES\n",
    }
    record = "".join(f"{name},,\n" for name in files) + "akplugin_rules-1.0.dist-info/RECORD,,\n"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, text in {**files, "akplugin_rules-1.0.dist-info/RECORD": record}.items():
            archive.writestr(name, text)
    return wheel


def test_a_rules_package_installed_with_pip_is_used_with_no_flag(tmp_path: Path) -> None:
    wheel = _plugin_wheel(tmp_path)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
    listed = subprocess.run(
        [sys.executable, "-m", "articlekit", "rules", "list"],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    assert (
        "plugin-news" in listed.stdout
        and "plugin plugin-news" in listed.stdout
        and "built-in" in listed.stdout
    )
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    parsed = subprocess.run(
        [sys.executable, "-m", "articlekit", "parse", str(page), "--url", "https://plugin-news.test/x"],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    record = json.loads(parsed.stdout)
    assert record["provenance"]["rule"] == "plugin-news 1"
    assert record["headline"] == "Harbour ferry gets a new engine"


def test_batch_runs_use_rules(rules_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    page = PAGE.replace("<head>", f'<head><link rel="canonical" href="{URL}">')
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--rules", str(rules_dir), "--quiet"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["provenance"]["rule"] == "example-news 1"


def test_batch_in_python_takes_rules_like_parse(rules_dir: Path, tmp_path: Path) -> None:
    from articlekit import batch

    (tmp_path / "in").mkdir()
    page = PAGE.replace("<head>", f'<head><link rel="canonical" href="{URL}">')
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    (ruled,) = batch.records([tmp_path / "in"], workers=0, rules=[rules_dir])
    (generic,) = batch.records([tmp_path / "in"], workers=0, rules=False)
    assert (ruled["provenance"]["rule"], generic["provenance"]["rule"]) == ("example-news 1", "generic")
    summary = batch.write([tmp_path / "in"], tmp_path / "out.jsonl", workers=1, rules=[rules_dir])
    assert summary.parsed == 1
    assert (
        json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["provenance"]["rule"]
        == "example-news 1"
    )
    (rules_dir / "broken.toml").write_text(
        "[rule]\nname = 'x'\ndomains = ['x.test']\n[fields]\nheadlin = 'h1'\n"
    )
    with pytest.raises(RuleError, match=r"broken\.toml"):
        batch.write([tmp_path / "in"], tmp_path / "other.jsonl", rules=[rules_dir])
    assert not (tmp_path / "other.jsonl").exists()


def test_builtin_rules_on_the_real_pages_of_their_sites() -> None:
    """Each built-in rule for a benchmark site, on that site's real pages: it matches, the body is kept,
    and on at least one page of each site its selectors find the fields it pins."""
    data = require_shared("benchmarks", "fundus-dev")
    from urllib.parse import urlsplit

    ruleset = resolve_rules(None)
    assert ruleset is not None
    pinned_on: dict[str, int] = {}
    for truth_path in sorted(data.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        url = truth.get("url")
        rule = ruleset.match(url)
        if rule is None or rule.origin != "built-in":
            continue
        page = truth_path.with_name(truth_path.name.removesuffix(".json") + ".html.gz")
        article = articlekit.parse(page, url=url)
        assert article.provenance.rule == rule.label, url
        assert article.body.word_count > 50, url
        pinned = [
            f
            for f in ("headline", "authors", "published")
            if str(article.provenance.fields.get(f, "")).startswith("rule ")
        ]
        host = str(urlsplit(url).hostname)
        pinned_on[host] = pinned_on.get(host, 0) + bool(pinned)  # a site's other layouts may escape it
    assert len(pinned_on) >= 10
    assert all(pinned_on.values()), pinned_on


def test_the_cli_uses_an_ftr_file_from_a_rules_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "example-news.test.txt").write_text(FTR, encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    url = "https://www.example-news.test/x"
    assert (
        main(["parse", str(page), "--url", url, "--rules", str(tmp_path / "rules"), "--format", "json"]) == 0
    )
    shown = capsys.readouterr()
    record = json.loads(shown.out)
    assert record["provenance"]["rule"] == "example-news.test ftr"
    assert record["headline"] == "Harbour boat gets a new engine"
    assert (
        shown.err
        == "articlekit: example-news.test.txt:9: directive 'next_page_link' is not supported; ignored\n"
    )


def test_ignored_ftr_directives_are_a_warning_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("example-news.test.txt", "other-news.test.txt"):
        (tmp_path / name).write_text(FTR, encoding="utf-8")
    with pytest.warns(
        articlekit.errors.RuleWarning, match=r"2 rule files have directives articlekit ignores"
    ):
        articlekit.rules.load(tmp_path)
    assert main(["rules", "list", "--rules", str(tmp_path)]) == 0
    listed = capsys.readouterr()
    assert listed.out.count("directive 'next_page_link' is not supported; ignored") == 2
    assert listed.err.startswith("articlekit: ") and listed.err.count("\n") == 1
