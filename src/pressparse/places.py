"""From a place name to the phonenumbers region of its country."""

from __future__ import annotations

from types import MappingProxyType

import pycountry
import regex

from pressparse.lines import line_end, line_start
from pressparse.vocab.places import AMBIGUOUS_COUNTRY_WORDS, CITIES, REGIONS, US_STATES

_PLACE = r"[A-Z][\w.'-]{1,24}(?:[ \t][A-Z][\w.'-]{1,24}){0,2}"

LINE_PLACE = regex.compile(
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


def _country_names() -> MappingProxyType[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[str(value).lower()] = str(country.alpha_2)
    return MappingProxyType(names)


COUNTRY_NAMES = _country_names()
"""Every country's name, common name and official name, lower-case, read once from pycountry."""


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
    return COUNTRY_NAMES.get(key)


PLACE_WORDS = frozenset(
    word.strip(".,")
    for name in (*CITIES, *REGIONS, *US_STATES, *COUNTRY_NAMES)
    for word in name.split()
)
"""Every word of every known place name, lower-case: a run without one names no place."""


def known_places(words: str) -> list[tuple[str, str]]:
    """(name, region) of each known place inside a run of capitalised words, longest names first."""
    parts = words.split()
    if not any(p.lower().strip(".,") in PLACE_WORDS for p in parts):
        return []
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(parts):
        for size in range(min(3, len(parts) - i), 0, -1):
            name = " ".join(parts[i : i + size])
            region = place_country(name)
            if region:
                found.append((name.lower().strip(" .,"), region))
                i += size
                break
        else:
            i += 1
    return found


def line_region(text: str, pos: int) -> str | None:
    """The region named at the head of the line holding ``pos``, or by a header line just above it.

    A header counts only when it is the whole line (``London office:``), so a
    place that opens one contact's line never reaches the next contact.
    """
    start = line_start(text, pos)
    own = _place_at(text, start, header=False)
    if own or start == 0 or text[start - 1] != "\n":
        return own
    for _ in range(3):
        prev_start = line_start(text, start - 1)
        if not text[prev_start : start - 1].strip():
            return None  # a blank line ends the contact
        found = _place_at(text, prev_start, header=True)
        if found:
            return found
        if prev_start == 0:
            return None
        start = prev_start
    return None


def _place_at(text: str, line_start: int, *, header: bool) -> str | None:
    m = LINE_PLACE.match(text, line_start, min(len(text), line_start + 80))
    if m is None:
        return None
    if header and text[m.end() : line_end(text, m.end())].strip():
        return None
    return place_country(m.group("place"))
