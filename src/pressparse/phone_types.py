"""A parsed number's region and type in one walk over its metadata, as phonenumbers gives them.

``phonenumbers.number_type`` finds the region first (``region_code_for_number``,
which for a shared country code such as +1 types the number against each
region in turn), then types it again; asking for the region afterwards walks
the list a third time, and every pattern goes through ``re.compile``'s cache.
Here the walk is done once: a region without leading digits is found by the
very type test that gives the answer, and each region's patterns are compiled
once into a plan. The order of the tests and their outcome are phonenumbers' own
(``_number_type_helper`` and ``_region_code_for_number_from_list``).

Imported where a number is read, never on import (it loads phonenumbers; phones.py says why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    PhoneMetadata,
    PhoneNumber,
    PhoneNumberDesc,
    PhoneNumberType,
    national_significant_number,
)

_Desc = tuple[tuple[int, ...], Callable[[str], "re.Match[str] | None"]]
"""A type's possible lengths (empty: any) and its pattern's ``fullmatch``."""

_SPECIAL = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
)
"""The types phonenumbers tests before fixed line and mobile, in its order."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """One region's type tests, compiled: a missing description (or pattern) never matches."""

    general: _Desc | None
    special: tuple[tuple[int, _Desc], ...]
    fixed: _Desc | None
    mobile: _Desc | None
    same_mobile_and_fixed: bool
    leading: Callable[[str], re.Match[str] | None] | None


def region_and_type(number: PhoneNumber) -> tuple[str | None, int]:
    """``(region_code_for_number(number), number_type(number))``, the metadata walked once."""
    code = number.country_code
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code or 0)
    if regions is None or code is None:
        return None, PhoneNumberType.UNKNOWN
    nsn = national_significant_number(number)
    if len(regions) == 1:
        plan = _plan(regions[0], code)
        return regions[0], PhoneNumberType.UNKNOWN if plan is None else _number_type(nsn, plan)
    for region in regions:
        plan = _plan(region, code)
        if plan is None:
            continue
        if plan.leading is not None:
            if plan.leading(nsn):
                return region, _number_type(nsn, plan)
            continue
        number_type = _number_type(nsn, plan)
        if number_type != PhoneNumberType.UNKNOWN:
            return region, number_type
    return None, PhoneNumberType.UNKNOWN


def outside_plan(number: PhoneNumber) -> bool:
    """Whether a national number kept with its leading zero is one its country's plan has none of.

    A number written nationally is read in the release's region; ``0800 123456`` in a US release
    is some other country's number (North American numbers never open with 0 or 1), and its length
    alone must not make it ``+10800123456``. A plan that has numbers opening with 0 (Italy's) keeps it.
    """
    regions = COUNTRY_CODE_TO_REGION_CODE.get(number.country_code or 0)
    if not number.italian_leading_zero or not regions or number.country_code is None:
        return False
    plan = _plan(regions[0], number.country_code)
    if plan is None or plan.general is None:
        return False
    return plan.general[1](national_significant_number(number)) is None


def _number_type(nsn: str, plan: _Plan) -> int:
    if not _matches(nsn, plan.general):
        return PhoneNumberType.UNKNOWN
    for number_type, desc in plan.special:
        if _matches(nsn, desc):
            return number_type
    if _matches(nsn, plan.fixed):
        if plan.same_mobile_and_fixed or _matches(nsn, plan.mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not plan.same_mobile_and_fixed and _matches(nsn, plan.mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def _matches(nsn: str, desc: _Desc | None) -> bool:
    if desc is None:
        return False
    lengths, fullmatch = desc
    if lengths and len(nsn) not in lengths:
        return False
    return fullmatch(nsn) is not None


@lru_cache(maxsize=512)
def _plan(region: str, code: int) -> _Plan | None:
    """The region's tests; ``code`` picks the metadata of a non-geographic region (``001``)."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    if metadata is None:
        return None
    special = ((t, _desc(getattr(metadata, name))) for name, t in _SPECIAL)
    return _Plan(
        general=_desc(metadata.general_desc),
        special=tuple((t, d) for t, d in special if d is not None),
        fixed=_desc(metadata.fixed_line),
        mobile=_desc(metadata.mobile),
        same_mobile_and_fixed=metadata.same_mobile_and_fixed_line_pattern,
        leading=re.compile(metadata.leading_digits).match if metadata.leading_digits is not None else None,
    )


def _desc(desc: PhoneNumberDesc | None) -> _Desc | None:
    if desc is None or not desc.national_number_pattern:
        return None
    return tuple(desc.possible_length), re.compile(desc.national_number_pattern).fullmatch
