"""The dateline that opens the body, and the release's own date line."""

from __future__ import annotations

from pressparse.document import Document, as_document
from pressparse.report import Report, ignore
from pressparse.types import Dateline, ReleaseDate


def find_dateline(text: str | Document, /, *, report: Report = ignore) -> Dateline | None:
    """The dateline that opens the release body, or ``None`` when it has none."""
    as_document(text)
    return None


def find_release_date(text: str | Document, /, *, report: Report = ignore) -> ReleaseDate | None:
    """The release's own date line (``Date : December 15, 2020``), if it states one."""
    as_document(text)
    return None
