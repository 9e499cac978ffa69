"""parse_digits skips parse's front half and must give what phonenumbers.parse gives."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

from pressparse.phone_digits import parse_digits


def _written(example: phonenumbers.PhoneNumber) -> list[str]:
    """An example number as phones.py hands numbers over: digits, maybe after a "+", in many shapes."""
    national = "".join(
        c for c in phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL) if c.isdigit()
    )
    e164 = phonenumbers.format_number(example, PhoneNumberFormat.E164)
    code = e164[1:]
    return [
        national,
        e164,
        code,
        "00" + code,
        "011" + code,
        "0011" + code,
        "0" + national,
        national[1:],
        e164[:-1],
    ]


def _cases() -> list[tuple[str, str | None]]:
    rnd = random.Random(6)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    others: list[str | None] = [None, "ZZ", "001", "gb", "US", "AU"]
    cases: list[tuple[str, str | None]] = []
    for region in regions:
        for number_type in range(11):
            example = phonenumbers.example_number_for_type(region, number_type)
            for written in _written(example) if example else []:
                cases.extend((written, r) for r in (region, rnd.choice(regions), rnd.choice(others)))
    for _ in range(5_000):
        written = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 20)))
        cases.append(("+" + written if rnd.random() < 0.3 else written, rnd.choice(regions + others)))
    return cases


def test_parse_digits_agrees_with_parse() -> None:
    for written, region in _cases():
        try:
            want = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            want = None
        assert parse_digits(written, region) == want, (written, region)


def test_other_strings_go_to_parse() -> None:
    assert parse_digits("+1 (202) 555-0143", None) == phonenumbers.parse("+12025550143")
    assert parse_digits("12", "US") == phonenumbers.parse("12", "US")
