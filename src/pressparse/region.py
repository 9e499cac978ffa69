"""The phone region a release implies when its numbers omit the country code."""

from __future__ import annotations

from pressparse.document import Document, as_document
from pressparse.types import Dateline


def infer_region(text: str | Document, /, *, dateline: Dateline | None = None) -> str | None:
    """The phonenumbers region (``"GB"``) the release implies, or ``None``."""
    as_document(text)
    return dateline.country if dateline is not None else None
