"""Phones: every form real releases use, and the numbers that only look like phones."""

from __future__ import annotations

import time

import pytest

from pressparse.document import Document
from pressparse.errors import PatternTimeout
from pressparse.phones import find_phones

# (id, text, region, [(e164, kind)]) — invented numbers from reserved or drama ranges
FORMS = [
    (
        "dashes-intl-mobile",
        "In Bangkok, Somchai Dee: +66-85-123-4567 (mobile)",
        None,
        [("+66851234567", "mobile")],
    ),
    ("dots-intl", "reachable at +82.10.1234.5678.", None, [("+821012345678", "mobile")]),
    ("unbroken-intl", "or on +441614960123.", None, [("+441614960123", "landline")]),
    ("trunk-number-alone", "Contacts\n\n  0491570156 \n", "AU", [("+61491570156", "mobile")]),
    ("space-then-dots", "+82 2345.6789 (office)", None, [("+8223456789", "landline")]),
    ("double-zero-prefix", "Tel: 0044 113 496 0123", "US", [("+441134960123", "landline")]),
    ("intl-freephone", "Freephone from abroad: 00 800 1234 5678", "DE", [("+80012345678", "toll_free")]),
    ("french-trunk-zero", "Lyon desk: +33 (0)1 99 00 12 34", None, [("+33199001234", "landline")]),
    ("german-trunk-zero", "Phone +49 (0) 69 1234 5678", None, [("+496912345678", "landline")]),
    ("uk-landline", "Press office: 0161 496 0123", "GB", [("+441614960123", "landline")]),
    ("uk-mobile-labelled", "M: 07700 900456", "GB", [("+447700900456", "mobile")]),
    (
        "au-pair-slash",
        "Jo Bloggs (03) 5550 4321 / 0491 570 110",
        "AU",
        [("+61355504321", "landline"), ("+61491570110", "mobile")],
    ),
    ("au-mobile", "Media contact: Jo Bloggs 0491 570 156", "AU", [("+61491570156", "mobile")]),
    ("au-1300", "Media team - 1300 975 711", "AU", [("+611300975711", "unknown")]),
    ("au-1800", "call 1800 975 709 for help", "AU", [("+611800975709", "toll_free")]),
    ("us-slash-area", "Office: 214/555-0147", "US", [("+12145550147", "landline")]),
    ("us-extension", "Call (503) 555-0147 x12 today.", "US", [("+15035550147", "unknown")]),
    ("us-vanity", "For the public: 1-800-GET-NEWS (438-6397)", "US", [("+18004386397", "toll_free")]),
    ("stray-space", "Mob: +61-491-570- 156", None, [("+61491570156", "mobile")]),
    ("t-label", "T: 020 7946 0123", "GB", [("+442079460123", "landline")]),
    (
        "tel-and-fax",
        "Tel: (503) 555-0148  Fax: (503) 555-0149",
        "US",
        [("+15035550148", "unknown"), ("+15035550149", "fax")],
    ),
    (
        "office-cell-pair",
        "Office: 503-555-0150 / Cell: 503-555-0151",
        "US",
        [("+15035550150", "landline"), ("+15035550151", "mobile")],
    ),
    ("tab-separated", "CONTACT:\tAnn\tSmith\t0491\t570\t157", "AU", [("+61491570157", "mobile")]),
    ("name-in-brackets", "Tel: 02 511 22 33 (Axel)", "BE", [("+3225112233", "landline")]),
    (
        "old-plan-labelled",
        "Phone: (062) 77-1234  Fax: (062) 73-1234",
        "AU",
        [("+6162771234", "unknown"), ("+6162731234", "fax")],
    ),
    ("place-decides-region", "In London, Jo Bloggs: 020 7946 0123", "AU", [("+442079460123", "landline")]),
    (
        "each-place-on-one-line",
        "In Canberra, Jo Bloggs 0491 570 156; in London, Ann Lee 020 7946 0123.",
        "US",
        [("+61491570156", "mobile"), ("+442079460123", "landline")],
    ),
    (
        "local-takes-area-code",
        "Call Ann at (831) 555-0142, or leave a message at 555-0143.",
        "US",
        [("+18315550142", "unknown"), ("+18315550143", "unknown")],
    ),
    ("no-region-nanp", "Contact: Jo Bloggs, 503-555-0147", None, [("+15035550147", "unknown")]),
]


@pytest.mark.parametrize(("text", "region", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_each_written_form_reads_as_e164_with_its_kind(
    text: str, region: str | None, expected: list[tuple[str, str]]
) -> None:
    found = find_phones(text, region=region)
    assert [(p.e164, p.kind) for p in found] == expected
    for p in found:
        assert text[p.span[0] : p.span[1]] == p.text


def test_extension_is_kept_apart_from_the_number() -> None:
    (phone,) = find_phones("Call (503) 555-0147 ext. 204.", region="US")
    assert (phone.e164, phone.extension, phone.text) == ("+15035550147", "204", "(503) 555-0147 ext. 204")


def test_region_is_the_numbers_own_not_the_default() -> None:
    found = find_phones("In Seoul: +82 10 1234 5678; in Sydney: 0491 570 156", region="AU")
    assert [(p.e164, p.region) for p in found] == [("+821012345678", "KR"), ("+61491570156", "AU")]


def test_a_number_its_regions_plan_cannot_hold_gets_no_made_up_e164() -> None:
    # A national number with a leading 0 that the release's region never writes (North American
    # numbers open with 2-9) is another country's: "+10800..." would be a number nobody can call.
    text = "Media contact:\nJane Roe\nTel: 0800 123456\nOffice: (503) 555-0147\n"
    assert [p.e164 for p in find_phones(text, region="US")] == ["+15035550147"]


def test_an_old_number_the_plan_still_could_hold_is_kept_on_a_contact_line() -> None:
    # Eight digits after the area code's 0 were Canberra's before 1996: possible, not valid today.
    (phone,) = find_phones("Media contact: Jane Roe (062) 77-7860", region="AU")
    assert (phone.e164, phone.kind) == ("+6162777860", "unknown")


def test_vanity_letters_only_for_toll_free_prefixes() -> None:
    assert [p.e164 for p in find_phones("Tel: 070 555 12 34 (Axel)", region="BE")] == ["+32705551234"]


NOT_PHONES = [
    ("us-date", "The deadline is 08/31/2027 for all filings."),
    ("month-year-range", "She served 03/2015 – 03/2016 as chair."),
    ("dotted-date", "Born 05.10.1986 in Lyon."),
    ("iso-date", "Effective 2027-08-31, rates change."),
    ("time-range", "Doors open 10.30-11.45 on Friday."),
    ("year-range", "Sales grew each year from 2019 2020 2021 to 2024."),
    ("years-dash", "the 1998-2004 survey and the 2015 - 2016 season"),
    ("money", "Revenue was $61.7 million, up from $1,234,567,890."),
    ("money-spaces", "a budget of EUR 12 345 678 this year"),
    ("ticker", "(NASDAQ: ACME) closed at 123.45"),
    ("cusip", "CUSIP 459200101 and ISIN US4592001014"),
    ("upc-spaced", "UPC 0 12345 67890 5 on every pack"),
    ("upc-unbroken", "barcode 012345678905 on the label"),
    ("unbroken-trunk-number-in-a-sentence", "Quote reference 0491570156 when you renew."),
    ("unbroken-number-alone-without-trunk-zero", "Batch\n4915701563\n"),
    ("lot-code", "Lot 20240315-117 and Lot No. 2024 0315 117"),
    ("zip-plus-four", "Portland, OR 97201-1234"),
    ("case-number", "Case No. 2023-CF-004512 and docket no. 21-1234567"),
    ("percentages", "rose from 12.5% to 14.25% over 2024 2025"),
    ("p-value", "significant (p = 0.0042, n = 1,204)"),
    ("version", "version 10.0.19045.3803 of the software"),
    ("isbn", "ISBN 978-0-306-40615-7"),
    ("quantities", "about 450 000 refugees and 175 000 others"),
    ("phone-like-amount", "a grant of 2 000 000 000 dollars"),
]


@pytest.mark.parametrize("region", ["US", "AU", "GB"])
@pytest.mark.parametrize("text", [n[1] for n in NOT_PHONES], ids=[n[0] for n in NOT_PHONES])
def test_numbers_that_are_not_phones_are_left_alone(text: str, region: str) -> None:
    assert find_phones(text, region=region) == ()


@pytest.mark.parametrize(
    "hostile",
    [
        "1 " * 500_000,
        "+1-" * 300_000,
        "(0) " * 250_000,
        "12.34." * 170_000,
        "1-800-AAA-" * 100_000,
        "Tel: " * 200_000,
    ],
    ids=["digit-space", "plus-dash", "bracket-zero", "dots", "vanity", "labels"],
)
def test_hostile_input_finishes(hostile: str) -> None:
    started = time.perf_counter()
    try:
        find_phones(Document(hostile, timeout=5.0), region="US")
    except PatternTimeout:
        pytest.fail("a phone pattern ran past its time limit")
    assert time.perf_counter() - started < 30
