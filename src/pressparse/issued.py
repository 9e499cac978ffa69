"""The release's own date line (``Date : December 15, 2020``), apart from the dateline.

Read near the top only: a labelled date (``Date:``, ``Posted on``), a date on
a line of its own (a wire's ``January 09, 2018 08:12 AM Eastern Standard
Time``), or the ``date:`` of a front-matter block. The year must be written.
"""

from __future__ import annotations

import regex

from pressparse.dates import DATE, MONTH_NAMES, TIME, WEEKDAY_NAMES, has_year, parse_date
from pressparse.document import Document, as_document
from pressparse.lazy import LazyPattern
from pressparse.lines import first_word, lines
from pressparse.report import Report, ignore
from pressparse.types import ReleaseDate

TOP = 3000
"""How far into the release (in characters) its own date line may stand."""

_RELEASE_DATE = LazyPattern(
    rf"""
    # markup at a line start, or just after a "Site | " crumb, where the library matches (so searched
    # across a run of spaces, a lead is not tried at every space); atomic, as no lead character follows
    (?:(?<![^\n|])(?>[ \t>*_#]{{1,6}})|)
    (?:(?i:date[d]?|posted|published|issued|released|updated|media[ ]release|press[ ]release
        |news[ ]release|for[ ]immediate[ ]release)(?:[ ]on)?[ \t]{{0,3}}[:|]?[ \t]{{0,3}})?
    "?(?P<date>{DATE})"?
    (?:,?[ \t]{{1,3}}(?:at[ ])?{TIME}                # a wire's timestamp after the date
        (?:[ \t]{{1,3}}(?:\(?[A-Z]{{2,5}}\)?|(?:[A-Z][a-z]{{2,12}}[ ]){{1,3}}Time))?)?
    (?=[ \t]*(?:$|[|,]|[ \t]\p{{Lu}}[\p{{L}} ]{{0,20}}:|[ \t]\d{{1,2}}[ ]min))  # then nothing, or a label
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""Tried with ``match`` only where a line (or a crumb) opens with a digit or one of ``_STARTERS``."""

_STARTERS = frozenset(
    {"date", "dated", "posted", "published", "issued", "released", "updated", "media", "press", "news", "for"}
    | {name for month in MONTH_NAMES for name in (month, month[:3], "sept")}
    | {name for day in WEEKDAY_NAMES for name in (day, day[:3], day[:4])}
)
_CRUMBS = 3


def find_release_date(text: str | Document, /, *, report: Report = ignore) -> ReleaseDate | None:
    """The release's own date line (``Date : December 15, 2020``), if it states one.

    >>> find_release_date("Media Release\\nWednesday, May 8, 2024\\nA headline").date
    datetime.date(2024, 5, 8)
    """
    doc = as_document(text)
    for line_start, line_end in lines(doc.folded, 0, min(len(doc.folded), TOP)):
        for pos in _openings(doc.folded, line_start, line_end):
            m = doc.match(_RELEASE_DATE, pos=pos, endpos=line_end)
            date = parse_date(m["date"]) if m and has_year(m["date"]) else None
            if m is not None and date is not None:
                start, end = m.span("date")
                return ReleaseDate(date=date, span=(start, end), text=doc.text[start:end])
    return None


def _openings(text: str, start: int, end: int) -> list[int]:
    """Where on a line a date line could open: its start and just after each crumb bar, if worth a try."""
    bar = text.find("|", start, end)
    if bar < 0:  # most lines: no crumb bar
        return [start] if _worth_trying(text, start, end) else []
    found = [start]
    while bar >= 0 and len(found) <= _CRUMBS:
        found.append(bar + 1)
        bar = text.find("|", bar + 1, end)
    return [pos for pos in found if _worth_trying(text, pos, end)]


def _worth_trying(text: str, start: int, end: int) -> bool:
    pos = start
    while pos < end and text[pos] in ' \t>*_#"':
        pos += 1
    return pos < end and (text[pos].isdigit() or first_word(text, pos, end) in _STARTERS)
