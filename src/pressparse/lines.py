"""Lines of a document, found cheaply and within bounds.

Walking line by line lets costly patterns run only at the lines where they
can match (``Document.match`` at a line start, instead of a search across
the whole text). Every look-around is bounded so that a text with one
enormous line costs linear time, not quadratic: past the window, the
window's edge stands in for the line's edge.
"""

from __future__ import annotations

from collections.abc import Iterator

WINDOW = 400

_LEAD = " \t>*_#"
"""Markup that may come before a line's first word: indentation, quote marks, Markdown."""


def lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line that begins before ``end``; the last may run on past it."""
    pos = start
    limit = len(text)
    while pos < min(end, limit):
        newline = text.find("\n", pos, limit)
        stop = limit if newline < 0 else newline
        yield pos, stop
        pos = stop + 1


def first_word(text: str, start: int, end: int) -> str:
    """The line's first run of letters, lower case, after any leading markup (``""`` if none)."""
    pos = start
    while pos < end and text[pos] in _LEAD:
        pos += 1
    stop = pos
    while stop < end and stop - pos < 30 and text[stop].isalpha():
        stop += 1
    return text[pos:stop].lower()


def line_start(text: str, pos: int, window: int = WINDOW) -> int:
    """The start of the line holding ``pos``, or ``pos - window`` if the line is longer."""
    lo = max(0, pos - window)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo


def line_end(text: str, pos: int, window: int = WINDOW) -> int:
    """The end of the line holding ``pos`` (before its newline), or ``pos + window``."""
    hi = min(len(text), pos + window)
    j = text.find("\n", pos, hi)
    return j if j >= 0 else hi


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Where ``literal`` starts in ``text``, in order, overlapping ones too."""
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)
