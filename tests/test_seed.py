"""The seed article: its plain text and its HTML versions give the record the foundation issue names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import articlekit
from conftest import FIXTURES, SEED_NAME

SEED_TEXT = FIXTURES / f"{SEED_NAME}.txt"
SEED_HTML = sorted(FIXTURES.glob(f"{SEED_NAME}.*.html"))


@pytest.fixture(scope="module")
def seed() -> articlekit.Article:
    return articlekit.parse(SEED_TEXT)


def test_the_fixture_is_the_shared_seed() -> None:
    from conftest import require_shared

    shared = require_shared("seeds", f"{SEED_NAME}.txt")
    assert shared.read_bytes() == SEED_TEXT.read_bytes()


def test_headline(seed: articlekit.Article) -> None:
    assert seed.headline == "Pakistan Steel Mills Revival Bolstered by New Russia Agreement"


def test_dates(seed: articlekit.Article) -> None:
    assert seed.dates.displayed == dt.date(2025, 8, 15)
    assert seed.dates.published == dt.date(2025, 7, 11)
    assert seed.dates.conflict is True
    claims = {(e.role, e.value) for e in seed.dates.evidence}
    assert ("displayed", dt.date(2025, 8, 15)) in claims
    assert ("published", dt.date(2025, 7, 11)) in claims
    # "in August 2025" inside a sentence, "built in 1973", "since 2015" are not claims about the article
    assert len(seed.dates.evidence) == 2


def test_read_time(seed: articlekit.Article) -> None:
    assert seed.read_time == articlekit.ReadTime(minutes=1, source="stated", raw="1 min read")


def test_image(seed: articlekit.Article) -> None:
    assert len(seed.images) == 1
    assert (seed.images[0].description or "").startswith("Two small flags, one of Pakistan")


def test_publication_and_site(seed: articlekit.Article) -> None:
    assert seed.publication is not None
    assert seed.publication.outlet == "SouthAsianDesk"
    assert seed.publication.date == dt.date(2025, 7, 11)
    assert seed.site_name == "SouthAsianDesk"


def test_body(seed: articlekit.Article) -> None:
    blocks = seed.body.blocks
    assert len(blocks) == 4 and {b.kind for b in blocks} == {"paragraph"}
    assert blocks[0].text.startswith("Pakistan and Russia have officially signed")
    assert blocks[-1].text.endswith("hold steady.")
    for excluded in (
        "1 min read",
        "Friday, August 15",
        "Two small flags",
        "Published in",
        "Follow",
        "Leave a Reply",
    ):
        assert excluded not in seed.body.text


def test_boilerplate(seed: articlekit.Article) -> None:
    social = [b for b in seed.boilerplate if b.kind == "social"]
    assert len(social) == 1 and social[0].text.startswith("Follow SouthAsianDesk")
    assert social[0].networks == ("X", "Instagram", "Facebook")
    comments = [b.text for b in seed.boilerplate if b.kind == "comments"]
    assert comments == ["Leave a Reply", "Your email address will not be published."]


# --- the same record from HTML versions of the seed -------------------------------------------------
# Equal but for provenance, with what only HTML can carry set aside: an image's src (and a figure's
# caption and credit), the canonical URL, the regional part of the language tag, the metadata evidence
# (JSON-LD, <time>) among the date claims, and page chrome beyond what the text copy holds.


def _comparable(article: articlekit.Article) -> dict[str, object]:
    record = article.to_dict()
    return {
        "headline": record["headline"],
        "subheadline": record["subheadline"],
        "authors": record["authors"],
        "site_name": record["site_name"],
        "language": (record["language"] or "").split("-")[0],
        "dates": {k: record["dates"][k] for k in ("published", "modified", "displayed", "conflict")},
        "read_time": record["read_time"],
        "image_descriptions": [image["description"] for image in record["images"]],
        "publication": record["publication"],
        "body": record["body"],
        "warnings": record["warnings"],
    }


@pytest.mark.parametrize("page", SEED_HTML, ids=lambda p: p.name)
def test_html_versions_give_the_text_record(seed: articlekit.Article, page: Path) -> None:
    from_html = articlekit.parse(page)
    assert from_html.provenance.input == "html" and seed.provenance.input == "text"
    assert _comparable(from_html) == _comparable(seed)
    text_claims = {(e.role, e.value) for e in seed.dates.evidence}
    assert text_claims <= {(e.role, e.value) for e in from_html.dates.evidence}
    html_chrome = {(b.kind, b.text, b.networks) for b in from_html.boilerplate}
    assert {(b.kind, b.text, b.networks) for b in seed.boilerplate} <= html_chrome


def test_there_are_three_html_shapes() -> None:
    assert len(SEED_HTML) == 3
    jsonld = articlekit.parse(FIXTURES / f"{SEED_NAME}.jsonld.html")
    assert ("published", "json-ld") in {(e.role, e.source) for e in jsonld.dates.evidence}
    assert any(e.value == dt.datetime(2025, 8, 15, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))
               for e in jsonld.dates.evidence)  # fmt: skip
