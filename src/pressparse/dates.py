"""Date and clock-time phrases as press releases write them, shared by dateline, release date and embargo.

``DATE`` and ``TIME`` are pattern fragments (strings) that the extractors embed
in their own patterns; ``parse_date`` and ``parse_time`` read back the text a
fragment matched. Month and weekday names follow AP style abbreviations
(``Jan.``, ``Sept.``) as well as the full and three-letter forms.
"""

from __future__ import annotations

import datetime as dt

import regex

from pressparse.lazy import LazyPattern

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH = r"""(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?
    |aug(?:ust|\.)?
    |sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?!\p{L})"""
WEEKDAY = r"""(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?
    |sat(?:urday)?|sun(?:day)?)(?!\p{L})\.?"""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"

DATE = rf"""(?:(?:{WEEKDAY}),?[ \t]{{1,3}})?
    (?:
        {MONTH}[ \t]{{1,3}}{_DAY}(?:,?[ \t]{{1,3}}{_YEAR})?      # July 31, 2017 / Aug. 12
      | {_DAY}[ \t]{{1,3}}(?:of[ ])?{MONTH}(?:,?[ \t]{{1,3}}{_YEAR})?  # 9 October 2024
      | {_YEAR}[-./](?:0?[1-9]|1[0-2])[-./](?:[12]\d|3[01]|0?[1-9])(?!\d)  # 2020.06.20 (year first only)
    )"""
"""A calendar date, the weekday optional, the year optional (except year-first numeric dates)."""

_AMPM = r"(?i:[ ]?(?:[ap]\.?[ ]?m\b\.?))"
TIME = rf"""(?<![\d:.])
    (?:
        (?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d])(?:{_AMPM})?     # 11:00 A.M., 12.01am, 14:05, 00:01
      | (?:1[0-2]|0?[1-9]){_AMPM}                           # 5am, 8 PM, 4 a.m.
      | (?i:noon|midday|midnight)
    )"""
"""A clock time; four-digit military time (``2300``) is left to callers that know a zone follows."""

MILITARY = r"(?<![\d:.])(?:[01]\d|2[0-3])[0-5]\d(?!\d)"

_DATE_PARTS = LazyPattern(
    rf"""
    (?:(?:{WEEKDAY}),?[ \t]{{1,3}})?
    (?:
        (?P<mon>{MONTH})[ \t]{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ \t]{{1,3}}(?P<year>\d{{4}}))?
      | (?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{1,3}}(?:of[ ])?(?P<mon>{MONTH})
        (?:,?[ \t]{{1,3}}(?P<year>\d{{4}}))?
      | (?P<year>\d{{4}})[-./](?P<num>\d{{1,2}})[-./](?P<day>\d{{1,2}})
    )
    """,
    regex.VERBOSE,
)

_TIME_PARTS = LazyPattern(
    r"""
    (?:
        (?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?[ ]?(?:(?P<ap>[ap])\.?[ ]?m\b\.?)?
      | (?P<mil_h>\d\d)(?P<mil_m>\d\d)
      | (?P<word>noon|midday|midnight)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def parse_date(text: str, *, year: int | None = None) -> dt.date | None:
    """The date a ``DATE`` match wrote; ``year`` fills a date written without one.

    >>> parse_date("Aug. 12, 2024")
    datetime.date(2024, 8, 12)
    >>> parse_date("Thursday 10 October", year=2024)
    datetime.date(2024, 10, 10)
    >>> parse_date("July 31") is None
    True
    """
    m = _DATE_PARTS.fullmatch(text.strip())
    if m is None:
        return None
    month = int(m["num"]) if m["num"] else MONTHS[m["mon"][:3].lower()]
    written_year = int(m["year"]) if m["year"] else year
    if written_year is None:
        return None
    try:
        return dt.date(written_year, month, int(m["day"]))
    except ValueError:
        return None


_WEEKDAY_FIRST = regex.compile(rf"(?P<day>{WEEKDAY})", regex.VERBOSE)


def weekday_of(text: str) -> int | None:
    """The weekday a ``DATE`` match names (Monday is 0), or ``None`` when it names none.

    >>> weekday_of("MONDAY 19 SEPTEMBER 1988"), weekday_of("19 September 1988")
    (0, None)
    """
    m = _WEEKDAY_FIRST.match(text.strip())
    if m is None:
        return None
    return [name[:3] for name in WEEKDAY_NAMES].index(m["day"][:3].lower())


def has_year(text: str) -> bool:
    """Whether a ``DATE`` match wrote its year."""
    m = _DATE_PARTS.fullmatch(text.strip())
    return bool(m and m["year"])


def parse_time(text: str) -> dt.time | None:
    """The clock time a ``TIME`` (or ``MILITARY``) match wrote.

    >>> parse_time("12.01am"), parse_time("6.30 p.m."), parse_time("2300")
    (datetime.time(0, 1), datetime.time(18, 30), datetime.time(23, 0))
    """
    m = _TIME_PARTS.fullmatch(text.strip())
    if m is None:
        return None
    if m["word"]:
        return dt.time(0, 0) if m["word"].lower() == "midnight" else dt.time(12, 0)
    if m["mil_h"]:
        return dt.time(int(m["mil_h"]), int(m["mil_m"]))
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)
