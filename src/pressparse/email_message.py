"""An email message (``.eml``) to the text the extractors read, and what its headers add.

The standard library's ``email`` package with the modern policy reads the
message: the text/plain body, else the text/html body through the HTML path.
The extracted text is the subject as a headline (unless the body opens with
it), the body, then two lines from the headers::

    From: Jane Doe <press@example.org>
    Sent: March 3, 2026

They come last so they never stand between the headline and the dateline,
and ``Sent:`` (as mail programs print it) is not a release ``Date:`` line,
so the body's own date always wins. The release keeps the sent date and the
sender as fallbacks (see :func:`with_fallbacks`), with spans into these lines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressparse.decoding import decode
from pressparse.types import Contact, Email, Problem, Release, ReleaseDate, Span

if TYPE_CHECKING:
    from email.message import EmailMessage, MIMEPart

_HEADER_CHARS = 998

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class MessageText:
    """The extracted text of a message, and where its sender and date sit in it."""

    text: str
    problems: tuple[Problem, ...] = ()
    sender_name: str | None = None
    sender: Span | None = None
    """The whole ``Name <address>`` after ``From:``."""
    address: Span | None = None
    sent: dt.date | None = None
    sent_span: Span | None = None


def read_message(data: bytes | str, /) -> MessageText:
    """Read an RFC 5322 message and lay out its text."""
    # the email package (and the regexes it compiles) loads on the first message, not on import
    import email  # noqa: PLC0415
    import email.policy  # noqa: PLC0415

    if isinstance(data, str):
        message = email.message_from_string(data, policy=email.policy.default)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        message = email.message_from_bytes(bytes(data), policy=email.policy.default)
    else:
        raise TypeError(f"read_message() takes bytes, not {type(data).__name__}")
    body, problems = _body(message)
    problems += _defects(message)
    name, address = _sender(message)
    sent, date_problems = _sent(message)
    problems += date_problems
    return _layout(_subject(message), body, name=name, address=address, sent=sent, problems=problems)


def _body(message: EmailMessage) -> tuple[str, tuple[Problem, ...]]:
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        if part is None:
            continue
        text, problems = _content(part)
        if kind == "html":
            from pressparse.html_text import html_to_text  # noqa: PLC0415 - see inputs.parse_html

            text = html_to_text(text)
        if text.strip():
            return text.strip(), problems
    return "", (Problem("email.no_body", "the message has no text/plain or text/html body"),)


def _content(part: MIMEPart) -> tuple[str, tuple[Problem, ...]]:
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content, ()
    except (LookupError, UnicodeError, ValueError):
        pass  # an unknown or wrong charset: decode the bytes as plain files are
    payload = part.get_payload(decode=True)
    decoded = decode(payload if isinstance(payload, bytes) else b"")
    return decoded.text, decoded.problems


def _defects(message: EmailMessage) -> tuple[Problem, ...]:
    names = sorted({type(d).__name__ for part in message.walk() for d in part.defects})
    if not names:
        return ()
    return (
        Problem("email.malformed", f"the message is malformed ({', '.join(names)}); read as far as possible"),
    )


def _header(message: EmailMessage, name: str) -> object | None:
    """The first ``name`` header, parsed from at most one line's worth of its raw value.

    The email package's header parser is slow, even recursive, on a
    megabyte-long hostile header; a real sender, subject or date fits in
    RFC 5322's 998-character line.
    """
    import email.policy  # noqa: PLC0415 - loaded already by read_message

    for key, raw in message.raw_items():
        if key.lower() == name:
            header: object = email.policy.default.header_fetch_parse(name, str(raw)[:_HEADER_CHARS])
            return header
    return None


def _subject(message: EmailMessage) -> str:
    return " ".join(str(_header(message, "subject") or "").split())


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    try:
        addresses = getattr(_header(message, "from"), "addresses", ())
    except (TypeError, ValueError, IndexError, RecursionError):
        # RecursionError: the package's parser recurses once per nested "(" comment
        return None, None
    for found in addresses:
        if "@" in found.addr_spec:
            return (" ".join(found.display_name.split()) or None), found.addr_spec
    return None, None


def _sent(message: EmailMessage) -> tuple[dt.date | None, tuple[Problem, ...]]:
    header = _header(message, "date")
    if header is None:
        return None, ()
    when = getattr(header, "datetime", None)
    if isinstance(when, dt.datetime):
        return when.date(), ()  # the date where it was sent, not in UTC
    return None, (Problem("email.date_invalid", f"the Date: header is not a date: {str(header)[:80]!r}"),)


def _layout(
    subject: str,
    body: str,
    *,
    name: str | None,
    address: str | None,
    sent: dt.date | None,
    problems: tuple[Problem, ...],
) -> MessageText:
    text = body
    if subject and not " ".join(body.split()).lower().startswith(subject.lower()):
        text = f"{subject}\n\n{body}" if body else subject
    if text:
        text += "\n\n"  # the header lines follow after a blank line
    sender: Span | None = None
    address_span: Span | None = None
    sent_span: Span | None = None
    if address:
        start = len(text) + len("From: ")
        at = start + len(name) + len(" <") if name else start
        address_span = (at, at + len(address))
        text += f"From: {name} <{address}>\n" if name else f"From: {address}\n"
        sender = (start, len(text) - 1)
    if sent:
        written = f"{_MONTHS[sent.month - 1]} {sent.day}, {sent.year}"
        sent_span = (len(text) + len("Sent: "), len(text) + len("Sent: ") + len(written))
        text += f"Sent: {written}\n"
    return MessageText(text.rstrip("\n"), problems, name, sender, address_span, sent, sent_span)


def with_fallbacks(release: Release, message: MessageText, /) -> Release:
    """The sent date when the body states none, the sender when no contact was found."""
    changes: dict[str, object] = {}
    if message.text != release.text:
        return release  # cut short by max_chars: the header lines are gone
    body_dated = release.issued or (release.dateline and release.dateline.date)
    if not body_dated and message.sent and message.sent_span:
        changes["issued"] = ReleaseDate(message.sent, message.sent_span, _slice(release, message.sent_span))
    if not release.contacts and message.sender and message.address:
        changes["contacts"] = (_sender_contact(release, message, message.sender, message.address),)
    return dataclasses.replace(release, **changes) if changes else release  # type: ignore[arg-type]


def _sender_contact(release: Release, message: MessageText, sender: Span, address: Span) -> Contact:
    found = [e for e in release.emails if e.span == address]
    if found:
        emails = tuple(found)
    else:
        written = _slice(release, address)
        from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415 - see emails._valid

        try:
            emails = (
                Email(validate_email(written, check_deliverability=False).normalized, address, written),
            )
        except EmailNotValidError:
            emails = ()
    return Contact(name=message.sender_name, span=sender, text=_slice(release, sender), emails=emails)


def _slice(release: Release, span: Span) -> str:
    return release.text[span[0] : span[1]]
