"""The release line: for immediate release, or embargoed until an instant."""

from __future__ import annotations

import datetime as dt

from pressparse.document import Document, as_document
from pressparse.report import Report, ignore
from pressparse.types import Embargo


def find_embargo(
    text: str | Document,
    /,
    *,
    issued: dt.date | None = None,
    country: str | None = None,
    report: Report = ignore,
) -> Embargo | None:
    """The embargo or release line, or ``None`` when the release says nothing of timing.

    ``issued`` is the release's own date, for a line that gives only a time;
    ``country`` (ISO 3166) settles ambiguous zone names such as ``IST``.
    """
    as_document(text)
    return None
