"""From a place name to the phonenumbers region of its country."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import TypeAlias

import regex

from pressparse import gazetteer
from pressparse.lazy import LazyPattern
from pressparse.lines import line_end, line_start
from pressparse.vocab.region_words import AMBIGUOUS_COUNTRY_WORDS, CITIES, REGIONS, US_STATES

_PLACE = r"[A-Z][\w.'-]{1,24}(?:[ \t][A-Z][\w.'-]{1,24}){0,2}"

LINE_PLACE = LazyPattern(
    rf"""
    ^[ \t>*•\-]{{0,4}}
    (?:
        (?:In|From)[ \t]{{1,3}}(?P<place>{_PLACE})[ \t]{{0,2}}[,:(\-]   # In Seoul, ...
      | (?P<place>{_PLACE})[ \t]{{1,2}}(?:office|bureau|desk)[ \t]{{0,2}}[:,\-]   # London office:
      | (?P<place>{_PLACE})[ \t]{{0,2}}:                             # Australia:
    )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
"""A contact line that opens with its place, the first source of a number's region."""


@cache
def country_names() -> Mapping[str, str]:
    """Every country's name, common name and official name, lower-case, read once from pycountry.

    Read on first use: importing pycountry and loading its database costs more than all of
    pressparse's own imports, and a release whose dateline names its country never needs it.
    """
    import pycountry  # noqa: PLC0415

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[str(value).lower()] = str(country.alpha_2)
    return MappingProxyType(names)


def place_country(name: str) -> str | None:
    """The region code for a city, state or country name, or ``None`` when unknown."""
    key = " ".join(name.lower().split()).strip(" .,")
    found = CITIES.get(key) or REGIONS.get(key)
    if found:
        return found
    if key in US_STATES or key + "." in US_STATES:
        return "US"
    if key in AMBIGUOUS_COUNTRY_WORDS:
        return None
    return country_names().get(key)


def _cased(name: str) -> set[str]:
    """A place name as texts capitalise it: ``Wales``, ``WALES``; ``Minn.`` and ``Minn``."""
    forms = {name.title(), name.upper(), name[:1].upper() + name[1:]}
    return forms | {f.rstrip(".") for f in forms}


@dataclass(frozen=True, slots=True)
class _Forms:
    """Every known place name as texts write it, built once on first use (it needs the country names)."""

    single_cased: frozenset[str]
    multi_word: frozenset[str]
    multi_first: frozenset[str]
    cased: frozenset[str]
    """``single_cased`` and ``multi_first`` together: one set to meet a text's words."""
    first_words: frozenset[str]
    """The first word of every name ``place_country`` knows, lower-case, without a trailing ``.``."""


@cache
def _forms() -> _Forms:
    names = (*CITIES, *REGIONS, *US_STATES, *country_names())
    multi_word = frozenset(name.rstrip(".") for name in names if " " in name and len(name.split()) <= 3)
    single_cased = frozenset(f for name in names if " " not in name for f in _cased(name))
    multi_first = frozenset(f for name in multi_word for f in _cased(name.split()[0]))
    first_words = frozenset(name.split()[0].rstrip(".") for name in names if name.strip())
    return _Forms(single_cased, multi_word, multi_first, single_cased | multi_first, first_words)


_PUNCTUATION = ",;:()[]{}\"'!?/|<>*_#"
"""Marks that may cling to a place name; replaced by spaces one by one (``str.translate`` is far slower)."""


def capitalised_places(text: str) -> set[str]:
    """The known place names written capitalised in ``text``, lower-case, each once.

    Plain string and set operations, no pattern: split on spaces and
    punctuation, meet the words once with the place names as texts
    capitalise them, and look at two- and three-word runs only where one of
    them starts (``New``, ``United``, ``South``), found in the text itself.
    """
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    forms = _forms()
    hits = forms.cased.intersection(text.split())
    found = {w.lower().rstrip(".") for w in hits & forms.single_cased}
    for first in hits & forms.multi_first:
        for after in _words_after(text, first):
            # keys as " ".join(words[i : i + size]) makes them; a word alone is no multi-word name
            for size in (2, 3):
                key = " ".join((first, *after[: size - 1])).lower().rstrip(".")
                if key in forms.multi_word:
                    found.add(key)
    return found


def _words_after(text: str, word: str) -> Iterator[list[str]]:
    """For each place ``word`` stands as a whole word, the (up to) two words after it.

    ``str.find`` skips to each at once, where ``list.index`` over the words compares every one.
    """
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or text[i - 1].isspace()) and (j == len(text) or text[j].isspace()):
            yield _two_words_from(text, j)
        i = text.find(word, i + 1)


_SLICE = 64


def _two_words_from(text: str, start: int) -> list[str]:
    """``text[start:].split(None, 2)[:2]`` without copying the rest of the text for every word.

    A slice that doubles until a third part shows (so the two words are whole) or the text
    ends: copying the rest each time made a text of a million place names quadratic.
    """
    size = _SLICE
    while True:
        parts = text[start : start + size].split(None, 2)
        if len(parts) == 3 or start + size >= len(text):
            return parts[:2]
        size *= 2


_WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.'-"
"""What LINE_PLACE's place words are made of in an ASCII text (``[\\w.'-]``)."""
_LEAD = " \t>*-"
_MAX_WORD = 25


def may_open_with_place(text: str, start: int) -> bool:
    """False where LINE_PLACE, matched at ``start``, surely names no place ``place_country`` knows.

    Its place opens the line, or follows ``In`` or ``From`` there, and its
    first word is the line's (or that word's next) word, or a part of it
    that ends before a ``-``. Only a place name's first word can be it: the
    pattern, with its three-word places, runs only where one may be (some
    20,000 instructions a line, for most lines that open with a name).
    Beyond ASCII, ``\\w`` and case-blind matching go further: the pattern decides.
    """
    head = text[start : start + 80]
    if not head.isascii():
        return True
    body = head.lstrip(_LEAD)
    word = body[: len(body) - len(body.lstrip(_WORD))]
    if _place_word_may_open(word):
        return True
    if word.lower() not in {"in", "from"}:
        return False
    rest = body[len(word) :].lstrip(" \t")
    return _place_word_may_open(rest[: len(rest) - len(rest.lstrip(_WORD))])


def _place_word_may_open(word: str) -> bool:
    """Whether ``word``, or a part of it before a ``-``, is the first word of a known place name."""
    firsts = _forms().first_words
    if len(word) <= _MAX_WORD and word.lower().rstrip(".") in firsts:
        return True
    cut = word.find("-", 1)
    while 0 < cut <= _MAX_WORD:
        if word[:cut].lower().rstrip(".") in firsts:
            return True
        cut = word.find("-", cut + 1)
    return False


def _is_place(key: str) -> bool:
    return key in CITIES or key in REGIONS or key in US_STATES or key in country_names()


IN_PLACE = regex.compile(
    r"(?<![\w])(?:In|in|From|from)[ \t]{1,3}(?P<place>[A-Z][\w.'-]{1,24}(?:[ \t][A-Z][\w.'-]{1,24}){0,2})"
    r"[ \t]{0,2}[,:(]"
)
"""``In Geneva, Jo Bloggs ...``: several contacts on one line may each open with their place."""


def nearest_place(text: str, pos: int) -> tuple[str, str] | None:
    """(place, region) for ``pos``: the nearest ``In Seoul,`` before it on its line, or the line's head."""
    head = line_start(text, pos)
    found = _in_place_before(text, head, pos)
    if found:
        return found
    m = LINE_PLACE.match(text, head, min(len(text), head + 80)) if may_open_with_place(text, head) else None
    region = place_country(m.group("place")) if m else None
    return (m.group("place"), region) if m and region else None


def _in_place_before(text: str, head: int, pos: int) -> tuple[str, str] | None:
    """(place, region) of the last ``In Seoul,`` between the line's ``head`` and ``pos``."""
    before = text[max(0, head - 1) : pos].lower()
    if "in " not in before and "from " not in before:
        return None  # a plain substring test spares most lines the pattern
    places = [(m, r) for m in IN_PLACE.finditer(text, head, pos) if (r := _named_country(m))]
    if places:
        return places[-1][0].group("place"), places[-1][1]
    return None


def _named_country(m: regex.Match[str]) -> str | None:
    """The country of the place in ``In <place>,``: the short list first, then the gazetteer.

    The wording makes it a place, so any gazetteer city will do here (``In
    Lyon,``); a bare capitalised word elsewhere needs the short list, since
    the gazetteer also holds ``Mobile`` and ``Asia`` and many surnames.
    """
    place = m.group("place")
    found = place_country(place)
    if found or place.lower() in AMBIGUOUS_COUNTRY_WORDS:
        return found
    city = gazetteer.city(place)
    return city.country if city else gazetteer.country_of(place)


LinePlaces: TypeAlias = "dict[int, tuple[str | None, bool]]"
"""By line start: the region of the place that opens the line, and whether the place is the whole line."""


def line_region(text: str, pos: int, lines: LinePlaces | None = None) -> str | None:
    """The region named at the head of the line holding ``pos``, or by a header line just above it.

    A header counts only when it is the whole line (``London office:``), so a
    place that opens one contact's line never reaches the next contact.
    ``lines``, kept by the caller for one text, holds what each line's head
    says, so that a contact block's lines are each read once, not once for
    every line below them too.
    """
    start = line_start(text, pos)
    own = _in_place_before(text, start, pos)
    if own:
        return own[1]
    lines = {} if lines is None else lines
    return _line_place(text, start, lines)[0] or _header_region(text, start, lines)


_HEADER_END = ",:(-"
"""The characters every LINE_PLACE match ends with."""


def _header_region(text: str, start: int, lines: LinePlaces) -> str | None:
    """The region of a place that is a whole line (``London office:``) among the three above ``start``."""
    if start == 0 or text[start - 1] != "\n":
        return None
    for _ in range(3):
        prev_start = line_start(text, start - 1)
        line = text[prev_start : start - 1].rstrip()
        if not line:
            return None  # a blank line ends the contact
        # LINE_PLACE ends on one of these, and a whole-line match leaves only spaces after it:
        # a line ending otherwise (a number, an address) needs no pattern to say it is no header
        if line[-1] in _HEADER_END:
            region, whole = _line_place(text, prev_start, lines)
            if region and whole:
                return region
        if prev_start == 0:
            return None
        start = prev_start
    return None


def _line_place(text: str, start: int, lines: LinePlaces) -> tuple[str | None, bool]:
    if start not in lines:
        m = (
            LINE_PLACE.match(text, start, min(len(text), start + 80))
            if may_open_with_place(text, start)
            else None
        )
        if m is None:
            lines[start] = None, False
        else:
            whole = not text[m.end() : line_end(text, m.end())].strip()
            lines[start] = place_country(m.group("place")), whole
    return lines[start]
