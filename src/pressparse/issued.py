"""The release's own date line (``Date : December 15, 2020``), apart from the dateline.

Read near the top only: a labelled date (``Date:``, ``Posted on``), a date on
a line of its own (a wire's ``March 07, 2019 05:47 PM Eastern Standard
Time``), or the ``date:`` of a front-matter block. The year must be written.
"""

from __future__ import annotations

import regex

from pressparse.dates import DATE, TIME, has_year, parse_date
from pressparse.document import Document, as_document
from pressparse.report import Report, ignore
from pressparse.types import ReleaseDate

TOP = 3000
"""How far into the release (in characters) its own date line may stand."""

_RELEASE_DATE = regex.compile(
    rf"""
    (?:^|\|)[ \t>*_#]{{0,6}}                 # a line start, or after a "Site | " crumb
    (?:(?i:date[d]?|posted|published|issued|released|updated|media[ ]release|press[ ]release
        |news[ ]release|for[ ]immediate[ ]release)(?:[ ]on)?[ \t]{{0,3}}[:|]?[ \t]{{0,3}})?
    "?(?P<date>{DATE})"?
    (?:,?[ \t]{{1,3}}(?:at[ ])?{TIME}                # a wire's timestamp after the date
        (?:[ \t]{{1,3}}(?:\(?[A-Z]{{2,5}}\)?|(?:[A-Z][a-z]{{2,12}}[ ]){{1,3}}Time))?)?
    (?=[ \t]*(?:$|[|,]|[ \t]\p{{Lu}}[\p{{L}} ]{{0,20}}:|[ \t]\d{{1,2}}[ ]min))  # then nothing, or a label
    """,
    regex.VERBOSE | regex.MULTILINE,
)


def find_release_date(text: str | Document, /, *, report: Report = ignore) -> ReleaseDate | None:
    """The release's own date line (``Date : December 15, 2020``), if it states one.

    >>> find_release_date("Media Release\\nWednesday, May 8, 2024\\nA headline").date
    datetime.date(2024, 5, 8)
    """
    doc = as_document(text)
    for m in doc.finditer(_RELEASE_DATE, endpos=min(len(doc.folded), TOP)):
        written = m["date"]
        date = parse_date(written) if has_year(written) else None
        if date is not None:
            start, end = m.span("date")
            return ReleaseDate(date=date, span=(start, end), text=doc.text[start:end])
    return None
