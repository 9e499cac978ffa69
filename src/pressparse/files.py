"""Reading a release file without trusting its size.

A scraped folder can hold a multi-gigabyte log or disk image named
``.txt``; reading it whole could exhaust memory and take the batch down.
Only as many bytes as ``max_chars`` characters can need are read; the cut
is recorded as the problem ``input.truncated``, and the release still parses.
"""

from __future__ import annotations

import dataclasses
import os

from pressparse.decoding import whole_prefix
from pressparse.errors import ContentError
from pressparse.inputs import release_of
from pressparse.pipeline import Pipeline
from pressparse.types import Problem, Release

BYTES_PER_CHAR = 4
"""The most bytes one character takes in any encoding pressparse reads (UTF-8, UTF-32)."""


def release_from(name: str, pipeline: Pipeline, /, *, data: bytes | None = None) -> Release:
    """Read one input (no more than ``max_chars`` needs), decode it by its kind, and parse it.

    Raises ``OSError`` when it cannot be read, ``DecodeError`` when it is
    not text, and ``ContentError`` in strict mode.
    """
    head, cut = read_head(name, pipeline.options.max_chars, data=data)
    if cut is not None and pipeline.options.strict:
        raise ContentError((cut,))
    return noting_cut(release_of(name, head, pipeline), cut)


def read_head(name: str, max_chars: int, /, *, data: bytes | None = None) -> tuple[bytes, Problem | None]:
    """The bytes of the file ``name`` (or of ``data`` already read) that ``max_chars`` can use.

    The second value is the ``input.truncated`` problem when the input was
    longer: the bytes then end on a whole character. Raises ``OSError``
    when the file cannot be read.
    """
    limit = BYTES_PER_CHAR * (max_chars + 1)
    if data is None:
        data, size = _head(name, limit)
    else:
        size = len(data)
    if len(data) <= limit:
        return data, None
    total = f"{size:,} bytes" if size > limit + 1 else f"more than {limit:,} bytes"
    message = f"the input has {total}; only the first {limit:,} were read (max_chars={max_chars:,})"
    return whole_prefix(data[:limit]), Problem("input.truncated", message)


def noting_cut(release: Release, cut: Problem | None, /) -> Release:
    """``release`` with the problem of a cut read, in place of the pipeline's own notice of it."""
    if cut is None:
        return release
    others = tuple(p for p in release.problems if p.code != "input.truncated")
    return dataclasses.replace(release, problems=(cut, *others))


def _head(name: str, limit: int) -> tuple[bytes, int]:
    """Up to ``limit`` + 1 bytes of the file (one more tells that it goes on), and its size."""
    with open(name, "rb") as file:
        data = file.read(limit + 1)
        # A pipe or device has no size; what was read is all that is known.
        return data, max(os.fstat(file.fileno()).st_size, len(data))
