"""phone_types walks the metadata once and must agree with phonenumbers' own answers."""

from __future__ import annotations

import random

import phonenumbers

from pressparse import phones
from pressparse.phone_types import outside_plan, region_and_type


def _numbers() -> list[phonenumbers.PhoneNumber]:
    found = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            if region == "001":
                example = phonenumbers.example_number_for_non_geo_entity(code)
                found.extend([example] if example else [])
                continue
            for number_type in range(11):
                example = phonenumbers.example_number_for_type(region, number_type)
                found.extend([example] if example else [])
    rnd = random.Random(6)
    for example in list(found):
        written = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
        for _ in range(3):
            i = rnd.randrange(2, len(written))
            try:
                found.append(phonenumbers.parse(written[:i] + rnd.choice("0123456789") + written[i + 1 :]))
            except phonenumbers.NumberParseException:
                continue
    return found


def test_region_and_type_agree_with_phonenumbers() -> None:
    for number in _numbers():
        region, number_type = region_and_type(number)
        assert region == phonenumbers.region_code_for_number(number), number
        assert number_type == phonenumbers.number_type(number), number
        assert (number_type != phonenumbers.PhoneNumberType.UNKNOWN) == phonenumbers.is_valid_number(number)


def test_type_constants_are_phonenumbers_own() -> None:
    assert phones._UNKNOWN == phonenumbers.PhoneNumberType.UNKNOWN
    kinds = {"landline": "FIXED_LINE", "mobile": "MOBILE", "toll_free": "TOLL_FREE"}
    for number_type, kind in phones._KIND_OF_TYPE.items():
        assert number_type == getattr(phonenumbers.PhoneNumberType, kinds[kind])


def test_outside_plan_only_for_a_kept_leading_zero_its_plan_has_no_numbers_of() -> None:
    assert outside_plan(phonenumbers.parse("0800 123456", "US"))  # NANP numbers open with 2-9
    assert not outside_plan(phonenumbers.parse("06 6982 1234", "IT"))  # Italy's numbers keep the 0
    assert not outside_plan(phonenumbers.parse("(062) 77-7860", "AU"))  # the trunk 0 is gone: no zero kept
    assert not outside_plan(phonenumbers.parse("(503) 555-0147", "US"))
