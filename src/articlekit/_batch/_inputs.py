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
    files (recursively, sorted), a glob's matches (sorted). A name that matches nothing is yielded as
    given, so that it becomes an error record rather than vanishing."""
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            yield from _folder(name)
        elif os.path.exists(name):
            yield name
        elif glob.has_magic(name):
            for match in sorted(glob.glob(name, recursive=True)):
                yield from _folder(match) if os.path.isdir(match) else (match,)
        else:
            yield name


def _folder(folder: str) -> Iterator[str]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for file in sorted(files):
            path = os.path.join(root, file)
            if not file.startswith(".") and (_is_page(path) or is_warc(path)):
                yield path


def documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Every document of the INPUT arguments, in order: a page file each, a WARC's HTML responses."""
    for path in expand(inputs):
        if is_warc(path):
            from ._warc import warc_documents

            yield from warc_documents(path)
        else:
            yield Document(source=path, path=path)


def count_documents(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them (no WARC files)."""
    total = 0
    for path in expand(inputs):
        if is_warc(path):
            return None
        total += 1
    return total
