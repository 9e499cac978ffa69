"""Written zone names read as IANA zones: the offset follows the date across daylight-saving changes."""

from __future__ import annotations

import datetime as dt

import pytest

from pressparse.embargo import find_embargo
from pressparse.types import Problem
from pressparse.vocab.timezones import ABBREVIATIONS, AMBIGUOUS, AMBIGUOUS_DEFAULT, LONG_NAMES
from pressparse.zones import read_zone

H = dt.timedelta(hours=1)

# (zone as written, wall clock, country, expected UTC offset)
ACROSS_DST = [
    pytest.param("ET", (2024, 3, 9, 12), None, -5 * H, id="et-day-before-us-spring-forward"),
    pytest.param("ET", (2024, 3, 10, 12), None, -4 * H, id="et-day-of-us-spring-forward"),
    pytest.param("ET", (2024, 11, 2, 12), None, -4 * H, id="et-day-before-us-fall-back"),
    pytest.param("ET", (2024, 11, 3, 12), None, -5 * H, id="et-day-of-us-fall-back"),
    pytest.param("PT", (2024, 11, 4, 9), None, -8 * H, id="pt-4-november"),
    pytest.param("PT", (2024, 7, 4, 9), None, -7 * H, id="pt-july"),
    pytest.param("Eastern Time", (2024, 7, 16, 11), None, -4 * H, id="eastern-time-july"),
    pytest.param("Pacific Standard Time", (2024, 1, 16, 11), None, -8 * H, id="pacific-standard-january"),
    pytest.param("CT", (2025, 11, 8, 13), None, -6 * H, id="ct-after-fall-back"),
    pytest.param("MT", (2025, 3, 7, 6), None, -7 * H, id="mt-before-spring-forward"),
    pytest.param("MT", (2025, 3, 10, 6), None, -6 * H, id="mt-after-spring-forward"),
    pytest.param("GMT", (2024, 7, 1, 9), None, 0 * H, id="gmt-is-fixed"),
    pytest.param("BST", (2024, 3, 30, 12), "GB", 0 * H, id="london-before-eu-spring-forward"),
    pytest.param("BST", (2024, 3, 31, 12), "GB", 1 * H, id="london-after-eu-spring-forward"),
    pytest.param("CET", (2024, 10, 28, 9), None, 1 * H, id="cet-after-eu-fall-back"),
    pytest.param("CEST", (2024, 10, 26, 9), None, 2 * H, id="cest-before-eu-fall-back"),
    pytest.param("AEDT", (2024, 4, 6, 9), None, 11 * H, id="aedt-before-au-fall-back"),
    pytest.param("AEST", (2024, 4, 8, 9), None, 10 * H, id="aest-after-au-fall-back"),
    pytest.param("Canberra time", (2020, 5, 14, 23), None, 10 * H, id="canberra-in-may"),
    pytest.param("Canberra time", (2020, 10, 5, 23), None, 11 * H, id="canberra-after-au-spring-forward"),
    pytest.param("New York City time", (2019, 3, 14, 17), None, -4 * H, id="new-york-city-time"),
    pytest.param("AWST", (2024, 1, 10, 9), None, 8 * H, id="perth-never-changes"),
    pytest.param("UTC+05:30", (2024, 1, 10, 9), None, dt.timedelta(hours=5, minutes=30), id="offset"),
    pytest.param("GMT-3", (2024, 1, 10, 9), None, -3 * H, id="gmt-minus"),
    pytest.param("EST", (2024, 1, 10, 9), "AU", 11 * H, id="est-in-australia-summer"),
    pytest.param("CST", (2024, 1, 10, 9), "US", -6 * H, id="cst-in-us"),
]


@pytest.mark.parametrize(("written", "wall", "country", "offset"), ACROSS_DST)
def test_offsets_follow_the_date(
    written: str, wall: tuple[int, int, int, int], country: str | None, offset: dt.timedelta
) -> None:
    moment = dt.datetime(*wall)
    reading = read_zone(written, moment, country=country)
    assert reading.tzinfo is not None
    assert moment.replace(tzinfo=reading.tzinfo).utcoffset() == offset


@pytest.mark.parametrize(
    ("written", "wall", "country", "code"),
    [
        pytest.param("EST", (2024, 7, 1, 9), "US", "embargo.zone_contradicts_date", id="est-in-july"),
        pytest.param("EDT", (2024, 1, 1, 9), None, "embargo.zone_contradicts_date", id="edt-in-january"),
        pytest.param("CET", (2024, 9, 12, 10), None, "embargo.zone_contradicts_date", id="cet-in-september"),
        pytest.param("AEDT", (2024, 7, 1, 9), None, "embargo.zone_contradicts_date", id="aedt-in-july"),
        pytest.param("IST", (2024, 1, 1, 9), None, "embargo.zone_ambiguous", id="ist-no-country"),
        pytest.param("CST", (2024, 1, 1, 9), "GB", "embargo.zone_ambiguous", id="cst-in-gb"),
        pytest.param("BST", (2024, 7, 1, 9), None, "embargo.zone_ambiguous", id="bst-no-country"),
        pytest.param("Gotham time", (2024, 7, 1, 9), None, "embargo.zone_unknown", id="unknown-city"),
    ],
)
def test_doubtful_zones_are_reported(
    written: str, wall: tuple[int, int, int, int], country: str | None, code: str
) -> None:
    assert read_zone(written, dt.datetime(*wall), country=country).code == code


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        pytest.param("IN", "2024-02-01T10:00:00+05:30", id="india"),
        pytest.param("IL", "2024-02-01T10:00:00+02:00", id="israel"),
        pytest.param("IE", "2024-02-01T10:00:00+00:00", id="ireland"),
    ],
)
def test_the_dateline_country_settles_ist(country: str, expected: str) -> None:
    found = find_embargo("EMBARGOED UNTIL 10:00 IST, 1 FEBRUARY 2024\n", country=country)
    assert found is not None and isinstance(found.until, dt.datetime)
    assert found.until.isoformat() == expected


def test_every_zone_in_the_vocabulary_exists() -> None:
    from zoneinfo import ZoneInfo  # noqa: PLC0415 - only this test needs it

    entries = [*ABBREVIATIONS.values(), *LONG_NAMES.values(), *AMBIGUOUS_DEFAULT.values()]
    entries += [entry for readings in AMBIGUOUS.values() for entry in readings.values()]
    for zone, _kind in entries:
        assert zone == "UTC" or ZoneInfo(zone)


@pytest.mark.parametrize("written", ["GMT-30", "UTC+25", "UTC+14:30"])
def test_an_offset_no_zone_uses_is_a_problem_not_a_crash(written: str) -> None:
    reading = read_zone(written, dt.datetime(2025, 3, 5, 0, 1), country=None)
    assert reading.tzinfo is None
    assert reading.code == "embargo.zone_unknown"


def test_an_impossible_offset_in_an_embargo_line_is_recorded() -> None:
    problems: list[Problem] = []
    found = find_embargo("EMBARGOED UNTIL 00:01 GMT-30 5 March 2025\n\nText.", report=problems.append)
    assert found is not None and found.status == "embargoed"
    assert "embargo.zone_unknown" in [p.code for p in problems]
