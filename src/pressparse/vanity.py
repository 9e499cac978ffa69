"""Vanity numbers (``1-800-AHA-USA1``): letters on the keypad stand for digits.

Only toll-free and premium prefixes are read this way, and only with capital
letters in dash-joined groups, so ``070 123 45 67 (Axel)`` stays digits and a name.
"""

from __future__ import annotations

import regex

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

VANITY_PREFIXES = ("800", "833", "844", "855", "866", "877", "888", "1300", "1800")
"""Digits every vanity number starts with: without one of them in the text, the pattern need not run."""
_LETTER_REACH = 14
"""A keypad letter stands at most this far after the prefix's end (a bracket, a separator, nine more)."""


def vanity_possible(text: str) -> bool:
    """Whether a capital letter follows a toll-free prefix closely enough for VANITY to match.

    Plain ``str.find``: ``800`` is common in amounts and years, a keypad
    letter right after it is not, and the pattern costs a scan of the text.
    """
    for prefix in VANITY_PREFIXES:
        i = text.find(prefix)
        while i >= 0:
            after = text[i + len(prefix) : i + len(prefix) + _LETTER_REACH]
            if after != after.lower():
                return True
            i = text.find(prefix, i + 1)
    return False


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
