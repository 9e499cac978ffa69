"""Direct quotations and who says them."""

from __future__ import annotations

from pressparse.document import Document, as_document
from pressparse.report import Report, ignore
from pressparse.types import Quote


def find_quotes(text: str | Document, /, *, report: Report = ignore) -> tuple[Quote, ...]:
    """Every attributed or attributable direct quote, in text order."""
    as_document(text)
    return ()
