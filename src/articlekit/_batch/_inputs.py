"""What a batch run reads: its INPUT arguments expanded into documents, one per page.

Files, folders (recursive), globs, gzipped pages, and WARC files, whose HTML responses are documents of
their own. A file that cannot be read, or a WARC file that is cut short, is still a document: it gives
an error record, so that every input gives exactly one record.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from ._document import Document

#: Suffixes of the pages a folder is searched for (any file named on the command line is read).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".md", ".markdown")
WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _is_page(path: str) -> bool:
    lowered = path.lower().removesuffix(".gz")
    return lowered.endswith(PAGE_SUFFIXES)


def expand(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The files the INPUT arguments name, in a stable order: a file as given, a folder's pages and WARC
    files (recursively, sorted), a glob's matches (sorted); a file named twice (or by two names) once.
    A name or glob that matches nothing is yielded as given, so that it becomes an error record rather
    than vanishing."""
    seen: set[str] = set()
    for name in _named(inputs):
        resolved = os.path.realpath(name)
        if resolved not in seen or os.path.isdir(name):
            seen.add(resolved)
            yield name


def _named(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            yield from _folder(name)
        elif os.path.exists(name) or not glob.has_magic(name):
            yield name
        else:
            found = sorted(matches(name))
            for match in found:
                yield from _folder(match) if os.path.isdir(match) else (match,)
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


def _folder(folder: str) -> Iterator[str]:
    """The pages and WARC files under `folder`; a folder that cannot be listed is yielded itself, to
    become an error record (symbolic links to folders are not followed: no loops)."""
    unreadable: list[OSError] = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        yield from (os.fspath(error.filename) for error in unreadable)
        unreadable.clear()
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for file in sorted(files):
            path = os.path.join(root, file)
            if not file.startswith(".") and (_is_page(path) or is_warc(path)):
                yield path
    yield from (os.fspath(error.filename) for error in unreadable)


def documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Every document of the INPUT arguments, in order: a page file each, a WARC's HTML responses."""
    for path in expand(inputs):
        if is_warc(path):
            from ._warc import warc_documents

            yield from warc_documents(path)
        elif os.path.isdir(path):  # a folder that could not be listed
            yield Document(source=path, error=("SourceNotFound", f"cannot read this folder: {_why(path)}"))
        else:
            yield Document(source=path, path=path)


def _why(folder: str) -> str:
    try:
        os.listdir(folder)
    except OSError as exc:
        return str(exc.strerror or exc)
    return "it could not be listed"


def count_documents(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them (no WARC files)."""
    total = 0
    for path in expand(inputs):
        if is_warc(path):
            return None
        total += 1
    return total


def source_key(source: str) -> str:
    """A source as a resumed run compares it: the file's resolved path (`./pages/a` and `pages/a` are one
    file), with a WARC record's `#OFFSET` kept."""
    path, mark, offset = source.rpartition("#")
    if not (mark and offset.isdigit() and is_warc(path)):
        path, mark, offset = source, "", ""
    return os.path.realpath(path) + mark + offset
