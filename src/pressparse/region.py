"""The phone region a release implies when its numbers omit the country code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import regex

from pressparse.document import Document, as_document
from pressparse.lines import occurrences
from pressparse.phone_candidates import digit_stretches
from pressparse.places import capitalised_places, place_country
from pressparse.types import Dateline
from pressparse.vocab import phone_formats as fmt
from pressparse.vocab.region_words import CC_TLD_ALIASES, US_POSTAL

_COUNTRY_CODE = regex.compile(r"(?<![\w+])\(?\+[ \t]?\(?(\d{1,3})[ \t.\-)]{0,2}\d")
"""The country code of a number written in international form (``+61 2 ...``, ``(+61)``)."""

_SECOND_LEVEL = ("gov", "govt", "com", "co", "org", "net", "edu", "ac", "asn", "id", "nic", "or", "ne", "go")
"""Second-level labels under a country code (``.gov.au``, ``.co.uk``): they mark a national domain."""
_DOMAIN_TLD = regex.compile(
    rf"""
    (?: \.(?:{"|".join(_SECOND_LEVEL)})   # .gov.au
      | @[a-z0-9\-]{{1,63}} )              # @example.de
    \.(?P<tld>[a-z]{{2}})(?![\w\-]|\.[a-z])
    """,
    regex.I | regex.VERBOSE,
)
"""A country-code domain in an address or a link (``@agency.gov.au``, ``www.example.co.uk``)."""
_SECOND_LEVEL_SET = frozenset(_SECOND_LEVEL)
_LONGEST_LABEL = 1 + max(map(len, _SECOND_LEVEL))
"""The farthest the dot after a second-level label stands from the dot before it."""


_POSTAL_STATE = regex.compile(r",[ \t]{1,2}([A-Z]{2})(?:[ \t]{1,2}\d{5}|(?![\w.]))")
"""A US postal state after a comma (``NASHVILLE, TN``), the way US datelines and addresses write it."""

_FORMATS = regex.compile(
    r"(?<![\d+])(?=[(\d])(?:"
    + "|".join(f"(?P<{region}>{pattern})" for region, pattern in fmt.NATIONAL_FORMATS)
    + ")"
)
"""Every national layout in one pass, tried only where a number starts; the group that matched names it."""

_MIN_FORMAT_DIGITS = 10
"""The fewest digits any of ``fmt.NATIONAL_FORMATS`` holds (``02 9000 1234``, ``503-555-0147``)."""
_HEAD = 600
_DOMAIN_WINDOW = 90
_HEAD_PLACES = 1200
_TAIL_PLACES = 2000
_MIN_SCORE = 2
_CLEAR_SCORE = 6
_CLEAR_MARGIN = 5


def infer_region(text: str | Document, /, *, dateline: Dateline | None = None) -> str | None:
    """The phonenumbers region (``"GB"``) the release implies, or ``None``.

    The dateline's country wins when it has one; otherwise the signals the
    text gives (country codes, national number layouts, email domains,
    place names) are counted and the strongest country is taken.

    >>> infer_region("Media contact: Jo Bloggs 0491 570 156, jo@example.org.au")
    'AU'
    """
    doc = as_document(text)
    if dateline is not None and dateline.country:
        return dateline.country
    scores: Counter[str] = Counter()
    _count_country_codes(doc, scores)
    _count_email_domains(doc, scores)
    _count_places(doc, scores)
    _count_postal_states(doc, scores)
    if not _clear(scores):
        _count_formats(doc, scores)  # the costliest signal: read only when the others leave it open
    if not scores:
        return None
    region, score = max(sorted(scores.items()), key=lambda item: item[1])
    return region if score >= _MIN_SCORE else None


def _clear(scores: Counter[str]) -> bool:
    """Whether one country already leads by more than national number layouts usually add."""
    if not scores:
        return False
    top = sorted(scores.values(), reverse=True)
    second = top[1] if len(top) > 1 else 0
    return top[0] >= _CLEAR_SCORE and top[0] - second >= _CLEAR_MARGIN


def _weight(pos: int, base: int) -> int:
    return base + (fmt.HEAD_BONUS if pos < _HEAD else 0)


def _count_country_codes(doc: Document, scores: Counter[str]) -> None:
    # phonenumbers and pycountry load on first use, not on import (phones.py says why)
    import phonenumbers  # noqa: PLC0415

    if "+" not in doc.folded:
        return  # every country code is written after a "+"
    for m in doc.finditer(_COUNTRY_CODE):
        code = m.group(1)
        for size in (1, 2, 3):
            region = phonenumbers.region_code_for_country_code(int(code[:size]))
            if region not in {"ZZ", "001"}:
                scores[region] += fmt.COUNTRY_CODE_WEIGHT
                break


def _count_formats(doc: Document, scores: Counter[str]) -> None:
    # every layout is digits and separators only: it can match only inside a stretch of them
    stretches = digit_stretches(doc, _MIN_FORMAT_DIGITS)
    for start, end in [(0, len(doc.folded))] if stretches is None else stretches:
        for m in doc.finditer(_FORMATS, pos=start, endpos=end):
            if m.lastgroup:
                scores[m.lastgroup] += _weight(m.start(), fmt.NATIONAL_FORMAT_WEIGHT)


def _domain_hits(doc: Document) -> Iterator[regex.Match[str]]:
    """_DOMAIN_TLD matches, tried only at an ``@`` or before a ``.gov.``-like label."""
    lower = doc.lower
    # one scan for the fourteen labels, where a str.find each would read the text fourteen times
    starts = {*occurrences(lower, "@"), *_second_level_dots(doc)}
    for i in sorted(starts):
        m = doc.match(_DOMAIN_TLD, pos=i, endpos=min(len(lower), i + _DOMAIN_WINDOW))
        if m is not None:  # anchored at the hit: a search would scan on past it for nothing
            yield m


def _second_level_dots(doc: Document) -> list[int]:
    """The dots before a second-level label (``.gov.au``) in the lower-case view, in order.

    Such a dot is followed by the label and the next dot, so ``.gov.co.`` gives both dots. A
    look at each dot with ``str.find`` costs less than a pattern's scan of the whole text (a
    pattern there also needed the timeout kept apart, the view being one Document does not search).
    """
    lower, found = doc.lower, []
    i = lower.find(".")
    while i >= 0:
        j = lower.find(".", i + 1)
        if j < 0:
            break
        if j - i <= _LONGEST_LABEL and lower[i + 1 : j] in _SECOND_LEVEL_SET:
            found.append(i)
        i = j
    return found


def _count_email_domains(doc: Document, scores: Counter[str]) -> None:
    for m in _domain_hits(doc):
        tld = m.group("tld").lower()
        region = CC_TLD_ALIASES.get(tld) or tld.upper()
        if _is_country(region):
            scores[region] += fmt.EMAIL_DOMAIN_WEIGHT


@lru_cache(maxsize=1024)
def _is_country(code: str) -> bool:
    """Whether pycountry knows the code; its lookup goes through a lazy-loading wrapper each call."""
    import pycountry  # noqa: PLC0415 - see _count_country_codes

    return pycountry.countries.get(alpha_2=code) is not None


def _count_places(doc: Document, scores: Counter[str]) -> None:
    # each place counts once: a release about Rwanda names Rwanda often, its issuer's city once;
    # and only the head (dateline, address) and the tail (contacts, boilerplate) say who issued it.
    # Plain string work, no pattern: this runs on every release and most words are no place.
    text = doc.folded
    if len(text) > _HEAD_PLACES + _TAIL_PLACES:
        text = text[:_HEAD_PLACES] + "\n" + text[-_TAIL_PLACES:]
    head = text[:_HEAD].lower()
    for name in capitalised_places(text):
        region = place_country(name)
        if region:
            scores[region] += fmt.PLACE_WEIGHT + (fmt.HEAD_BONUS if name in head else 0)


def _count_postal_states(doc: Document, scores: Counter[str]) -> None:
    for m in doc.finditer(_POSTAL_STATE):
        if m.group(1) in US_POSTAL:
            scores["US"] += _weight(m.start(), fmt.PLACE_WEIGHT)
