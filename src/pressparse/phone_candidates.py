"""Digit runs that may be phone numbers, and the cheap checks that drop most of them.

Candidate first, then validate: one linear pattern finds runs of digits and
the separators people write between groups, and pure string checks throw out
dates, years, money, codes and the like before phonenumbers sees anything.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from pressparse.document import Document
from pressparse.lines import line_end, line_start
from pressparse.vocab.phone_labels import NOT_PHONE_AFTER, NOT_PHONE_WORDS

RUN = regex.compile(
    r"""
    (?<![\w@+/.\-])             # not inside a word, an address, a path or a longer number
    (?=[(+\d])                   # a number starts here: lets the engine skip letters fast
    (?P<lead>\(?\+[ \t]?|00(?=[1-9]))?   # an international prefix: +44, (+61), 0044
    \(?\d                       # the first digit, maybe after an opening bracket
    [\d \t().\-/]{4,36}         # digits and the separators written between groups
    (?<=\d)                     # ending on a digit
    """,
    regex.VERBOSE,
)
"""One run of digit groups; bounded, and it cannot start inside another run, so it stays linear."""

_DIGIT = regex.compile(r"\d")
_MIN_RUN_DIGITS = 7
"""The fewest digits a run gives a number from: a local number without its area code (``459-5226``)."""
_MAX_REPLACED = 64
"""Past this many characters beyond Latin-1, looking at each for a digit costs more than RUN's own scan."""


_ASCII_DIGITS = {c: None for c in range(128) if not chr(c).isdigit()}
"""A ``str.translate`` table that keeps an ASCII text's digits alone."""
_IN_RUN = bytes(ord("1") if chr(i) in " \t().-/+" or _DIGIT.match(chr(i)) else ord(" ") for i in range(256))
_DIGIT_ONES = bytes(ord("1") if _DIGIT.match(chr(i)) else ord(" ") for i in range(256))
"""A ``bytes.translate`` table marking Latin-1 digits (a table alone, no deletions, takes the fast path)."""

EXTENSION = regex.compile(
    r"""
    [ \t]{0,2},?[ \t]{0,2}
    (?:x|ext|extn|extension)\.?:?[ \t]{0,2}
    (?P<ext>\d{1,6})(?!\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""An extension right after a number (``x12``, ``ext. 204``), matched at the run's end."""

LOCAL_NANP = regex.compile(r"\d{3}[-.]\d{4}")
"""A North American number without its area code (``459-5226``), read only beside a full one."""

_STRONG_SEP = regex.compile(r"[ \t]{1,4}/[ \t]{1,4}|\t|[ ]{3,}|\.[ \t]{1,4}")
"""Where one run holds two numbers: ``(03) 9000 1234 / 0412 000 111``, table cells."""
_STRONG_SEP_MARKS = ("/", "\t", "   ", ". ")
"""What every _STRONG_SEP match holds (``.`` then a tab holds the tab); split_run spells them out."""

_DATE = regex.compile(
    r"""
    ^\d{1,4}([./\-])\d{1,2}\1\d{1,4}$                       # 08/31/2027, 05.10.1986, 2020-12-15
    | ^\d{1,2}[./]\d{4}[ \t]{0,2}-[ \t]{0,2}\d{1,2}[./]\d{4}$  # 03/2015 - 03/2016
    | ^\d{5}-\d{4}$                                          # a ZIP+4 code
    | ^\d{1,2}[.:]\d{2}[ \t]{0,2}-[ \t]{0,2}\d{1,2}[.:]\d{2}$   # 10.30-11.30, a time range
    """,
    regex.VERBOSE,
)
_YEAR = regex.compile(r"(?:1[6-9]|20)\d\d")
_YEAR_HEADS = frozenset({"16", "17", "18", "19", "20"})
"""How _YEAR's years open."""
_GAPS = str.maketrans(dict.fromkeys((chr(c) for c in range(128) if not chr(c).isdigit()), " "))
"""A ``str.translate`` table that leaves an ASCII text's digits and blanks out the rest."""
_GROUPS = regex.compile(r"\d+")
_WORD_BEFORE = regex.compile(r"([#$€£¥]|[A-Za-z][A-Za-z.]{0,14})[ \t]{0,2}[:#]?[ \t]{0,2}\(?$")
_CURRENCY = frozenset("$€£¥")
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "aud", "cad", "chf", "jpy", "krw", "inr", "nzd", "rs"})


class Candidate(NamedTuple):
    """A digit run worth showing to phonenumbers: where it is and how it was written.

    A NamedTuple: one is made for every digit run, and a frozen dataclass's ``__init__`` costs
    several times a tuple's.
    """

    start: int
    end: int
    digits: str
    international: bool


def run_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of RUN's matches, except in stretches with too few digits to give a number.

    RUN runs over the stretches ``digit_stretches`` finds alone, which finds
    what a scan of the whole text finds there, at a tenth of the cost. A run
    with fewer digits gives no number (``_read`` and ``LOCAL_NANP`` want
    seven at least), so dropping it changes nothing.
    """
    stretches = digit_stretches(doc, _MIN_RUN_DIGITS)
    if stretches is None:
        return [m.span() for m in doc.finditer(RUN)]
    return [m.span() for start, end in stretches for m in doc.finditer(RUN, pos=start, endpos=end)]


def digit_stretches(doc: Document, min_digits: int) -> list[tuple[int, int]] | None:
    """The stretches of digits and the separators between digit groups that hold ``min_digits`` digits.

    Every match of a pattern made of digits and ``" \t().-/+"`` alone lies
    inside one stretch. Bytes translated to "in a stretch or not" find, with
    plain ``bytes.find``, the stretches long enough, and those that hold
    enough digits. ``None`` when a digit beyond Latin-1 may stand in the text:
    then only a scan of the whole text is sure to see every digit.
    """
    text = doc.folded
    try:
        latin = text.encode("latin-1")  # one byte a character: offsets stay the text's
    except UnicodeEncodeError:  # folding leaves few texts beyond Latin-1: only those are counted
        latin = text.encode("latin-1", "replace")
        if _digit_beyond_latin(text, latin):
            return None
    in_run = latin.translate(_IN_RUN)
    long_run = b"1" * min_digits
    stretches: list[tuple[int, int]] = []
    hit = in_run.find(long_run)
    while hit >= 0:
        start = in_run.rfind(b" ", 0, hit) + 1
        end = in_run.find(b" ", hit)
        end = len(in_run) if end < 0 else end
        if latin[start:end].translate(_DIGIT_ONES).count(b"1") >= min_digits:
            stretches.append((start, end))
        hit = in_run.find(long_run, end)
    return stretches


def _digit_beyond_latin(text: str, latin: bytes) -> bool:
    """Whether a character that the Latin-1 bytes lost (each became ``?``) may be a digit (``٣``, ``３``)."""
    replaced = latin.count(b"?") - text.count("?")
    if replaced == 0:
        return False
    if replaced > _MAX_REPLACED:
        return True
    i = latin.find(b"?")
    while i >= 0:
        if text[i] != "?" and _DIGIT.match(text[i]):
            return True
        i = latin.find(b"?", i + 1)
    return False


def split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run as one piece, or its pieces where a strong separator joins two numbers."""
    piece = text[start:end]
    if not ("/" in piece or "\t" in piece or "   " in piece or ". " in piece):
        return [(start, end)]  # each of _STRONG_SEP's branches holds one of these: most runs hold none
    cuts = [(m.start(), m.end()) for m in _STRONG_SEP.finditer(piece)]
    if not cuts:
        return [(start, end)]
    bounds, last = [], 0
    for a, b in cuts:
        bounds.append((start + last, start + a))
        last = b
    bounds.append((start + last, end))
    return [(a, b) for a, b in bounds if b > a]


def make_candidate(text: str, start: int, end: int) -> Candidate | None:
    """A candidate for ``text[start:end]``, trimmed to its first digit or ``+``, or ``None``."""
    while start < end and not (text[start].isdigit() or text[start] in "+("):
        start += 1
    piece = text[start:end]
    international = piece.lstrip("( \t").startswith(("+", "00"))
    body = piece.replace("(0)", " ") if international else piece
    digits = body.translate(_ASCII_DIGITS) if body.isascii() else "".join(ch for ch in body if ch.isdigit())
    if international and not piece.lstrip("( \t").startswith("+"):
        digits = digits[2:]  # the 00 that dials out of most countries
    if not digits:
        return None
    return Candidate(start, end, digits, international)


def plausible(text: str, cand: Candidate, *, labelled: bool) -> bool:
    """False for what press releases are full of: dates, years, money, codes, quantities."""
    piece = text[cand.start : cand.end]
    n = len(cand.digits)
    if not (8 <= n <= 15 if cand.international else 8 <= n <= 13):
        return False
    if cand.international:
        return not _money_or_code_before(text, cand.start, labelled)
    if not _phone_shaped(piece, labelled or _trunk_number_alone(text, cand)):
        return False
    return not (_money_or_code_before(text, cand.start, labelled) or _quantity_after(text, cand.end))


def _phone_shaped(piece: str, labelled: bool) -> bool:
    """Whether the digit groups of a national number could be a phone number's."""
    # an ASCII piece's groups by str methods: a pattern call and a Match per group cost more
    groups = piece.translate(_GAPS).split() if piece.isascii() else _GROUPS.findall(piece)
    if (_may_be_date(piece, len(groups)) and _DATE.match(piece)) or (
        len(groups) > 1 and all(_year(g) for g in groups)
    ):
        return False
    if len(groups) == 1:
        return labelled  # an unbroken run of digits is an id, a barcode or an amount unless labelled
    # a barcode's check digit or an ISBN's last group; or thousands written with spaces
    return len(groups[-1]) > 1 and not _thousands(groups)


def _may_be_date(piece: str, groups: int) -> bool:
    """False where _DATE surely does not match: each of its branches has its own count of groups.

    Three groups only with one mark between each and no blank (``08/31/2027``), four only about a
    ``-`` (``10.30-11.30``), two only as a ZIP+4 code: most numbers have three or four groups
    and blanks between them.
    """
    if groups == 3:
        return " " not in piece and "\t" not in piece
    if groups == 4:
        return "-" in piece
    return groups == 2 and len(piece) == len("00000-0000")


def _year(group: str) -> bool:
    """``_YEAR.fullmatch(group)`` for a group of digits."""
    return len(group) == 4 and group[:2] in _YEAR_HEADS if group.isascii() else bool(_YEAR.fullmatch(group))


def _trunk_number_alone(text: str, cand: Candidate) -> bool:
    """``0412345678`` alone on its line: a national number with its trunk 0, as contact lists print one.

    Amounts and ids do not start with 0, and a number on a line of its own is
    not inside a sentence; phonenumbers still has to accept it.
    """
    if text[cand.start] != "0" or not 9 <= len(cand.digits) <= 11:
        return False
    head = text[line_start(text, cand.start, 40) : cand.start]
    tail = text[cand.end : line_end(text, cand.end, 40)]
    return not head.strip(" \t") and not tail.strip(" \t")


def _thousands(groups: list[str]) -> bool:
    """``2 000 000 000``, ``450 000 000``: a quantity written with spaces between thousands."""
    first, rest = groups[0], groups[1:]
    return len(rest) >= 2 and len(first) <= 3 and first[0] != "0" and all(len(g) == 3 for g in rest)


def _money_or_code_before(text: str, start: int, labelled: bool) -> bool:
    m = _word_before(text, max(0, start - 18), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _CURRENCY or word in _CURRENCY_CODES:
        return True
    if word == "#":
        return not labelled
    return word in NOT_PHONE_WORDS and not (labelled and word in {"no", "no.", "number", "p"})


_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.$€£¥")
"""The characters _WORD_BEFORE's word (or currency sign) can end with; ``#`` is looked for apart."""
_TAIL = " \t:#("
"""The characters _WORD_BEFORE allows between its word and the number."""


_WORD_RUN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
"""What _WORD_BEFORE's word is made of after its first letter."""
_MAX_WORD = 15


def _word_before(text: str, lo: int, start: int) -> regex.Match[str] | None:
    """``_WORD_BEFORE.search(text, lo, start)``, with no search where its answer is plain.

    Its match ends at ``start``, or (``$``) just before a newline there, after
    a tail of ``_TAIL`` characters. Past that tail stands the word's last
    character, unless the tail holds a ``#``, which may itself be the word.
    Most numbers follow a line break or a comma: then no pattern need run.
    A word of letters and dots ends where the tail starts, and the search's
    leftmost match can start only at the first letter of the last 15
    characters of that run: one anchored match there (tried at every
    position, the search costs some 75,000 instructions) gives the same
    answer. Where it fails, only a ``#`` can be the word: the search decides.
    """
    end = start - 1 if text[start - 1 : start] == "\n" else start
    before = text[lo:end]
    head = before.rstrip(_TAIL)
    word_end = len(head)
    hash_in_tail = "#" in before[word_end:]
    if not (hash_in_tail or (word_end > 0 and head[-1] in _WORD_END)):
        return None
    if not hash_in_tail and head[-1] in _WORD_RUN:
        first = max(len(head.rstrip(_WORD_RUN)), word_end - _MAX_WORD)
        letter = word_end - len(head[first:].lstrip("."))
        if letter < word_end:
            m = _WORD_BEFORE.match(text, lo + letter, start)
            if m is not None:
                return m
    return _WORD_BEFORE.search(text, lo, start)


def _quantity_after(text: str, end: int) -> bool:
    after = text[end : end + 12].lstrip(" \t").lower()
    return after.startswith(NOT_PHONE_AFTER)
