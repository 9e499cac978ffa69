"""Walking a document line by line, cheaply, so costly patterns are tried only where they can match.

Patterns that begin at a line start run with ``Document.match`` at the lines
these helpers pick, instead of being searched across the whole text.
"""

from __future__ import annotations

from collections.abc import Iterator

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
