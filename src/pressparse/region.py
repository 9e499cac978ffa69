"""The phone region a release implies when its numbers omit the country code."""

from __future__ import annotations

from collections import Counter

import phonenumbers
import pycountry
import regex

from pressparse.document import Document, as_document
from pressparse.places import known_places
from pressparse.types import Dateline
from pressparse.vocab import phone_formats as fmt
from pressparse.vocab.places import CC_TLD_ALIASES, US_POSTAL

_COUNTRY_CODE = regex.compile(r"(?<![\w+])\(?\+[ \t]?\(?(\d{1,3})[ \t.\-)]{0,2}\d")
"""The country code of a number written in international form (``+61 2 ...``, ``(+61)``)."""

_DOMAIN_TLD = regex.compile(
    r"""
    (?: \.(?:gov|govt|com|co|org|net|edu|ac|asn|id|nic|or|ne|go|nhs|police|parliament|mod)  # .gov.au
      | @[a-z0-9\-]{1,63} )                                                                # @example.de
    \.(?P<tld>[a-z]{2})(?![\w\-]|\.[a-z])
    """,
    regex.I | regex.VERBOSE,
)
"""A country-code domain in an address or a link (``@agency.gov.au``, ``www.example.co.uk``)."""

_PLACE_WORD = regex.compile(r"(?<![\w.])[A-Z][A-Za-z.]{1,20}(?:[ \t][A-Z][A-Za-z.]{1,20}){0,2}")
"""Up to three capitalised words that may be a place (``New South Wales``): looked up, never guessed."""

_POSTAL_STATE = regex.compile(r",[ \t]{1,2}([A-Z]{2})(?:[ \t]{1,2}\d{5}|(?![\w.]))")
"""A US postal state after a comma (``NASHVILLE, TN``), the way US datelines and addresses write it."""

_FORMATS = tuple((region, regex.compile(pattern)) for region, pattern in fmt.NATIONAL_FORMATS)
_HEAD = 600
_MIN_SCORE = 2


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
    _count_formats(doc, scores)
    _count_email_domains(doc, scores)
    _count_places(doc, scores)
    if not scores:
        return None
    region, score = max(sorted(scores.items()), key=lambda item: item[1])
    return region if score >= _MIN_SCORE else None


def _weight(pos: int, base: int) -> int:
    return base + (fmt.HEAD_BONUS if pos < _HEAD else 0)


def _count_country_codes(doc: Document, scores: Counter[str]) -> None:
    for m in doc.finditer(_COUNTRY_CODE):
        code = m.group(1)
        for size in (1, 2, 3):
            region = phonenumbers.region_code_for_country_code(int(code[:size]))
            if region not in {"ZZ", "001"}:
                scores[region] += fmt.COUNTRY_CODE_WEIGHT
                break


def _count_formats(doc: Document, scores: Counter[str]) -> None:
    for region, pattern in _FORMATS:
        for m in doc.finditer(pattern):
            scores[region] += _weight(m.start(), fmt.NATIONAL_FORMAT_WEIGHT)


def _count_email_domains(doc: Document, scores: Counter[str]) -> None:
    for m in doc.finditer(_DOMAIN_TLD):
        tld = m.group("tld").lower()
        region = CC_TLD_ALIASES.get(tld) or tld.upper()
        if pycountry.countries.get(alpha_2=region) is not None:
            scores[region] += fmt.EMAIL_DOMAIN_WEIGHT


def _count_places(doc: Document, scores: Counter[str]) -> None:
    # each place counts once: a release about Rwanda names Rwanda often, its issuer's city once
    seen: set[str] = set()
    for m in doc.finditer(_PLACE_WORD):
        for name, region in known_places(m.group()):
            if name not in seen:
                seen.add(name)
                scores[region] += _weight(m.start(), fmt.PLACE_WEIGHT)
    for m in doc.finditer(_POSTAL_STATE):
        if m.group(1) in US_POSTAL:
            scores["US"] += _weight(m.start(), fmt.PLACE_WEIGHT)
