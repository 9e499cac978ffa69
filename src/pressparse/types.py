"""The result types: frozen, slotted, picklable dataclasses.

Every found item keeps the exact ``text`` it was read from and its ``span``
(start, end) into the original input, so ``release.text[start:end] == text``.
The one exception is a quote that runs across paragraphs: its ``text`` joins
its ``parts`` with one space, and each part's span slices back on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Span = tuple[int, int]
"""Start and end offsets into the original text, as for ``str`` slicing."""

EmbargoStatus = Literal["immediate", "embargoed"]
PhoneKind = Literal["mobile", "fax", "toll_free", "landline", "unknown"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the content that could not be parsed as written.

    ``code`` is stable and meant for programs (``"embargo.zone_unknown"``);
    ``message`` is for people.
    """

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and often date and wire service) that opens the body.

    ``location`` is the place as written (``"ST. PAUL, Minn."``); ``city``,
    ``region`` and ``country`` (ISO 3166-1 alpha-2) are filled where known.
    """

    location: str
    date: dt.date | None
    wire: str | None
    span: Span
    text: str
    city: str | None = None
    region: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ReleaseDate:
    """The release's own date line (``Date : December 15, 2020``), apart from the dateline."""

    date: dt.date
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Embargo:
    """The release line: immediate, or embargoed until an instant.

    ``until`` is an aware ``datetime`` when the line names a zone, a naive
    ``datetime`` when it gives a time without one (recorded as a problem),
    a ``date`` when it gives only a date, and ``None`` when it gives neither.
    """

    status: EmbargoStatus
    until: dt.datetime | dt.date | None
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who says a quote: the fullest form of the name in the release.

    ``span`` and ``text`` are the mention the attribution used, which may be
    a surname or a pronoun (``"he"``) while ``name`` is the resolved name.
    """

    name: str
    span: Span
    text: str
    title: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the words inside the marks, with their speaker.

    ``parts`` holds one span per paragraph for a quote that runs on across
    paragraphs; ``text`` is the parts joined with one space.
    """

    text: str
    span: Span
    parts: tuple[Span, ...]
    speaker: Speaker | None = None
    cue: str | None = None
    cue_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Phone:
    """A telephone or fax number, ``e164`` without the extension."""

    e164: str
    span: Span
    text: str
    extension: str | None = None
    kind: PhoneKind = "unknown"
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Email:
    """An email address; ``normalized`` as email-validator gives it."""

    normalized: str
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Contact:
    """A press, media or investor contact: a person or a desk.

    ``span`` and ``text`` cover the lines the contact was read from.
    """

    name: str | None
    span: Span
    text: str
    title: str | None = None
    organization: str | None = None
    location: str | None = None
    languages: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()
    handles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Release:
    """Everything pressparse found in one press release, in text order."""

    text: str
    dateline: Dateline | None = None
    issued: ReleaseDate | None = None
    embargo: Embargo | None = None
    quotes: tuple[Quote, ...] = ()
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()
    contacts: tuple[Contact, ...] = ()
    problems: tuple[Problem, ...] = ()
