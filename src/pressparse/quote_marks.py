"""Pair quotation marks into passages: a linear scan over the mark characters.

Each mark is classified once from its neighbours (an opener has a space or an
opening bracket before it and a word after it; a closer the reverse) and, where
its neighbours do not decide, from its shape (“ opens, ” closes). A small state
machine then pairs marks of one kind, lets the next paragraph reopen a quote
that the previous one left open (one passage, several parts), and skips what
cannot be paired with a problem instead of raising (textacy's failing).
"""

from __future__ import annotations

import bisect
from typing import Literal, NamedTuple

import regex

from pressparse.document import Document
from pressparse.paragraphs import at_line_start, breaks_between, trim
from pressparse.report import Report
from pressparse.types import Problem, Span
from pressparse.vocab.reporting_verbs import REPORTING_VERBS

Role = Literal["open", "close", "either", "apos"]

_MARKS = "\"'«»‹›"
"""Every quotation mark on the folded view (curly and low-9 marks fold to ``"`` and ``'``)."""

_CUE_WORD = regex.compile(r"\p{Ll}{2,12}\b")

_MAX_RUN_ON = 24
"""Paragraphs a quotation may run on through before a missing closing mark is assumed."""

_KIND = {
    **dict.fromkeys('"“”„‟″＂', "double"),
    **dict.fromkeys("'‘’‚‛′＇", "single"),
    **dict.fromkeys("«»", "guillemet"),
    **dict.fromkeys("‹›", "angle"),
}
_SHAPE_OPENS = frozenset("“„‟‘‚‛«‹")
_SHAPE_CLOSES = frozenset("”’»›″′")
_BEFORE_OPENER = frozenset("([{-/>\"'«‹:—–")
_AFTER_CLOSER = frozenset(".,;:!?)]}-/\"'»›…—–")


class Passage(NamedTuple):
    """Words inside one pair of marks (or one run-on sequence of them).

    ``opened`` is the offset of the first opening mark; ``closed`` the offset
    just past the final closing mark, or ``None`` when the quote never closed.
    """

    parts: tuple[Span, ...]
    opened: int
    closed: int | None
    kind: str


def find_passages(doc: Document, report: Report) -> list[Passage]:
    """Every paired passage in text order; unpairable marks are reported and skipped."""
    scan = _Scan(doc, report)
    for i in scan.marks.fed:
        scan.feed(i)
    scan.finish()
    return scan.found


class _Marks:
    """Where the quotation marks stand: those the scan reads, and every one for what lies between."""

    def __init__(self, folded: str) -> None:
        last = len(folded) - 1
        singles = _offsets(folded, "'")
        # "don't", "Acme's": most single marks, settled here in one comprehension instead of a call each
        quoting = [
            i for i in singles if not (0 < i < last and folded[i - 1].isalnum() and folded[i + 1].isalpha())
        ]
        others = _offsets(folded, '"')
        if not folded.isascii():
            for mark in "«»‹›":
                others.extend(_offsets(folded, mark))
        self.fed = sorted(others + quoting) if quoting else sorted(others)
        self._others, self._singles = others, singles
        self._all: list[int] | None = None

    def after_previous(self, i: int) -> int:
        """Just past the mark before ``i`` (apostrophes count), or 0 for the first."""
        if self._all is None:
            self._all = sorted(self._others + self._singles)
        k = bisect.bisect_left(self._all, i)
        return self._all[k - 1] + 1 if k else 0


def _offsets(folded: str, mark: str) -> list[int]:
    """Where ``mark`` stands, in order: one ``find`` per mark, not a pattern per text."""
    found: list[int] = []
    i = folded.find(mark)
    while i >= 0:
        found.append(i)
        i = folded.find(mark, i + 1)
    return found


def role_of(text: str, folded: str, i: int) -> Role:
    """Whether the mark at ``i`` opens, closes, may do either, or is an apostrophe."""
    return _role(text, folded, i, _KIND.get(text[i]))


def _role(text: str, folded: str, i: int, kind: str | None) -> Role:
    """``role_of`` for a mark whose kind the caller has looked up."""
    prev = folded[i - 1] if i > 0 else "\n"
    nxt = folded[i + 1] if i + 1 < len(folded) else "\n"
    shape = text[i]
    if kind == "single" and _is_apostrophe(folded, i, prev, nxt):
        return "apos"
    opens = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPENER)
    closes = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSER)
    if opens and not closes and kind == "double" and _closes_before_cue(folded, i):
        return "close"
    if opens != closes:
        return "open" if opens else "close"
    if shape in _SHAPE_OPENS:
        return "open"
    if shape in _SHAPE_CLOSES:
        return "close"
    return "either"


def _closes_before_cue(folded: str, i: int) -> bool:
    """``...the decision, “said Ana Ruiz``: a closing double mark typed as an opener, before its cue."""
    if i < 2 or folded[i - 1] != " " or folded[i - 2] not in ",.!?":
        return False
    m = _CUE_WORD.match(folded, i + 1, min(len(folded), i + 16))
    return m is not None and m.group() in REPORTING_VERBS


def _is_apostrophe(folded: str, i: int, prev: str, nxt: str) -> bool:
    """``don't``, ``Marlow's``, ``'90s``; after ``s`` before a lower-case word (``the 1990s' boom``)."""
    if prev.isalnum() and nxt.isalpha():
        return True
    if nxt.isdigit() and (prev.isspace() or i == 0):
        return True
    if prev in "sS" and nxt == " ":
        after = folded[i + 2] if i + 2 < len(folded) else ""
        return after.islower() or after.isdigit()
    return False


class _Scan:
    """The pairing state: at most one open top-level passage at a time."""

    def __init__(self, doc: Document, report: Report) -> None:
        self.doc, self.text, self.folded, self.report = doc, doc.text, doc.folded, report
        self.marks = _Marks(doc.folded)
        self.found: list[Passage] = []
        self.scanned = 0
        self.depth = 0
        self.kind: str | None = None
        self.opened = 0
        self.part_start = 0
        self.parts: list[Span] = []

    def feed(self, i: int) -> None:
        """The mark at ``i``."""
        kind = _KIND.get(self.text[i])
        if kind is None or (self.kind is not None and kind != self.kind):
            return  # marks of another kind inside are nested quotations or apostrophes
        role = _role(self.text, self.folded, i, kind)
        if role == "apos":
            return
        if self.kind is None and role == "close" and kind != "single":
            self._recover(self.marks.after_previous(i), i, kind)
        elif self.kind is None:
            self._start_or_skip(i, kind, role)
        else:
            self._same_kind(i, role)

    def _start_or_skip(self, i: int, kind: str, role: Role) -> None:
        if role in ("open", "either"):
            self.kind, self.opened, self.part_start, self.parts = kind, i, i + 1, []
        elif kind != "single":
            self.report(
                Problem("quotes.unpaired", "a closing quotation mark with no opening one", (i, i + 1))
            )

    def _recover(self, since: int, i: int, kind: str) -> None:
        """A closing mark whose opening one is missing: the passage from its paragraph's start."""
        self.report(Problem("quotes.unpaired", "a closing quotation mark with no opening one", (i, i + 1)))
        nl = self.folded.rfind("\n", since, i)
        start = nl + 1 if nl >= 0 else (0 if since == 0 else -1)
        if start < 0 or (nl >= 0 and not at_line_start(self.folded, nl)):
            return  # the line before is part of the same paragraph, or another mark is on this line
        part = _trim_part(self.text, start, i)
        if part[0] < part[1]:
            self.found.append(Passage((part,), part[0], i + 1, "recovered"))

    def _same_kind(self, i: int, role: Role) -> None:
        # each stretch of text is searched for breaks once: ``scanned`` remembers how far
        start = max(self.part_start, self.scanned)
        breaks: list[Span] = []
        if self.folded.find("\n", start, i) >= 0:
            breaks = breaks_between(self.folded, start, i)
        self.scanned = i
        reopens = role in ("open", "either") and at_line_start(self.folded, i)
        if not breaks:
            self._same_paragraph(i, role)
        elif (role == "open" and not reopens) or len(breaks) > _MAX_RUN_ON:
            kind = self.kind or "double"
            self._close_unclosed(breaks[0][0])
            self._start_or_skip(i, kind, role)
        else:
            # the quote runs on: every paragraph up to this mark is one more part
            starts = [self.part_start] + [e for _, e in breaks]
            ends = [s for s, _ in breaks] + [i]
            self.parts.extend(_trim_part(self.text, a, b) for a, b in zip(starts, ends, strict=True))
            self.part_start = i + 1
            if not reopens:
                self._emit(i + 1)

    def _same_paragraph(self, i: int, role: Role) -> None:
        newline = -1
        if role == "open" and at_line_start(self.folded, i):
            newline = self.folded.rfind("\n", self.part_start, i)
        if newline >= 0:
            # a paragraph set off by a single newline reopens the quote
            self.parts.append(_trim_part(self.text, self.part_start, newline))
            self.part_start = i + 1
        elif role == "open":
            if _mid_sentence(self.folded, i):
                self.depth += 1  # "there is a “good faith” defence": a quotation inside the quotation
            else:
                # "...autonomy. “We can..." inside an open quote: a stray mark, the quote goes on
                self.report(
                    Problem(
                        "quotes.unpaired", "an opening quotation mark inside an open quotation", (i, i + 1)
                    )
                )
        elif self.depth:
            self.depth -= 1
        else:
            self.parts.append(_trim_part(self.text, self.part_start, i))
            self._emit(i + 1)

    def _close_unclosed(self, end: int) -> None:
        self.report(
            Problem("quotes.unclosed", "a quotation runs to the end of its paragraph", (self.opened, end))
        )
        self.parts.append(_trim_part(self.text, self.part_start, end))
        self._emit(None)

    def _emit(self, closed: int | None) -> None:
        self.depth = 0
        if len(self.parts) == 1:  # most quotes are one part: no generator for it
            parts: tuple[Span, ...] = tuple(self.parts) if self.parts[0][0] < self.parts[0][1] else ()
        else:
            parts = tuple(p for p in self.parts if p[0] < p[1])
        if parts and self.kind is not None:
            self.found.append(Passage(parts, self.opened, closed, self.kind))
        self.kind, self.parts = None, []

    def finish(self) -> None:
        if self.kind is not None:
            brk = breaks_between(self.folded, self.part_start, len(self.folded), first=True)
            self._close_unclosed(brk[0][0] if brk else len(self.folded))


def _mid_sentence(folded: str, i: int) -> bool:
    """An opening mark after a word rather than after a sentence's end."""
    j = i - 1
    while j >= 0 and folded[j] in " \t":
        j -= 1
    return j >= 0 and (folded[j].isalnum() or folded[j] in ",;:(-")


def _trim_part(text: str, a: int, b: int) -> Span:
    """A part without its surrounding spaces or a markdown ``>`` prefix."""
    if a < b and not text[a].isspace() and text[a] != ">" and not text[b - 1].isspace():
        return a, b  # most parts hug their marks
    a, b = trim(text, a, b)
    while a < b and text[a] == ">":
        a, b = trim(text, a + 1, b)
    return a, b
