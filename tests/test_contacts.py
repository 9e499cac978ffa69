"""Contacts: blocks, lines and sentences, grouped per person or desk with their own channels."""

from __future__ import annotations

import random

import pytest

import pressparse
from pressparse.contact_grouping import (
    _BRACKETS,
    _HANDLE,
    _LABEL_LINE,
    _bracket_spans,
    _handle_spans,
    _may_label,
)
from pressparse.contact_names import _DESK_GAP, _gap
from pressparse.contact_roles import _TITLE_STEMS, TITLE_AFTER, TITLE_LINE, _may_hold_title
from pressparse.contact_zones import (
    _CALL,
    _CONTACT_VERB,
    _KEYWORD_LEAD,
    _KEYWORD_TAIL,
    ANCHOR,
    ANCHOR_KEYWORDS,
    FOR_LABEL,
    LABEL,
    Zone,
    _anchors,
    _opens_call,
    _opens_contact_verb,
    _opens_for_label,
    _opens_label,
)
from pressparse.contacts import find_contacts
from pressparse.document import Document
from pressparse.errors import PatternTimeout
from pressparse.phones import find_phones

Expected = list[tuple[str | None, list[str], list[str]]]

LAYOUTS: list[tuple[str, str, str, Expected]] = [
    (
        "one-line-each-hrw-style",
        "For more information, please contact:\n\n"
        "In Bangkok, Somchai Dee (English, Thai): +66-85-123-4567 (mobile); or dees@example.org. "
        "Twitter: @somchaidee\n\n"
        "In Seoul, Min-Ji Park (Korean, English), secretary general, reachable at mjpark@example.org "
        "or +82.10.1234.5678.\n",
        "US",
        [
            ("Somchai Dee", ["+66851234567"], ["dees@example.org"]),
            ("Min-Ji Park", ["+821012345678"], ["mjpark@example.org"]),
        ],
    ),
    (
        "stacked-lines",
        "Media Contact:\nJane Doe\nSenior Director, Communications\n(503) 555-0147\njane.doe@example.com\n",
        "US",
        [("Jane Doe", ["+15035550147"], ["jane.doe@example.com"])],
    ),
    (
        "label-value-lines",
        "Press contact\nJo Bloggs\nT: 020 7946 0123\nM: 07700 900456\nE: jo.bloggs@example.co.uk\n",
        "GB",
        [("Jo Bloggs", ["+442079460123", "+447700900456"], ["jo.bloggs@example.co.uk"])],
    ),
    (
        "label-then-number-on-next-line",
        "Media enquiries\nAnn Lee\nPhone\n0161 496 0124\nEmail\nann.lee@example.org\n",
        "GB",
        [("Ann Lee", ["+441614960124"], ["ann.lee@example.org"])],
    ),
    (
        "several-in-one-block",
        "## Contacts\n\nInvestors:\nAnn Lee\nDirector – Investor Relations\n(212) 555-0111\n\n"
        "Media:\nBob Ray\n(212) 555-0112\n",
        "US",
        [("Ann Lee", ["+12125550111"], []), ("Bob Ray", ["+12125550112"], [])],
    ),
    (
        "desk-without-person",
        "CONTACT: Investor Relations – (301) 555-0100\nView original content: https://example.com/x\n",
        "US",
        [("Investor Relations", ["+13015550100"], [])],
    ),
    (
        "desk-with-address",
        "Investor Contact:\nInvestor Relations\n(503) 555-0199\nir@example.com\n",
        "US",
        [("Investor Relations", ["+15035550199"], ["ir@example.com"])],
    ),
    (
        "person-replaces-desk-heading",
        "Investor Relations:\nKeith Ortiz, Chief Financial Officer\n(314) 555-0150\n",
        "US",
        [("Keith Ortiz", ["+13145550150"], [])],
    ),
    (
        "comment-sentence",
        "The council meets on Tuesday. For comment, call Jane Doe on 0491 570 156.",
        "AU",
        [("Jane Doe", ["+61491570156"], [])],
    ),
    (
        "further-information-or-interviews",
        "For further information or interviews, please contact: Jo Bloggs, 0491 570 157, jo@example.org.au",
        "AU",
        [("Jo Bloggs", ["+61491570157"], ["jo@example.org.au"])],
    ),
    (
        "press-inquiries",
        "Press inquiries: Maria Lopez, press@example.org",
        "US",
        [("Maria Lopez", [], ["press@example.org"])],
    ),
    (
        "media-rsvp",
        "Media RSVP: Ann Lee, 503-555-0123, ann@example.org",
        "US",
        [("Ann Lee", ["+15035550123"], ["ann@example.org"])],
    ),
    (
        "contact-line-in-header",
        "June 3, 2027 Contact: Ann Lee\nExample County Attorney's Office\n503-555-0124 (Office)\n"
        "Ann.Lee@example.gov\nFor Immediate Release: Jury returns verdict\n",
        "US",
        [("Ann Lee", ["+15035550124"], ["Ann.Lee@example.gov"])],
    ),
    (
        "two-people-share-a-number",
        "## Contacts\n\nFor Example Partners:\nAnn Lee / Bob Ray\nExample Strategy Group\n212-555-0130\n",
        "US",
        [("Ann Lee", ["+12125550130"], []), ("Bob Ray", ["+12125550130"], [])],
    ),
    (
        "two-on-one-line-with-principals-in-brackets",
        "Media contact: Jo Bloggs (Mr Smith) 0491 570 158   Ann Lee (Ms Jones) 0491 570 159",
        "AU",
        [("Jo Bloggs", ["+61491570158"], []), ("Ann Lee", ["+61491570159"], [])],
    ),
    (
        "desk-heading-over-switchboard-lines",
        "Example press office\n\nMain switchboard 020 7946 0125\n\nOut of hours 020 7946 0126\n",
        "GB",
        [("Example press office", ["+442079460125", "+442079460126"], [])],
    ),
    (
        "unlabelled-region-lines",
        "Americas: Sam Lee at +1 (503) 555-0161 / lee@example.com\n\n"
        "Europe: Jo Bloggs at +44 (0) 161 496 0127 / bloggs@example.com\n",
        "US",
        [
            ("Sam Lee", ["+15035550161"], ["lee@example.com"]),
            ("Jo Bloggs", ["+441614960127"], ["bloggs@example.com"]),
        ],
    ),
    (
        "label-without-a-name",
        "ENDS\n\nMedia Contact: 1300 975 711, media@example.org.au\n",
        "AU",
        [(None, ["+611300975711"], ["media@example.org.au"])],
    ),
    (
        "unlabelled-stacked-block-at-the-top",
        "June 3, 2027\nAnn Lee\nChief of Staff\nOffice: 503-555-0170\nCell: 503-555-0171\n"
        "Bob Ray\nSpokesperson\nOffice: 503-555-0172\nJURY CONVICTS TEN MEN\n",
        "US",
        [("Ann Lee", ["+15035550170", "+15035550171"], []), ("Bob Ray", ["+15035550172"], [])],
    ),
    (
        "tip-line-for-the-public-is-no-press-contact",
        "Anyone with information should contact Example City Police at (503) 555-0180, "
        "Detective Ann Lee at (503) 555-0181 or tips@example.gov.\n\n"
        "Media contact: Jo Bloggs, 503-555-0182\n",
        "US",
        [("Jo Bloggs", ["+15035550182"], [])],
    ),
    (
        "public-hotline-belongs-to-no-one",
        "Anyone with information should call the hotline on 1800 975 709.\n\n"
        "Media contact: Jo Bloggs 0491 570 156\n",
        "AU",
        [("Jo Bloggs", ["+61491570156"], [])],
    ),
    (
        "agency-above-the-person-is-not-the-name",
        "## Contacts\n\nNorthwind:\nHarbor Associates, Inc.\nJo Bloggs\n+1 (201) 555-0123\nir@example.com\n",
        "US",
        [("Jo Bloggs", ["+12015550123"], ["ir@example.com"])],
    ),
    (
        "organisation-named-in-a-sentence-is-the-contact",
        "For more information phone Harbor International in London +44 7700 900123 "
        "or in Sydney +61 491 570 156\n",
        "US",
        [("Harbor International", ["+447700900123", "+61491570156"], [])],
    ),
    (
        "place-of-two-words-is-no-person",
        "For interviews, contact Harbor International in New York on +1 212 555 0100 "
        "or Ann Lee in Paris on +33 1 99 00 12 34.\n",
        "US",
        [("Harbor International", ["+12125550100"], []), ("Ann Lee", ["+33199001234"], [])],
    ),
    (
        "organisation-press-office-stays-a-desk",
        "For more information please call the Harbor Corp press office on +44 20 7946 0123.\n",
        "GB",
        [("Harbor Corp press office", ["+442079460123"], [])],
    ),
    (
        "nameless-for-media-label",
        "For Media Inquiries and Expert Comment: 214-555-0173\n\nFor Public Inquiries: 1-800-555-0199\n",
        "US",
        [(None, ["+12145550173"], [])],
    ),
    (
        "in-place-from-the-gazetteer-sets-the-region",
        "For more information, please contact:\nIn Porto, Ana Silva: 22 123 4567\n"
        "In Lyon, Jo Bloggs: 04 72 10 30 30\n",
        "GB",
        [("Ana Silva", ["+351221234567"], []), ("Jo Bloggs", ["+33472103030"], [])],
    ),
    (
        "scanned-table-names-then-numbers",
        "  CONTACTS \n\n  Dr Ann Lee, Northwind \n\n  Prof Jo Bloggs, Harbor Society President \n\n"
        "  Sam Ward, Example Council \n\n  0491 570 156 \n\n  0491 57O l58 \n\n  (02) 5550 1234 \n",
        "AU",
        [("Ann Lee", ["+61491570156"], []), ("Sam Ward", ["+61255501234"], [])],
    ),
    (
        "names-without-as-many-numbers-are-no-table",
        "CONTACTS\n\nAnn Lee, Northwind\n\nJo Bloggs, Harbor\n\n0491 570 156\n",
        "AU",
        [("Ann Lee", ["+61491570156"], [])],
    ),
    (
        "contacting-in-a-sentence-is-no-label",
        "Copies of the filings are free of charge by contacting Northwind Investor Relations\n"
        "Department by email at ir@example.com or by phone at 212-555-0100.\n",
        "US",
        [],
    ),
    (
        "company-over-its-switchboard-with-no-label-is-no-contact",
        "Northwind Holdings Ltd\nTel: (212) 555-0100\n",
        "US",
        [],
    ),
]


def _shape(text: str, region: str) -> Expected:
    return [
        (c.name, [p.e164 for p in c.phones], [e.normalized for e in c.emails])
        for c in find_contacts(text, region=region)
    ]


@pytest.mark.parametrize(
    ("text", "region", "expected"), [x[1:] for x in LAYOUTS], ids=[x[0] for x in LAYOUTS]
)
def test_each_layout_groups_channels_per_contact(text: str, region: str, expected: Expected) -> None:
    assert _shape(text, region) == expected


def test_a_contact_line_gives_place_languages_and_handles() -> None:
    text = (
        "In Bangkok, Somchai Dee (English, Thai): +66-85-123-4567 (mobile); "
        "or dees@example.org. Twitter: @somdee"
    )
    (contact,) = find_contacts(text)
    assert contact.location == "Bangkok"
    assert contact.languages == ("English", "Thai")
    assert contact.handles == ("@somdee",)
    assert contact.phones[0].kind == "mobile"
    assert text[contact.span[0] : contact.span[1]] == contact.text


def test_a_title_after_the_name_is_kept() -> None:
    (contact,) = find_contacts("Media contact: Ann Lee, Communications Director, 0491 570 156", region="AU")
    assert (contact.name, contact.title) == ("Ann Lee", "Communications Director")


ROLES: list[tuple[str, str, tuple[str | None, str | None, str | None]]] = [
    (
        "name-title-org-on-one-line",
        "Media contact: Ann Lee, Director of Communications, Northwind, 0491 570 156",
        ("Ann Lee", "Director of Communications", "Northwind"),
    ),
    (
        "name-bar-org",
        "Media contact:\nAnn Lee | Harbor Partners\n0491 570 156\n",
        ("Ann Lee", None, "Harbor Partners"),
    ),
    (
        "stacked-name-title-org",
        "For further information, please contact:\nAnn Lee\nSenior Vice President, Investor Relations\n"
        "Northwind\nTel: 0491 570 156\n",
        ("Ann Lee", "Senior Vice President, Investor Relations", "Northwind"),
    ),
    (
        "stacked-title-without-org",
        "Media contact:\nAnn Lee\nChief Financial Officer\n0491 570 156\n",
        ("Ann Lee", "Chief Financial Officer", None),
    ),
    (
        "department-after-title-is-part-of-it",
        "Media contact: Ann Lee, Senior Vice President, Marketing, 0491 570 156",
        ("Ann Lee", "Senior Vice President, Marketing", None),
    ),
    (
        "agency-above-the-person-is-the-organisation",
        "Contacts\nHarbor Associates, Inc.\nAnn Lee\n0491 570 156\n",
        ("Ann Lee", None, "Harbor Associates, Inc."),
    ),
    (
        "firm-named-like-a-person-above-the-person",
        "Contacts\nHarbor Strategic PR\nAnn Lee\n0491 570 156\n",
        ("Ann Lee", None, "Harbor Strategic PR"),
    ),
    (
        "firm-named-like-a-person-alone-is-the-contact",
        "Media contact: Harbor Strategic PR 0491 570 156",
        ("Harbor Strategic PR", None, None),
    ),
    (
        "pr-after-a-comma-is-a-role-not-a-firm",
        "Media contact: Ann Lee, PR: 0491 570 156",
        ("Ann Lee", None, None),
    ),
    (
        "firm-after-the-person-is-the-organisation",
        "Media contact:\nAnn Lee\nNorthwind Holdings Ltd\n0491 570 156\n",
        ("Ann Lee", None, "Northwind Holdings Ltd"),
    ),
    (
        "place-after-the-name-is-no-organisation",
        "Media contact: Ann Lee, Brisbane, 0491 570 156",
        ("Ann Lee", None, None),
    ),
    (
        "an-organisation-heading-the-block-is-the-persons-employer",
        "Northwind Tools Contacts\nDana Pike, CFA\n0491 570 156\ndana.pike@northwind.example.com\n",
        ("Dana Pike", None, "Northwind Tools"),
    ),
    (
        "a-channel-label-ends-the-organisation",
        "Contact: Ann Lee - Northwind Clinic Email Us Here\nPhone: 0491 570 156\n",
        ("Ann Lee", None, "Northwind Clinic"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [x[1:] for x in ROLES], ids=[x[0] for x in ROLES])
def test_title_and_organisation_as_the_block_writes_them(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    (contact,) = find_contacts(text, region="AU")
    assert (contact.name, contact.title, contact.organization) == expected


def test_contacts_hold_the_same_phone_and_email_objects_as_the_release() -> None:
    text = (
        "SYDNEY - The board met today.\n\nMedia contact: Jo Bloggs 0491 570 156, jo@example.org.au\n"
        "Switchboard: (02) 5550 1234\n"
    )
    release = pressparse.parse(text)
    (contact,) = release.contacts
    assert contact.phones[0] in release.phones and contact.emails[0] in release.emails
    assert [p.e164 for p in release.phones] == ["+61491570156", "+61255501234"]
    assert [p.e164 for p in contact.phones] == ["+61491570156"]


def test_phones_given_by_the_caller_are_the_ones_used() -> None:
    text = "Media contact: Jo Bloggs 0491 570 156"
    phones = find_phones(text, region="AU")
    (contact,) = find_contacts(text, phones=phones, emails=())
    assert contact.phones[0] is phones[0]


@pytest.mark.parametrize(
    "hostile",
    [
        "Media Contact: " * 70_000,
        "Jo Bloggs " * 100_000,
        "Contact: Jo Bloggs 0491 570 156\n" * 10_000,
        "Investor Relations: " * 50_000,
        "For comment, call " * 55_000,
        "For Media Inquiries and " * 45_000,
        "Jo Bloggs, Chief Officer, Harbor Associates | " * 22_000,
        "Jo Bloggs\nChief Officer\nNorthwind\n" * 30_000 + "0491 570 156",
        "Contact: Harbor Strategic PR, Inc. Jo Bloggs " * 22_000,
        "CONTACTS\nDr Jo Bloggs, Northwind\n" * 30_000 + "0491 570 156\n" * 20_000,
    ],
    ids=[
        "labels",
        "names",
        "contact-lines",
        "desks",
        "sentences",
        "for-labels",
        "roles",
        "stacked-roles",
        "firms",
        "scanned-columns",
    ],
)
def test_hostile_input_finishes(hostile: str) -> None:
    try:
        find_contacts(Document(hostile, timeout=10.0), region="AU", phones=None, emails=None)
    except PatternTimeout:
        pytest.fail("a contact pattern ran past its time limit")


def _anchors_by_pattern_alone(doc: Document, windows: list[tuple[int, int]]) -> list[int]:
    """What ``_anchors`` must find: every ANCHOR match over a keyword, with no shortcut in front."""
    found: set[int] = set()
    for a, b in windows:
        for keyword in ANCHOR_KEYWORDS:
            i = doc.lower.find(keyword, a, b)
            while i >= 0:
                if i == 0 or not doc.lower[i - 1].isalpha():
                    lo, hi = max(a, i - _KEYWORD_LEAD), min(len(doc.lower), i + _KEYWORD_TAIL)
                    matches = doc.finditer(ANCHOR, pos=lo, endpos=hi)
                    found.update(m.start() for m in matches if m.start() <= i < m.end())
                i = doc.lower.find(keyword, i + 1, b)
    return sorted(found)


_LABEL_WORDS = [
    "Media",
    "Press",
    "Investor",
    "Investors",
    "News",
    "Public",
    "Contact",
    "Contacts",
    "contact",
    "Office",
    "Relations",
    "RSVP",
    "Enquiries",
    "Inquiries",
    "For",
    "for",
    "more",
    "further",
    "information",
    "comment",
    "interviews",
    "interview",
    "Please",
    "please",
    "call",
    "Call",
    "ring",
    "phone",
    "Phone",
    "reach",
    "reached",
    "reachable",
    "at",
    "on",
    "the",
    "Jo",
    "Bloggs",
    ":",
    "-",
    "|",
    "é",
    "İ",
    "\n",
]


def test_the_label_shortcuts_never_hide_a_match_the_pattern_makes() -> None:
    # _anchors runs ANCHOR only where the words around a keyword allow a match: a hand-written
    # shadow of the pattern, so this checks it against the pattern alone on label-like word salad.
    rnd = random.Random(11)
    for _ in range(3000):
        words = [rnd.choice(_LABEL_WORDS) for _ in range(rnd.randrange(2, 12))]
        text = "".join(w + rnd.choice(["", " ", "  ", "\t", ": ", ", "]) for w in words)
        doc = Document(text)
        windows = [(0, len(text))]
        assert _anchors(doc, windows) == _anchors_by_pattern_alone(doc, windows), text


def test_the_desk_gap_shortcut_agrees_with_its_pattern() -> None:
    # _gap tells without the pattern what _DESK_GAP's fullmatch allows between two words of a desk
    rnd = random.Random(5)
    pieces = [" ", "\t", "'", "’", "s", "S", "x", ":", ",", "\n", "."]
    for _ in range(5000):
        between = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 7)))
        assert _gap(between) == (between != " " and not _DESK_GAP.fullmatch(between)), repr(between)


def test_the_bracket_shortcut_agrees_with_its_pattern() -> None:
    # _bracket_spans finds with str.find what _BRACKETS' scan finds in a zone
    rnd = random.Random(7)
    for odds in (0.5, 0.05, 0.01):
        for _ in range(2000):
            text = "".join(
                rnd.choice("([)]\n ") if rnd.random() < odds else "x" for _ in range(rnd.randrange(200))
            )
            start = rnd.randrange(len(text) + 1)
            zone = Zone(start, rnd.randrange(start, len(text) + 1))
            expected = [m.span() for m in _BRACKETS.finditer(text, zone.start, zone.end)]
            assert _bracket_spans(text, zone) == expected, (text, zone)


def test_the_handle_shortcut_never_hides_a_handle() -> None:
    # _handle_spans skips _HANDLE only where every '@' stands inside an address and no link is written
    rnd = random.Random(8)
    pieces = ["@", "a", "Z", "9", "_", ".", " ", "\n", "é", "http", "www.", ":", "-"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(12)))
        start = rnd.randrange(len(text) + 1)
        zone = Zone(start, rnd.randrange(start, len(text) + 1))
        expected = [m.span() for m in _HANDLE.finditer(text, zone.start, zone.end)]
        assert _handle_spans(text, zone) == expected, (text, zone)


def test_the_label_line_shortcut_never_hides_a_label() -> None:
    # _may_label says False only where _LABEL_LINE cannot match the line
    rnd = random.Random(9)
    pieces = ["for", "FOR", "For", " ", "\t", ":", "*", "_", "#", ">", "-", "Media", "x", "é", "1"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 10)))
        colon = line.find(":")
        if colon >= 0 and not _may_label(line, 0, colon, len(line)):
            assert _LABEL_LINE.match(line, 0, len(line)) is None, line


def test_the_title_shortcut_never_hides_a_title() -> None:
    # _may_hold_title says False only where neither title pattern can match
    rnd = random.Random(10)
    pieces = [*_TITLE_STEMS, "Spokeswoman", "DIRECTOR", "Vp", "of", " ", ",", "Acme", "ſ", "\n", "x"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6)))
        if not _may_hold_title(line):
            assert TITLE_LINE.fullmatch(line) is None, line
            assert TITLE_AFTER.match(", " + line) is None, line


def test_the_anchor_shortcuts_agree_with_their_patterns() -> None:
    # each _opens_* settles in str tests, on ASCII, what its pattern says at an anchor
    rnd = random.Random(12)
    for _ in range(5000):
        words = [rnd.choice(_LABEL_WORDS) for _ in range(rnd.randrange(1, 6))]
        text = "".join(w + rnd.choice(["", " ", "  ", "\t", ": ", ", ", ":"]) for w in words)
        end = len(text)
        assert _opens_call(text, 0) == (_CALL.match(text, 0) is not None), text
        assert _opens_contact_verb(text, 0) == (_CONTACT_VERB.match(text, 0) is not None), text
        assert _opens_label(text, 0) == (LABEL.match(text, 0) is not None), text
        assert _opens_for_label(text, 0, end) == (FOR_LABEL.match(text, 0, end) is not None), text
