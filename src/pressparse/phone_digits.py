"""``phonenumbers.parse`` for what phones.py hands it: ASCII digits, maybe after one ``+``.

Such a string is already its own possible number: nothing to cut off its ends,
no extension, no letters, no digit to normalise. ``parse`` still looks for all
of these, with a pattern each and a Unicode lookup per character, twice; that
was most of its cost. What is left, taking the country code off and the
national prefix, is phonenumbers' own steps in its own order, with its own
helpers; anything else goes to ``parse`` itself.

Imported where a number is read, never on import (it loads phonenumbers; phones.py says why).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber, ValidationResult
from phonenumbers.phonenumberutil import (
    _extract_country_code,
    _set_italian_leading_zeros_for_phone_number,
    _test_number_length,
)

_MIN_FAST, _MAX_FAST = 3, 30
"""Other lengths go to ``parse`` (its viability and length rules apply); phones.py reads 8 to 15 digits."""
_MIN_NSN, _MAX_NSN = 2, 17
_NOT_TAKEN = (
    ValidationResult.TOO_SHORT,
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ValidationResult.INVALID_LENGTH,
)


class _NotANumber(Exception):
    """Where ``parse`` raises; ``bad_code`` where it would retry without the ``+``."""

    def __init__(self, *, bad_code: bool = False) -> None:
        super().__init__()
        self.bad_code = bad_code


def parse_digits(written: str, region: str | None) -> PhoneNumber | None:
    """``phonenumbers.parse(written, region)``, or ``None`` where it raises."""
    plus = written[:1] == "+"
    digits = written[1:] if plus else written
    if not (digits.isascii() and digits.isdigit() and _MIN_FAST <= len(digits) <= _MAX_FAST):
        return _parse(written, region)
    if not plus and region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    metadata = None if region is None else PhoneMetadata.metadata_for_region(region.upper(), None)
    number = PhoneNumber()
    try:
        code, nsn = _country_code(digits, plus=plus, metadata=metadata, number=number)
    except _NotANumber as exc:
        if not (plus and exc.bad_code):
            return None
        try:
            code, nsn = _country_code(digits, plus=False, metadata=metadata, number=number)
        except _NotANumber:
            return None
        if code == 0:
            return None
    if code != 0:
        number_region = phonenumbers.region_code_for_country_code(code)
        if number_region != region:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, number_region)
    else:
        nsn = digits  # no "+" here: parse refuses a national number without a region before this
        if metadata is not None:
            number.country_code = metadata.country_code
    return _national(nsn, metadata, number)


def _national(nsn: str, metadata: PhoneMetadata | None, number: PhoneNumber) -> PhoneNumber | None:
    """The national significant number, without its national prefix where the plan's lengths allow."""
    if len(nsn) < _MIN_NSN:
        return None
    if metadata is not None:
        potential = _without_national_prefix(nsn, metadata)
        if _test_number_length(potential, metadata) not in _NOT_TAKEN:
            nsn = potential
    if not _MIN_NSN <= len(nsn) <= _MAX_NSN:
        return None
    _set_italian_leading_zeros_for_phone_number(nsn, number)
    number.national_number = int(nsn)
    return number


def _country_code(
    digits: str, *, plus: bool, metadata: PhoneMetadata | None, number: PhoneNumber
) -> tuple[int, str]:
    """phonenumbers' ``_maybe_extract_country_code``: the code and the rest, or ``(0, "")``."""
    full, international = digits, plus
    if not plus and metadata is not None and metadata.international_prefix is not None:
        idd = _compiled(metadata.international_prefix).match(digits)
        if idd is not None and digits[idd.end() : idd.end() + 1] != "0":
            full, international = digits[idd.end() :], True  # dialled out: 0011 61 ..., 00 44 ...
    if international:
        if len(full) <= _MIN_NSN:
            raise _NotANumber()
        code, rest = _extract_country_code(full)
        if code == 0:
            raise _NotANumber(bad_code=True)
        number.country_code = code
        return code, rest
    if metadata is not None and metadata.country_code is not None:
        found = _own_code(full, metadata)
        if found is not None:
            number.country_code = metadata.country_code
            return metadata.country_code, found
    number.country_code = 0
    return 0, ""


def _own_code(full: str, metadata: PhoneMetadata) -> str | None:
    """The number after the region's own country code written without ``+`` (``44 20 ...`` in GB)."""
    own = str(metadata.country_code)
    if not full.startswith(own):
        return None
    potential = _without_national_prefix(full[len(own) :], metadata)
    if (not _general(full, metadata) and _general(potential, metadata)) or _test_number_length(
        full, metadata
    ) == ValidationResult.TOO_LONG:
        return potential
    return None


def _without_national_prefix(number: str, metadata: PhoneMetadata) -> str:
    """What phonenumbers' ``_maybe_strip_national_prefix_carrier_code`` leaves, patterns compiled once."""
    prefix = metadata.national_prefix_for_parsing
    if not number or not prefix:
        return number
    m = _compiled(prefix).match(number)
    if m is None:
        return number
    viable = _general(number, metadata)
    rule = metadata.national_prefix_transform_rule
    groups = m.groups()
    if not rule or groups[len(groups) - 1] is None:
        rest = number[m.end() :]
    else:
        rest = _compiled(prefix).sub(rule, number, count=1)
    return number if viable and not _general(rest, metadata) else rest


def _general(number: str, metadata: PhoneMetadata) -> bool:
    """phonenumbers' ``_match_national_number`` against the region's general description."""
    desc = metadata.general_desc
    if desc is None or not desc.national_number_pattern:
        return False
    return _compiled(desc.national_number_pattern).fullmatch(number) is not None


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A metadata pattern, compiled once (phonenumbers goes through ``re.compile``'s cache each call)."""
    return re.compile(pattern)


def _parse(written: str, region: str | None) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
