"""The dateline that opens the release body: place, date, wire service and country.

The forms are those of the wire services and of AP style:
``WASHINGTON, Jan. 5, 2021 /PRNewswire/ --``, ``SEOUL--(BUSINESS WIRE)--``,
``VANCOUVER, British Columbia, June 2, 2024 (GLOBE NEWSWIRE) --``,
``AUSTIN, TX / ACCESSWIRE / April 14, 2024 /``, ``(Seoul, December 15, 2020) -``,
``EDINBURGH, 9 October 2024 -``, ``EUGENE, Ore. --``. A place with neither
date nor wire must be one the gazetteer knows, so a heading is never taken
for a dateline; a release without one (many government releases) gets ``None``.
"""

from __future__ import annotations

import datetime as dt

import regex

from pressparse.dates import DATE, MONTH, TIME, WEEKDAY, has_year, parse_date
from pressparse.document import Document, as_document
from pressparse.gazetteer import resolve
from pressparse.issued import find_release_date
from pressparse.lazy import LazyPattern
from pressparse.lines import lines
from pressparse.report import Report, ignore
from pressparse.types import Dateline, Problem
from pressparse.vocab.places import NOT_PLACES
from pressparse.vocab.wires import WIRE_PATTERN, WIRES

__all__ = ["find_dateline", "find_release_date"]

WINDOW = 5000
"""How far past the top (and any front matter) the dateline may open the body, in characters."""

# A place word: capitalised, dots for AP abbreviations (ST., N.Y.), inner hyphens only.
_WORD = r"\p{Lu}(?:[\p{L}\p{M}.']|-(?=\p{L})){0,24}"
_LINK = r"(?:de|da|del|do|dos|das|di|du|am|an|der|den|im|upon|on|sur|la|le|les|of|y|el)"
_NAME = rf"{_WORD}(?:[ ](?:{_LINK}[ ])?{_WORD}){{0,4}}"
# After a comma comes a state or country, never a month or weekday (that is the date), so the
# place can be matched atomically: no backtracking into it, which keeps a failed line cheap.
_PART = rf"[ ]{{0,2}},[ ]{{1,3}}(?!{MONTH}|{WEEKDAY}){_NAME}"
# A place starts a word: searched across a text (never done in use, but done by the hostile
# tests), a start at every capital inside a word of capitals cost twenty seconds a megabyte.
_PLACE = rf"""(?<![\p{{L}}\p{{M}}])(?>{_NAME}(?:{_PART}){{0,2}}
    (?:[ ](?:and|&)[ ]{_NAME}(?:{_PART}){{0,2}})?)"""

_SEP = r"[ \t]{0,3}(?:,|-{1,3}|/|\|)[ \t]{0,3}"
# The date stands in six places, written out in each: a call to one defined group ((?&name))
# cost the regex module six times as much per match (60 against 10 us a line), which far outweighs
# the ~20 ms more it takes to compile once, on first use.
_DATE = f"(?:{DATE})"
_WIRE_MARK = rf"""[ \t]{{0,3}}
    [(/\[][ ]?(?P<wire>{WIRE_PATTERN})                     # (BUSINESS WIRE), /PRNewswire/, [Wire](url)
    (?:[ \t]{{0,3}}-{{1,3}}[ \t]{{0,3}}(?P<date>{_DATE}))?  # (Newsfile Corp. - May 5, 2024)
    [ ]?(?:[)/]|\]\([^)\s]{{1,300}}\))"""
_SEGMENTS = rf"""(?:
      {_SEP}(?P<date>{_DATE})(?:,?[ \t]{{1,3}}(?:at[ ])?{TIME}(?:[ \t]{{1,3}}\(?\p{{Lu}}{{2,5}}\)?)?)?
    | [ \t]{{0,3}}\((?P<date>{_DATE})\)                     # GENEVA (14 June 2024) -
    | (?:[ \t]{{0,3}}-{{1,3}})?{_WIRE_MARK}(?:[ \t]{{1,3}}(?P<date>{_DATE}))?   # (PRWEB) March 5, 2024
    | {_SEP}(?P<wire>{WIRE_PATTERN})(?:[ ]\([^()\n]{{1,80}}\))?  # a wire named between separators
    ){{0,3}}"""
_END = r"""(?P<end>
      [ \t]{0,3}(?:-{1,3}|:|/|\|)      # the dash (or colon, slash) that ends a dateline
    | [ \t]{0,2},[ \t]{0,3}(?=\n)      # "Miami, Florida," with the body on the next line
    | [ \t]{0,3}(?=\n|\Z)              # a line of its own
    )"""
# Markup before a dateline (indent, quote marks, Markdown) stands only at a line's start, which is
# where the library matches with a lead; a dateline matched mid-line starts at its capital. Held to
# line starts, a search across a text no longer reads every place twice (from the space before it,
# and from its capital): 40% fewer steps on a run of capitalised words. Atomic: what follows a lead
# is "(" or a capital, never a lead character, so giving one back can never help.
_LEAD = r"(?:(?<![^\n])(?>[ \t>*_#]{1,6})|)"

_DATELINE = LazyPattern(
    rf"""
    {_LEAD}(?:
        \((?P<wire>{WIRE_PATTERN})\)[ \t]{{0,3}}-{{1,3}}[ \t]{{0,3}}     # (NewMediaWire) - date - PLACE -
            (?P<date>{_DATE})[ \t]{{0,3}}-{{1,3}}[ \t]{{0,3}}
            (?P<place>{_PLACE})(?P<end>[ \t]{{0,3}}(?:-{{1,3}}|:))
      # One place for both forms below (it is the other costly part): "(" can only open the first,
      # a capital only the second, so choosing by the parenthesis tries exactly what trying both would.
      | (?P<paren>\()?(?P<place>{_PLACE})
        (?(paren)
            (?:,[ \t]{{0,3}}(?P<date>{_DATE}))?\)              # (Seoul, December 15, 2020) -
            (?P<end>[ \t]{{0,3}}(?:-{{1,3}}|:))
          | {_SEGMENTS}{_END}                                   # PLACE, date /WIRE/ --
        )
    )
    """,
    regex.VERBOSE,
)
"""A dateline opening a line (tried with ``match`` at line starts); compiled on first use (see ``lazy``)."""

_CAPS_START = regex.compile(r"(?<![\p{L}\p{N}.,'])\p{Lu}[\p{Lu}.]")
"""Where a run-on wire dateline's all-caps place may begin (it is then read with ``_DATELINE``)."""

_SHORT = 400
"""A release this short may open anywhere in it: the half-way rule needs length to mean anything."""

_SHORT_LINE = 100
"""A line longer than this is tried only if a dateline's punctuation comes within this many characters."""

_SHORTEST = 3
_LEAD_MARKS = " \t>*_#"
_MOST_LEAD = 6
_LONGEST_WORD = 30
_PUNCTUATION = regex.compile(r"[-:/|(]")
_LOOK_BACK = 200

_REACH = 400
"""How far a dateline that starts inside the window may run past it."""

_FRONT_MATTER = regex.compile(r"\A[ \t\n]{0,20}---[ \t]*\n(?:.{0,400}\n){0,40}?---[ \t]*\n")
_DASH_NEXT = regex.compile(r"[ \t]{0,3}\n[ \t]{0,3}-{1,3}")
_TIGHT_DASH = regex.compile(r"(?<=[\p{L}.])[\u2013\u2014](?=\p{Lu})")  # a sentence starts after it
_SPACED_DASH = regex.compile(r"[ \t]{1,40}-|-{2}|-[ \t]|[ \t]{0,40}\n|,|:")
_FIRST_WORD = regex.compile(r"[\p{L}']+")


def find_dateline(text: str | Document, /, *, report: Report = ignore) -> Dateline | None:
    """The dateline that opens the release body, or ``None`` when it has none.

    >>> d = find_dateline("Headline\\nST. PAUL, Minn. -- The board voted today.")
    >>> d.location, d.country, d.region
    ('ST. PAUL, Minn.', 'US', 'MN')
    """
    doc = as_document(text)
    front = doc.search(_FRONT_MATTER)
    start = front.end() if front else 0
    # A place and date in the second half is a sign-off ("BRISBANE, 19 September 1988"), not an opening.
    end = min(len(doc.folded), start + WINDOW, max(start + _SHORT, (start + len(doc.folded)) // 2))
    found = _first_at_line_start(doc, start, end)
    wired = _first_wired_midline(doc, start, found.start() if found else end)
    match = wired or found
    return None if match is None else _dateline(doc, match, report)


def _first_at_line_start(doc: Document, start: int, end: int) -> regex.Match[str] | None:
    text = doc.folded
    for line_start, line_end in lines(text, start, end):
        if not _worth_trying(text, line_start, line_end):
            continue
        m = doc.match(_DATELINE, pos=line_start, endpos=min(len(text), line_end + _REACH))
        if m is not None and _plausible(doc, m):
            return m
        m = _before_tight_dash(doc, line_start, line_end)
        if m is not None:
            return m
    return None


def _before_tight_dash(doc: Document, start: int, end: int) -> regex.Match[str] | None:
    """``NEW YORK—Acme Corp. said``: an em or en dash with no spaces, which folding makes a hyphen.

    The original text tells the dash from a hyphen inside a name (Winston-Salem), so the place
    is read up to that dash and accepted as if the dash ended it.
    """
    stop = min(end, start + _SHORT_LINE)
    # Two finds cost less than the search they spare on the many lines without either dash.
    if doc.text.find("\u2013", start, stop) < 0 and doc.text.find("\u2014", start, stop) < 0:
        return None
    dash = _TIGHT_DASH.search(doc.text, start, stop)
    if dash is None:
        return None
    m = doc.match(_DATELINE, pos=start, endpos=dash.start())
    if m is None or m.end() != dash.start() or not _plausible(doc, m, dash_follows=True):
        return None
    return m


def _worth_trying(text: str, start: int, end: int) -> bool:
    """A cheap look before the costly pattern: a capital or "(" first, not a sentence's first word,
    and a dateline's dash, colon, slash or parenthesis early in a long line."""
    if end - start < _SHORTEST:
        return False
    pos = _opening(text, start, end)
    return pos >= 0 and (
        end - pos <= _SHORT_LINE or _PUNCTUATION.search(text, pos, pos + _SHORT_LINE) is not None
    )


def _opening(text: str, start: int, end: int) -> int:
    """Where the line's first capital or "(" stands after up to six marks of markup, -1 if it has none
    or opens with a word that is no place. Written out: a regex call per line cost more than this loop."""
    pos = start
    while pos < end and pos - start <= _MOST_LEAD and text[pos] in _LEAD_MARKS:
        pos += 1
    if pos >= end or pos - start > _MOST_LEAD:
        return -1
    first = text[pos]
    if first in "([":
        return pos
    if not (first.isupper() and first.isalpha()):  # \p{Lu}
        return -1
    stop = pos + 1
    while stop < end and stop - pos <= _LONGEST_WORD and (text[stop].isalpha() or text[stop] == "'"):
        stop += 1
    return -1 if text[pos:stop].lower() in NOT_PLACES else pos


def _first_wired_midline(doc: Document, start: int, end: int) -> regex.Match[str] | None:
    """A wire dateline run on after the headline: looked for only on lines that name a wire."""
    text = doc.folded
    done = start
    hit = doc.lower.find("wire", start, end)
    while hit >= 0:
        # The place stands just before the wire: look back a bounded stretch of the same line.
        line_start = max(text.rfind("\n", max(0, hit - _LOOK_BACK), hit) + 1, hit - _LOOK_BACK, done)
        done = min(len(text), hit + 4 + _REACH)
        for caps in doc.finditer(_CAPS_START, pos=line_start, endpos=done):
            m = doc.match(_DATELINE, pos=caps.start(), endpos=done)
            if m is not None and m["wire"] and _all_caps(m["place"]) and _plausible(doc, m):
                return m
        hit = doc.lower.find("wire", done, end)
    return None


def _plausible(doc: Document, m: regex.Match[str], *, dash_follows: bool = False) -> bool:
    """Whether a match is a dateline rather than a heading, a label or a sentence."""
    place = m["place"]
    first = _FIRST_WORD.match(place)
    if first is None or first.group().lower() in NOT_PLACES or len(place.split()) > 10:
        return False
    if m["wire"]:
        return True
    if m["date"]:
        return _all_caps(place) or resolve(place).known
    return resolve(place).known and (dash_follows or _dash_ends(doc, m))


def _dash_ends(doc: Document, m: regex.Match[str]) -> bool:
    """A bare place needs the dateline's dash: spaced or doubled, or opening the next line."""
    ending = m["end"]
    if ending.strip(" \t") or ending.startswith(","):
        return bool(_SPACED_DASH.match(ending)) and not ending.rstrip().endswith((":", "/", "|"))
    return doc.match(_DASH_NEXT, pos=m.end()) is not None


def _all_caps(place: str) -> bool:
    head = place.split(",", maxsplit=1)[0]
    letters = [c for c in head if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _dateline(doc: Document, m: regex.Match[str], report: Report) -> Dateline:
    place_start, place_end = m.span("place")
    location = doc.text[place_start:place_end].rstrip(" ,")
    where = resolve(location)
    start = min(place_start, m.start("wire") if m["wire"] else place_start)
    start = min(start, m.start("date") if m["date"] else start)
    if doc.folded[start - 1 : start] == "(":
        start -= 1
    end = m.end("end")
    if doc.text[end : end + 1] in ("\u2013", "\u2014"):
        end += 1  # the tight dash the place was read up to
    return Dateline(
        location=location,
        date=_date(doc, m, report),
        wire=_wire(m["wire"]),
        span=(start, end),
        text=doc.text[start:end],
        city=where.city,
        region=where.region,
        country=where.country,
    )


def _date(doc: Document, m: regex.Match[str], report: Report) -> dt.date | None:
    """The dateline's date; one written without a year takes the year of the release's own date."""
    written = m["date"]
    if not written:
        return None
    if has_year(written):
        return parse_date(written)
    issued = find_release_date(doc)
    if issued is None:
        message = f"the dateline date {written.strip()!r} has no year, and the release states no date"
        report(Problem("dateline.no_year", message, m.span("date")))
        return None
    return parse_date(written, year=issued.date.year)


def _wire(written: str | None) -> str | None:
    if not written:
        return None
    key = "".join(c for c in written.casefold() if c.isalnum())
    if key in WIRES:
        return WIRES[key]
    # A service's regional or topical feed (/PRNewswire-HISPANIC PR WIRE/, /CNW Telbec/) is the service.
    family = max((k for k in WIRES if key.startswith(k)), key=len, default=None)
    return WIRES[family] if family else written.strip()
