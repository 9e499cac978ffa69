"""Email input: the body, then the sender and sent date as fallbacks."""

from __future__ import annotations

import datetime as dt
import json
import time
from email.message import EmailMessage

import pytest

import pressparse
from pressparse import Pipeline
from pressparse.cli import main
from pressparse.document import Document
from pressparse.email_message import read_message
from pressparse.inputs import parse_message, text_of
from pressparse.report import Report
from pressparse.types import Contact, Dateline, Email, Embargo, Release
from tests.conftest import FIXTURES, assert_spans_slice_back

EMAIL = FIXTURES / "email"


def load(name: str) -> bytes:
    return (EMAIL / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "opening", "left_out"),
    [
        pytest.param(
            "plain-no-date.eml",
            "Harbour Arts Centre announces free summer workshops\n\nThe Harbour Arts Centre will run",
            "Message-ID",
            id="plain-subject-as-headline",
        ),
        pytest.param(
            "multipart-alternative.eml",
            "Greenline adds night buses \u2013 embargoed\n\nEMBARGOED UNTIL 00:01 ET, FEBRUARY 16, 2026\n\n"
            "PORTVILLE, Maine, Feb. 12, 2026 \u2014 Greenline will run buses through the night",
            "HTML VERSION",
            id="multipart-plain-part-preferred",
        ),
        pytest.param(
            "html-only.eml",
            "Quarry Bank museum reopens\n\nThe Quarry Bank museum reopens on Saturday after a two-year "
            'restoration of its caf\u00e9 and galleries.\n\n"We kept every original beam," said curator',
            "margin",
            id="html-part-through-the-html-path",
        ),
    ],
)
def test_the_body_is_read(name: str, opening: str, left_out: str) -> None:
    text = read_message(load(name)).text
    assert text.startswith(opening)
    assert left_out not in text


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        pytest.param(
            "plain-no-date.eml",
            "From: Marisol Quintero <marisol.quintero@harbourarts.example.org>\nSent: March 3, 2026",
            id="name-and-address",
        ),
        pytest.param(
            "multipart-alternative.eml",
            "From: Ferris, Jonah <jonah.ferris@greenline.example.com>\nSent: February 12, 2026",
            id="quoted-name-local-date-not-utc",
        ),
        pytest.param(
            "html-only.eml", "From: press@quarrybank.example.org\nSent: April 20, 2026", id="bare-address"
        ),
    ],
)
def test_the_header_lines_close_the_text(name: str, lines: str) -> None:
    assert read_message(load(name)).text.endswith("\n\n" + lines)


def test_mailto_and_tel_links_in_an_html_body() -> None:
    text = read_message(load("html-only.eml")).text
    assert (
        "Press enquiries: email us <press@quarrybank.example.org> or call the museum (+441614960321)." in text
    )


def test_sent_date_and_sender_fill_in_when_the_body_has_neither() -> None:
    release = pressparse.parse_email(load("plain-no-date.eml"))
    assert release.issued is not None
    assert (release.issued.date, release.issued.text) == (dt.date(2026, 3, 3), "March 3, 2026")
    (contact,) = release.contacts  # the contacts extractor may read the From: line itself
    assert contact.name == "Marisol Quintero"
    assert [e.normalized for e in contact.emails] == ["marisol.quintero@harbourarts.example.org"]
    assert_spans_slice_back(release)


def test_the_sender_is_the_contact_when_the_extractors_find_none() -> None:
    no_contacts = Pipeline().replace(contacts=None)
    release = parse_message(read_message(load("plain-no-date.eml")), no_contacts)
    (contact,) = release.contacts
    assert (contact.name, contact.text) == (
        "Marisol Quintero",
        "Marisol Quintero <marisol.quintero@harbourarts.example.org>",
    )
    assert [e.normalized for e in contact.emails] == ["marisol.quintero@harbourarts.example.org"]
    assert_spans_slice_back(release)


def _dated(text: Document, /, *, report: Report) -> Dateline | None:
    at = text.text.index("PORTVILLE")
    return Dateline("PORTVILLE, Maine", dt.date(2026, 2, 12), None, (at, at + 16), text.text[at : at + 16])


def _contact(text: Document, /, **_: object) -> tuple[Contact, ...]:
    at = text.text.index("Media:")
    return (Contact("Jonah Ferris", (at, at + 6), "Media:"),)


def test_what_the_body_states_wins() -> None:
    pipeline = Pipeline().replace(dateline=_dated, contacts=_contact)
    release = parse_message(read_message(load("multipart-alternative.eml")), pipeline)
    assert release.issued is None, "the body's dateline dates the release"
    assert release.dateline is not None and release.dateline.date == dt.date(2026, 2, 12)
    assert [c.name for c in release.contacts] == ["Jonah Ferris"]


def test_the_sent_date_anchors_the_embargo_when_the_body_dates_nothing() -> None:
    seen: list[dt.date | None] = []

    def embargo(
        text: Document, /, *, issued: dt.date | None, country: str | None, report: Report
    ) -> Embargo | None:
        seen.append(issued)
        return None

    parse_message(read_message(load("plain-no-date.eml")), Pipeline().replace(embargo=embargo))
    assert seen == [dt.date(2026, 3, 3)]


def test_an_address_the_extractor_found_is_reused_in_the_fallback_contact() -> None:
    message = read_message(load("plain-no-date.eml"))
    assert message.address is not None
    start, end = message.address

    def emails(text: Document, /, *, report: Report) -> tuple[Email, ...]:
        return (Email("found@example.org", (start, end), text.text[start:end]),)

    release = parse_message(message, Pipeline().replace(emails=emails))
    assert release.contacts[0].emails == release.emails


def _message(**headers: str) -> bytes:
    message = EmailMessage()
    for key, value in headers.items():
        message[key.replace("_", "-")] = value
    message.set_content("A short body.\n")
    return bytes(message)


@pytest.mark.parametrize(
    ("data", "codes", "text"),
    [
        pytest.param(load("attachment-only.eml"), ["email.no_body"], None, id="attachment-only"),
        pytest.param(
            _message(From="desk@example.org", Date="not a date at all"),
            ["email.date_invalid"],
            "A short body.\n\nFrom: desk@example.org",
            id="bad-date",
        ),
        pytest.param(_message(From="undisclosed"), [], "A short body.", id="sender-without-address"),
        pytest.param(
            b"Content-Type: text/plain; charset=x-no-such\n\nCaf\xe9 opens.\n",
            ["input.encoding"],
            "Caf\u00e9 opens.",
            id="unknown-charset",
        ),
        pytest.param(
            b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nCut off here',
            ["email.malformed"],
            "Cut off here",
            id="unclosed-multipart",
        ),
        pytest.param(b"", ["email.no_body"], "", id="empty"),
    ],
)
def test_damaged_messages_give_problems_not_errors(data: bytes, codes: list[str], text: str | None) -> None:
    release = pressparse.parse_email(data)
    assert [p.code for p in release.problems] == codes
    if text is not None:
        assert release.text == text
    assert_spans_slice_back(release)


def test_parse_email_reads_str_too() -> None:
    data = load("plain-no-date.eml")
    assert pressparse.parse_email(data.decode("utf-8")) == pressparse.parse_email(data)


def test_parse_email_refuses_what_is_not_a_message() -> None:
    with pytest.raises(TypeError, match="bytes"):
        pressparse.parse_email(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["plain-no-date.eml", "multipart-alternative.eml", "html-only.eml"])
def test_command_line_read_release_and_parse_email_agree(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = EMAIL / name
    assert main(["parse", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    release: Release = pressparse.parse_email(path.read_bytes())
    assert record == pressparse.to_record(release, id=path.stem, source=str(path))
    assert pressparse.read_release(path) == release
    assert text_of(str(path), path.read_bytes()).text == release.text


MB = 1_000_000
HOSTILE = {
    "many-senders": b"From: " + b"a@example.org, " * (MB // 15) + b"\n\nBody.",
    "nested-comments": b"From: " + b"(" * MB + b"\n\nBody.",
    "angle-brackets": b"From: " + b"<" * MB + b"\n\nBody.",
    "encoded-words": b"Subject: " + b"=?utf-8?q?a?= " * (MB // 14) + b"\n\nBody.",
    "digits-in-date": b"Date: " + b"1 " * (MB // 2) + b"\n\nBody.",
    "quotes-dots-at": b'From: "' + b'\\". @' * (MB // 5) + b"\n\nBody.",
    "html-comments": b"Content-Type: text/html\n\n" + b"<!--" * (MB // 4),
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_megabyte_finishes(data: bytes) -> None:
    started = time.perf_counter()
    read_message(data)
    assert time.perf_counter() - started < 10
