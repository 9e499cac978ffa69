"""Turn a file's bytes into the text the extractors read, by the file's kind.

Plain text is decoded (see ``decoding``); HTML pages (``.html``, ``.htm``, or
any file that opens with ``<!doctype html`` or ``<html``) go through
``html_text``; email messages (``.eml``) through ``email_message``. The rest
of pressparse only ever sees text. See docs/input-formats.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

from pressparse.decoding import Decoded, decode
from pressparse.document import Document
from pressparse.email_message import MessageText, read_message, with_fallbacks
from pressparse.options import Options
from pressparse.pipeline import EmbargoFinder, Pipeline
from pressparse.report import Report
from pressparse.types import Embargo, Release

Kind = Literal["text", "html", "email"]

_SUFFIXES: dict[str, Kind] = {".html": "html", ".htm": "html", ".xhtml": "html", ".eml": "email"}

# A page saved under another name still says what it is in its first bytes.
_HTML_START = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s{0,200}<(?:!doctype\s{1,20}html|html[\s>])", regex.IGNORECASE
)

# <meta charset="x"> or <meta http-equiv=... content="text/html; charset=x">
_META_CHARSET = regex.compile(
    rb"""
    <meta\b [^>]{0,300}?            # within one meta tag
    \bcharset \s{0,5} = \s{0,5} ["']? \s{0,5}
    ([a-z0-9][a-z0-9_.:-]{0,39})    # the label, as the WHATWG Encoding list spells them
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_SNIFF = 4096


def kind_of(name: str, data: bytes, /) -> Kind:
    """``"html"``, ``"email"`` or ``"text"``: by the name's suffix, else by the first bytes."""
    from pathlib import PurePath  # noqa: PLC0415 - only reading files needs it, not import pressparse

    kind = _SUFFIXES.get(PurePath(name).suffix.lower())
    if kind:
        return kind
    return "html" if _HTML_START.match(data[:_SNIFF]) else "text"


def text_of(name: str, data: bytes, /) -> Decoded:
    """The release text held in ``data``; ``name`` (a path or ``-``) tells its kind."""
    kind = kind_of(name, data)
    if kind == "html":
        from pressparse.html_text import html_to_text  # noqa: PLC0415 - see parse_html

        decoded = decode_html(data)
        return dataclasses.replace(decoded, text=html_to_text(decoded.text))
    if kind == "email":
        message = read_message(data)
        return Decoded(message.text, "email", message.problems)
    return decode(data)


def release_of(name: str, data: bytes, pipeline: Pipeline, /) -> Release:
    """Parse one input of any kind; an email's headers fill in what its body lacks."""
    if kind_of(name, data) == "email":
        return parse_message(read_message(data), pipeline)
    decoded = text_of(name, data)
    return pipeline.parse(decoded.text, problems=decoded.problems)


def parse_message(message: MessageText, pipeline: Pipeline, /) -> Release:
    """Parse a read message: the sent date also anchors an embargo the body dates relatively."""
    if message.sent and pipeline.embargo is not None:
        pipeline = pipeline.replace(embargo=_EmbargoFrom(pipeline.embargo, message.sent))
    release = pipeline.parse(message.text, problems=message.problems)
    return with_fallbacks(release, message)


def decode_html(data: bytes, /) -> Decoded:
    """Decode a page: UTF-8 first, then the charset its ``<meta>`` declares, then Windows-1252."""
    decoded = decode(data)
    if not decoded.problems:
        return decoded
    declared = _META_CHARSET.search(data[:_SNIFF])
    if declared is None:
        return decoded
    label = declared.group(1).decode("ascii").lower()
    # WHATWG: a page labelled Latin-1 is read as Windows-1252, as browsers do
    encoding = "cp1252" if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else label
    try:
        return Decoded(data.decode(encoding), encoding)
    except (LookupError, UnicodeDecodeError):
        return decoded


@dataclass(frozen=True, slots=True)
class _EmbargoFrom:
    """The embargo finder, given the sent date when the body dates nothing."""

    finder: EmbargoFinder
    sent: dt.date

    def __call__(
        self, text: Document, /, *, issued: dt.date | None, country: str | None, report: Report
    ) -> Embargo | None:
        return self.finder(text, issued=issued or self.sent, country=country, report=report)


def parse_html(html: str | bytes, /, **options: object) -> Release:
    """Parse a release page; spans index the extracted text, kept as ``Release.text``.

    >>> release = parse_html("<p>Call <a href='tel:+15555550123'>our desk</a>.</p>")
    >>> release.text
    'Call our desk (+15555550123).'
    """
    # the HTML reader (and the standard library's html.parser) loads with the first page read,
    # not with import pressparse: plain-text parsing never needs it
    from pressparse.html_text import html_to_text  # noqa: PLC0415

    if isinstance(html, (bytes, bytearray)):
        decoded = decode_html(bytes(html))
        return _pipeline(options).parse(html_to_text(decoded.text), problems=decoded.problems)
    if not isinstance(html, str):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    return _pipeline(options).parse(html_to_text(html))


def parse_email(data: bytes | str, /, **options: object) -> Release:
    """Parse a release sent as an email message (the bytes of an ``.eml`` file).

    The body is read, then the ``From:`` and ``Sent:`` lines taken from the
    headers; the sent date is the issue date when the body states none, the
    sender the contact when the body names none.
    """
    return parse_message(read_message(data), _pipeline(options))


def _pipeline(options: dict[str, object]) -> Pipeline:
    return Pipeline(options=Options(**options))  # type: ignore[arg-type]
