"""Press, media and investor contacts, with the phones and emails given for each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from pressparse.contact_details import build_contacts
from pressparse.contact_grouping import Group, group_channels
from pressparse.contact_zones import Zone, find_zones, lines_of
from pressparse.document import Document, as_document
from pressparse.emails import find_emails
from pressparse.phones import find_phones
from pressparse.report import Report, ignore
from pressparse.types import Contact, Email, Phone, Span

Channel = Phone | Email
_FALLBACK_LINE = 160
_LEAD = 30
"""On an unlabelled line the name must come first, after at most a short label (``Europe:``)."""


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
    found: list[Contact] = []
    lines = lines_of(doc.folded)
    zones = list(find_zones(doc, [c.span for c in channels], lines))
    starts = [c.span[0] for c in channels]
    for zone in zones:
        found.extend(c for g in _groups(doc, zone, channels, starts) for c in build_contacts(doc, g))
    for zone in _contact_lines(lines, starts, zones):
        groups = [g for g in _groups(doc, zone, channels, starts) if g.owners[0].start - zone.start <= _LEAD]
        found.extend(c for g in groups for c in build_contacts(doc, g))
    return tuple(sorted(found, key=lambda c: c.span))


def _contact_lines(lines: list[Span], starts: list[int], zones: list[Zone]) -> Iterator[Zone]:
    """Short lines outside any labelled block that give a name and then its phone or email.

    Some releases list contacts with no label at all (``Europe: Jo Bloggs at
    +44 ...``); a short line where a name comes first is read as one.
    """
    line_starts = [a for a, _ in lines]
    seen: set[int] = set()
    for pos in starts:
        index = bisect_right(line_starts, pos) - 1
        a, b = lines[index]
        if index in seen or b - a > _FALLBACK_LINE:
            continue
        seen.add(index)
        z = bisect_right([z.start for z in zones], b) - 1
        if z >= 0 and zones[z].end > a:
            continue  # inside a labelled zone
        yield Zone(a, b)


def _groups(doc: Document, zone: Zone, channels: Sequence[Channel], starts: list[int]) -> list[Group]:
    lo, hi = bisect_left(starts, zone.start), bisect_left(starts, zone.end)
    inside = [c for c in channels[lo:hi] if c.span[1] <= zone.end]
    return group_channels(doc, zone, inside)
