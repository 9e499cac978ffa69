"""Region: the dateline's country wins; otherwise the country the release makes plain."""

from __future__ import annotations

import datetime as dt

import pytest

from pressparse.document import Document
from pressparse.errors import PatternTimeout
from pressparse.pipeline import Pipeline
from pressparse.region import infer_region
from pressparse.report import Report
from pressparse.types import Dateline

CASES = [
    (
        "au-place-and-mobile",
        "CANBERRA - The minister said today ...\n\nMedia contact: Jo Bloggs 0491 570 156",
        "AU",
    ),
    ("au-email-domain", "The council welcomed the report. Media: press@council.gov.au", "AU"),
    ("au-country-name", "Australia will give $2 million. Contact: Jo Bloggs (02) 5550 1234", "AU"),
    ("gb-domain-and-number", "Press office\n\nPress enquiries 020 7946 0123\n\nwww.example.gov.uk", "GB"),
    ("gb-mobile-format", "Call Jo on 07700 900123 or Ann on 0161 496 0123", "GB"),
    ("us-dateline-state", "ST. PAUL, Minn. -- Acme Corp. today said ... Contact: (503) 555-0147", "US"),
    ("us-postal-state", "NASHVILLE, TN / Wire / Acme Corp. announced ...", "US"),
    ("country-codes", "In Seoul: +82 10 1234 5678. In Busan: +82 51 123 4567.", "KR"),
    (
        "about-a-place-issued-elsewhere",
        "Rwanda, Rwanda, Rwanda. Canberra said aid to Rwanda grows.\nMedia contact: Jo (02) 5550 1234",
        "AU",
    ),
    ("nothing-plain", "A quiet announcement with no place and no number.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_country_the_release_makes_plain(text: str, expected: str | None) -> None:
    assert infer_region(text) == expected


def test_the_datelines_country_wins() -> None:
    dateline = Dateline("LONDON", dt.date(2027, 1, 5), None, (0, 6), "LONDON", country="GB")
    text = "LONDON - Contact: Jo Bloggs 0491 570 156, jo@example.org.au, Canberra, Australia"
    assert infer_region(text, dateline=dateline) == "GB"


def test_in_the_pipeline_the_datelines_country_sets_the_phone_region() -> None:
    def gb_dateline(doc: Document, /, *, report: Report) -> Dateline:
        return Dateline("LONDON", None, None, (0, 6), "LONDON", country="GB")

    text = "LONDON - The council met in Sydney, Australia.\n\nMedia contact: Jo Bloggs 0161 496 0123"
    release = Pipeline().replace(dateline=gb_dateline).parse(text)
    assert [(p.e164, p.region) for p in release.phones] == [("+441614960123", "GB")]
    assert [c.name for c in release.contacts] == ["Jo Bloggs"]


def test_a_dateline_without_a_country_leaves_it_to_the_text() -> None:
    dateline = Dateline("Somewhere", None, None, (0, 9), "Somewhere")
    assert infer_region("Somewhere - Media: 0491 570 156 in Sydney", dateline=dateline) == "AU"


def test_region_is_a_phonenumbers_code_never_uk() -> None:
    assert infer_region("Issued in London, England. press@example.co.uk") == "GB"


@pytest.mark.parametrize(
    "hostile",
    ["New York " * 110_000, "+1 " * 330_000, "x@y.co.uk " * 100_000, ", TX" * 250_000, "(02) " * 200_000],
    ids=["place-words", "country-codes", "domains", "postal-states", "au-brackets"],
)
def test_hostile_input_finishes(hostile: str) -> None:
    try:
        infer_region(Document(hostile, timeout=5.0))
    except PatternTimeout:
        pytest.fail("a region pattern ran past its time limit")
