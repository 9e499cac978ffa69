"""Reading a release file without trusting its size.

A scraped folder can hold a multi-gigabyte log or disk image named
``.txt``; reading it whole could exhaust memory and take the batch down.
Only as many bytes as ``max_chars`` characters can need are read; the cut
is recorded as the problem ``input.truncated``, and the release still parses.
"""

from __future__ import annotations

import os

from pressparse.decoding import Decoded, whole_prefix
from pressparse.inputs import text_of
from pressparse.types import Problem

BYTES_PER_CHAR = 4
"""The most bytes one character takes in any encoding pressparse reads (UTF-8, UTF-32)."""


def read_text(name: str, max_chars: int, /, *, data: bytes | None = None) -> Decoded:
    """The text of the file ``name`` (or of ``data`` already read), at most ``max_chars`` long.

    Raises ``OSError`` when the file cannot be read and
    :class:`~pressparse.errors.DecodeError` when it is not text.
    """
    limit = BYTES_PER_CHAR * (max_chars + 1)
    if data is None:
        data, size = _head(name, limit)
    else:
        size = len(data)
    if len(data) <= limit:
        return text_of(name, data)
    decoded = text_of(name, whole_prefix(data[:limit]))
    total = f"{size:,} bytes" if size > limit + 1 else f"more than {limit:,} bytes"
    message = f"the input has {total}; only the first {max_chars:,} characters were read"
    cut = Problem("input.truncated", message)
    return Decoded(decoded.text[:max_chars], decoded.encoding, (*decoded.problems, cut))


def _head(name: str, limit: int) -> tuple[bytes, int]:
    """Up to ``limit`` + 1 bytes of the file (one more tells that it goes on), and its size."""
    with open(name, "rb") as file:
        data = file.read(limit + 1)
        # A pipe or device has no size; what was read is all that is known.
        return data, max(os.fstat(file.fileno()).st_size, len(data))
