"""Datelines as wire services and newsrooms write them, and the release's own date line."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import regex

from pressparse.dateline import _opening, find_dateline, find_release_date
from pressparse.document import Document
from pressparse.region import infer_region
from pressparse.types import Problem
from pressparse.vocab.places import NOT_PLACES

D = dt.date

# (text, location, date, wire, country)
WIRE_FORMS = [
    pytest.param(
        "Harbor Freight Opens Depot\nWASHINGTON, Jan. 5, 2021 /PRNewswire/ -- The depot opens today.",
        "WASHINGTON",
        D(2021, 1, 5),
        "PR Newswire",
        "US",
        id="prnewswire",
    ),
    pytest.param(
        "Coworking Lands Downtown\nDALLAS ,  July 31, 2017  /PRNewswire/ -- A new space opened.",
        "DALLAS",
        D(2017, 7, 31),
        "PR Newswire",
        "US",
        id="prnewswire-odd-spacing",
    ),
    pytest.param(
        "Grindle Corp. Pays Dividend PR Newswire ROCKVILLE, Md. ,  Sept. 23, "
        "2021  /PRNewswire/ — Grindle said.",
        "ROCKVILLE, Md.",
        D(2021, 9, 23),
        "PR Newswire",
        "US",
        id="prnewswire-run-on-after-headline",
    ),
    pytest.param(
        "# Transit Board Names CFO\nBOSTON--(BUSINESS WIRE)--Aug. 12, 2024--The board named a CFO.",
        "BOSTON",
        D(2024, 8, 12),
        "Business Wire",
        "US",
        id="businesswire-dated",
    ),
    pytest.param(
        "# Sleep Device Maker Buys Distributor\nSEOUL--(BUSINESS "
        "WIRE)--Nodwell Medical bought a distributor.",
        "SEOUL",
        None,
        "Business Wire",
        "KR",
        id="businesswire-seoul",
    ),
    pytest.param(
        "February 06, 2023 07:15 AM Eastern Standard Time\nANKENY, "
        "Iowa--(BUSINESS WIRE)--Corner Stores Inc. said.",
        "ANKENY, Iowa",
        None,
        "Business Wire",
        "US",
        id="businesswire-state",
    ),
    pytest.param(
        "Mill Names Chief\nVANCOUVER, British Columbia, June 2, 2024 (GLOBE NEWSWIRE) -- Fraser Mill named.",
        "VANCOUVER, British Columbia",
        D(2024, 6, 2),
        "GlobeNewswire",
        "CA",
        id="globenewswire-province",
    ),
    pytest.param(
        "Lease Signed\nST. JOHNSVILLE, N.Y., Dec. 4, 2024 (GLOBE NEWSWIRE) — Birchwood LLC signed.",
        "ST. JOHNSVILLE, N.Y.",
        D(2024, 12, 4),
        "GlobeNewswire",
        "US",
        id="globenewswire-em-dash",
    ),
    pytest.param(
        "Agency Honoured\nAUSTIN, TX / ACCESSWIRE / April 14, 2024 / Pecan Media was named.",
        "AUSTIN, TX",
        D(2024, 4, 14),
        "ACCESS Newswire",
        "US",
        id="accesswire",
    ),
    pytest.param(
        "Bakery Expands\nBRAMPTON, ON / PR Karma / March 12, 2025 09:40\nThe bakery expands Monday.",
        "BRAMPTON, ON",
        D(2025, 3, 12),
        "PR Karma",
        "CA",
        id="pr-karma-with-time",
    ),
    pytest.param(
        "Study Links Walking to Sleep\n(NewMediaWire) - February 27, 2023 - HOUSTON — Adults who walk daily.",
        "HOUSTON",
        D(2023, 2, 27),
        "NewMediaWire",
        "US",
        id="newmediawire-wire-first",
    ),
    pytest.param(
        "Roofers Merge\nNASHVILLE, TN - (NewMediaWire) - September 05, 2024 - Two firms agreed.",
        "NASHVILLE, TN",
        D(2024, 9, 5),
        "NewMediaWire",
        "US",
        id="newmediawire-place-first",
    ),
    pytest.param(
        "University Turns 35\nHONG KONG SAR - Media OutReach Newswire - 16 March 2026 - The university said.",
        "HONG KONG SAR",
        D(2026, 3, 16),
        "Media OutReach",
        "HK",
        id="media-outreach",
    ),
    pytest.param(
        "Campus News\nHONG KONG SAR - [Media OutReach "
        "Newswire](https://example.org/) - 16 March 2026 - It said.",
        "HONG KONG SAR",
        D(2026, 3, 16),
        "Media OutReach",
        "HK",
        id="media-outreach-markdown-link",
    ),
]

AGENCY_FORMS = [
    pytest.param(
        "Bank Opens Branch\nNEW YORK, March 5, 2024 /PRNewswire-HISPANIC PR WIRE/ -- A branch opened.",
        "NEW YORK",
        D(2024, 3, 5),
        "PR Newswire",
        "US",
        id="prnewswire-feed",
    ),
    pytest.param(
        "Cafe Chain Grows\nMONTREAL, March 5, 2024 /CNW Telbec/ - A chain grew.",
        "MONTREAL",
        D(2024, 3, 5),
        "Canada Newswire",
        "CA",
        id="cnw-telbec",
    ),
    pytest.param(
        "Date: March 5, 2024\nTalks Begin\nBEIJING, March 5 (Xinhua) -- Talks began.",
        "BEIJING",
        D(2024, 3, 5),
        "Xinhua",
        "CN",
        id="xinhua-date-without-year",
    ),
    pytest.param(
        "Storm Nears\nNEW YORK (AP) — A storm neared the coast.", "NEW YORK", None, "AP", "US", id="ap"
    ),
    pytest.param(
        "Rates Held\nLONDON (Reuters) - The bank held rates.", "LONDON", None, "Reuters", "GB", id="reuters"
    ),
    pytest.param(
        "Miner Drills\nVancouver, British Columbia--(Newsfile Corp. - May 5, 2024) - Quartz Ridge said.",
        "Vancouver, British Columbia",
        D(2024, 5, 5),
        "Newsfile",
        "CA",
        id="newsfile-date-inside",
    ),
    pytest.param(
        "App Launch\nWASHINGTON, DC, UNITED STATES, March 5, 2024 /EINPresswire.com/ -- An app launched.",
        "WASHINGTON, DC, UNITED STATES",
        D(2024, 3, 5),
        "EIN Presswire",
        "US",
        id="ein-presswire",
    ),
    pytest.param(
        "Award\nAUSTIN, Texas (PRWEB) March 05, 2024 -- A firm won.",
        "AUSTIN, Texas",
        D(2024, 3, 5),
        "PRWeb",
        "US",
        id="prweb-date-after-wire",
    ),
    pytest.param(
        "Rights Chief Speaks\nGENEVA (14 June 2024) – The High Commissioner said.",
        "GENEVA",
        D(2024, 6, 14),
        None,
        "CH",
        id="date-in-parentheses",
    ),
]

NEWSROOM_FORMS = [
    pytest.param(
        "Date : December 15, 2020\nCoalition Letter\n(Seoul, December 15, 2020) – A coalition said today.",
        "Seoul",
        D(2020, 12, 15),
        None,
        "KR",
        id="parenthesised-with-date",
    ),
    pytest.param(
        "For Immediate Release: Verdict\n(Dallas, Texas) – A jury found the defendant guilty.",
        "Dallas, Texas",
        None,
        None,
        "US",
        id="parenthesised-place-and-state",
    ),
    pytest.param(
        "Sentenced to 19 Years\n(PHOENIX) – The county attorney announced a sentence.",
        "PHOENIX",
        None,
        None,
        "US",
        id="parenthesised-city",
    ),
    pytest.param(
        "Distillery Expands\nEDINBURGH, 9 October 2024 – Glenmoor Spirits said today.",
        "EDINBURGH",
        D(2024, 10, 9),
        None,
        "GB",
        id="day-month-year-dash",
    ),
    pytest.param(
        "Festival Returns\nMELBOURNE, 21 July 2024: The festival returns next month.",
        "MELBOURNE",
        D(2024, 7, 21),
        None,
        "AU",
        id="day-month-year-colon",
    ),
    pytest.param(
        "Fund Launch\nLuxembourg, 18 November 2024\nThe fund launched today with three classes.",
        "Luxembourg",
        D(2024, 11, 18),
        None,
        "LU",
        id="place-and-date-on-own-line",
    ),
    pytest.param(
        "Laptop Maker Returns\nHong Kong, 14 June 2023\uff0dFollowing two years in the region, it said.",
        "Hong Kong",
        D(2023, 6, 14),
        None,
        "HK",
        id="full-width-hyphen",
    ),
    pytest.param(
        "Senator Files Bill\nWASHINGTON — The senator filed a bill today.",
        "WASHINGTON",
        None,
        None,
        "US",
        id="no-date",
    ),
    pytest.param(
        "Timber Sale\nEUGENE, Ore. -- The forest service sold timber.",
        "EUGENE, Ore.",
        None,
        None,
        "US",
        id="ap-state-abbreviation",
    ),
    pytest.param(
        "Council Votes\nST. PAUL, Minn. — The council voted 5-2.",
        "ST. PAUL, Minn.",
        None,
        None,
        "US",
        id="ap-saint-abbreviation",
    ),
    pytest.param(
        "Jury Convicts Man\nCHICAGO —\nA jury today convicted a man of robbery.",
        "CHICAGO",
        None,
        None,
        "US",
        id="dash-ends-its-own-line",
    ),
    pytest.param(
        "Title: Bill Filed\nDate: July 29, 2024\nContent:\nWASHINGTON\n– Today the senator filed a bill.",
        "WASHINGTON",
        None,
        None,
        "US",
        id="place-and-dash-split-across-lines",
    ),
    pytest.param(
        "Title: Committee Vote\nDate: July 31, 2024\nContent:\nWASHINGTON, July 31 – The committee voted.",
        "WASHINGTON",
        D(2024, 7, 31),
        None,
        "US",
        id="year-from-release-date",
    ),
    pytest.param(
        "---\nlayout: post\ntitle: Lab Opens\n---\nSANTA CRUZ, CA--A lab opened on campus.",
        "SANTA CRUZ, CA",
        None,
        None,
        "US",
        id="after-front-matter",
    ),
    pytest.param(
        "Media Advisory\nfor immediate release\nMiami, Florida,\nThe state attorney will hold a briefing.",
        "Miami, Florida",
        None,
        None,
        "US",
        id="place-with-trailing-comma",
    ),
    pytest.param(
        "Mill Reopens\nMANCHESTER, 3 March 2025 – Pennine Looms reopened its mill.",
        "MANCHESTER",
        D(2025, 3, 3),
        None,
        "GB",
        id="manchester-is-gb",
    ),
]


@pytest.mark.parametrize(
    ("text", "location", "date", "wire", "country"), WIRE_FORMS + AGENCY_FORMS + NEWSROOM_FORMS
)
def test_dateline_forms(
    text: str, location: str, date: dt.date | None, wire: str | None, country: str
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.wire, found.country) == (location, date, wire, country)
    start, end = found.span
    assert text[start:end] == found.text
    assert location in found.text


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        pytest.param("ST. PAUL, Minn. — The council met.", "Saint Paul", "MN", "US", id="ap-state"),
        pytest.param("ANKENY, Iowa--(BUSINESS WIRE)--Shares rose.", "Ankeny", "IA", "US", id="state-name"),
        pytest.param("SEOUL--(BUSINESS WIRE)--Shares rose.", "Seoul", None, "KR", id="capital"),
        pytest.param(
            "Naples, FL, January 14, 2025 (GLOBE NEWSWIRE) -- A merger.",
            "Naples",
            "FL",
            "US",
            id="state-beats-more-populous-namesake",
        ),
        pytest.param("PERTH, WA, 2 May 2024 – A mine opened.", "Perth", "WA", "AU", id="au-state-by-city"),
        pytest.param(
            "LUDWIGSHAFEN AM RHEIN, GERMANY - October 19, 2023 (NEWMEDIAWIRE) - A plant closed.",
            "Ludwigshafen am Rhein",
            None,
            "DE",
            id="country-named",
        ),
    ],
)
def test_dateline_place_parts(text: str, city: str, region: str | None, country: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.city, found.region, found.country) == (city, region, country)


def test_manchester_dateline_gives_phones_the_gb_region() -> None:
    doc = Document("Mill Reopens\nMANCHESTER, 3 March 2025 – Pennine Looms reopened.\nCall 0161 496 0000.")
    assert infer_region(doc, dateline=find_dateline(doc)) == "GB"


TIGHT_DASH = [
    pytest.param(
        "Acme Names CEO\nNEW YORK\u2014Acme Corp. named a chief.", "NEW YORK", id="em-dash-no-spaces"
    ),
    pytest.param(
        "Plant Opens\nWINSTON-SALEM, N.C.\u2014A plant opened.", "WINSTON-SALEM, N.C.", id="hyphen-in-name"
    ),
]


@pytest.mark.parametrize(("text", "location"), TIGHT_DASH)
def test_a_tight_em_dash_ends_the_place(text: str, location: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.location == location
    assert found.text.endswith("\u2014")


NO_DATELINE = [
    pytest.param("Plant Opens\nChicago\u2013based Acme said it will hire.\n", id="en-dash-as-hyphen"),
    pytest.param("Big Win\u2014Team Takes Title\nThe team won the title.\n", id="tight-dash-in-headline"),
    pytest.param(
        "Public approval for new limits\nThe limits have now been approved following 2 consultations.\n"
        "Today (27 March 2014) the ambition moved a step closer.\nRoad Safety Minister Ann Ovens said:\n",
        id="government-release",
    ),
    pytest.param(
        "Media Release\nMonday, 24 March 2014\nChildren distressed on island\nThe President said today.\n",
        id="date-line-is-not-a-dateline",
    ),
    pytest.param(
        "Friday, 13 November 2020\nCouncil congratulates new appointments\nThe council said today.\n",
        id="weekday-and-date-on-own-line",
    ),
    pytest.param(
        "County District Attorney\nJane Okafor\ntoday announced a settlement against three firms.\n",
        id="name-lines-without-dash",
    ),
    pytest.param(
        "Benchmark Advisers Closes Deal\n--News Direct--\nBenchmark Advisers "
        "is pleased to announce a sale.\n",
        id="wire-without-place",
    ),
    pytest.param(
        "Biden Signs Bill – What It Means\nThe president signed a bill into law today.\n",
        id="headline-with-dash",
    ),
    pytest.param(
        "MEDIA ADVISORY: Council Meets\nWHO: Council members\nWHAT: Press conference\n",
        id="labels",
    ),
    pytest.param(
        "Refugee week launched\n"
        + "The minister said refugees were welcome. " * 40
        + "\n\nBRISBANE, 19 September 1988\n",
        id="sign-off-at-the-bottom",
    ),
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_correcting_and_replacing_takes_the_first_dateline() -> None:
    text = (
        "# CORRECTING and REPLACING Holders Approve Merger\n"
        "CHICAGO--(BUSINESS WIRE)--This version fixes a figure in the third paragraph of the earlier one.\n"
        "The corrected release reads:\n"
        "PROVIDENCE, R.I.--(BUSINESS WIRE)--Holders approved the merger.\n"
    )
    found = find_dateline(text)
    assert found is not None and found.location == "CHICAGO"


def test_two_places_joined() -> None:
    found = find_dateline("DOVER, Del. and BUSAN, Korea, June 9, 2025 – PRISM MediaWire – Coins.")
    assert found is not None
    assert (found.location, found.country, found.wire) == (
        "DOVER, Del. and BUSAN, Korea",
        "US",
        "PRISM MediaWire",
    )


RELEASE_DATES = [
    pytest.param("Home > News\nDate : October 3, 2022\nA headline\n", D(2022, 10, 3), id="labelled"),
    pytest.param(
        "FOR IMMEDIATE RELEASE\nWednesday, May 8, 2024\nA headline\n", D(2024, 5, 8), id="weekday-line"
    ),
    pytest.param(
        "# Stores Bought\nFebruary 06, 2023 07:15 AM Eastern Standard Time\nANKENY, Iowa--(BUSINESS WIRE)--",
        D(2023, 2, 6),
        id="wire-timestamp",
    ),
    pytest.param(
        '---\ntitle: "Refugee loans"\ndate: "1983-02-03"\n---\nBody\n', D(1983, 2, 3), id="front-matter"
    ),
    pytest.param("June 13, 2022 Contact: Lee Park\nCounty Office\n", D(2022, 6, 13), id="date-then-label"),
    pytest.param(
        "Media Release  Water Council | For immediate release: Thursday 12 March 2026\n",
        D(2026, 3, 12),
        id="after-a-crumb",
    ),
]


@pytest.mark.parametrize(("text", "date"), RELEASE_DATES)
def test_release_date(text: str, date: dt.date) -> None:
    found = find_release_date(text)
    assert found is not None and found.date == date
    assert text[found.span[0] : found.span[1]] == found.text


def test_release_date_needs_a_year_and_the_top() -> None:
    assert find_release_date("Headline\nJuly 31\nBody\n") is None
    assert find_release_date("Headline\n" + "Body text goes on. " * 200 + "\nMay 8, 2024\n") is None


def test_release_date_is_distinct_from_the_dateline() -> None:
    text = "January 14, 2022 08:30 AM Eastern Standard Time\nDENVER--(BUSINESS WIRE)--Rail order placed."
    issued, dateline = find_release_date(text), find_dateline(text)
    assert issued is not None and dateline is not None
    assert issued.date == D(2022, 1, 14)
    assert dateline.date is None and dateline.location == "DENVER"


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("ABC DEF, " * 120_000, id="caps-and-commas"),
        pytest.param("Jan. 5, 2021 / " * 70_000, id="dates-and-slashes"),
        pytest.param("A-B-C-D. " * 120_000, id="hyphens-and-dots"),
        pytest.param("(PLACE, " * 130_000, id="open-parens"),
        pytest.param("X--(BUSINESS WIRE " * 60_000, id="unclosed-wire"),
        pytest.param("\n".join(["WASHINGTON, D.C., N.Y., Mass. St. Paul"] * 30_000), id="place-lines"),
    ],
)
def test_hostile_input_finishes(hostile: str) -> None:
    doc = Document(hostile, timeout=5.0)
    find_dateline(doc)
    find_release_date(doc)


def test_a_dateline_date_without_year_and_no_release_date_is_reported() -> None:
    problems: list[Problem] = []
    found = find_dateline(
        "Committee Vote\nWASHINGTON, July 31 – The committee voted.", report=problems.append
    )
    assert found is not None and found.location == "WASHINGTON" and found.date is None
    assert [p.code for p in problems] == ["dateline.no_year"]


# The pattern the line test in dateline._opening is written out from (a regex call per line cost more).
_OPENING_AS_PATTERN = regex.compile(r"[ \t>*_#]{0,6}(?P<first>(?P<word>\p{Lu}[\p{L}']{0,30})|[(\[])")
_LINE_PIECES = (
    "",
    " ",
    "\t",
    ">",
    "*",
    "#",
    "_",
    "  ",
    "   ",
    "> ",
    " * ",
    "(",
    "[",
    "'",
    "-",
    ",",
    "A",
    "é",
    "É",
    "Ω",
    "ǅ",
    "2",
)
_LINE_WORDS = ("The", "THE", "For", "Today", "LONDON", "São", "O'Neil", "Ab" * 20, "word", "Ⓐ", "Ⅻ")


def _opening_by_pattern(text: str, start: int, end: int) -> int:
    opening = _OPENING_AS_PATTERN.match(text, start, end)
    if opening is None or (opening["word"] or "").lower() in NOT_PLACES:
        return -1
    return opening.start("first")


def test_the_written_out_line_opening_agrees_with_its_pattern() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        parts = rng.choices(_LINE_PIECES + _LINE_WORDS, k=rng.randint(0, 9))
        text = "".join(parts)
        start = rng.randint(0, min(2, len(text)))
        end = rng.randint(start, len(text)) if rng.random() < 0.3 else len(text)
        assert _opening(text, start, end) == _opening_by_pattern(text, start, end), (text, start, end)
