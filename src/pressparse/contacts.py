"""Press, media and investor contacts, with the phones and emails given for each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import itemgetter

from pressparse.contact_columns import column_contacts
from pressparse.contact_details import build_contacts
from pressparse.contact_grouping import Group, group_channels
from pressparse.contact_names import Owner
from pressparse.contact_zones import Zone, find_zones, lines_of
from pressparse.document import Document, as_document
from pressparse.emails import find_emails
from pressparse.lines import line_start
from pressparse.phones import find_phones
from pressparse.report import Report, ignore
from pressparse.types import Contact, Email, Phone, Span

Channel = Phone | Email
_FALLBACK_LINE = 160
_FIRST = itemgetter(0)
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
    lines = lines_of(doc.folded)
    # a table read column by column is paired by row first: read as a block, its first name takes all
    found = list(column_contacts(doc, lines, channels))
    if found:
        claimed = {id(ch) for c in found for ch in (*c.phones, *c.emails)}
        channels = [c for c in channels if id(c) not in claimed]
    zones = list(find_zones(doc, [c.span for c in channels], lines))
    starts = [c.span[0] for c in channels]
    for zone in zones:
        found.extend(c for g in _groups(doc, zone, channels, starts) for c in build_contacts(doc, g))
    for zone in _contact_blocks(doc.folded, lines, starts, zones):
        groups = [
            g
            for g in _groups(doc, zone, channels, starts, orgs=False)
            if g.owners and _leads(doc.folded, g.owners[0])
        ]
        found.extend(c for g in groups for c in build_contacts(doc, g))
    return tuple(sorted(found, key=lambda c: c.span))


def _contact_blocks(text: str, lines: list[Span], starts: list[int], zones: list[Zone]) -> Iterator[Zone]:
    """Short lines outside any labelled zone that give phones or emails, with the name lines above.

    Some releases list contacts with no label at all: ``Europe: Jo Bloggs at
    +44 ...`` on one line, or a name, a title and ``Office:``/``Cell:`` lines
    stacked at the top. Consecutive such lines are one block; it reaches up
    over at most a few short lines for the name.
    """
    zone_starts = [z.start for z in zones]

    def free(i: int) -> bool:
        a, b = lines[i]
        z = bisect_right(zone_starts, b) - 1
        return not (z >= 0 and zones[z].end > a)

    channel_lines = sorted({bisect_right(lines, pos, key=_FIRST) - 1 for pos in starts})
    wanted = [i for i in channel_lines if lines[i][1] - lines[i][0] <= _FALLBACK_LINE and free(i)]
    for first, last in _runs(wanted):
        top = first
        while top > max(0, first - _NAME_LINES_ABOVE) and top - 1 not in channel_lines and free(top - 1):
            a, b = lines[top - 1]
            if not 0 < len(text[a:b].strip()) <= _NAME_LINE:
                break
            top -= 1
        yield Zone(lines[top][0], lines[last][1])


def _runs(indices: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers."""
    for i, index in enumerate(indices):
        if i == 0 or indices[i - 1] != index - 1:
            first = index
        if i == len(indices) - 1 or indices[i + 1] != index + 1:
            yield first, index


def _leads(text: str, owner: Owner) -> bool:
    """On an unlabelled line the name must come first, after at most a short label."""
    return owner.start - line_start(text, owner.start) <= _LEAD


def _groups(
    doc: Document, zone: Zone, channels: Sequence[Channel], starts: list[int], *, orgs: bool = True
) -> list[Group]:
    lo, hi = bisect_left(starts, zone.start), bisect_left(starts, zone.end)
    inside = [c for c in channels[lo:hi] if c.span[1] <= zone.end]
    return group_channels(doc, zone, inside, orgs=orgs)
