"""Who a contact is: people's names and desks' names inside a contact zone.

Patterns propose; vocabulary disposes. A person is two to four capitalised
words that are not job titles, labels or places; a desk is a capitalised
phrase that ends in a desk word (``Investor Relations``, ``AFP Media``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import regex

from pressparse.places import country_names, place_country
from pressparse.vocab.contact_labels import (
    ADDRESS_WORDS,
    DESK_WORDS,
    FIRM_WORDS,
    HONORIFICS,
    LABEL_ONLY_WORDS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    TITLE_WORDS,
)
from pressparse.vocab.region_words import CITIES, REGIONS

_WORD = r"(?:\p{Lu}[\p{Ll}'’]{1,20}(?:\p{Lu}[\p{Ll}'’]{1,20})?(?:-\p{Lu}[\p{Ll}'’]{1,20}){0,2}(?!\p{Ll}))"
PERSON = regex.compile(
    rf"""
    (?<![\w'’.-])
    (?:(?P<honorific>Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Mx)\.?[ \t]{{1,3}})?
    (?P<name>
        {_WORD}
        (?:[ \t]{{1,3}}(?:[A-Z]\.[ \t]{{1,2}})?{_WORD}){{1,3}}
    )
    """,
    regex.VERBOSE,
)
"""A person's name as contact blocks write it: ``Dr Ana Ruiz``, ``Peter J. MacOwan``, ``Min-Seo Hahn``."""

FIRM_TAIL = regex.compile(
    r"""
    (?: [ \t]{1,2}(?:PR|IR)                     # an agency: "Harbor Strategic PR", never "Jo Bloggs, PR"
      | [ \t]{0,2},?[ \t]{1,2}(?:LLC|LLP|Inc|Ltd|Corp|Co|PLC|Plc|GmbH|AG)   # a legal form
    )\b\.?
    (?![ \t]{1,2}\p{Lu}\p{Ll})                     # "Jo Bloggs PR Manager": a title follows, no firm
    """,
    regex.VERBOSE,
)
"""An abbreviation that makes the capitalised words before it a firm (``Harbor Strategic PR``)."""

_FIRM_INITIALS = ("P", "I", "L", "C", "G", "A")
"""First letters of FIRM_TAIL's abbreviations."""

REACHED = regex.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t][A-Z][a-z'’-]{1,20}){0,2})[ \t]{1,2}"
    r"(?:may|can|could)[ \t]be[ \t]reached"
)
"""``Varga may be reached at ...``: here one word is enough for a name."""

# groups by number: a group asked for by name costs a raised and cleared TypeError in the engine first
_PERSON_NAME = PERSON.groupindex["name"]
_REACHED_NAME = REACHED.groupindex["name"]
_NONSPACE = regex.compile(r"\S+")
_GLUED = regex.compile(r"(\p{Lu}[\p{Ll}'’]{1,30})(\p{Lu}\p{Ll}{1,30})$")
_DESK_GAP = regex.compile(r"[ \t]{1,3}|['’]s[ \t]{1,2}")
_TOKEN = regex.compile(r"[A-Za-z][\w'’.]{0,30}|&")
_CONNECTORS = frozenset({"and", "&", "of", "for"})
_BLANKS = (" ", "\t")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_ASCII_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz").__contains__
_DESK_WORD = regex.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(DESK_WORDS, key=len, reverse=True)) + r")(?![A-Za-z])",
    regex.IGNORECASE,
)
"""Any desk word: a desk's name runs within one line, so only lines holding one are read."""


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
class Owner:
    """A name in a zone that channels after it may belong to."""

    name: str
    start: int
    end: int
    desk: bool
    org: bool = False
    """An organisation (``Acme Corp``): a desk when no person is named, else the person's employer."""


def people(
    text: str, start: int, end: int, masked: list[tuple[int, int]], *, orgs: bool = False
) -> Iterator[Owner]:
    """Person names between ``start`` and ``end``, outside the masked spans.

    With ``orgs``, a run that ends in a firm word (``Acme Corp``, ``Harbor
    Associates``) is yielded too, as an organisation.
    """
    reached = REACHED.finditer(text, start, end) if text.find("reached", start, end) >= 0 else ()
    spans = _Spans(masked)
    for m in reached:
        if not spans.meets(m.start(), m.end()):
            yield Owner(m.group(_REACHED_NAME), m.start(_REACHED_NAME), m.end(_REACHED_NAME), desk=False)
    for m in PERSON.finditer(text, start, end):
        m_start, m_end = m.span()
        if spans.meets(m_start, m_end):
            continue
        # a firm's abbreviation follows at most five blanks or a comma: most names have none
        tail = None
        if text[m_end : m_end + 6].lstrip(" \t,")[:1] in _FIRM_INITIALS:
            tail = FIRM_TAIL.match(text, m_end, min(end, m_end + 12))
        if tail is not None:
            a, b = m.start(_PERSON_NAME), tail.end()
            if orgs:  # "Harbor Strategic PR", "Northwind, Inc.": a firm named like a person
                yield Owner(text[a:b], a, b, desk=True, org=True)
            continue
        found = _clean(m.group(_PERSON_NAME), m.start(_PERSON_NAME), orgs=orgs)
        if found is not None:
            yield found


def _clean(name: str, start: int, *, orgs: bool) -> Owner | None:
    words, not_names, place_or_org = [], [], False
    for at, raw in _name_words(name):
        offset, word, placed, not_name = _word_facts(raw)
        words.append((at + offset, word))
        not_names.append(not_name)
        place_or_org = place_or_org or placed
    if place_or_org:
        return _organisation(words, start) if orgs else None
    lead = 0
    while lead < len(words) and not_names[lead]:
        lead += 1
    cut = next((i for i in range(lead, len(words)) if not_names[i]), len(words))
    kept = words[lead:cut]
    if len(kept) < 2 or kept[0][1].endswith("."):
        return None  # no name is left: the place test below could only say None again
    if place_country(" ".join(w for _, w in words)):
        return None  # "New York", "North Carolina": a place of several words, each harmless alone
    words = kept
    first = start + words[0][0]
    last = start + words[-1][0] + len(words[-1][1])
    return Owner(" ".join(w for _, w in words), first, last, desk=False)


def _name_words(name: str) -> list[tuple[int, str]]:
    """(offset, word) of each word: a name's words are mostly one space apart, split without the pattern."""
    if "  " in name or "\t" in name:
        return [(w.start(), w.group()) for w in _NONSPACE.finditer(name)]
    words = name.split(" ")
    return list(zip(accumulate([len(w) + 1 for w in words[:-1]], initial=0), words, strict=True))


@lru_cache(maxsize=4096)
def _word_facts(word: str) -> tuple[int, str, bool, bool]:
    """(offset, word) unglued, and whether it is a place or firm word and whether it is no name's."""
    offset, unglued = _unglue(word)
    return offset, unglued, _place_or_org(unglued), _not_name(unglued)


def _organisation(words: list[tuple[int, str]], start: int) -> Owner | None:
    """``Acme Corp``, ``Harbor Associates``: two or more words, the last a firm word, none an address's."""
    while words and _not_name(words[0][1]):
        words = words[1:]
    keys = [w.lower().strip(".,:") for _, w in words]
    if len(words) < 2 or keys[-1] not in FIRM_WORDS or any(k in ADDRESS_WORDS for k in keys):
        return None
    first, last = start + words[0][0], start + words[-1][0] + len(words[-1][1].rstrip(".,:"))
    return Owner(" ".join(w for _, w in words).rstrip(".,:"), first, last, desk=True, org=True)


def _place_or_org(word: str) -> bool:
    w = word.lower().strip(".,:")
    return w in ORG_WORDS or w in CITIES or w in REGIONS or w in country_names()


def _unglue(word: str) -> tuple[int, str]:
    """``BramleyPhone`` -> ``Bramley``, ``DetailsJo`` -> ``Jo``: words run together where layout was lost."""
    m = _GLUED.match(word)
    if m and m.group(2).lower() in NOT_NAME_WORDS:
        return 0, m.group(1)
    if m and m.group(1).lower() in NOT_NAME_WORDS:
        return m.start(2), m.group(2)
    return 0, word


def _not_name(word: str) -> bool:
    if word.endswith(("'s", "’s")):
        return True  # a possessive ends a name: "Jo Bloggs Minister's Office"
    w = word.lower().strip(".,:'’")
    return w in NOT_NAME_WORDS or w in HONORIFICS or w in DESK_WORDS


def desks(
    text: str, start: int, end: int, masked: list[tuple[int, int]], lower: str | None = None
) -> Iterator[Owner]:
    """Desk names (``Investor Relations``, ``PHE press office``) between ``start`` and ``end``.

    ``lower`` is ``text`` lower-cased one character for one (``Document.lower``): given it, the
    lines holding a desk word are found with ``str.find``, not the pattern.
    """
    spans = _Spans(masked)
    for a, line_to in _desk_lines(text, start, end, lower):
        yield from _desks_in_line(text, a, line_to, spans)


def _desk_lines(text: str, start: int, end: int, lower: str | None) -> list[tuple[int, int]]:
    """The lines (clipped to the stretch) that hold a desk word, in text order."""
    if lower is None or not text[max(0, start - 1) : end + 1].isascii():
        hits = [hit.start() for hit in _DESK_WORD.finditer(text, start, end)]  # case-blind beyond ASCII
    else:
        hits = sorted(_word_hits(lower, start, end))
    out: list[tuple[int, int]] = []
    for hit in hits:
        if out and hit < out[-1][1]:
            continue  # this line was read already
        a = max(start, text.rfind("\n", start, hit) + 1)
        if _follows_word(text, a, hit):
            newline = text.find("\n", hit, end)
            out.append((a, end if newline < 0 else newline))
    return out


def _follows_word(text: str, a: int, hit: int) -> bool:
    """Whether the desk word at ``hit`` follows a word on its line (from ``a``) across a desk's gap.

    A desk's name has two words at least and ends at a desk word: that word follows another one,
    one to three blanks or ``'s`` and a blank or two before it. A line where no desk word does
    (``Media contact:``, ``(Office)``) names no desk, and its words are not read.
    """
    return text[hit - 1 : hit] in _BLANKS and hit > a and bool(text[max(a, hit - 5) : hit].rstrip(" \t"))


def _word_hits(lower: str, start: int, end: int) -> list[int]:
    """Where a desk word stands between ``start`` and ``end``, no ASCII letter either side (ASCII text)."""
    hits = []
    stretch = lower[start:end]
    for word in DESK_WORDS:
        if word not in stretch:
            continue  # most desk words are absent: ``in`` costs less than a find call
        i = lower.find(word, start, end)
        while i >= 0:
            j = i + len(word)
            alone = i == 0 or not _ASCII_LETTER(lower[i - 1])
            if alone and (j == end or not _ASCII_LETTER(lower[j : j + 1])):  # the pattern stops at ``end``
                hits.append(i)
            i = lower.find(word, i + 1, end)
    return hits


_Token = tuple[int, int, str, str, bool]
"""A word of a desk line: its start, end, text, key (lower case, no end marks), and whether a phrase skips it
at its start (a connector or a label word)."""


def _desks_in_line(text: str, start: int, end: int, spans: _Spans) -> Iterator[Owner]:
    masked = spans.meets(start, end)  # most lines cross no masked span: their tokens need no test
    run: list[_Token] = []
    desk = False  # whether the run holds a desk word: a run without one names no desk
    for tok in _TOKEN.finditer(text, start, end):
        a, b = tok.span()
        if (masked and spans.meets(a, b)) or (run and _gap(text[run[-1][1] : a])):
            if desk:
                yield from _desk_in(run)
            run, desk = [], False
        word = tok.group()
        deskish, desk_word, key, skipped = _token_kind(word)
        if deskish:
            run.append((a, b, word, key, skipped))
            desk = desk or desk_word
        else:
            if desk:
                yield from _desk_in(run)
            run, desk = [], False
    if desk:
        yield from _desk_in(run)


@lru_cache(maxsize=4096)
def _token_kind(word: str) -> tuple[bool, bool, str, bool]:
    """Whether the word may stand in a desk's name, whether it is a desk word itself, its key, and
    whether a desk's phrase passes over it at its start: worked out once a word, not once a use."""
    lower = word.lower()
    key = lower.strip(".,:")
    deskish = word[0].isupper() or lower.strip(".") in DESK_WORDS or word in _CONNECTORS
    return deskish, key in DESK_WORDS, key, lower in _CONNECTORS or key in _LABEL_WORDS


def _gap(between: str) -> bool:
    """Whether the text between two words parts them: anything but one to three blanks or ``'s``
    and one or two blanks (what _DESK_GAP's fullmatch allows), told without the pattern."""
    if between == " ":
        return False
    size = len(between)
    if size <= 3 and size and not between.strip(" \t"):
        return False
    return not (size in (3, 4) and between[0] in "'’" and between[1] == "s" and not between[2:].strip(" \t"))


def _desk_in(run: list[_Token]) -> Iterator[Owner]:
    """The phrase from the run's start to the desk word where a non-desk word takes over."""
    last = None
    for i, tok in enumerate(run):
        key = tok[3]
        if key in DESK_WORDS:
            last = i
        elif last is not None and key not in _CONNECTORS:
            break
    if last is None:
        return
    phrase = run[: last + 1]
    while phrase and phrase[0][4]:
        phrase = phrase[1:]
    core = [t for t in phrase if t[3] not in LABEL_ONLY_WORDS]
    if len(core) < 2 or any(t[3] in TITLE_WORDS for t in phrase):
        return
    yield Owner(" ".join(t[2] for t in phrase), phrase[0][0], phrase[-1][1], desk=True)


_LABEL_WORDS = frozenset({"contact", "contacts", "for", "the", "please", "call", "to"})
"""Words a desk's name never opens with: ``Contact Investor Relations`` names ``Investor Relations``."""


class _Spans:
    """Spans by start, with the furthest end reached so far: whether a stretch meets any is one bisect."""

    __slots__ = ("reach", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = list(map(_FIRST, spans))
        self.reach = list(accumulate(map(_SECOND, spans), max))

    def meets(self, a: int, b: int) -> bool:
        """Whether any span overlaps [a, b)."""
        i = bisect_left(self.starts, b)  # the spans that start before b
        return i > 0 and self.reach[i - 1] > a
