"""JSON lines: plain, gzipped (a gzip member per chunk) and on standard output."""

from __future__ import annotations

import contextlib
import errno
import gzip
import os
import sys
import zlib
from io import FileIO
from typing import BinaryIO

from ._base import OutputFailed, Writer, source_of, write_failure


class JsonLinesWriter(Writer):
    """`.jsonl`: a chunk is one write of whole lines; resuming cuts a half-written last line off. A
    chunk that cannot be written whole (a full disk) is cut off again, so the file stays valid."""

    def __init__(self, path: str, *, resume: bool) -> None:
        super().__init__(path, resume=resume)
        self._sources: set[str] = set()
        try:
            if resume and os.path.exists(path):
                self._sources = self._recover()
                self._stream: FileIO = open(path, "ab", buffering=0)  # noqa: SIM115 - closed in close()
            else:
                self._stream = open(path, "wb", buffering=0)  # noqa: SIM115
        except OSError as exc:
            raise write_failure(path, exc) from None
        self._good_end = self._stream.tell()

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
        try:
            _write_all(self._stream, self.encode(lines))
            os.fsync(self._stream.fileno())
        except OSError as exc:
            self._cut_back()
            raise write_failure(self.path, exc) from None
        self._good_end = self._stream.tell()

    def _cut_back(self) -> None:
        """Remove what a failed write left of its chunk: the file ends after the last whole chunk."""
        with contextlib.suppress(OSError):
            os.ftruncate(self._stream.fileno(), self._good_end)
            self._stream.seek(self._good_end)

    def close(self) -> None:
        if not self._stream.closed:
            try:
                self._stream.close()
            except OSError as exc:
                raise write_failure(self.path, exc) from None


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """Write all of `data` to an unbuffered file (one system call may write only part of it)."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


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
        try:
            sys.stdout.flush()
            binary = getattr(sys.stdout, "buffer", None)
            if binary is None:  # a text stream put in its place (a test's capture)
                sys.stdout.write("".join(lines))
            else:  # unbuffered (python -u) text writes drop what a partial write leaves: write all here
                _write_all(binary, "".join(lines).encode("utf-8"))
                binary.flush()
        except BrokenPipeError:
            raise OutputClosed("standard output was closed before every record was written") from None

    def close(self) -> None:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise OutputClosed("standard output was closed before every record was written") from None


class OutputClosed(OutputFailed):
    """The reader of standard output went away (`| head`): the run stops without a word."""
