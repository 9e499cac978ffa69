"""Written time-zone names read as IANA zones, so the offset follows the date.

``ZONE`` is a pattern fragment for a zone as written after a clock time:
an abbreviation (``ET``, ``AEDT``), a UTC offset (``UTC+10``) or a name
before "time" (``Eastern Time``, ``Canberra time``). ``read_zone`` turns it
into a ``tzinfo`` for one wall-clock moment and says what was doubtful.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from pressparse.gazetteer import zone_of_city
from pressparse.vocab.timezones import ABBREVIATIONS, AMBIGUOUS, AMBIGUOUS_DEFAULT, LONG_NAMES, ZoneEntry

_ABBREVIATIONS = "|".join(sorted({*ABBREVIATIONS, *AMBIGUOUS} - {"Z"}, key=len, reverse=True))

ZONE = rf"""(?:
      (?:UTC|GMT)[ ]?[+-][ ]?\d{{1,2}}(?::?\d\d)?(?!\d)             # UTC+10, GMT-5, UTC+05:30
    | (?<![\p{{L}}])(?:{_ABBREVIATIONS})(?![\p{{L}}])                  # ET, AEDT: written in capitals
    | (?i:(?:\p{{L}}{{2,15}}[ ]){{1,4}}time)(?![\p{{L}}])               # Eastern Time, Canberra time
    )"""

_OFFSET = regex.compile(r"(?:UTC|GMT)[ ]?(?P<sign>[+-])[ ]?(?P<h>\d{1,2})(?::?(?P<m>\d\d))?")
_SEASON_WORDS = ("standard", "daylight", "summer")
_WIDEST_OFFSET = dt.timedelta(hours=14)
"""No zone is further from UTC than this (Kiribati's Line Islands, UTC+14)."""


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """A written zone read for one moment: the zone, or why it could not be trusted."""

    tzinfo: dt.tzinfo | None
    code: str | None = None
    message: str | None = None


def read_zone(written: str, wall: dt.datetime, *, country: str | None) -> ZoneReading:
    """The zone ``written`` names at the naive local time ``wall``.

    >>> wall = dt.datetime(2024, 11, 4, 9)
    >>> wall.replace(tzinfo=read_zone("PT", wall, country=None).tzinfo).isoformat()
    '2024-11-04T09:00:00-08:00'
    """
    name = written.strip("() \t")
    offset = _OFFSET.fullmatch(name)
    if offset:
        sign = -1 if offset["sign"] == "-" else 1
        delta = dt.timedelta(hours=int(offset["h"]), minutes=int(offset["m"] or 0))
        if delta > _WIDEST_OFFSET:
            return ZoneReading(None, "embargo.zone_unknown", f"{name!r} is not a UTC offset any zone uses")
        return ZoneReading(dt.timezone(sign * delta))
    if name in AMBIGUOUS:
        entry = AMBIGUOUS[name].get(country or "") or AMBIGUOUS_DEFAULT.get(name)
        if entry is None:
            where = f"in {country}" if country else "without a country"
            message = f"{name!r} names more than one zone and cannot be settled {where}"
            return ZoneReading(None, "embargo.zone_ambiguous", message)
    else:
        entry = ABBREVIATIONS.get(name) or _long_name(name)
    if entry is None:
        message = f"{written.strip()!r} is not a time zone pressparse knows"
        return ZoneReading(None, "embargo.zone_unknown", message)
    return _checked(entry, name, wall)


def _long_name(name: str) -> ZoneEntry | None:
    """A spelled-out zone or a city before "time": the longest tail of words that reads as one."""
    words = name.casefold().split()[:-1]  # drop "time"
    for start in range(len(words)):
        phrase = " ".join(words[start:])
        if phrase in LONG_NAMES:
            return LONG_NAMES[phrase]
        if words[-1] not in _SEASON_WORDS:
            zone = zone_of_city(phrase)
            if zone:
                return (zone, "generic")
    return None


def _checked(entry: ZoneEntry, name: str, wall: dt.datetime) -> ZoneReading:
    """The zone, and a problem when a standard-time name is used in summer or the reverse."""
    from zoneinfo import ZoneInfo  # noqa: PLC0415 - only an embargo with a zone needs it

    zone, kind = entry
    tz: dt.tzinfo = dt.timezone.utc if zone == "UTC" else ZoneInfo(zone)
    if kind in ("standard", "daylight"):
        summer = bool(wall.replace(tzinfo=tz).dst())
        if summer != (kind == "daylight"):
            season = "daylight-saving" if summer else "standard"
            return ZoneReading(
                tz,
                "embargo.zone_contradicts_date",
                f"{name!r} is {kind} time, but {zone} keeps {season} time on {wall:%d %B %Y}; "
                f"read as {zone} local time",
            )
    return ZoneReading(tz)
