"""Where contacts are written: the blocks and lines that a contact label or sentence opens.

A zone runs from its opening label over the lines that follow while they
keep giving phones and emails; it ends at a closing line (``About ...``,
``SOURCE``, a link), after a few lines that give none, or at the next label.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

import regex

from pressparse.document import Document
from pressparse.lazy import LazyPattern
from pressparse.lines import line_start
from pressparse.types import Span
from pressparse.vocab.contact_labels import STOPS

ANCHOR = LazyPattern(
    r"""
    (?<![A-Za-z])
    (?=[cefimnpr])                                 # every label starts with one of these: skip the rest fast
    (?:
        (?:media|press|investors?|news|public)[ \t]{1,2}(?:contacts?|enquiries|inquiries|office|rsvp)
      | contacts?(?=[ \t\n:;,.\-]|(?-i:[A-Z])|$)   # Contact: / ContactDr. (layout lost); not "contacting"
      | (?:enquiries|inquiries)(?=[ \t]{0,2}[:\n])
      | (?:investor|media|public|press)[ \t]relations(?=[ \t]{0,2}:)   # a desk heading: "Investor Relations:"
      | for[ \t](?:comment|interviews?|more[ \t]information|further[ \t]information|media)
        (?=[^.\n]{0,60}(?:contact|call|ring|phone|:))      # ... please contact / call / a colon
      | (?:please[ \t])?(?:call|ring|phone)(?=[ \t]{1,3}(?:the[ \t])?[A-Z])
      | (?:may|can|could)[ \t]be[ \t]reached
      | reachable[ \t]at
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""What opens a contact block or line, or a sentence that gives a contact."""

ANCHOR_KEYWORDS = (
    "contact",
    "enquir",
    "inquir",
    "office",
    "rsvp",
    "relations",
    "comment",
    "interview",
    "information",
    "media",
    "call",
    "ring",
    "phone",
    "reach",
)
"""A word that every ANCHOR match holds, found with plain ``str.find`` before the pattern runs."""
LABEL = regex.compile(
    r"""
    (?:(?:media|press|investors?|news)[ \t]{1,2})?
    (?:contacts?|enquiries|inquiries|rsvp)
    [ \t]{0,3}(?:[:\n]|-[ \t])  # alone: "Media Contact:", "CONTACT" + newline
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A contact label proper, whose channels are a contact even when no name is given."""
FOR_LABEL = regex.compile(
    r"""
    for[ \t][^\n:]{0,40}?
    (?:media|press|news|investor)[ \t]{1,2}(?:contacts?|enquiries|inquiries)
    [^\n:]{0,60}:                  # "For Media Inquiries and Expert Comment: <phone>"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A ``For ...:`` line that names the press as its audience: a label proper too."""
_KEYWORD_LEAD = 30
_KEYWORD_TAIL = 110

_HEADING_MAX = 90
_MAX_GAP_LINES = 4
_MAX_BLANKS = 3
_PROSE_LINE = 260
_BLANK_MAX = 80
"""A line this long is never read as blank: keeps the check cheap on a text of one huge line."""
_REACH = 1200
"""How far before a channel a label may stand: a few title and address lines, never a page."""


@dataclass(frozen=True, slots=True)
class Zone:
    """A stretch of text to read contacts from, and the channels inside it."""

    start: int
    end: int
    labelled: bool = False
    """Opened by a contact label (``Media Contact:``): its channels may belong to no name."""


_MARKUP = " \t>*_#|"
_PLUS_ONE = (1).__add__


_WALK_BACK = 2000
"""How far back a line's start is looked for with ``str.rfind`` before every line start is listed once."""


class Lines:
    """The text's lines, each found where it is asked for: most of a text is never read for contacts.

    Splitting every line of the text cost more than all the reading done on the few lines
    near the channels. A line's end is kept once found, and a line too long to walk back
    over has every line start listed once, so no text costs more than linear time.
    """

    __slots__ = ("_ends", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[int, int] = {}
        self._starts: list[int] | None = None

    def start(self, pos: int) -> int:
        """The start of the line holding ``pos``."""
        lo = pos - _WALK_BACK
        i = self.text.rfind("\n", max(0, lo), pos)
        if i >= 0 or lo <= 0:
            return i + 1
        if self._starts is None:
            self._starts = _line_starts(self.text)
        return self._starts[bisect_right(self._starts, pos) - 1]

    def end(self, start: int) -> int:
        """The end (before its newline) of the line that starts at ``start``."""
        end = self._ends.get(start)
        if end is None:
            newline = self.text.find("\n", start)
            end = self._ends[start] = len(self.text) if newline < 0 else newline
        return end

    def around(self, pos: int) -> Span:
        """The (start, end) of the line holding ``pos``."""
        start = self.start(pos)
        return start, self.end(start)

    def following(self, start: int) -> Iterator[Span]:
        """The line that starts at ``start`` and every line after it."""
        size = len(self.text)
        while True:
            end = self.end(start)
            yield start, end
            if end >= size:
                return
            start = end + 1


def _line_starts(text: str) -> list[int]:
    """Every line's start."""
    # built by map and accumulate rather than a Python loop over the lines
    return list(accumulate(map(_PLUS_ONE, map(len, text.split("\n")[:-1])), initial=0))


_CALL = regex.compile(r"call|ring|phone|please", regex.IGNORECASE)
_CONTACT_VERB = regex.compile(r"contact[ \t]{1,3}(?!us\b|details|information|info\b)[\w'’]", regex.IGNORECASE)
"""``contact Jo Bloggs``: the verb, not a ``Contact:`` label or ``Contact details``."""
_PURPOSE = regex.compile(
    r"comment|interview|more[ \t]information|further[ \t]information|media|reporters|journalists|press",
    regex.IGNORECASE,
)
"""A "call X" sentence gives a contact only when it is about the press: ``For comment, call ...``."""


def find_zones(doc: Document, channels: list[Span], lines: Lines) -> Iterator[Zone]:
    """The contact zones in text order; each holds at least one channel. ``lines`` are the text's."""
    text = doc.folded
    anchors = [p for p in _anchors(doc, _near(channels)) if _anchor_counts(text, p)]
    headings = [p for p in anchors if not text[line_start(text, p, 12) : p].strip(" \t>*_#|")]
    starts = sorted(c[0] for c in channels)
    used_to = -1
    for pos in anchors:
        if pos < used_to:
            continue
        zone = _zone_from(lines, pos, starts, headings)
        if zone is not None:
            used_to = zone.end
            yield zone


def _anchors(doc: Document, windows: list[Span]) -> list[int]:
    """Where ANCHOR matches inside the windows, tried only around its keywords.

    Running the pattern over the whole text costs more than everything else
    here; a keyword that every label holds is found with ``str.find``, and
    the pattern runs only where the words around the keyword allow a match.
    """
    lower = doc.lower
    found: set[int] = set()
    # a start tried with ANCHOR.match -> its match's end, or -1, shared by nearby keywords: a match reads
    # at most 90 characters on from its start, less than _KEYWORD_TAIL, so any keyword's window gives the same
    tried: dict[int, int] = {}
    for a, b in windows:
        window = lower[a:b]
        # every pattern run below reads inside [a, b + tail): all ASCII, the words around need no second look
        plain = lower[a : b + _KEYWORD_TAIL].isascii()
        for keyword in ANCHOR_KEYWORDS:
            if keyword not in window:
                continue  # most keywords are absent: ``in`` costs less than a find call
            i = lower.find(keyword, a, b)
            while i >= 0:
                if i == 0 or not lower[i - 1].isalpha():
                    lo, hi = max(a, i - _KEYWORD_LEAD), min(len(lower), i + _KEYWORD_TAIL)
                    if _may_anchor(lower, keyword, i) or not (plain or lower[lo:hi].isascii()):
                        start = _anchor_over(doc, i, lo, hi, tried)
                        if start >= 0:
                            found.add(start)
                i = lower.find(keyword, i + 1, b)
    return sorted(found)


def _anchor_over(doc: Document, i: int, lo: int, hi: int, tried: dict[int, int]) -> int:
    """The start of the match that holds ``i`` as the pattern finds them from ``lo``, or -1.

    Matches never overlap, so none after the first that ends past ``i`` can hold it: stop there
    rather than scan on to ``hi``.
    """
    lower = doc.lower
    if not lower[max(0, lo - 1) : hi].isascii():
        return _anchor_scanned(doc, i, lo, hi)
    # In ASCII text a match starts only at one of ANCHOR's first words (a plain pattern finds them
    # fast): ANCHOR is tried there alone, not at every character from ``lo``, and each start once for
    # all the keywords near it.
    pos = lo
    for start in _ANCHOR_STARTS.finditer(lower, lo, hi):
        at = start.start()
        if at > i:
            break  # a match that starts past ``i`` cannot hold it
        if at < pos:
            continue  # inside the match before: the scan went on from its end
        end = tried.get(at)
        if end is None:
            m = doc.match(ANCHOR, pos=at, endpos=hi)
            end = tried[at] = -1 if m is None else m.end()
        if end > i:
            return at
        if end >= 0:
            pos = end
    return -1


def _anchor_scanned(doc: Document, i: int, lo: int, hi: int) -> int:
    """``_anchor_over`` by the pattern's own scan, for text beyond ASCII (case-blind there is more)."""
    for m in doc.finditer(ANCHOR, pos=lo, endpos=hi):
        if m.start() > i:
            return -1
        if m.end() > i:
            return m.start()
    return -1


_ANCHOR_STARTS = regex.compile(
    r"(?<![a-z])(?:contact|media|press|investor|news|public|enquiries|inquiries|for|please|call|ring|phone"
    r"|may|can|could|reachable)"
)
"""Where an ANCHOR match can start in lower-cased ASCII text: after no letter, at one of its first words."""
_DESK_HEADS = ("media", "press", "investor", "investors", "news", "public")
_BLANK = (" ", "\t")
_DESK_TAILS = ("c", "e", "i", "o", "r")
"""First letters of the words after a desk head: contact, enquiries, inquiries, office, rsvp, relations."""


def _may_anchor(lower: str, keyword: str, i: int) -> bool:
    """False where no ANCHOR match can hold the keyword at ``i``: the words around it rule it out.

    Each keyword stands in the pattern only where its check allows (the
    text must be ASCII, where case-blind matching is lower-casing); a keyword
    without a check may stand alone.
    """
    check = _KEYWORD_CHECKS.get(keyword)
    return check is None or check(lower, i)


def _after_desk_head(lower: str, i: int) -> bool:
    """``Press Office``, ``Investor Relations``, ``Media RSVP``."""
    return lower[i - 1 : i] in _BLANK and lower[max(0, i - 12) : i].rstrip(" \t").endswith(_DESK_HEADS)


def _after_for(lower: str, i: int) -> bool:
    """``For comment``, ``For interviews``."""
    return lower[max(0, i - 4) : i - 1] == "for"


def _after_more(lower: str, i: int) -> bool:
    """``For more information``, ``For further information``."""
    return lower[max(0, i - 8) : i - 1].endswith(("more", "further"))


def _media(lower: str, i: int) -> bool:
    """``For media``, or a desk head: ``Media Contact``, ``Media Relations``."""
    return _after_for(lower, i) or _desk_word_after(lower, i + 5)


def _verb(length: int) -> Callable[[str, int], bool]:
    """``Please call Jo``: the verb is a whole word, a blank after it."""
    return lambda lower, i: lower[i + length : i + length + 1] in _BLANK


def _reached(lower: str, i: int) -> bool:
    """``may be reached``, ``reachable at``."""
    return lower.startswith(("reached", "reachable"), i)


_KEYWORD_CHECKS: dict[str, Callable[[str, int], bool]] = {
    "office": _after_desk_head,
    "rsvp": _after_desk_head,
    "relations": _after_desk_head,
    "comment": _after_for,
    "interview": _after_for,
    "information": _after_more,
    "media": _media,
    "call": _verb(4),
    "ring": _verb(4),
    "phone": _verb(5),
    "reach": _reached,
}


def _desk_word_after(lower: str, j: int) -> bool:
    """Whether one or two blanks at ``j`` lead to a word a desk head can take."""
    if lower[j : j + 1] not in _BLANK:
        return False
    if lower[j + 1 : j + 2] in _BLANK:
        j += 1
    return lower[j + 1 : j + 2] in _DESK_TAILS


def _near(channels: list[Span]) -> list[Span]:
    """Stretches that end at a channel and reach back as far as a zone can: labels elsewhere open nothing."""
    out: list[Span] = []
    for c0, c1 in sorted(channels):
        a = max(0, c0 - _REACH)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], c1))
        else:
            out.append((a, c1))
    return out


def _anchor_counts(text: str, pos: int) -> bool:
    """A label counts; a "call X" or "contact X" inside a sentence counts only when it is for the press.

    ``Anyone with information should contact the police at ...`` is a tip
    line for the public, not a press contact.
    """
    in_sentence = _opens_call(text, pos) or (
        _opens_contact_verb(text, pos) and text[line_start(text, pos, 12) : pos].strip(" \t>*_#|")
    )
    if not in_sentence:
        return True
    lo = max(0, pos - 300)
    sentence_start = max(lo, *(text.rfind(c, lo, pos) + 1 for c in ".!?\n"))
    return _PURPOSE.search(text, sentence_start, pos) is not None


def _zone_start(text: str, first: int, last: int, pos: int) -> int:
    """A short line is read whole; in a long one, the sentence that holds the label."""
    if last - first <= _HEADING_MAX:
        return first
    lo = max(first, pos - 160)
    return max(lo, text.rfind(". ", lo, pos) + 1)


def _zone_from(lines: Lines, pos: int, starts: list[int], headings: list[int]) -> Zone | None:
    text = lines.text
    line_start, line_end = lines.around(pos)
    start = _zone_start(text, line_start, line_end, pos)
    end, gap, blanks = -1, 0, 0
    n_starts = len(starts)
    k_start = bisect_left(starts, start)
    for a, b in lines.following(line_start):
        if a > line_start:
            if a == b:  # an empty line: no stop, heading or channel, only a blank
                blanks += 1
                if blanks >= _MAX_BLANKS and end >= 0:
                    break
                continue
            if _closes(text, a, b, headings, end >= 0):
                break
        while k_start < n_starts and starts[k_start] < a:
            k_start += 1  # lines come in order: the first channel at or after the line moves only forward
        if k_start < n_starts and starts[k_start] < b:  # the line gives a channel
            end, gap, blanks = b, 0, 0
            continue
        if b - a < _BLANK_MAX and not text[a:b].strip():
            blanks += 1
            if blanks >= _MAX_BLANKS and end >= 0:
                break
            continue
        gap += 1
        if gap > _MAX_GAP_LINES or (b - a > _PROSE_LINE and a > line_start):
            break
    if end <= start:
        return None
    labelled = _opens_label(text, pos) or _opens_for_label(text, pos, line_end)
    return Zone(start, end, labelled=labelled)


def _closes(text: str, a: int, b: int, headings: list[int], after_channel: bool) -> bool:
    """Whether the line ends the zone: a closing line (About ..., SOURCE), or a label after channels."""
    head = text[a : min(b, a + 40)].strip(_MARKUP).lower()
    if head.startswith(STOPS) and not head.startswith("contact"):
        return True
    if not after_channel:
        return False
    k = bisect_left(headings, a)
    return k < len(headings) and headings[k] < b  # the next label opens its own zone


# The tests below settle in plain ``str`` operations what the case-blind patterns after them would
# say at an anchor, where the words there are ASCII (case-blind is lower-casing there); beyond ASCII
# the pattern decides. Each pattern runs only where its first words stand.
_CALL_WORDS = ("call", "ring", "phone", "please")
_LABEL_WORDS = ("media", "press", "investor", "news", "contact", "enquiries", "inquiries", "rsvp")
_HEAD = 9
"""Characters read at an anchor: the longest first word above."""


def _head(text: str, pos: int) -> str | None:
    """The anchor's first characters, lower case, or None beyond ASCII."""
    head = text[pos : pos + _HEAD]
    return head.lower() if head.isascii() else None


def _opens_call(text: str, pos: int) -> bool:
    """_CALL's answer at ``pos``."""
    head = _head(text, pos)
    return _CALL.match(text, pos) is not None if head is None else head.startswith(_CALL_WORDS)


def _opens_contact_verb(text: str, pos: int) -> bool:
    """_CONTACT_VERB's answer at ``pos``: never without "contact" and a blank."""
    head = _head(text, pos)
    if head is not None and not (head.startswith("contact") and head[7:8] in _BLANK):
        return False
    return _CONTACT_VERB.match(text, pos) is not None


def _opens_label(text: str, pos: int) -> bool:
    """LABEL's answer at ``pos``: never without one of its first words."""
    head = _head(text, pos)
    return (head is None or head.startswith(_LABEL_WORDS)) and LABEL.match(text, pos) is not None


def _opens_for_label(text: str, pos: int, end: int) -> bool:
    """FOR_LABEL's answer at ``pos``: never without "for", a blank and a colon on the line."""
    head = _head(text, pos)
    if head is not None and not (
        head.startswith("for") and head[3:4] in _BLANK and text.find(":", pos, end) >= 0
    ):
        return False
    return FOR_LABEL.match(text, pos, end) is not None
