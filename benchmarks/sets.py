"""The one place that loads the shared benchmark sets, each page with its site and its half.

    python benchmarks/sets.py [--data DIR]      # pages and sites per set and half

DIR defaults to $ARTICLEKIT_BENCHMARKS, else ../shared/benchmarks beside the project.

Every page belongs to a site (its URL's host, lower-cased, without `www.`; on the Readability pages,
which carry no URL, the folder's name without a trailing `-<digits>`), and every site to one of two
fixed halves by a hash of its name: "tune" pages may be looked at page by page while working on
articlekit; "check" pages are read only as figures, to tell whether what was tuned carries over to
sites never looked at. A site is wholly in one half, so no check page shares a site with a tune page.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_DATA = Path(
    os.environ.get("ARTICLEKIT_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks")
)
SETS = ("aeb", "fundus-dev", "readability", "trafeval-dev", "htmldate-dev")
HALVES = ("tune", "check")
#: How far into a page its <meta> charset declaration is looked for.
CHARSET_WINDOW = 2048
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
#: Labels that HTML reads as a wider encoding than Python's codec of the same name (WHATWG Encoding).
#: Keys are Python's codec names (`codecs.lookup(label).name`).
_WIDER = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}


@dataclass(frozen=True)
class Page:
    set_name: str
    key: str  #: the file id within its set
    site: str
    half: str  #: "tune" or "check"
    raw: bytes  #: the page's bytes, gunzipped
    html: str  #: `raw` decoded (see `decode`)
    url: str | None
    truth: dict[str, object]


def site_of(url: str | None, fallback: str) -> str:
    """The URL's host, lower-cased, without a leading `www.`; `fallback` when there is no URL."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or fallback


def half_of(site: str) -> str:
    """The site's fixed half: "tune" or "check"."""
    return "tune" if hashlib.sha256(site.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def decode(raw: bytes) -> str:
    """UTF-8 when the bytes are strictly that, else the charset a <meta> in the first 2 KiB declares,
    else windows-1252 (undecodable bytes replaced)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(_declared_charset(raw) or "windows-1252", "replace")


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:CHARSET_WINDOW])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WIDER.get(name, name)


def _page(set_name: str, key: str, raw: bytes, url: str | None, truth: dict[str, object], site: str) -> Page:
    return Page(set_name, key, site, half_of(site), raw, decode(raw), url, truth)


def _gunzip(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _json(path: Path) -> dict[str, object]:
    record: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return record


# --- the loaders ------------------------------------------------------------------------------------------
def load_aeb(data: Path) -> list[Page]:
    """truth: {"articleBody", "url"}."""
    truths = _json(data / "aeb" / "ground-truth.json")
    pages = []
    for key, record in sorted(truths.items()):
        assert isinstance(record, dict)
        url = record.get("url") or None
        raw = _gunzip(data / "aeb" / "html" / f"{key}.html.gz")
        pages.append(_page("aeb", key, raw, url, record, site_of(url, key)))
    return pages


def _json_beside_pages(set_name: str, data: Path) -> list[Page]:
    """Sets of `<key>.html.gz` pages, each with a `<key>.json` record holding its `url`."""
    pages = []
    for truth_path in sorted((data / set_name).glob("*.json")):
        key = truth_path.name.removesuffix(".json")
        record = _json(truth_path)
        url = str(record.get("url") or "") or None
        raw = _gunzip(truth_path.with_name(f"{key}.html.gz"))
        pages.append(_page(set_name, key, raw, url, record, site_of(url, key)))
    return pages


def load_fundus(data: Path) -> list[Page]:
    """truth: url, country, title, authors, published, body, images."""
    return _json_beside_pages("fundus-dev", data)


def load_trafeval(data: Path) -> list[Page]:
    """truth: url, with, without, and on most pages title, authors, published."""
    return _json_beside_pages("trafeval-dev", data)


def load_htmldate(data: Path) -> list[Page]:
    """truth: url, published."""
    return _json_beside_pages("htmldate-dev", data)


def load_readability(data: Path) -> list[Page]:
    """truth: Readability.js's expected metadata. No URL: the site is the folder's name without `-<digits>`."""
    pages = []
    for folder in sorted(p for p in (data / "readability").iterdir() if p.is_dir()):
        truth = _json(folder / "expected-metadata.json")
        raw = (folder / "source.html").read_bytes()
        site = re.sub(r"-\d+$", "", folder.name)
        pages.append(_page("readability", folder.name, raw, None, truth, site))
    return pages


LOADERS: dict[str, Callable[[Path], list[Page]]] = {
    "aeb": load_aeb,
    "fundus-dev": load_fundus,
    "readability": load_readability,
    "trafeval-dev": load_trafeval,
    "htmldate-dev": load_htmldate,
}


# --- halves -------------------------------------------------------------------------------------------------
def in_half(page: Page, half: str) -> bool:
    return half == "all" or page.half == half


def require_set(set_name: str, data: Path) -> None:
    """Exit with one line saying how to get the set when `data` does not hold it."""
    if not (data / set_name).is_dir():
        raise SystemExit(
            f"benchmarks: no {set_name} set in {data} (python benchmarks/data.py DIR fetches the public sets "
            "it can; then --data DIR/benchmarks or ARTICLEKIT_BENCHMARKS=DIR/benchmarks)"
        )


def pages(set_name: str, data: Path = DEFAULT_DATA, half: str = "all") -> list[Page]:
    """The set's pages of `half` ("tune", "check" or "all"), in file order."""
    if half not in (*HALVES, "all"):
        raise ValueError(f"half must be tune, check or all, not {half!r}")
    require_set(set_name, data)
    return [page for page in LOADERS[set_name](data) if in_half(page, half)]


def reported_halves(half: str) -> tuple[str, ...]:
    """The rows a run over `half` reports: each half and the whole set for "all", else that half."""
    return (*HALVES, "all") if half == "all" else (half,)


def by_half(set_pages: list[Page], half: str) -> Iterator[tuple[str, list[int]]]:
    """(half shown, the indices of its pages in `set_pages`) for every half a run over `half` reports,
    so that a page extracted once counts in each row it belongs to."""
    for shown in reported_halves(half):
        yield shown, [i for i, page in enumerate(set_pages) if in_half(page, shown)]


def half_argument(parser: argparse.ArgumentParser) -> None:
    """The `--half` flag every benchmark script takes."""
    parser.add_argument(
        "--half",
        choices=(*HALVES, "all"),
        default="all",
        help="tune: the pages that may be looked at; check: the held-back sites, figures only; all: both",
    )


def chosen_names(names: str, known: list[str], what: str) -> list[str]:
    """The comma-separated `names` a flag asks for, in `known`'s order; exits on an unknown one."""
    chosen = [name for name in names.split(",") if name]
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
    return [name for name in known if name in chosen]


def write_lines(path: Path, records: Iterable[dict[str, object]]) -> None:
    """`records` as JSON lines (dates and other values written as their text)."""
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmarks folder")
    args = parser.parse_args()
    print(f"{'set':<13} {'half':<6} {'pages':>6} {'sites':>6}")
    for set_name in SETS:
        every = pages(set_name, args.data)
        for half in reported_halves("all"):
            chosen = [page for page in every if in_half(page, half)]
            sites = {page.site for page in chosen}
            print(f"{set_name:<13} {half:<6} {len(chosen):>6} {len(sites):>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
