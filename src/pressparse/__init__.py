"""pressparse: press releases to typed data.

>>> import pressparse
>>> release = pressparse.parse("LONDON, 5 January 2021 - Hello.")
>>> type(release).__name__
'Release'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pressparse.contacts import find_contacts
from pressparse.dateline import find_dateline, find_release_date
from pressparse.decoding import Decoded, decode
from pressparse.document import Document
from pressparse.emails import find_emails
from pressparse.embargo import find_embargo
from pressparse.errors import ContentError, DecodeError, OptionsError, PressparseError
from pressparse.files import release_from
from pressparse.inputs import parse_email, parse_html
from pressparse.options import Options
from pressparse.phones import find_phones
from pressparse.pipeline import Pipeline
from pressparse.quotes import find_quotes
from pressparse.record import to_record
from pressparse.region import infer_region
from pressparse.types import (
    Contact,
    Dateline,
    Email,
    Embargo,
    Phone,
    Problem,
    Quote,
    Release,
    ReleaseDate,
    Span,
    Speaker,
)

if TYPE_CHECKING:
    from pathlib import Path  # only named in a signature: pathlib costs ~10 ms to import

__version__ = "0.1.0"

_DEFAULT = Pipeline()


def _pipeline(options: dict[str, object]) -> Pipeline:
    return _DEFAULT if not options else Pipeline(options=Options(**options))  # type: ignore[arg-type]


def parse(text: str, /, **options: object) -> Release:
    """Parse one press release. ``options`` are those of :class:`Options`."""
    return _pipeline(options).parse(text)


def parse_many(texts: Iterable[str], /, **options: object) -> Iterator[Release]:
    """Parse releases one by one, streaming; ``options`` as for :func:`parse`."""
    return _pipeline(options).parse_many(texts)


def parse_bytes(data: bytes, /, **options: object) -> Release:
    """Decode then parse; a fallback encoding is recorded as a problem.

    Raises :class:`DecodeError` for a binary file (a PDF, an image).
    """
    decoded = decode(data)
    return _pipeline(options).parse(decoded.text, problems=decoded.problems)


def read_release(path: str | Path, /, **options: object) -> Release:
    """Read a release from a file and parse it (see :func:`parse_bytes`).

    Only as much of the file is read as ``max_chars`` can use, so a huge
    file is cut (problem ``input.truncated``) rather than read whole.
    """
    return release_from(str(path), _pipeline(options))


__all__ = [
    "Contact",
    "ContentError",
    "Dateline",
    "DecodeError",
    "Decoded",
    "Document",
    "Email",
    "Embargo",
    "Options",
    "OptionsError",
    "Phone",
    "Pipeline",
    "PressparseError",
    "Problem",
    "Quote",
    "Release",
    "ReleaseDate",
    "Span",
    "Speaker",
    "__version__",
    "decode",
    "find_contacts",
    "find_dateline",
    "find_emails",
    "find_embargo",
    "find_phones",
    "find_quotes",
    "find_release_date",
    "infer_region",
    "parse",
    "parse_bytes",
    "parse_email",
    "parse_html",
    "parse_many",
    "read_release",
    "to_record",
]
