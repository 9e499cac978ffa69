"""Contact lists whose names and numbers were printed as two columns.

A scanned release often lists its contacts as a table: names with their
affiliations on the left, numbers on the right. Text recognition reads
the table column by column, so a ``CONTACTS`` label is followed by all
the names, one a line, and then by all the numbers, one a line, in the
same order. The i-th name takes the numbers of the i-th number line; a
line too garbled to give a number leaves its name without one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import chain, islice

import regex

from pressparse.contact_names import Owner, people
from pressparse.contact_roles import title_and_org
from pressparse.document import Document
from pressparse.lines import line_end, lines
from pressparse.types import Contact, Email, Phone, Span

Channel = Phone | Email

_LABEL_LINE = regex.compile(
    r"(?:media[ \t]{1,2}|press[ \t]{1,2})?contacts?[ \t]{0,3}:?[ \t]{0,3}$", regex.IGNORECASE
)
"""A line that is only a contact label: ``CONTACTS``, ``Media contacts:``."""
_NUMBER_LINE = regex.compile(r"[\d+(][\w \t().\-/+]{6,30}$")
"""A line that holds one number and nothing else, maybe garbled (``0403 S81O23l``)."""
_LABEL_MAX = 40
_MIN_ROWS = 2
_MAX_ROWS = 20
_NAME_LINE = 90
_HONORIFIC = 10


def column_contacts(doc: Document, channels: Sequence[Channel]) -> Iterator[Contact]:
    """Contacts from lists of names followed by lists of numbers, under a bare contact label."""
    text = doc.folded
    done = -1
    starts: list[int] = []
    for hit in _label_hits(text):
        a = text.rfind("\n", max(0, hit - _LABEL_MAX), hit) + 1
        newline = text.find("\n", hit, hit + _LABEL_MAX)
        b = len(text) if newline < 0 else newline
        if a <= done or b - a > _LABEL_MAX or not _LABEL_LINE.fullmatch(text[a:b].strip(" \t*#_")):
            continue
        done = a
        starts = starts or [c.span[0] for c in channels]
        yield from _pairs(doc, b + 1, channels, starts)  # from the line after the label


def _label_hits(text: str) -> Iterator[int]:
    """Where "contact" is written in either case: plain ``str.find``, no pattern over the text."""
    for key in ("ontact", "ONTACT"):
        i = text.find(key)
        while i >= 0:
            yield i
            i = text.find(key, i + 1)


def _filled(text: str, pos: int) -> Iterator[Span]:
    """The non-blank lines from the line that starts at ``pos`` on, as many as a list can hold."""
    filled = ((a, b) for a, b in lines(text, pos, len(text)) if text[a:b].strip())
    return islice(filled, 2 * _MAX_ROWS + 1)


def _row_name(text: str, a: int, b: int) -> Owner | None:
    """The name a row opens with, after at most an honorific; None for a number row."""
    row = text[a:b]
    if _NUMBER_LINE.match(row.strip()):
        return None  # the cheaper test first: a number row is no name row, whoever it names
    owner = next(people(text, a, min(b, a + _NAME_LINE), []), None)
    lead = len(row) - len(row.lstrip())
    return None if owner is None or owner.start - a - lead > _HONORIFIC else owner


def _pairs(doc: Document, first: int, channels: Sequence[Channel], starts: list[int]) -> Iterator[Contact]:
    text = doc.folded
    filled = _filled(text, first)
    head = list(islice(filled, _MIN_ROWS))
    # a table has two name rows at least: under most labels the second row (a title, a number) is none,
    # and the first need not be read
    if len(head) < _MIN_ROWS or _row_name(text, *head[-1]) is None:
        return
    rows = []
    names = []
    for a, b in chain(head, filled):
        rows.append((a, b))
        owner = _row_name(text, a, b)
        if owner is None:
            break
        names.append(owner)
    if not _MIN_ROWS <= len(names) <= _MAX_ROWS:
        return
    rows.extend(islice(filled, 2 * len(names) - len(rows)))  # the number rows: read no further down
    numbers = rows[len(names) : 2 * len(names)]
    if len(numbers) < len(names):
        return
    if not all(_NUMBER_LINE.match(text[a:b].strip()) for a, b in numbers):
        return
    for owner, (a, b) in zip(names, numbers, strict=True):
        own = [c for c in channels[bisect_left(starts, a) : bisect_left(starts, b)] if c.span[1] <= b]
        if own:
            end = own[-1].span[1]
            title, organization = title_and_org(text, owner.end, line_end(text, owner.end))
            yield Contact(
                name=owner.name,
                title=title,
                organization=organization,
                span=(owner.start, end),
                text=doc.text[owner.start : end],
                phones=tuple(c for c in own if isinstance(c, Phone)),
                emails=tuple(c for c in own if isinstance(c, Email)),
            )
