"""Paragraph and line geometry of a document, shared by the quote finders.

A paragraph ends at a blank line (a line holding only spaces or markdown
``>`` prefixes); a single newline inside one is a hard wrap, not a break.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from pressparse.document import Document
from pressparse.types import Span

_BREAK = regex.compile(r"\n[ \t>]{0,40}(?=\n)")
"""A blank line: a newline, at most a run of spaces or ``>``, then another newline."""

_LINE_PAD = " \t>"


@dataclass(frozen=True, slots=True)
class Layout:
    """Where paragraphs start and end, to answer "same paragraph?" in log time."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, pos: int) -> int:
        """The paragraph that holds ``pos`` (or the one before it, between paragraphs)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def span(self, i: int) -> Span:
        return self.starts[i], self.ends[i]


def layout(doc: Document) -> Layout:
    """Trimmed spans of every non-empty paragraph, in order."""
    text = doc.folded
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in doc.finditer(_BREAK):
        _add(text, pos, m.start(), starts, ends)
        pos = m.end()
    _add(text, pos, len(text), starts, ends)
    return Layout(tuple(starts), tuple(ends))


def _add(text: str, a: int, b: int, starts: list[int], ends: list[int]) -> None:
    a, b = trim(text, a, b)
    while a < b and text[a] in ">":
        a, b = trim(text, a + 1, b)
    if a < b:
        starts.append(a)
        ends.append(b)


def trim(text: str, a: int, b: int) -> Span:
    """``(a, b)`` moved inward past whitespace at both ends."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def at_line_start(text: str, pos: int) -> bool:
    """True when only spaces or markdown ``>`` prefixes stand between ``pos`` and its line's start."""
    i = pos - 1
    while i >= 0 and text[i] in _LINE_PAD:
        i -= 1
    return i < 0 or text[i] == "\n"


def at_line_end(text: str, pos: int) -> bool:
    """True when only spaces stand between ``pos`` and the end of its line."""
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    return i >= len(text) or text[i] == "\n"
