"""Time-zone names as releases write them, mapped to IANA zones so daylight saving follows the date.

Each entry is ``(iana_zone, kind)``. ``kind`` says which half of the year the
name belongs to: ``"standard"`` (EST, CET, AEST), ``"daylight"`` (EDT, BST,
AEDT), ``"generic"`` (ET, "Eastern Time": whichever applies on the date) or
``"fixed"`` (UTC, GMT: no daylight saving at all). A standard name on a
summer date, or the reverse, contradicts the date and is reported.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["standard", "daylight", "generic", "fixed"]
ZoneEntry = tuple[str, Kind]

ABBREVIATIONS: dict[str, ZoneEntry] = {
    # North America
    "ET": ("America/New_York", "generic"),
    "EDT": ("America/New_York", "daylight"),
    "CT": ("America/Chicago", "generic"),
    "CDT": ("America/Chicago", "daylight"),
    "MT": ("America/Denver", "generic"),
    "MST": ("America/Denver", "standard"),
    "MDT": ("America/Denver", "daylight"),
    "PT": ("America/Los_Angeles", "generic"),
    "PST": ("America/Los_Angeles", "standard"),
    "PDT": ("America/Los_Angeles", "daylight"),
    "AKST": ("America/Anchorage", "standard"),
    "AKDT": ("America/Anchorage", "daylight"),
    "HST": ("Pacific/Honolulu", "standard"),
    "AT": ("America/Halifax", "generic"),
    "ADT": ("America/Halifax", "daylight"),
    "NST": ("America/St_Johns", "standard"),
    "NDT": ("America/St_Johns", "daylight"),
    # Europe and Africa
    "UTC": ("UTC", "fixed"),
    "GMT": ("UTC", "fixed"),
    "Z": ("UTC", "fixed"),
    "WET": ("Europe/Lisbon", "standard"),
    "WEST": ("Europe/Lisbon", "daylight"),
    "CET": ("Europe/Berlin", "standard"),
    "CEST": ("Europe/Berlin", "daylight"),
    "MEZ": ("Europe/Berlin", "standard"),
    "MESZ": ("Europe/Berlin", "daylight"),
    "EET": ("Europe/Helsinki", "standard"),
    "EEST": ("Europe/Helsinki", "daylight"),
    "MSK": ("Europe/Moscow", "fixed"),
    "SAST": ("Africa/Johannesburg", "fixed"),
    "WAT": ("Africa/Lagos", "fixed"),
    "EAT": ("Africa/Nairobi", "fixed"),
    # Asia and the Pacific
    "GST": ("Asia/Dubai", "fixed"),
    "PKT": ("Asia/Karachi", "fixed"),
    "ICT": ("Asia/Bangkok", "fixed"),
    "WIB": ("Asia/Jakarta", "fixed"),
    "SGT": ("Asia/Singapore", "fixed"),
    "HKT": ("Asia/Hong_Kong", "fixed"),
    "PHT": ("Asia/Manila", "fixed"),
    "JST": ("Asia/Tokyo", "fixed"),
    "KST": ("Asia/Seoul", "fixed"),
    "AWST": ("Australia/Perth", "fixed"),
    "ACST": ("Australia/Adelaide", "standard"),
    "ACDT": ("Australia/Adelaide", "daylight"),
    "AET": ("Australia/Sydney", "generic"),
    "AEST": ("Australia/Sydney", "standard"),
    "AEDT": ("Australia/Sydney", "daylight"),
    "NZST": ("Pacific/Auckland", "standard"),
    "NZDT": ("Pacific/Auckland", "daylight"),
}
"""Abbreviations with one reading."""

AMBIGUOUS: dict[str, dict[str, ZoneEntry]] = {
    "EST": {
        "US": ("America/New_York", "standard"),
        "CA": ("America/Toronto", "standard"),
        "AU": ("Australia/Sydney", "standard"),
    },
    "CST": {
        "US": ("America/Chicago", "standard"),
        "CA": ("America/Winnipeg", "standard"),
        "MX": ("America/Mexico_City", "fixed"),
        "CN": ("Asia/Shanghai", "fixed"),
        "TW": ("Asia/Taipei", "fixed"),
        "CU": ("America/Havana", "standard"),
        "AU": ("Australia/Adelaide", "standard"),
    },
    "IST": {
        "IN": ("Asia/Kolkata", "fixed"),
        "IE": ("Europe/Dublin", "generic"),  # Irish Standard Time is the summer half
        "IL": ("Asia/Jerusalem", "standard"),
    },
    "BST": {
        "GB": ("Europe/London", "daylight"),
        "BD": ("Asia/Dhaka", "fixed"),
    },
    "AST": {
        "CA": ("America/Halifax", "standard"),
        "PR": ("America/Puerto_Rico", "fixed"),
        "SA": ("Asia/Riyadh", "fixed"),
    },
}
"""Abbreviations read differently by country: settled by the release's country, else reported."""

AMBIGUOUS_DEFAULT: dict[str, ZoneEntry] = {
    # An "EST" with no country is the US reading in the great majority of releases.
    "EST": ("America/New_York", "standard"),
}
"""The reading to take when the country is unknown, for the few names that have a clear majority."""

LONG_NAMES: dict[str, ZoneEntry] = {
    "eastern": ("America/New_York", "generic"),
    "eastern standard": ("America/New_York", "standard"),
    "eastern daylight": ("America/New_York", "daylight"),
    "central": ("America/Chicago", "generic"),
    "central standard": ("America/Chicago", "standard"),
    "central daylight": ("America/Chicago", "daylight"),
    "mountain": ("America/Denver", "generic"),
    "mountain standard": ("America/Denver", "standard"),
    "mountain daylight": ("America/Denver", "daylight"),
    "pacific": ("America/Los_Angeles", "generic"),
    "pacific standard": ("America/Los_Angeles", "standard"),
    "pacific daylight": ("America/Los_Angeles", "daylight"),
    "greenwich mean": ("UTC", "fixed"),
    "universal": ("UTC", "fixed"),
    "coordinated universal": ("UTC", "fixed"),
    "british summer": ("Europe/London", "daylight"),
    "uk": ("Europe/London", "generic"),
    "central european": ("Europe/Berlin", "generic"),
    "central european standard": ("Europe/Berlin", "standard"),
    "central european summer": ("Europe/Berlin", "daylight"),
    "eastern european": ("Europe/Helsinki", "generic"),
    "western european": ("Europe/Lisbon", "generic"),
    "australian eastern": ("Australia/Sydney", "generic"),
    "australian eastern standard": ("Australia/Sydney", "standard"),
    "australian eastern daylight": ("Australia/Sydney", "daylight"),
    "australian central": ("Australia/Adelaide", "generic"),
    "australian western": ("Australia/Perth", "fixed"),
    "new zealand": ("Pacific/Auckland", "generic"),
    "india standard": ("Asia/Kolkata", "fixed"),
    "indian standard": ("Asia/Kolkata", "fixed"),
    "japan standard": ("Asia/Tokyo", "fixed"),
    "korea standard": ("Asia/Seoul", "fixed"),
    "china standard": ("Asia/Shanghai", "fixed"),
    "hong kong": ("Asia/Hong_Kong", "fixed"),
    "singapore": ("Asia/Singapore", "fixed"),
}
"""Spelled-out names, read before "time" ("Eastern Time", "British Summer Time"); lower case."""
