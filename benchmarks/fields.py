"""Fields other than the body, per field and tool, on fundus-dev, the Readability pages, trafeval-dev and
htmldate-dev, every tool in one run, per half.

    python benchmarks/fields.py [--data DIR] [--tools articlekit,trafilatura,newspaper4k,htmldate,htmldate-fast]
                                [--sets fundus-dev,readability,trafeval-dev,htmldate-dev]
                                [--half tune|check|all] [--misses FILE]

Scores (docs/benchmarks.md says why each is measured so):
- headline: exact match after Unicode NFKC, case folding and white-space folding, kicker-tolerant: also
  right when the record's kicker and headline, joined as pages join them (": ", " : ", " – ", " | ", a line
  break), equal the truth; "headline strict" is the headline alone;
- published day: the calendar day of the published date, read in the truth's own time zone; a truth
  saying the page states no date ("nan" in htmldate-dev) is matched by giving none; a truth day written
  loosely ("2022-01.26", "2022-29-11") is read as year, month and day;
- day precision: of the pages where the tool gives a published date, the share whose day is right;
- authors F1: set F1 of folded names per page, averaged over pages whose truth names authors (fundus
  counts organisations - "dpa", "Associated Press" - as authors; articlekit keeps them out of `authors`,
  in `organisations`, so "credited F1" scores the two together, and "people F1" is authors F1 on the
  pages whose truth names people only, by the benchmark's own test of a name: ORGANISATION_WORDS);
  names are compared one person each, for every tool and the truth alike: "A und B" or "A, B" given
  as one string names A and B, and an opening "By" / "Von" is not part of a name;
- access: not scored (no set has a truth for it); the pages articlekit marks paywalled or behind a
  registration wall are counted per set and half;
- caption / description recall: the share of the truth's image captions (descriptions) that one of the
  tool's image captions (descriptions) contains, or is contained in while at least CONTAINED_SHARE as long.
A field is scored only on pages whose truth gives it (authors: a non-empty list); a field a tool does
not give at all shows as "-". On the Readability pages, Readability.js's own output is the reference
(agreement, not truth); its titles keep a site-name affix that articlekit drops by design ("How to
Build a Terrarium | eHow"), so "headline" there also agrees when the reference is ours plus a separated
affix of at most MAX_AFFIX_WORDS words; "headline strict" is plain equality.

Halves (see sets.py): every site is in the "tune" or the "check" half. `--half all` (the default)
reads every page once per tool and prints rows for tune, check and the whole set; `--half tune` or
`--half check` runs and prints that half alone. `--misses FILE` writes, as JSON lines, the fields each
tool got wrong (with what it gave and what the truth says) on tune pages only: check pages are read as
figures, never one by one.

htmldate is its `find_date` for the original date with its default extensive search; htmldate-fast is
the same with `extensive_search=False`. articlekit, trafilatura and htmldate are given the page's bytes (each decodes them itself); newspaper4k
the text sets.py decodes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from scoring import fold_headline, fold_title, same_headline_kicker_aside
from sets import DEFAULT_DATA, Page, by_half, chosen_names, half_argument, pages, write_lines

import articlekit

CONTAINED_SHARE = 0.6


@dataclass
class Fields:
    """What a tool says about a page, in one shape for every tool."""

    headline: str | None = None
    kicker: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: list[str] = field(default_factory=list)
    #: Organisations credited as authors, where the tool keeps them apart from people (articlekit).
    organisations: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None
    access: str | None = None
    #: Every title the page gives (articlekit's `titles`), for the headline's ceiling.
    titles: list[str] = field(default_factory=list)


Tool = Callable[[Page], Fields]


# --- the sets ----------------------------------------------------------------------------------------
def fundus_cases(data: Path, half: str = "all") -> list[Page]:
    return pages("fundus-dev", data, half)


def readability_cases(data: Path, half: str = "all") -> list[Page]:
    return pages("readability", data, half)


# --- the tools -----------------------------------------------------------------------------------------
def articlekit_fields(page: Page, *, rules: bool = False) -> Fields:
    """articlekit's fields from the page's bytes: the generic extraction (no site rules) unless `rules`."""
    try:
        article = articlekit.parse_html(page.raw, url=page.url, rules=None if rules else False)
    except articlekit.errors.ArticleKitError:
        return Fields()
    captions = [c for image in article.images for c in _caption_forms(image.caption, image.credit)]
    return Fields(
        headline=article.headline,
        kicker=article.kicker,
        published=article.dates.published,
        authors=list(article.authors),
        organisations=list(article.organisations),
        captions=captions,
        descriptions=[image.description for image in article.images if image.description],
        site_name=article.site_name,
        language=article.language,
        access=article.access,
        titles=[title for title in attrs.astuple(article.titles) if title],
    )


def _caption_forms(caption: str | None, credit: str | None) -> list[str]:
    """A caption alone, and with its credit (pages and truths differ on whether the credit is part of it)."""
    forms = [caption] if caption else []
    if caption and credit:
        forms.append(f"{caption} {credit}")
    return forms


def articlekit_with_rules(page: Page) -> Fields:
    """articlekit with its built-in site rules: reported apart, claims are made on the generic figure."""
    return articlekit_fields(page, rules=True)


def trafilatura_fields(page: Page) -> Fields:
    import trafilatura

    document = trafilatura.bare_extraction(page.raw, url=page.url, with_metadata=True, include_images=True)
    if document is None:
        return Fields()
    xml = trafilatura.extract(page.raw, url=page.url, output_format="xml", include_images=True) or ""
    # trafilatura keeps an image's alt text (and title attribute, when there is one): its only image texts.
    alts = [_unescape(a) for a in re.findall(r'<graphic[^>]*\balt="([^"]*)"', xml)]
    titles = [_unescape(t) for t in re.findall(r'<graphic[^>]*\btitle="([^"]*)"', xml)]
    author = getattr(document, "author", None) or ""
    return Fields(
        headline=getattr(document, "title", None),
        published=_iso_date(getattr(document, "date", None)),
        authors=[a.strip() for a in author.split(";") if a.strip()],
        captions=titles + alts,
        descriptions=alts,
        site_name=getattr(document, "sitename", None),
        language=getattr(document, "language", None),
    )


def newspaper_fields(page: Page) -> Fields:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # no network: the page is given
    config.memoize_articles = False
    article = newspaper.Article(page.url or "https://example.com/", config=config)
    article.download(input_html=page.html)
    article.parse()
    published = article.publish_date
    return Fields(
        headline=article.title or None,
        published=published if isinstance(published, dt.datetime) else None,
        authors=list(article.authors or []),
        site_name=(article.meta_site_name or None) if hasattr(article, "meta_site_name") else None,
        language=article.meta_lang or None,
    )


def htmldate_fields(page: Page, *, extensive: bool = True) -> Fields:
    """htmldate gives the published day alone (the original date, not the last modification); its
    default searches extensively (the page's text too), `extensive=False` is its fast mode."""
    import htmldate

    found = htmldate.find_date(page.raw, url=page.url, original_date=True, extensive_search=extensive)
    return Fields(published=_iso_date(found))


def htmldate_fast_fields(page: Page) -> Fields:
    return htmldate_fields(page, extensive=False)


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _guarded(tool: Tool) -> Tool:
    """A reference tool's crash on a page scores as an empty record, as it would for a user."""

    def run(page: Page) -> Fields:
        try:
            return tool(page)
        except Exception:
            return Fields()

    return run


TOOLS: dict[str, Tool] = {
    "articlekit": articlekit_fields,
    "articlekit+rules": articlekit_with_rules,
    "trafilatura": _guarded(trafilatura_fields),
    "newspaper4k": _guarded(newspaper_fields),
    "htmldate": _guarded(htmldate_fields),
    "htmldate-fast": _guarded(htmldate_fast_fields),
}
#: Columns scored over a tool's own answers (its count differs by tool), not over the truth's pages.
PER_ANSWER = frozenset({"day precision"})
#: Fields a tool does not give at all are shown as "-", not scored as misses.
LACKS = {"newspaper4k": {"caption", "description"}}
#: Tools that give only these fields.
ONLY = {"htmldate": {"published day", "day precision"}, "htmldate-fast": {"published day", "day precision"}}


def lacks(tool: str, column: str) -> bool:
    return column in LACKS.get(tool, ()) or (tool in ONLY and column not in ONLY[tool])


# --- scoring ---------------------------------------------------------------------------------------------
def same_headline(predicted: str | None, truth: str | None) -> bool:
    return bool(predicted) and bool(truth) and fold_headline(str(predicted)) == fold_headline(str(truth))


#: A site-name affix is at most this many words ("| eHow", "- John C. Welch - Medium").
MAX_AFFIX_WORDS = 6
_TITLE_SEPARATOR = re.compile(r"\s[|–—·»/:-]\s|[|｜_\[(]")


def same_headline_affix_aside(predicted: str | None, reference: str | None) -> bool:
    """Equal, or equal to the reference without a separated site-name affix at its start or end:
    Readability.js keeps "Headline | Site" from og:title, where articlekit drops the site's name."""
    if same_headline(predicted, reference):
        return True
    if not predicted or not reference or not _TITLE_SEPARATOR.search(reference):
        return False
    got, want = _words(predicted), _words(reference)
    rest = len(want) - len(got)
    return 0 < rest <= MAX_AFFIX_WORDS and (want[: len(got)] == got or want[rest:] == got)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold_title(text))


def same_day(predicted: dt.date | dt.datetime | None, truth: str | None) -> bool:
    """The predicted date's calendar day, read in the truth's time zone when both carry one."""
    if predicted is None or not truth:
        return False
    truth_value = _truth_datetime(truth)
    if truth_value is None:
        return False
    if isinstance(predicted, dt.datetime):
        if predicted.tzinfo is not None and truth_value.tzinfo is not None:
            predicted = predicted.astimezone(truth_value.tzinfo)
        return predicted.date() == truth_value.date()
    return predicted == truth_value.date()


def _truth_datetime(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        day = _iso_date(text.strip()) or _loose_day(text.strip())
        return dt.datetime.combine(day, dt.time()) if day else None


def _loose_day(text: str) -> dt.date | None:
    """A truth day written loosely ("2022-01.26", "2022-29-11": year, then month and day either way)."""
    match = re.fullmatch(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", text)
    if match is None:
        return None
    year, first, second = (int(part) for part in match.groups())
    month, day = (first, second) if first <= 12 else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: How a truth says that the page states no date: then a tool is right to give none.
NO_DATE = {"nan", "none", "null"}


#: How a credit line joins names ("A und B", "A, B & C", "A y B") and opens ("By", "Von", "Por").
_NAME_JOINS = re.compile(r"\s*(?:,|&|;|\band\b|\bund\b|\by\b|\bet\b)\s*", re.IGNORECASE)
_CREDIT_OPENING = re.compile(r"^(?:by|von|por|par|di|door|av)\s+", re.IGNORECASE)


def credited_names(names: list[str]) -> set[str]:
    """Folded names, one per person: a truth or an output that gives "A und B" as one string names
    two people, and "By A" names A. The same for every tool and the truth."""
    found: set[str] = set()
    for name in names:
        for part in _NAME_JOINS.split(_CREDIT_OPENING.sub("", name.strip())):
            if part.strip():
                found.add(fold_title(part))
    return found


def authors_f1(predicted: list[str], truth: list[str]) -> float:
    want, got = credited_names(truth), credited_names(predicted)
    shared = len(want & got)
    if not shared:
        return 0.0
    precision, recall = shared / len(got), shared / len(want)
    return 2 * precision * recall / (precision + recall)


#: The benchmark's own test of a truth's name, independent of articlekit's: a name holding one of these
#: words (or a word starting with one of ORGANISATION_STEMS, or holding one of ORGANISATION_PARTS in
#: scripts without spaces), a name that is one all-capitals word ("AFP", "BR24"), a domain, or the
#: name of the page's own host ("Euronews" on euronews.com) is an organisation's.
ORGANISATION_WORDS = frozenset(
    "afp ap apa dpa epd kna sid ansa efe reuters associated press agency agencies agence agencia newsroom "
    "redaktion rédaction redacción redazione staff desk team editors editorial online news nachrichten "
    "zeitung times post daily tagesschau".split()
)
ORGANISATION_STEMS = ("agentur", "ajans", "presse")
ORGANISATION_PARTS = ("新聞", "新闻", "日報", "日报", "通信", "신문", "일보", "뉴스")


def names_organisation(name: str, host: str | None = None) -> bool:
    words = [w.casefold() for w in re.findall(r"\w+", name)]
    one_acronym = len(words) == 1 and name.strip().isupper()
    domain = re.search(r"\w\.[a-z]{2,}\b", name) is not None
    site = host is not None and _ascii_folded(name).replace(" ", "") in _ascii_folded(host).split(".")
    return (
        one_acronym
        or domain
        or site
        or any(w in ORGANISATION_WORDS or w.startswith(ORGANISATION_STEMS) for w in words)
        or any(part in name for part in ORGANISATION_PARTS)
    )


def _ascii_folded(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def found(truth: str, predicted: list[str]) -> bool:
    want = fold_title(truth)
    for text in predicted:
        got = fold_title(text)
        if got and (want in got or (got in want and len(got) >= CONTAINED_SHARE * len(want))):
            return True
    return False


def _same_language(predicted: str | None, expected: str) -> bool:
    return bool(predicted) and str(predicted).lower().split("-")[0] == expected.lower().split("-")[0]


@dataclass(frozen=True)
class Outcome:
    """One scored field of one page: its score (1.0 right, 0.0 wrong, or an F1), what the tool gave
    and what the truth says."""

    column: str
    value: float
    got: object
    want: object


Scorer = Callable[[Fields, dict[str, object]], Iterator[Outcome]]


def _day(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _headline(got: Fields, truth: dict[str, object]) -> Iterator[Outcome]:
    if truth.get("title"):
        want = str(truth["title"])
        right = same_headline_kicker_aside(got.headline, got.kicker, want)
        yield Outcome("headline", right, [got.kicker, got.headline], want)
        yield Outcome("headline strict", same_headline(got.headline, want), got.headline, want)


def _published(got: Fields, truth: dict[str, object], key: str = "published") -> Iterator[Outcome]:
    """The published day; and, on the pages where the tool gives one, whether it is right ("day
    precision"). A truth saying the page states no date is matched by giving none."""
    if not truth.get(key):
        return
    want = str(truth[key])
    right = got.published is None if want.strip().lower() in NO_DATE else same_day(got.published, want)
    yield Outcome("published day", right, _day(got.published), want)
    if got.published is not None:
        yield Outcome("day precision", right, _day(got.published), want)


def _authors(got: Fields, truth: dict[str, object]) -> Iterator[Outcome]:
    if truth.get("authors"):
        want = [str(name) for name in truth["authors"]]  # type: ignore[attr-defined]
        yield Outcome("authors F1", authors_f1(got.authors, want), got.authors, want)
        credited = got.authors + got.organisations
        yield Outcome("credited F1", authors_f1(credited, want), credited, want)
        host = urlsplit(str(truth.get("url") or "")).hostname
        if not any(names_organisation(name, host) for name in want):
            yield Outcome("people F1", authors_f1(got.authors, want), got.authors, want)


def fundus_outcomes(got: Fields, truth: dict[str, object]) -> Iterator[Outcome]:
    yield from _headline(got, truth)
    yield from _published(got, truth)
    yield from _authors(got, truth)
    for image in truth.get("images") or []:  # type: ignore[attr-defined]
        if image.get("caption"):
            yield Outcome("caption", found(image["caption"], got.captions), got.captions, image["caption"])
        if image.get("description"):
            want = image["description"]
            yield Outcome("description", found(want, got.descriptions), got.descriptions, want)


def readability_outcomes(got: Fields, expected: dict[str, object]) -> Iterator[Outcome]:
    if expected.get("title"):
        want = str(expected["title"])
        with_kicker = f"{got.kicker}: {got.headline}" if got.kicker and got.headline else None
        right = any(same_headline_affix_aside(form, want) for form in (got.headline, with_kicker) if form)
        yield Outcome("headline", right, [got.kicker, got.headline], want)
        yield Outcome("headline strict", same_headline(got.headline, want), got.headline, want)
    yield from _published(got, expected, "publishedTime")
    if expected.get("byline"):
        byline, want = ", ".join(got.authors), str(expected["byline"])
        yield Outcome("byline", found(want, [byline] if byline else []), byline, want)
    if expected.get("siteName"):
        want = str(expected["siteName"])
        yield Outcome("site name", same_headline(got.site_name, want), got.site_name, want)
    if expected.get("lang"):
        want = str(expected["lang"])
        yield Outcome("language", _same_language(got.language, want), got.language, want)


def trafeval_outcomes(got: Fields, truth: dict[str, object]) -> Iterator[Outcome]:
    yield from _headline(got, truth)
    yield from _published(got, truth)
    yield from _authors(got, truth)


def htmldate_outcomes(got: Fields, truth: dict[str, object]) -> Iterator[Outcome]:
    yield from _published(got, truth)


#: The columns of the sets whose truth gives a title, a day and the authors.
ARTICLE_COLUMNS = ("headline", "headline strict", "published day", "day precision", "authors F1", "credited F1",
                   "people F1")  # fmt: skip
#: Per set: its columns, in the order shown, and how a page's fields are scored.
SETS: dict[str, tuple[tuple[str, ...], Scorer]] = {
    "fundus-dev": ((*ARTICLE_COLUMNS, "caption", "description"), fundus_outcomes),
    "readability": (
        ("headline", "headline strict", "published day", "day precision", "byline", "site name", "language"),
        readability_outcomes,
    ),
    "trafeval-dev": (ARTICLE_COLUMNS, trafeval_outcomes),
    "htmldate-dev": (("published day", "day precision"), htmldate_outcomes),
}


@dataclass
class Tally:
    hits: float = 0.0
    total: int = 0

    def add(self, value: float) -> None:
        self.hits += value
        self.total += 1

    def score(self) -> float | None:
        return self.hits / self.total if self.total else None


def tallies(set_name: str, results: Iterable[tuple[Fields, dict[str, object]]]) -> dict[str, Tally]:
    """The set's tally per column over (a tool's fields, the truth) of each page."""
    columns, scorer = SETS[set_name]
    counted = {column: Tally() for column in columns}
    for got, truth in results:
        for outcome in scorer(got, truth):
            counted[outcome.column].add(outcome.value)
    return counted


def score_fundus(tool: Tool, cases: list[Page]) -> dict[str, Tally]:
    return tallies("fundus-dev", ((tool(case), case.truth) for case in cases))


def score_readability(tool: Tool, cases: list[Page]) -> dict[str, Tally]:
    return tallies("readability", ((tool(case), case.truth) for case in cases))


# --- tune-half details ---------------------------------------------------------------------------------
def wrong_fields(set_name: str, tool: str, got: Fields, truth: dict[str, object]) -> list[dict[str, object]]:
    """The fields `tool` got wrong (or, for authors, not wholly right) on one page."""
    _, scorer = SETS[set_name]
    return [
        {"field": outcome.column, "got": outcome.got, "want": outcome.want}
        for outcome in scorer(got, truth)
        if outcome.value < 1 and not lacks(tool, outcome.column)
    ]


def page_misses(page: Page, results: dict[str, Fields]) -> dict[str, object] | None:
    """What `--misses` writes for one tune page: per tool, its wrong fields; None when all are right."""
    if page.half != "tune":
        raise ValueError(f"{page.set_name} {page.key} is a check page: only its figures are read")
    wrong = {tool: wrong_fields(page.set_name, tool, got, page.truth) for tool, got in results.items()}
    wrong = {tool: fields for tool, fields in wrong.items() if fields}
    return {"set": page.set_name, "key": page.key, "url": page.url, **wrong} if wrong else None


def tune_misses(set_pages: list[Page], results: dict[str, list[Fields]]) -> Iterator[dict[str, object]]:
    for i, page in enumerate(set_pages):
        if page.half == "tune":
            record = page_misses(page, {tool: got[i] for tool, got in results.items()})
            if record:
                yield record


def read_otherwise(page: Page, results: dict[str, Fields]) -> str | None:
    """The day articlekit and trafilatura both give when it is not the truth's (often an update's or an
    event's day the annotation chose): such pages are for a look, not for tuning."""
    ours, theirs = results.get("articlekit"), results.get("trafilatura")
    truth = page.truth.get("published") or page.truth.get("publishedTime")
    if ours is None or theirs is None or not truth or ours.published is None or theirs.published is None:
        return None
    day, other = _day_of(ours.published), _day_of(theirs.published)
    if day != other or same_day(ours.published, str(truth)):
        return None
    return day.isoformat()


def _day_of(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def print_read_otherwise(set_pages: list[Page], results: dict[str, list[Fields]], half: str) -> None:
    """How many pages articlekit and trafilatura both read otherwise than the truth; the tune half's listed."""
    if "articlekit" not in results or "trafilatura" not in results:
        return
    for shown, picked in by_half(set_pages, half):
        found = [
            (set_pages[i], day)
            for i in picked
            if (day := read_otherwise(set_pages[i], {t: got[i] for t, got in results.items()}))
        ]
        dated = sum(
            1
            for i in picked
            if set_pages[i].truth.get("published") or set_pages[i].truth.get("publishedTime")
        )
        print(
            f"  {shown:<6} read otherwise by articlekit and trafilatura alike: {len(found)} of {dated} dated pages"
        )
        if shown == "tune":
            for page, day in found:
                truth = page.truth.get("published") or page.truth.get("publishedTime")
                print(f"           {page.key[:40]:<40} both {day}, truth {truth}")


# --- the run -------------------------------------------------------------------------------------------------
def read_all(set_pages: list[Page], tools: dict[str, Tool]) -> dict[str, list[Fields]]:
    """Each page's fields by each tool, read once."""
    return {name: [tool(page) for page in set_pages] for name, tool in tools.items()}


def print_set(set_name: str, set_pages: list[Page], results: dict[str, list[Fields]], half: str) -> None:
    columns, _ = SETS[set_name]
    print(set_name)
    print(f"  {'half':<6} {'tool':<17}" + "".join(f"{c:>16}" for c in columns))
    for shown, picked in by_half(set_pages, half):
        counted = {
            tool: tallies(set_name, ((got[i], set_pages[i].truth) for i in picked))
            for tool, got in results.items()
        }
        for tool, tool_tallies in counted.items():
            cells = [_cell(tool, column, tool_tallies[column]) for column in columns]
            print(f"  {shown:<6} {tool:<17}" + "".join(cells))
        # The pages each column scores: the truth's, whatever the tool.
        scored = tallies(set_name, ((Fields(), set_pages[i].truth) for i in picked))
        print(
            f"  {shown:<6} {f'scored of {len(picked)}':<17}"
            + "".join(f"{'-' if c in PER_ANSWER else scored[c].total:>16}" for c in columns)
        )
        if "articlekit" in results:
            _print_ceiling(shown, [(results["articlekit"][i], set_pages[i].truth) for i in picked])
            marked = [results["articlekit"][i].access for i in picked]
            print(
                f"  {shown:<6} articlekit access: {marked.count('paywalled')} paywalled, "
                f"{marked.count('registration')} registration, {marked.count('free')} free, "
                f"{marked.count('unknown')} unknown"
            )


def headline_reachable(titles: list[str], truth: str) -> bool:
    """The truth is one of the page's titles, a site-name affix (or a kicker the truth keeps) aside."""
    return any(
        same_headline_affix_aside(truth, title) or same_headline_affix_aside(title, truth) for title in titles
    )


def _print_ceiling(shown: str, pages: list[tuple[Fields, dict[str, object]]]) -> None:
    """The headline's ceiling: the share of titled pages whose truth is one of the page's own titles."""
    titled = [(got, str(truth.get("title"))) for got, truth in pages if truth.get("title")]
    if titled:
        reachable = sum(headline_reachable(got.titles, want) for got, want in titled) / len(titled)
        print(f"  {shown:<6} headline ceiling (truth is one of the page's titles): {reachable:.3f}")


def _cell(tool: str, column: str, tally: Tally) -> str:
    """A tool's score in one column; a per-answer column also says how many answers it scored."""
    value = tally.score()
    if lacks(tool, column) or value is None:
        return f"{'-':>16}"
    return f"{f'{value:.3f} ({tally.total})' if column in PER_ANSWER else f'{value:.3f}':>16}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools to run")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sets to run")
    half_argument(parser)
    parser.add_argument("--misses", type=Path, help="write tune-half wrong fields here (JSON lines)")
    args = parser.parse_args()
    tools = {name: TOOLS[name] for name in chosen_names(args.tools, list(TOOLS), "tools")}
    misses: list[dict[str, object]] = []
    for set_name in chosen_names(args.sets, list(SETS), "sets"):
        set_pages = pages(set_name, args.data, args.half)
        results = read_all(set_pages, tools)
        print_set(set_name, set_pages, results, args.half)
        print_read_otherwise(set_pages, results, args.half)
        misses.extend(tune_misses(set_pages, results))
    if args.misses:
        write_lines(args.misses, misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
