"""What the words around a number say: its label, its kind, and a place that gives its region."""

from __future__ import annotations

import regex

from pressparse.lazy import LazyPattern
from pressparse.lines import line_start
from pressparse.vocab.phone_labels import CONTEXT_WORDS, LABELS, SINGLE_LETTER_LABELS, LabelKind

_LABEL_WORDS = sorted(LABELS, key=len, reverse=True)

LABEL_BEFORE = LazyPattern(
    r"""
    (?<![A-Za-z])
    (?P<label>"""
    + "|".join(regex.escape(w) for w in _LABEL_WORDS)
    + r""")
    (?P<colon>[ \t]{0,2}[:.]|[ \t]{0,2}-|[ \t]{0,2}\((?:[^()\n]{0,12})\))?  # T:  Phone -  Cell (US)
    [ \t]{0,3}(?:number|no\.?)?[ \t]{0,2}[:#]?[ \t]{0,3}\(?[ \t]{0,2}$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A label word ending just before a number, searched in a short window before it."""

LABEL_AFTER = LazyPattern(
    r"""
    [ \t]{0,2}[(\[][ \t]{0,2}(?P<label>"""
    + "|".join(regex.escape(w) for w in _LABEL_WORDS)
    + r""")[ \t]{0,2}[)\]]
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A label in brackets after a number: ``+66-85-010-2233 (mobile)``."""

_WINDOW = 28


def label_before(text: str, start: int) -> tuple[bool, LabelKind]:
    """Whether a label stands right before ``start`` on its line, and the kind it names."""
    lo = line_start(text, start, _WINDOW)
    if not _label_may_end(text[lo:start]):
        return False, None
    m = LABEL_BEFORE.search(text, lo, start)
    if m is None:
        return False, None
    word = m.group("label").lower()
    if word in SINGLE_LETTER_LABELS and not (m.group("colon") or "").strip().startswith(":"):
        return False, None  # a lone letter is a label only as ``T:``
    return True, LABELS[word]


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LAST_WORDS = frozenset(w[len(w.rstrip(_LETTERS)) :] for w in LABELS) - {""}
"""Each label's last run of ASCII letters (``free`` of ``toll-free``, ``phone`` of ``téléphone``)."""
_AFTER_LABEL = " \t(:#"
"""What LABEL_BEFORE lets follow a label (or ``number``, ``no``), bar a ``.``, ``-`` or ``(...)``."""


def _label_may_end(window: str) -> bool:
    """False where LABEL_BEFORE, searched in ``window``, surely finds nothing.

    Its match ends with the window. Past the characters that may follow a
    label stands a label's last letter, ``number`` or ``no``, or the ``.``,
    ``-`` or ``(...)`` that may sit between, with the label (or ``no``)
    before it. A label starts after a non-letter, so the last run of letters
    there is the label's own last run. Most numbers follow a name, a comma or
    ``at``: then no search need run (it tries each position with every label
    word, some 20,000 instructions). ``Tel.`` ends with its dot: left to the
    search, as is a window beyond ASCII, where case-blind matching goes
    further than ``str.lower``.
    """
    if not window.isascii():
        return True
    head = window.rstrip(_AFTER_LABEL)
    if head[-1:] == ")":
        bracket = head.rfind("(")
        if bracket < 0:
            return False
        head = head[:bracket].rstrip(" \t")
    elif head[-1:] in {".", "-"}:
        head = head[:-1].rstrip(" \t")
    if head[-1:] == ".":
        return True
    word = head[len(head.rstrip(_LETTERS)) :].lower()
    return word in _LAST_WORDS or word.endswith(("number", "no"))


def label_after(text: str, end: int) -> tuple[bool, LabelKind]:
    """A bracketed label right after a number, and the kind it names."""
    if not _bracket_follows(text, end):
        return False, None
    m = LABEL_AFTER.match(text, end, min(len(text), end + 24))
    if m is None:
        return False, None
    word = m.group("label").lower()
    if word in SINGLE_LETTER_LABELS and word not in {"m", "o", "c", "f"}:
        return False, None
    return True, LABELS[word]


def phone_line(text: str, start: int, window: int = 200) -> bool:
    """Whether the line before ``start`` talks about phoning (``Phone``, ``contact``, ``Fax`` ...)."""
    before = text[line_start(text, start, window) : start].lower()
    return any(word in before for word in CONTEXT_WORDS)


def _bracket_follows(text: str, end: int) -> bool:
    """Whether a bracket follows ``end`` after at most two spaces, as LABEL_AFTER's match opens."""
    return text[end : end + 3].lstrip(" \t")[:1] in {"(", "["}
