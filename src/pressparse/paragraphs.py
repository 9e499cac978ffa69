"""Paragraph and line geometry of a document, shared by the quote finders.

A paragraph ends at a blank line (a line holding only spaces or markdown
``>`` prefixes); a single newline inside one is a hard wrap, not a break.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from pressparse.document import Document
from pressparse.types import Span

_LINE_PAD = " \t>"
_MAX_PAD = 40
"""Spaces or ``>`` a blank line may hold."""
_PADDED_LINE = ("\n ", "\n\t", "\n>")
"""How a line that opens with a pad character starts: blank if nothing but pad follows."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where paragraphs start and end, to answer "same paragraph?" in log time."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, pos: int) -> int:
        """The paragraph that holds ``pos`` (or the one before it, between paragraphs)."""
        i = bisect.bisect_right(self.starts, pos)
        return i - 1 if i else 0

    def span(self, i: int) -> Span:
        return self.starts[i], self.ends[i]


def layout(doc: Document) -> Layout:
    """Trimmed spans of every non-empty paragraph, in order."""
    text = doc.folded
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for newline, end in _blank_lines(text):
        if newline > pos:
            _add(text, pos, newline, starts, ends)
        pos = end
    _add(text, pos, len(text), starts, ends)
    return Layout(tuple(starts), tuple(ends))


def _blank_lines(text: str) -> list[Span]:
    """From the newline before each blank line to the newline after it, in order.

    A blank line holds at most ``_MAX_PAD`` spaces or ``>`` and has a line
    on each side. Most are empty, found by ``str.find`` of two newlines;
    only a line opening with a pad character is read to its end. A pattern
    scan or a split into lines costs several times more.
    """
    found: list[Span] = []
    i = text.find("\n\n")
    while i >= 0:
        found.append((i, i + 1))
        i = text.find("\n\n", i + 1)
    empty = len(found)
    for lead in _PADDED_LINE:
        # a one-character find is a fast memchr: most texts hold no tab or ``>`` to look for
        i = text.find(lead) if lead[1] in text else -1
        while i >= 0:
            j = text.find("\n", i + 2, i + _MAX_PAD + 2)
            if j >= 0 and not text[i + 2 : j].strip(_LINE_PAD):
                found.append((i, j))
            i = text.find(lead, i + 1)
    if len(found) > empty:
        found.sort()
    return found


def breaks_between(text: str, start: int, end: int, *, first: bool = False) -> list[Span]:
    """Each blank line in ``[start, end)``, newline to newline inclusive, as a left-to-right scan takes them.

    Two blank lines in a row share a newline, so the scan takes only the
    first. With ``first``, the scan stops at the first one found.
    """
    found: list[Span] = []
    p = text.find("\n", start, end)
    while p >= 0:
        q = text.find("\n", p + 1, end)
        if q < 0:
            break
        if q - p <= _MAX_PAD + 1 and not text[p + 1 : q].strip(_LINE_PAD):
            found.append((p, q + 1))
            if first:
                break
            p = text.find("\n", q + 1, end)
        else:
            p = q
    return found


def _add(text: str, a: int, b: int, starts: list[int], ends: list[int]) -> None:
    """The paragraph ``[a, b)`` without surrounding whitespace or leading ``>`` marks, if anything is left."""
    i, j = a, b
    while i < j and (text[i].isspace() or text[i] == ">"):
        i += 1  # as ``lstrip`` then ``>`` after ``>`` would, without copying the paragraph
    while j > i and text[j - 1].isspace():
        j -= 1
    if j > i:
        starts.append(i)
        ends.append(j)


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
