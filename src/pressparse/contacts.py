"""Press, media and investor contacts, with the phones and emails given for each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from pressparse.contact_columns import column_contacts
from pressparse.contact_details import build_contacts
from pressparse.contact_grouping import Group, group_channels
from pressparse.contact_names import Owner
from pressparse.contact_zones import Lines, Zone, find_zones
from pressparse.document import Document, as_document
from pressparse.emails import find_emails
from pressparse.lines import line_start
from pressparse.phones import find_phones
from pressparse.report import Report, ignore
from pressparse.types import Contact, Email, Phone, Span

Channel = Phone | Email
_FALLBACK_LINE = 160
_LEAD = 30
"""On an unlabelled line the name must come first, after at most a short label (``Europe:``)."""
_NAME_LINES_ABOVE = 3
_NAME_LINE = 40
"""A name or title line above unlabelled contact lines is short; wrapped prose is longer."""


def find_contacts(
    text: str | Document,
    /,
    *,
    phones: tuple[Phone, ...] | None = None,
    emails: tuple[Email, ...] | None = None,
    region: str | None = None,
    report: Report = ignore,
) -> tuple[Contact, ...]:
    """The contacts, each with its own phones and emails, in text order.

    ``phones`` and ``emails`` are what the phone and email extractors found
    in the same text; when ``None`` they are found here with ``region``.
    A contact's phones and emails are those same objects. Numbers that no
    named person or desk claims (a switchboard, a public hotline) stay out.

    >>> found = find_contacts("Media contact: Jo Bloggs 0491 570 156", region="AU")
    >>> [(c.name, c.phones[0].e164) for c in found]
    [('Jo Bloggs', '+61491570156')]
    """
    doc = as_document(text)
    if phones is None:
        phones = find_phones(doc, region=region, report=report)
    if emails is None:
        emails = find_emails(doc, report=report)
    channels: list[Channel] = sorted([*phones, *emails], key=lambda c: c.span)
    if not channels:
        return ()  # a contact is read from its phones and emails: none, no contacts
    lines = Lines(doc.folded)
    # a table read column by column is paired by row first: read as a block, its first name takes all
    found = list(column_contacts(doc, channels))
    if found:
        claimed = {id(ch) for c in found for ch in (*c.phones, *c.emails)}
        channels = [c for c in channels if id(c) not in claimed]
    zones = list(find_zones(doc, [c.span for c in channels], lines))
    starts = [c.span[0] for c in channels]
    for zone in zones:
        found.extend(c for g in _groups(doc, zone, channels, starts) for c in build_contacts(doc, g))
    for zone in _contact_blocks(lines, starts, zones):
        groups = [
            g
            for g in _groups(doc, zone, channels, starts, orgs=False)
            if g.owners and _leads(doc.folded, g.owners[0])
        ]
        found.extend(c for g in groups for c in build_contacts(doc, g))
    return tuple(sorted(found, key=lambda c: c.span))


def _contact_blocks(lines: Lines, starts: list[int], zones: list[Zone]) -> Iterator[Zone]:
    """Short lines outside any labelled zone that give phones or emails, with the name lines above.

    Some releases list contacts with no label at all: ``Europe: Jo Bloggs at
    +44 ...`` on one line, or a name, a title and ``Office:``/``Cell:`` lines
    stacked at the top. Consecutive such lines are one block; it reaches up
    over at most a few short lines for the name.
    """
    text = lines.text
    zone_starts = [z.start for z in zones]

    def free(a: int, b: int) -> bool:
        z = bisect_right(zone_starts, b) - 1
        return not (z >= 0 and zones[z].end > a)

    channel_lines = _lines_holding(lines, starts)
    held = {a for a, _ in channel_lines}
    wanted = [(a, b) for a, b in channel_lines if b - a <= _FALLBACK_LINE and free(a, b)]
    for first, last in _runs(wanted):
        top = first[0]
        for _ in range(_NAME_LINES_ABOVE):
            if top == 0:
                break
            a = lines.start(top - 1)
            if a in held or not free(a, top - 1) or not 0 < len(text[a : top - 1].strip()) <= _NAME_LINE:
                break
            top = a
        yield Zone(top, last[1])


def _lines_holding(lines: Lines, starts: list[int]) -> list[Span]:
    """The lines that the (sorted) positions stand on, each once, in text order."""
    out: list[Span] = []
    for pos in starts:
        if not out or pos > out[-1][1]:
            out.append(lines.around(pos))
    return out


def _runs(spans: list[Span]) -> Iterator[tuple[Span, Span]]:
    """(first, last) of each run of lines that follow one another."""
    for i, span in enumerate(spans):
        if i == 0 or spans[i - 1][1] + 1 != span[0]:
            first = span
        if i == len(spans) - 1 or spans[i + 1][0] != span[1] + 1:
            yield first, span


def _leads(text: str, owner: Owner) -> bool:
    """On an unlabelled line the name must come first, after at most a short label."""
    return owner.start - line_start(text, owner.start) <= _LEAD


def _groups(
    doc: Document, zone: Zone, channels: Sequence[Channel], starts: list[int], *, orgs: bool = True
) -> list[Group]:
    lo, hi = bisect_left(starts, zone.start), bisect_left(starts, zone.end)
    inside = [c for c in channels[lo:hi] if c.span[1] <= zone.end]
    return group_channels(doc, zone, inside, orgs=orgs)
