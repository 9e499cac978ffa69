"""Emails: plain, linked, wrapped and obfuscated addresses; placeholders are not addresses."""

from __future__ import annotations

import random

import pytest
from email_validator import EmailNotValidError, validate_email

from pressparse.document import Document
from pressparse.emails import _simple_normalized, find_emails
from pressparse.errors import PatternTimeout
from pressparse.types import Problem

FORMS = [
    ("plain", "Email: press@example.org", ["press@example.org"], ["press@example.org"]),
    (
        "trailing-full-stop",
        "or write to jo.bloggs@example.com.",
        ["jo.bloggs@example.com"],
        ["jo.bloggs@example.com"],
    ),
    (
        "trailing-comma-semicolon",
        "ann@example.org, bob@example.org; end",
        ["ann@example.org", "bob@example.org"],
        ["ann@example.org", "bob@example.org"],
    ),
    ("domain-case-folded", "Ann.Lee@Example.COM", ["Ann.Lee@example.com"], ["Ann.Lee@Example.COM"]),
    ("mailto-angle", "<mailto:desk@example.net>", ["desk@example.net"], ["desk@example.net"]),
    (
        "markdown-link-counts-once",
        "[jo@example.org](mailto:jo@example.org)",
        ["jo@example.org"],
        ["jo@example.org"],
    ),
    (
        "markdown-emphasis",
        "_media@example.org_ _, 503-555-0101_",
        ["media@example.org"],
        ["media@example.org"],
    ),
    (
        "wrapped-after-dot",
        "Write to jo.bloggs@example.\norg today",
        ["jo.bloggs@example.org"],
        ["jo.bloggs@example.\norg"],
    ),
    (
        "wrapped-after-at",
        "Write to jo.bloggs@\nexample.org today",
        ["jo.bloggs@example.org"],
        ["jo.bloggs@\nexample.org"],
    ),
    (
        "line-end-is-not-a-wrap",
        "Email jo@example.org\nNext paragraph.",
        ["jo@example.org"],
        ["jo@example.org"],
    ),
    ("bracket-at-dot", "Email: jo [at] example [dot] org", ["jo@example.org"], ["jo [at] example [dot] org"]),
    ("paren-at", "jo(at)example.org", ["jo@example.org"], ["jo(at)example.org"]),
    ("cc-tld", "media@agency.gov.au", ["media@agency.gov.au"], ["media@agency.gov.au"]),
    (
        "glued-to-name-and-title",
        "Contact:Jo BloggsCEOinvestors@example.com",
        ["investors@example.com"],
        ["investors@example.com"],
    ),
    ("unicode-local", "José@example.org", ["José@example.org"], ["José@example.org"]),
    ("placeholder-is-not-an-address", "Email: [email protected]", [], []),
    ("handle-is-not-an-address", "Follow @ExampleNews on X", [], []),
]


@pytest.mark.parametrize(("text", "normalized", "written"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_each_form_gives_the_normalized_address_and_the_written_span(
    text: str, normalized: list[str], written: list[str]
) -> None:
    found = find_emails(text)
    assert [e.normalized for e in found] == normalized
    assert [e.text for e in found] == written
    for e in found:
        assert text[e.span[0] : e.span[1]] == e.text


def test_placeholder_is_not_reported_as_a_problem() -> None:
    problems: list[Problem] = []
    assert find_emails("Email: [email protected]", report=problems.append) == ()
    assert problems == []


def test_a_broken_address_is_reported_not_returned() -> None:
    problems: list[Problem] = []
    assert find_emails("write to jo.bloggs@example.123", report=problems.append) == ()
    assert [p.code for p in problems] == ["email.invalid"]


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 1_000_000,
        "a." * 500_000,
        "a@" * 500_000,
        "a@b." * 250_000,
        "jo [at] " * 120_000,
        "@" * 1_000_000,
    ],
    ids=["letters", "dots", "ats", "at-dots", "obfuscated", "bare-ats"],
)
def test_hostile_input_finishes(hostile: str) -> None:
    try:
        find_emails(Document(hostile, timeout=5.0))
    except PatternTimeout:
        pytest.fail("an email pattern ran past its time limit")


_ADDRESS_PARTS = [
    "info",
    "INFO",
    "Sales",
    "xn",
    "test",
    "local",
    "arpa",
    "onion",
    "com",
    "uk",
    "www",
    "Postmaster",
]


def _address_part(rnd: random.Random, chars: str) -> str:
    if rnd.random() < 0.4:
        return rnd.choice(_ADDRESS_PARTS)
    if rnd.random() < 0.05:
        return rnd.choice(chars[:4]) * rnd.choice([61, 63, 64, 65, 130])
    return "".join(rnd.choice(chars) for _ in range(rnd.randrange(6)))


def _library(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def test_a_plain_address_is_normalized_as_email_validator_does() -> None:
    rnd = random.Random(14)
    shortcuts = 0
    for _ in range(20_000):
        plain = rnd.random() < 0.9
        local_chars, domain_chars = ("aZ09_+-", "aZ09-Q") if plain else ("aZ09_+-'!é", "aZ09-Q_é")
        local = ".".join(_address_part(rnd, local_chars) for _ in range(rnd.randint(1, 3)))
        domain = ".".join(_address_part(rnd, domain_chars) for _ in range(rnd.randint(1, 4)))
        address = f"{local}@{domain}".strip(".")
        got = _simple_normalized(address)
        if got is not None:
            shortcuts += 1
            assert got == _library(address), address
    assert shortcuts > 2_000
