"""Release lines: immediate, or embargoed until an instant that is right in its own time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from pressparse.document import Document
from pressparse.embargo import find_embargo
from pressparse.types import Problem

IMMEDIATE = [
    pytest.param(
        "FOR IMMEDIATE RELEASE\nPark Opens\nThe park opens today.", "FOR IMMEDIATE RELEASE", id="caps"
    ),
    pytest.param("For Immediate Release\nPark Opens\n", "For Immediate Release", id="title-case"),
    pytest.param("IMMEDIATE RELEASE\nPark Opens\n", "IMMEDIATE RELEASE", id="without-for"),
    pytest.param(
        "TREASURER\nNO. 154\nNO EMBARGO\nSTATEMENT BY THE TREASURER\n", "NO EMBARGO", id="no-embargo"
    ),
    pytest.param(
        "For Immediate Release: Jury Convicts Man\n(Dallas, Texas) – A jury found.",
        "For Immediate Release",
        id="label-before-headline",
    ),
    pytest.param(
        "Media Release  Water Council | For immediate release: Thursday 12 March 2026\n",
        "For immediate release",
        id="after-a-crumb",
    ),
    pytest.param("FOR IMMEDIATE DISTRIBUTION\nPark Opens\n", "FOR IMMEDIATE DISTRIBUTION", id="distribution"),
    pytest.param(
        "OFFICE OF THE MINISTER\n\n FOR RELEASE BY PRESS\n\nThe Minister said.",
        "FOR RELEASE BY PRESS",
        id="for-release-by-press",
    ),
]


@pytest.mark.parametrize(("text", "written"), IMMEDIATE)
def test_immediate(text: str, written: str) -> None:
    found = find_embargo(text)
    assert found is not None
    assert (found.status, found.until, found.text) == ("immediate", None, written)
    assert text[found.span[0] : found.span[1]] == written


# (text, issued, country, until, problem codes)
EMBARGOED = [
    pytest.param(
        "HOLD UNTIL 10 A.M. EDT, MAY 5, 2024\n",
        None,
        None,
        "2024-05-05T10:00:00-04:00",
        [],
        id="hold-until",
    ),
    pytest.param(
        "EMBARGOED UNTIL 0001 HRS GMT 5 MARCH 2020\n",
        None,
        None,
        "2020-03-05T00:01:00+00:00",
        [],
        id="military-time-hrs",
    ),
    pytest.param(
        "Embargoed to 00:01 Thursday 5 March 2020\n",
        None,
        None,
        "2020-03-05T00:01:00",
        ["embargo.no_zone"],
        id="embargoed-to",
    ),
    pytest.param(
        "EMBARGOED UNTIL 00:01 (UK TIME) 5 MARCH 2020\n",
        None,
        None,
        "2020-03-05T00:01:00+00:00",
        [],
        id="uk-time-in-parentheses",
    ),
    pytest.param(
        "FOR RELEASE: 10:00 a.m. ET, May 5, 2024\nHeadline\n",
        None,
        None,
        "2024-05-05T10:00:00-04:00",
        [],
        id="for-release-at-a-time",
    ),
    pytest.param(
        "EMBARGOED UNTIL 00:01 BST, THURSDAY 10 OCTOBER 2024\nReport Finds",
        None,
        "GB",
        "2024-10-10T00:01:00+01:00",
        [],
        id="bst-in-gb",
    ),
    pytest.param(
        "EMBARGOED FOR RELEASE UNTIL 11:00 A.M. ET, TUESDAY, JULY 16, 2024\n",
        None,
        None,
        "2024-07-16T11:00:00-04:00",
        [],
        id="et-in-july-is-utc-4",
    ),
    pytest.param(
        " Embargoed until 3:45 p.m. CT/4:45 p.m. ET, Thursday, Jan. 22, 2026\n",
        None,
        None,
        "2026-01-22T15:45:00-06:00",
        [],
        id="two-zones-one-instant",
    ),
    pytest.param(
        "Embargoed until 5am AEDT Monday 2 December 2024\n",
        None,
        None,
        "2024-12-02T05:00:00+11:00",
        [],
        id="aedt",
    ),
    pytest.param(
        "EMBARGO: 12 September 2024, 10:00 CET\n",
        None,
        None,
        "2024-09-12T10:00:00+02:00",
        ["embargo.zone_contradicts_date"],
        id="cet-in-september-is-reported",
    ),
    pytest.param(
        "HOLD FOR RELEASE: 6:00 a.m. MT, Friday, March 7, 2025\n",
        None,
        None,
        "2025-03-07T06:00:00-07:00",
        [],
        id="hold-for-release-mt",
    ),
    pytest.param(
        "AI Index: ASA 12/010/2002\nEmbargo Date: 25 August 2002 16:00 GMT\n",
        None,
        None,
        "2002-08-25T16:00:00+00:00",
        [],
        id="embargo-date-gmt",
    ),
    pytest.param(
        "Media Release\nStrictly embargoed until 12.05am on Wednesday, 17 June 1998\n",
        None,
        None,
        "1998-06-17T00:05:00",
        ["embargo.no_zone"],
        id="strictly-no-zone-is-naive",
    ),
    pytest.param(
        " EMBARGO EMBARGO EMBARGO EMBARGO\n\n NOT TO BE PUBLISHED OR BROADCAST BEFORE 8.15 p.m.\n\n"
        " ON THURSDAY, MARCH 14, 1968\n",
        None,
        None,
        "1968-03-14T20:15:00",
        ["embargo.no_zone"],
        id="not-to-be-published-date-on-next-line",
    ),
    pytest.param(
        "NOT TO BE PUBLISHED OR BROADCAST BEFORE 8.15 p.m.\nStatement by the Treasurer\n",
        dt.date(1968, 3, 14),
        None,
        "1968-03-14T20:15:00",
        ["embargo.no_zone"],
        id="time-takes-the-release-date",
    ),
    pytest.param(
        "  MEDIA RELEASE  MINISTER FOR TRADE\n  EMBARGOED: 2300 Canberra time\n",
        dt.date(1997, 1, 30),
        None,
        "1997-01-30T23:00:00+11:00",
        [],
        id="canberra-time-in-summer",
    ),
    pytest.param(
        "  EMBARGOED: 2300 Canberra time\n",
        dt.date(2020, 5, 14),
        None,
        "2020-05-14T23:00:00+10:00",
        [],
        id="canberra-time-in-winter",
    ),
    pytest.param(
        "UNDER EMBARGO UNTIL 6AM TOMORROW\nClinic Opens\n",
        dt.date(2021, 11, 18),
        None,
        "2021-11-19T06:00:00",
        ["embargo.no_zone"],
        id="tomorrow",
    ),
    pytest.param(
        "UNDER EMBARGO UNTIL 6AM TOMORROW, 19 NOVEMBER 2021.\n",
        None,
        None,
        "2021-11-19T06:00:00",
        ["embargo.no_zone"],
        id="tomorrow-with-date",
    ),
    pytest.param(
        "EMBARGOED UNTIL 11.20 AM TUESDAY 9 MARCH\n",
        dt.date(1999, 3, 8),
        None,
        "1999-03-09T11:20:00",
        ["embargo.no_zone"],
        id="year-from-release-date",
    ),
    pytest.param(
        "EMBARGOED UNTIL 9 AM FRIDAY 3 JANUARY\n",
        dt.date(2024, 12, 30),
        None,
        "2025-01-03T09:00:00",
        ["embargo.no_zone"],
        id="january-embargo-in-a-december-release",
    ),
    pytest.param(
        "Embargoed for publication/broadcast on Monday, 14 October 2013\n",
        None,
        None,
        "2013-10-14",
        [],
        id="date-only",
    ),
    pytest.param(
        "MEDIA RELEASE SENATOR AL BRENT  Embargoed for release at 9 PM, Wednesday 24 November 1993\n",
        None,
        None,
        "1993-11-24T21:00:00",
        ["embargo.no_zone"],
        id="run-on-after-the-masthead",
    ),
    pytest.param(
        "Embargo 00:01 26 March 2011\nEARTH HOUR\n",
        None,
        None,
        "2011-03-26T00:01:00",
        ["embargo.no_zone"],
        id="time-before-date",
    ),
    pytest.param(
        "Rangers Plan Survey\nThe survey starts in spring.\n\nEMBARGOED UNTIL "
        "10:00 PT, MONDAY 4 NOVEMBER 2024\n",
        None,
        None,
        "2024-11-04T10:00:00-08:00",
        [],
        id="at-the-bottom-pt-in-november",
    ),
    pytest.param(
        "EMBARGOED UNTIL 9:00 UTC+10 ON 3 JUNE 2024\n",
        None,
        None,
        "2024-06-03T09:00:00+10:00",
        [],
        id="utc-offset",
    ),
    pytest.param(
        "EMBARGOED UNTIL 10:00 EST, 15 JULY 2024\n",
        None,
        "US",
        "2024-07-15T10:00:00-04:00",
        ["embargo.zone_contradicts_date"],
        id="est-in-july",
    ),
    pytest.param(
        "EMBARGOED UNTIL 10:00 IST, 15 JULY 2024\n",
        None,
        "IN",
        "2024-07-15T10:00:00+05:30",
        [],
        id="ist-in-india",
    ),
    pytest.param(
        "EMBARGOED UNTIL 10:00 IST, 15 JULY 2024\n",
        None,
        None,
        "2024-07-15T10:00:00",
        ["embargo.zone_ambiguous"],
        id="ist-unsettled-is-naive-and-reported",
    ),
    pytest.param(
        "EMBARGOED UNTIL 10:00 CST, 15 JANUARY 2024\n",
        None,
        "CN",
        "2024-01-15T10:00:00+08:00",
        [],
        id="cst-in-china",
    ),
    pytest.param(
        "EMBARGOED: 6.30 p.m.\nStatement\n",
        None,
        None,
        None,
        ["embargo.no_date"],
        id="time-without-any-date-is-none",
    ),
]


@pytest.mark.parametrize(("text", "issued", "country", "until", "codes"), EMBARGOED)
def test_embargoed(
    text: str, issued: dt.date | None, country: str | None, until: str | None, codes: list[str]
) -> None:
    """``until`` is the ISO form: an offset when aware, none when naive, a bare date when date-only."""
    problems: list[Problem] = []
    found = find_embargo(text, issued=issued, country=country, report=problems.append)
    assert found is not None and found.status == "embargoed"
    assert (found.until.isoformat() if found.until else None) == until
    assert [p.code for p in problems] == codes
    assert text[found.span[0] : found.span[1]] == found.text
    assert found.text.lstrip().upper().startswith(("EMBARGO", "HOLD", "NOT", "STRICTLY", "UNDER", "FOR"))


def test_aware_until_keeps_the_zone_so_offsets_follow_the_date() -> None:
    found = find_embargo("EMBARGOED FOR RELEASE UNTIL 11:00 A.M. ET, TUESDAY, JULY 16, 2024\n")
    assert found is not None and isinstance(found.until, dt.datetime)
    assert found.until.isoformat() == "2024-07-16T11:00:00-04:00"


NOT_EMBARGOES = [
    pytest.param("Monday, 9 August 2021, Publish time: 3:12pm   A driver was fined.\n", id="publish-time"),
    pytest.param(
        "Turtle Goes Home\nThe rescue centre will release a turtle.\n Release Date: Tuesday, September 23rd\n"
        " Release Time: Promptly at 6 pm\nthe sea turtle release is at 6 pm\n",
        id="prose-about-a-release",
    ),
    pytest.param(
        "Trade Embargo on Exports to End\nThe embargo on exports ends in May.\n", id="embargo-as-a-topic"
    ),
    pytest.param(
        "Rights Group Calls for Immediate Release of Detained Journalists\nThe "
        "group called for the immediate "
        "release of three reporters.\n",
        id="immediate-release-of-people",
    ),
    pytest.param("The company will hold a briefing.\nWe hold until 5pm.\n", id="hold-in-prose"),
    pytest.param("Posted 6 May 2015, at 4.40 pm (EET)\nA port lease was signed.\n", id="posted-timestamp"),
]


@pytest.mark.parametrize("text", NOT_EMBARGOES)
def test_not_release_lines(text: str) -> None:
    assert find_embargo(text) is None


def test_embargo_wins_over_an_immediate_label() -> None:
    text = "FOR IMMEDIATE RELEASE\n\nEMBARGOED UNTIL 09:00 GMT, 3 MARCH 2025\nReport\n"
    found = find_embargo(text)
    assert found is not None and found.status == "embargoed"
    assert found.until == dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("EMBARGOED UNTIL " * 70_000, id="repeated-labels"),
        pytest.param("\n".join(["EMBARGO 12:00 12:00 12.00 1 1 1 1 a.m. p.m."] * 25_000), id="times"),
        pytest.param("FOR IMMEDIATE " * 80_000, id="unfinished-immediate"),
        pytest.param("Embargoed until 1:30 p.m. Eastern Central Pacific Mountain " * 18_000, id="zone-words"),
        pytest.param("NOT TO BE PUBLISHED OR BROADCAST OR " * 30_000, id="not-to-be"),
    ],
)
def test_hostile_input_finishes(hostile: str) -> None:
    find_embargo(Document(hostile, timeout=5.0), issued=dt.date(2024, 1, 1))


def test_a_weekday_that_contradicts_the_date_is_reported() -> None:
    problems: list[Problem] = []
    found = find_embargo("EMBARGOED UNTIL 9:00 GMT, TUESDAY 3 MARCH 2025\n", report=problems.append)
    assert found is not None and found.until == dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc)
    assert [p.code for p in problems] == ["embargo.weekday_contradicts_date"]


def test_a_date_without_year_and_no_release_date_is_none_and_reported() -> None:
    problems: list[Problem] = []
    found = find_embargo("EMBARGOED UNTIL 11.20 AM TUESDAY 9 MARCH\n", report=problems.append)
    assert found is not None and found.status == "embargoed" and found.until is None
    assert "embargo.no_year" in [p.code for p in problems]


def test_an_embargo_with_neither_time_nor_date_is_not_given_the_release_date() -> None:
    found = find_embargo("EMBARGOED UNTIL DELIVERY\nSpeech to the council\n", issued=dt.date(2024, 1, 1))
    assert found is not None and found.status == "embargoed" and found.until is None
