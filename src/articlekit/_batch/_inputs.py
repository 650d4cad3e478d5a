"""What a batch run reads: its INPUT arguments expanded into documents, one per page.

Files, folders (recursive), globs, gzipped pages, and containers of many pages (WARC, WET, ARC and WACZ
files, RSS/Atom feeds), whose pages are documents of their own. A file that cannot be read, or an
archive that is cut short, is still a document: it gives an error record, so that every input gives
exactly one record.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from .._archives._document import Document, Passed
from .._archives._sniff import by_name, container_of


def is_container(path: str) -> bool:
    """Whether a file holds many documents (an archive or a feed), read where its inputs are expanded."""
    return container_of(path) != "page"


def expand(inputs: Iterable[str | os.PathLike[str]], passed: Passed | None = None) -> Iterator[str]:
    """The files the INPUT arguments name, in a stable order: a file as given, a folder's pages and WARC
    files (recursively, sorted), a glob's matches (sorted); a file named twice (or by two names) once.
    A name or glob that matches nothing is yielded as given, so that it becomes an error record rather
    than vanishing."""
    seen: set[str] = set()
    for name in _named(inputs, passed):
        resolved = os.path.realpath(name)
        if resolved not in seen or os.path.isdir(name):
            seen.add(resolved)
            yield name


def _named(inputs: Iterable[str | os.PathLike[str]], passed: Passed | None) -> Iterator[str]:
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            yield from _folder(name, passed)
        elif os.path.exists(name) or not glob.has_magic(name):
            yield name
        else:
            found = sorted(matches(name))
            for match in found:
                yield from _folder(match, passed) if os.path.isdir(match) else (match,)
            if not found:
                yield name


def matches(pattern: str) -> set[str]:
    """What a glob matches, `**` standing for any depth of folders, as `glob.glob(recursive=True)`
    would, except that symbolic links to folders are not followed below a `**` (a link loop would
    make the search endless)."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return set(glob.glob(pattern))
    at = parts.index("**")
    prefix, rest = os.sep.join(parts[:at]), os.sep.join(parts[at + 1 :])
    found: set[str] = set()
    for base in glob.glob(prefix) if glob.has_magic(prefix) else [prefix]:
        for folder in _folders_under(base):
            found |= matches(os.path.join(glob.escape(folder), rest or "*"))
            if folder and not rest:
                found.add(folder)
    return found


def _folders_under(base: str) -> Iterator[str]:
    """`base` and every folder below it (hidden ones and links to folders left out), named as glob names
    them: relative to the current folder when `base` is empty."""
    if base and not os.path.isdir(base):
        return
    for root, folders, _ in os.walk(base or os.curdir):
        folders[:] = [f for f in folders if not f.startswith(".")]
        yield root if base else root.removeprefix(os.curdir + os.sep).removeprefix(os.curdir)


def _folder(folder: str, passed: Passed | None = None) -> Iterator[str]:
    """The pages and containers under `folder`, known by their names (other files are counted in
    `passed`); a folder that cannot be listed is yielded itself, to become an error record. Symbolic
    links to folders are not followed (no loops), nor a saved page's `NAME_files` folder."""
    unreadable: list[OSError] = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        yield from (os.fspath(error.filename) for error in unreadable)
        unreadable.clear()
        folders[:] = sorted(f for f in folders if not f.startswith(".") and not _saved_page_files(f, files))
        for file in sorted(files):
            if file.startswith("."):
                continue
            if by_name(file) is not None:
                yield os.path.join(root, file)
            elif passed is not None:
                passed.other_files += 1
    yield from (os.fspath(error.filename) for error in unreadable)


def _saved_page_files(folder: str, files: list[str]) -> bool:
    """Whether `folder` is the `NAME_files` folder a browser's "Save page as, complete" writes beside
    NAME.html: its frames and widgets are parts of that page, not pages."""
    stem = folder.removesuffix("_files")
    return stem != folder and any(f in files for f in (f"{stem}.html", f"{stem}.htm", f"{stem}.xhtml"))


def documents(inputs: Iterable[str | os.PathLike[str]], passed: Passed | None = None) -> Iterator[Document]:
    """Every document of the INPUT arguments, in order: a page file each, a container's pages; what is
    passed over (an archive's images, other files in folders) is counted in `passed`."""
    for path in expand(inputs, passed):
        if os.path.isdir(path):  # a folder that could not be listed
            yield Document(source=path, error=("SourceNotFound", f"cannot read this folder: {_why(path)}"))
        else:
            yield from _documents_of(path, passed)


def _documents_of(path: str, passed: Passed | None) -> Iterator[Document]:
    kind = container_of(path)
    if kind == "warc":
        from .._archives._warc import warc_documents

        yield from warc_documents(path, passed)
    elif kind == "arc":
        from .._archives._arc import arc_documents

        yield from arc_documents(path, passed)
    elif kind == "wacz":
        from .._archives._wacz import wacz_documents

        yield from wacz_documents(path, passed)
    elif kind == "feed":
        from .._archives._items import feed_documents

        yield from feed_documents(path)
    else:
        yield Document(source=path, path=path)


def _why(folder: str) -> str:
    try:
        os.listdir(folder)
    except OSError as exc:
        return str(exc.strerror or exc)
    return "it could not be listed"


def count_documents(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them (no containers)."""
    total = 0
    for path in expand(inputs):
        if is_container(path):
            return None
        total += 1
    return total


def source_key(source: str) -> str:
    """A source as a resumed run compares it: the file's resolved path (`./pages/a` and `pages/a` are one
    file), with a WARC record's `#OFFSET` kept."""
    path, mark, within = source.partition("#")
    if not (mark and by_name(path) not in (None, "page")):
        path, mark, within = source, "", ""
    return os.path.realpath(path) + mark + within
