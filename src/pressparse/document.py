"""The one input gate: the original text and a same-length folded view.

Patterns run on ``folded``, where typographic variants are mapped one
character for one (curly quotes to straight, dash variants to ``-``,
unusual spaces to `` ``), so an offset found there is valid on ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from pressparse.errors import PatternTimeout
from pressparse.lazy import AnyPattern, LazyPattern, compiled

DEFAULT_TIMEOUT = 2.0
"""Seconds one pattern may run on one text before it is abandoned.

A backstop, not a budget: every pattern is written to run in linear time,
so reaching it means a bug, reported as a problem rather than a hang.
"""

UNTIMED_WINDOW = 20_000
"""A pattern call over a window of at most this many characters runs without the timeout.

The regex module reads the process's CPU clock (a system call, about a
microsecond here) when a timed call starts and at every match, which cost a
quarter to a third of a whole parse. Every pattern is proven linear on long
hostile runs (tests/test_robustness_patterns.py), so a short window is bounded
by its length: at the slowest pattern's ~6 us a character, 0.12 s at most.
"""

_FOLD_PAIRS = {
    # quotation marks and apostrophes
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\uff02": '"',
    "\uff07": "'",
    # hyphens and dashes: '--' stays two characters, as wire services write it
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    # full-width punctuation seen in Asian-issued English releases
    "\uff1a": ":",
    "\uff0c": ",",
    "\uff08": "(",
    "\uff09": ")",
    "\uff0f": "/",
    # spaces that are not plain spaces; \t stays a tab (tables use it)
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u1680": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x85": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    # invisible characters keep their place as spaces
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\u2060": " ",
    "\ufeff": " ",
    "\u00ad": " ",
    "\u200e": " ",
    "\u200f": " ",
    "\u202a": " ",
    "\u202b": " ",
    "\u202c": " ",
    "\u202d": " ",
    "\u202e": " ",
    "\u2066": " ",
    "\u2067": " ",
    "\u2068": " ",
    "\u2069": " ",
}
_CONTROL = {chr(c): " " for c in range(32) if chr(c) not in "\t\n\r"}
_FOLD_MAP = {**_CONTROL, **_FOLD_PAIRS, "\x7f": " ", "\r\n": " \n", "\r": "\n"}

# A release holds a handful of kinds of foldable characters (curly quotes,
# a dash, a no-break space), so asking ``in`` for each kind and replacing the
# few present is several times faster than any pattern scan or ``translate``
# over every character. ``isascii`` is free, and ASCII text can only hold the
# control characters. A CR that ends a CRLF pair becomes a space (a line keeps
# one newline); a lone CR (old Mac files) becomes the newline it stands for.
_SINGLES = tuple((c, to) for c, to in _FOLD_MAP.items() if len(c) == 1 and c != "\r")
_ASCII_SINGLES = tuple((c, to) for c, to in _SINGLES if c.isascii())
# The standard library's re scans a plain class faster than regex, and a class cannot backtrack.
_SURROGATE = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """Map typographic variants one character for one; the length never changes."""
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    for c, to in _ASCII_SINGLES if text.isascii() else _SINGLES:
        if c in text:
            text = text.replace(c, to)
    return text if text.isascii() or _encodes(text) else _SURROGATE.sub(" ", text)


def _encodes(text: str) -> bool:
    """False when ``text`` holds a lone surrogate, found by the fast UTF-8 encoder rather than a scan."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Document:
    """A text ready for the extractors: ``text`` as given, ``folded`` for matching."""

    text: str
    timeout: float = DEFAULT_TIMEOUT
    folded: str = field(init=False, repr=False, compare=False)
    lower: str = field(init=False, repr=False, compare=False)
    """``folded`` in lower case, still one character for one (for case-blind ``find``)."""

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(
                f"pressparse reads str, not {type(self.text).__name__}; "
                "decode bytes first, or use pressparse.parse_bytes()"
            )
        folded = fold(self.text)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "lower", lower_same_length(folded))

    def finditer(
        self, pattern: AnyPattern, *, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """Matches of ``pattern`` on the folded view; timed over a window longer than ``UNTIMED_WINDOW``."""
        folded = self.folded
        end = len(folded) if endpos is None else endpos
        if end - pos <= UNTIMED_WINDOW:  # nothing to turn into PatternTimeout: the engine's own iterator
            return compiled(pattern).finditer(folded, pos, end)
        return self._timed_finditer(pattern, pos, end)

    def _timed_finditer(self, pattern: AnyPattern, pos: int, end: int) -> Iterator[regex.Match[str]]:
        try:
            yield from compiled(pattern).finditer(self.folded, pos, end, timeout=self.timeout)
        except TimeoutError as exc:
            raise PatternTimeout(pattern.pattern) from exc

    # search and match are called tens of times a release, mostly over short windows: the untimed
    # call is made first, with no further Python call on its way (each cost ~0.1 us).
    def search(
        self, pattern: AnyPattern, *, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """The first match of ``pattern`` on the folded view; timed as ``finditer`` is."""
        folded = self.folded
        end = len(folded) if endpos is None else endpos
        engine = pattern.compiled if isinstance(pattern, LazyPattern) else pattern
        if end - pos <= UNTIMED_WINDOW:
            return engine.search(folded, pos, end)
        try:
            return engine.search(folded, pos, end, timeout=self.timeout)
        except TimeoutError as exc:
            raise PatternTimeout(pattern.pattern) from exc

    def match(
        self, pattern: AnyPattern, *, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """A match of ``pattern`` starting exactly at ``pos`` on the folded view; timed as ``finditer`` is.

        Cheaper than ``search`` with ``\\G`` when many line starts are tried one by one.
        """
        folded = self.folded
        end = len(folded) if endpos is None else endpos
        engine = pattern.compiled if isinstance(pattern, LazyPattern) else pattern
        if end - pos <= UNTIMED_WINDOW:
            return engine.match(folded, pos, end)
        try:
            return engine.match(folded, pos, end, timeout=self.timeout)
        except TimeoutError as exc:
            raise PatternTimeout(pattern.pattern) from exc


def lower_same_length(text: str) -> str:
    """``text.lower()``, except that a letter never becomes two (``İ`` gives ``i``, not ``i̇``)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower()[:1] for c in text)


def as_document(text: str | Document) -> Document:
    """Accept either a plain ``str`` or a ready ``Document``."""
    return text if isinstance(text, Document) else Document(text)
