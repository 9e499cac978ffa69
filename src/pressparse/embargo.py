"""The release line: for immediate release, or embargoed until an instant.

An embargo line is read where releases put it: at the start of a line
(``EMBARGOED UNTIL 00:01 BST, THURSDAY 10 OCTOBER 2024``, ``HOLD FOR
RELEASE: ...``, ``NOT TO BE PUBLISHED OR BROADCAST BEFORE 8.15 p.m.``), at
the top or the bottom. Prose that merely says "release" or "embargo" is not
one, and neither is a publication timestamp (``Publish time: 3:12pm``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from pressparse.dates import (
    DATE,
    MILITARY,
    MONTH,
    TIME,
    WEEKDAY,
    has_year,
    parse_date,
    parse_time,
    weekday_of,
)
from pressparse.document import Document, as_document
from pressparse.lazy import LazyPattern
from pressparse.report import Report, ignore
from pressparse.types import Embargo, Problem
from pressparse.zones import ZONE, read_zone

_LEAD = r"[ \t>*_#•-]{0,6}(?:(?i:note)[ ]?:[ \t]{0,3})?"
_WHEN_FOLLOWS = rf"""(?:(?i:on|at)[ ])?
    (?:\d|{WEEKDAY}|{MONTH}|(?i:midnight|noon|tomorrow|today|tonight|embargo))"""

_IMMEDIATE = LazyPattern(
    rf"""
    {_LEAD}
    (?i:for[ \t]{{1,3}}immediate[ \t]{{1,3}}(?:press[ ]|media[ ]|public[ ])?release
      | immediate[ \t]{{1,3}}release | (?:for[ ])?release[ ]immediately | no[ ]embargo | not[ ]embargoed
      | for[ ]release[ ](?:by|to)[ ](?:the[ ])?(?:press|media)
      | for[ ]immediate[ ](?:distribution|publication|use))
    (?=[ \t]*(?:$|[:|,.-]|[ \t]{{2}}))                                 # a label, not a sentence
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_EMBARGO = LazyPattern(
    rf"""
    {_LEAD}(?:(?i:strictly)[ ])?
    (?:
        (?i:under[ ]embargo|embargo(?:ed)?(?:[ ](?:date|time|notice))?)
            (?=[ \t]*(?::|$|[ \t](?i:until|till|til|to|before|for[ ](?:release|publication|broadcast))
                |[ \t]{{1,3}}{_WHEN_FOLLOWS}))
      | (?i:hold[ ](?:for[ ]release|until))
      | (?i:not[ ](?:to[ ]be[ ]|for[ ])(?:published|publication|broadcast|released?|used|aired)
            (?:[ ](?:or|and|/)[ ](?:published|publication|broadcast|used|quoted|aired)){{0,2}}
            [ ](?:before|until|prior[ ]to))
      | (?i:for[ ]release)(?=[ \t]{{0,3}}:?[ \t]{{0,3}}(?:(?i:at|on|after|from)[ ])?(?:\d|{WEEKDAY}|{MONTH}))
    )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
"""An embargo label at the start of a line (tried with ``match`` on lines that hold a keyword)."""

_EMBARGO_MIDLINE = regex.compile(
    r"(?-i:EMBARGOED|Embargoed|UNDER EMBARGO|Under embargo)[ ](?i:until|till|for[ ]release|for[ ]publication)"
)
"""A capitalised embargo label run on after other words on its line."""

# Every label holds one of these words; finding them with str.find on the lower-case view is
# far faster than the labels, or than a case-blind pattern per word.
_KEYWORDS = ("embargo", "release", "publi", "broadcast", "immediate", "hold")
# Words each label needs somewhere on its line: a line without them is not tried at all.
_EMBARGO_NEEDS = ("embargo", "hold ", "not ", "for release")
_IMMEDIATE_NEEDS = ("immediate", "embargo", "for release")
_NEXT_LINE = regex.compile(r"[ \t]{0,40}\n(?:[ \t]{0,40}\n){0,3}[ \t]{0,40}(?P<line>[^\n]{1,200})")
_STRIP = "|\n \t>*_#•-"
_CONTINUES = LazyPattern(
    rf"""(?:(?i:on|at|until|before|from)[ ,]{{1,3}})?(?:{TIME}|{DATE})
        | (?i:not[ ](?:to[ ]be[ ]|for[ ]))""",
    regex.VERBOSE,
)
_TIME = LazyPattern(rf"{TIME}|{MILITARY}(?=[ ]?(?:(?i:h|hrs|hours)\b|{ZONE}))", regex.VERBOSE)
# The lookahead fails fast where no zone can start: without it a run of
# spaces costs every zone alternative at every position (5 s a megabyte).
_ZONE_AFTER = LazyPattern(
    rf"(?=[ \t]{{0,4}}[.(\p{{L}}])[ \t]{{0,2}}(?i:h|hrs|hours)?\.?[ \t]{{0,2}}\(?(?P<zone>{ZONE})\)?",
    regex.VERBOSE,
)
_DATE = LazyPattern(DATE, regex.VERBOSE)
_RELATIVE = regex.compile(r"(?i)\b(?P<day>today|tonight|tomorrow)\b")
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1}
_MAX_LINE = 240


@dataclass(frozen=True, slots=True)
class _Line:
    """The embargo line(s) as found: where they are and the folded text to read the instant from."""

    start: int
    end: int
    body: str


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

    >>> find_embargo("EMBARGOED UNTIL 11:00 A.M. ET, TUESDAY, JULY 16, 2024\\nHeadline").until
    datetime.datetime(2024, 7, 16, 11, 0, tzinfo=zoneinfo.ZoneInfo(key='America/New_York'))
    """
    doc = as_document(text)
    embargo, immediate = _labels(doc)
    if embargo is not None:
        line = _embargo_line(doc, embargo)
        until = _Instant(line, issued=issued, country=country, report=report).until()
        return Embargo("embargoed", until, (line.start, line.end), doc.text[line.start : line.end])
    if immediate is None:
        return None
    start = _label_start(immediate)
    return Embargo("immediate", None, (start, immediate.end()), doc.text[start : immediate.end()])


def _labels(doc: Document) -> tuple[regex.Match[str] | None, regex.Match[str] | None]:
    """The first embargo label and the first immediate-release label; an embargo anywhere wins."""
    immediate = None
    for start, end in _keyword_lines(doc):
        line = doc.lower[start:end]
        embargo = None
        if any(word in line for word in _EMBARGO_NEEDS):
            embargo = doc.match(_EMBARGO, pos=start, endpos=end)
        if embargo is None and "embargo" in line:
            embargo = doc.search(_EMBARGO_MIDLINE, pos=start, endpos=end)
        if embargo is not None:
            return embargo, None
        if immediate is None and any(word in line for word in _IMMEDIATE_NEEDS):
            immediate = _immediate_on(doc, start, end)
    return None, immediate


def _immediate_on(doc: Document, start: int, end: int) -> regex.Match[str] | None:
    """An immediate-release label opening the line, or after a "Site | " crumb on it."""
    found = doc.match(_IMMEDIATE, pos=start, endpos=end)
    bar = doc.folded.find("|", start, end)
    while found is None and bar >= 0:
        found = doc.match(_IMMEDIATE, pos=bar + 1, endpos=end)
        bar = doc.folded.find("|", bar + 1, end)
    return found


def _keyword_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines, in order, that hold a word every release label needs."""
    text, lower = doc.folded, doc.lower
    found: dict[int, int] = {}
    for keyword in _KEYWORDS:
        hit = lower.find(keyword)
        while hit >= 0:
            line_start = text.rfind("\n", 0, hit) + 1
            line_end = text.find("\n", hit)
            line_end = len(text) if line_end < 0 else line_end
            found[line_start] = line_end
            hit = lower.find(keyword, line_end)  # this line is taken: on to the next
    return sorted(found.items())


def _label_start(m: regex.Match[str]) -> int:
    """Where the label's words begin, after the markup the pattern allowed before them."""
    return m.start() + len(m.group()) - len(m.group().lstrip(_STRIP))


def _embargo_line(doc: Document, m: regex.Match[str]) -> _Line:
    """The embargo label's line, with the lines it runs on to when the instant continues there."""
    start = _label_start(m)
    end = doc.folded.find("\n", start)
    end = len(doc.folded) if end < 0 else end
    end = min(end, start + _MAX_LINE)
    body = doc.folded[start:end]
    for _ in range(2):
        if _TIME.search(body) and (_DATE.search(body) or _RELATIVE.search(body)):
            break
        more = doc.match(_NEXT_LINE, pos=end)
        if more is None or not _CONTINUES.match(more["line"].strip()):
            break
        end = more.end("line")
        body = doc.folded[start:end]
    while end > start and doc.folded[end - 1] in " \t":
        end -= 1
    return _Line(start, end, doc.folded[start:end])


class _Instant:
    """Reads the instant an embargo line names, reporting what it had to leave open."""

    def __init__(self, line: _Line, *, issued: dt.date | None, country: str | None, report: Report) -> None:
        self.line, self.issued, self.country, self.report = line, issued, country, report

    def problem(self, code: str, message: str) -> None:
        self.report(Problem(code, message, (self.line.start, self.line.end)))

    def until(self) -> dt.datetime | dt.date | None:
        body = self.line.body
        time_m = _TIME.search(body)
        time = parse_time(time_m.group()) if time_m else None
        date = self.date(body, exclude=time_m.span() if time_m else None)
        if time is None or time_m is None:
            return date  # a date alone, or nothing pinned down ("EMBARGOED UNTIL DELIVERY")
        date = date or self.issued  # a time alone takes the release's own date
        if date is None:
            self.problem("embargo.no_date", "the embargo gives a time but no date; the release states none")
            return None
        wall = dt.datetime.combine(date, time)
        zone_m = _ZONE_AFTER.match(body, time_m.end())
        if zone_m is None:
            self.problem("embargo.no_zone", "the embargo gives a time without a time zone")
            return wall
        reading = read_zone(zone_m["zone"], wall, country=self.country)
        if reading.code and reading.message:
            self.problem(reading.code, reading.message)
        return wall if reading.tzinfo is None else wall.replace(tzinfo=reading.tzinfo)

    def date(self, body: str, *, exclude: tuple[int, int] | None) -> dt.date | None:
        """The date written (its year from the release's date if left out), else a relative day, else None."""
        for m in _DATE.finditer(body):
            if exclude and m.start() < exclude[1] and exclude[0] < m.end():
                continue
            return self.written_date(m.group())
        relative = _RELATIVE.search(body)
        if relative and self.issued:
            return self.issued + dt.timedelta(days=_RELATIVE_DAYS[relative["day"].lower()])
        return None

    def written_date(self, written: str) -> dt.date | None:
        date = self.calendar_date(written)
        day = weekday_of(written)
        if date is not None and day is not None and day != date.weekday():
            self.problem(
                "embargo.weekday_contradicts_date",
                f"the embargo says {written.strip()!r}, but {date:%d %B %Y} is a {date:%A}",
            )
        return date

    def calendar_date(self, written: str) -> dt.date | None:
        if has_year(written):
            return parse_date(written)
        if self.issued is None:
            self.problem(
                "embargo.no_year",
                f"the embargo date {written.strip()!r} has no year; the release states none",
            )
            return None
        date = parse_date(written, year=self.issued.year)
        # An embargo lifts after the release is written: a January date in a December release is next year.
        if date is not None and date < self.issued - dt.timedelta(days=180):
            date = parse_date(written, year=self.issued.year + 1)
        return date
