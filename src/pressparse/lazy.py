"""Patterns compiled on first use, for the few large ones a release may never reach.

The ``regex`` module compiles in Python, at roughly a millisecond per few
hundred characters of pattern; the dateline, release-date, embargo and
date-reading patterns together cost more than the rest of ``import
pressparse``. A :class:`LazyPattern` keeps the source (``.pattern``, as a
compiled pattern has) and compiles it the first time it is matched, once per
process. ``Document.match``, ``search`` and ``finditer`` take one wherever they
take a compiled pattern, and ``tests/hostile.py`` finds and compiles every one
of them, so a mistake in a pattern still fails the tests, not a user's parse.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex


class LazyPattern:
    """A ``regex`` pattern compiled when first matched.

    The compiled pattern is kept on the object: a cache, not state, since
    compiling the same source always gives the same pattern (two threads
    racing to compile it only compile it twice).
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if this is the first use)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)


AnyPattern = regex.Pattern[str] | LazyPattern
"""What ``Document`` runs: a pattern compiled on import, or one compiled on first use."""


def compiled(pattern: AnyPattern) -> regex.Pattern[str]:
    """The compiled pattern, whichever kind ``pattern`` is."""
    return pattern.compiled if isinstance(pattern, LazyPattern) else pattern
