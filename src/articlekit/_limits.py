"""Limits every input is held to, wherever it comes from (a file, an archive's record, an MHTML part)."""

from __future__ import annotations

import os

#: What one document may hold, unpacked, unless ARTICLEKIT_MAX_INPUT_BYTES says otherwise: 64 MiB, a
#: hundred times a large news page; a gzip bomb stops there instead of filling the memory.
DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024


def max_input_bytes() -> int:
    """The input size limit in force (read at each call, so that a batch's workers inherit it)."""
    value = os.environ.get("ARTICLEKIT_MAX_INPUT_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_INPUT_BYTES
