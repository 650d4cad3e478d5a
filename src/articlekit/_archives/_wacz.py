"""WACZ packages (Webrecorder's zip of WARC files, indexes and a page list): the pages of the WARC
files in its `archive/` folder, each source `PACKAGE#archive/FILE#OFFSET`."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator

from ._document import Document, Passed
from ._warc import failed, stream_documents

_WARC_NAMES = (".warc", ".warc.gz")


def wacz_documents(path: str, passed: Passed | None = None) -> Iterator[Document]:
    """The pages of one WACZ package; a package that is no zip, or holds no WARC file, is an error."""
    try:
        package = zipfile.ZipFile(path)
    except OSError as exc:
        yield failed(path, "SourceNotFound", str(exc.strerror or exc))
        return
    except zipfile.BadZipFile as exc:
        yield failed(path, "WarcError", f"not a WACZ package ({exc})")
        return
    with package:
        members = sorted(
            name
            for name in package.namelist()
            if name.startswith("archive/") and name.lower().endswith(_WARC_NAMES)
        )
        if not members:
            yield failed(path, "WarcError", "a WACZ package without WARC files in archive/")
        for name in members:
            try:
                member = package.open(name)
            except (zipfile.BadZipFile, OSError, NotImplementedError) as exc:
                yield failed(f"{path}#{name}", "WarcError", f"unreadable member of the package ({exc})")
                continue
            with member:
                yield from stream_documents(member, f"{path}#{name}", passed=passed, via="wacz")
