"""Vanity numbers (``1-800-AHA-USA1``): letters on the keypad stand for digits.

Only toll-free and premium prefixes are read this way, and only with capital
letters in dash-joined groups, so ``070 123 45 67 (Axel)`` stays digits and a name.
"""

from __future__ import annotations

import regex

from pressparse.document import Document
from pressparse.lines import occurrences

VANITY = regex.compile(
    r"""
    (?<![\w+\-])
    (?=[+(18])
    (?P<prefix>(?:\+?1[-. ])?\(?8(?:00|33|44|55|66|77|88)\)?|1[38]00)  # NANP toll-free; AU 1300/1800
    [-. ]
    (?P<rest>(?=[A-Z0-9\-]{0,9}[A-Z])[A-Z0-9]{1,7}(?:-[A-Z0-9]{1,7}){0,2})  # keypad letters and digits
    (?![\w\-])
    (?:[ \t]{0,2}\((?P<spelled>\d{3}-?\d{4})\))?    # the digits spelled out after it: (242-8721)
    """,
    regex.VERBOSE,
)

_LETTERS_AFTER = r"[-. ](?=[A-Z0-9\-]{0,9}[A-Z])"
# What every VANITY match holds (``1800`` holds ``800``), as patterns that start with a literal:
# the engine skips to each literal at once, where VANITY, which starts with a choice, tries every
# position. They only say whether VANITY need run at all: no span comes from them.
_NANP_HINT = regex.compile(r"8(?:00|33|44|55|66|77|88)\)?" + _LETTERS_AFTER)
_AU_HINT = regex.compile(r"1300" + _LETTERS_AFTER)


_DOUBLED = frozenset(("00", "33", "44", "55", "66", "77", "88"))
"""What follows the 8 of a NANP toll-free prefix (``800``, ``833`` ...)."""
_HINT_REACH = 24
"""More than a hint match reaches past its first character (prefix, bracket, separator, ten letters)."""


_HINT_LEAD = 8
_HINT_TAIL = 56
"""A VANITY match starts at most four characters before its hint (``+1-(``) and ends at most
44 after it: a window this wide around each hint holds every match whole, with the character
its lookahead reads."""


def vanity_windows(doc: Document) -> list[tuple[int, int]]:
    """Where VANITY can match: around each hint, windows that overlap merged; none without a hint.

    Each hint opens with a literal (``8``, ``1300``): ``str.find`` of one character skips to the next
    at once, where a substring test for each of seven prefixes reads the whole text seven times;
    ``1300`` is rare enough that finding it whole costs less than stopping at every ``3``.
    Every VANITY match holds a hint near its start, and a match that crosses into a window is
    inside it, so the matches in the windows are those of a scan of the whole text.
    """
    text = doc.folded
    eights = occurrences(text, "8")
    hints = [i for i in eights if text[i + 1 : i + 3] in _DOUBLED and _hint_at(doc, _NANP_HINT, i)]
    hints += [i for i in occurrences(text, "1300") if _hint_at(doc, _AU_HINT, i)]
    windows: list[tuple[int, int]] = []
    for i in sorted(hints):
        lo, hi = max(0, i - _HINT_LEAD), min(len(text), i + _HINT_TAIL)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _hint_at(doc: Document, hint: regex.Pattern[str], i: int) -> bool:
    return doc.match(hint, pos=i, endpos=min(len(doc.folded), i + _HINT_REACH)) is not None


_KEYPAD = str.maketrans(
    {
        **dict.fromkeys("ABC", "2"),
        **dict.fromkeys("DEF", "3"),
        **dict.fromkeys("GHI", "4"),
        **dict.fromkeys("JKL", "5"),
        **dict.fromkeys("MNO", "6"),
        **dict.fromkeys("PQRS", "7"),
        **dict.fromkeys("TUV", "8"),
        **dict.fromkeys("WXYZ", "9"),
    }
)
"""The ITU E.161 keypad letters."""


def vanity_digits(prefix: str, rest: str) -> str:
    """The dialled digits of a vanity number; letters past the usual length are not dialled."""
    head = "".join(ch for ch in prefix if ch.isdigit())
    tail = "".join(ch for ch in rest.translate(_KEYPAD) if ch.isdigit())
    if prefix.isdigit():
        return head + tail[:6]  # AU 1300/1800 and six more
    return "1" + head[-3:] + tail[:7]  # NANP 1-800 and seven more
