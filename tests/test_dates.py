"""Date and clock-time phrases as releases write them."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from pressparse.dates import DATE, TIME, parse_date, parse_time, weekday_of

_DATE = regex.compile(DATE, regex.VERBOSE)
_TIME = regex.compile(TIME, regex.VERBOSE)


@pytest.mark.parametrize(
    ("written", "year", "expected"),
    [
        pytest.param("Jan. 5, 2021", None, dt.date(2021, 1, 5), id="ap-abbreviation"),
        pytest.param("Jul. 16, 2024", None, dt.date(2024, 7, 16), id="jul-with-dot"),
        pytest.param("Sept. 18, 2024", None, dt.date(2024, 9, 18), id="sept"),
        pytest.param("September 05, 2024", None, dt.date(2024, 9, 5), id="zero-padded-day"),
        pytest.param("THURSDAY 10 OCTOBER 2024", None, dt.date(2024, 10, 10), id="caps-day-first"),
        pytest.param("Wednesday, May 8, 2024", None, dt.date(2024, 5, 8), id="weekday-month-first"),
        pytest.param("5th March 2024", None, dt.date(2024, 3, 5), id="ordinal"),
        pytest.param("2020.06.20", None, dt.date(2020, 6, 20), id="year-first-dots"),
        pytest.param("July 31", 2024, dt.date(2024, 7, 31), id="year-supplied"),
        pytest.param("July 31", None, None, id="no-year-no-date"),
        pytest.param("February 30, 2024", None, None, id="impossible-day"),
    ],
)
def test_parse_date(written: str, year: int | None, expected: dt.date | None) -> None:
    assert _DATE.fullmatch(written) is not None
    assert parse_date(written, year=year) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("00:01", dt.time(0, 1), id="24-hour"),
        pytest.param("11:00 A.M.", dt.time(11, 0), id="am-dotted-caps"),
        pytest.param("1:30 p.m.", dt.time(13, 30), id="pm-dotted"),
        pytest.param("12.01am", dt.time(0, 1), id="just-after-midnight"),
        pytest.param("6.30 P.m.", dt.time(18, 30), id="mixed-case"),
        pytest.param("4AM", dt.time(4, 0), id="hour-only"),
        pytest.param("12am", dt.time(0, 0), id="midnight-as-12am"),
        pytest.param("12 noon", None, id="noon-needs-its-own-word"),
        pytest.param("midnight", dt.time(0, 0), id="midnight-word"),
    ],
)
def test_parse_time(written: str, expected: dt.time | None) -> None:
    if expected is None:
        assert _TIME.fullmatch(written) is None
    else:
        assert _TIME.fullmatch(written) is not None
        assert parse_time(written) == expected


def test_weekday_of() -> None:
    assert weekday_of("Tues. 3 March 2020") == 1
    assert weekday_of("3 March 2020") is None


def test_date_pattern_on_hostile_input_finishes() -> None:
    hostile = "May 5, May 5, 12 12 12 Mon Mon. " * 30_000
    assert _DATE.search(hostile, timeout=5.0) is not None
    assert list(_TIME.finditer("1:1:1:1.1.1 am pm " * 50_000, timeout=5.0)) is not None
