"""JSON lines: plain, gzipped (a gzip member per chunk) and on standard output."""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from typing import BinaryIO

from ._base import Writer, source_of


class JsonLinesWriter(Writer):
    """`.jsonl`: a chunk is one write of whole lines; resuming cuts a half-written last line off."""

    def __init__(self, path: str, *, resume: bool) -> None:
        super().__init__(path, resume=resume)
        self._sources: set[str] = set()
        if resume and os.path.exists(path):
            self._sources = self._recover()
            self._stream: BinaryIO = open(path, "ab")  # noqa: SIM115 - closed in close()
        else:
            self._stream = open(path, "wb")  # noqa: SIM115

    def _recover(self) -> set[str]:
        """Read the sources recorded so far, truncating the file after its last complete line."""
        sources: set[str] = set()
        good_end = 0
        with open(self.path, "rb") as stream:
            for line in stream:
                if not line.endswith(b"\n"):
                    break
                good_end += len(line)
                source = source_of(line.decode("utf-8", "replace"))
                if source is not None:
                    sources.add(source)
        os.truncate(self.path, good_end)
        return sources

    def recorded(self) -> set[str]:
        return self._sources

    def encode(self, lines: list[str]) -> bytes:
        return "".join(lines).encode("utf-8")

    def write(self, lines: list[str]) -> None:
        if not lines:
            return
        self._stream.write(self.encode(lines))
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def close(self) -> None:
        if not self._stream.closed:
            self._stream.close()


class GzipJsonLinesWriter(JsonLinesWriter):
    """`.jsonl.gz`: each chunk is a gzip member of its own (readable by any gzip reader as one stream);
    resuming cuts an unfinished last member off."""

    def encode(self, lines: list[str]) -> bytes:
        return gzip.compress("".join(lines).encode("utf-8"), compresslevel=6)

    def _recover(self) -> set[str]:
        sources: set[str] = set()
        good_end = position = 0
        unpacker, member, text = zlib.decompressobj(wbits=31), set[str](), b""
        with open(self.path, "rb") as stream:
            while block := stream.read(1 << 20):
                while block:
                    try:
                        text += unpacker.decompress(block)
                    except zlib.error:
                        os.truncate(self.path, good_end)
                        return sources
                    *lines, text = text.split(b"\n")
                    member.update(s for line in lines if (s := source_of(line.decode("utf-8", "replace"))))
                    if not unpacker.eof:
                        position += len(block)
                        break
                    position += len(block) - len(unpacker.unused_data)
                    good_end, block = position, unpacker.unused_data
                    sources |= member
                    unpacker, member, text = zlib.decompressobj(wbits=31), set(), b""
        os.truncate(self.path, good_end)
        return sources


class StdoutWriter(Writer):
    """`-`: JSON lines on standard output, flushed a chunk at a time."""

    def recorded(self) -> set[str]:
        return set()

    def write(self, lines: list[str]) -> None:
        sys.stdout.write("".join(lines))
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()
