"""Press, media and investor contacts, with the phones and emails given for each."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from pressparse.contact_details import build_contacts
from pressparse.contact_grouping import Group, group_channels
from pressparse.contact_zones import Zone, find_zones, lines_of
from pressparse.document import Document, as_document
from pressparse.emails import find_emails
from pressparse.phones import find_phones
from pressparse.report import Report, ignore
from pressparse.types import Contact, Email, Phone

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
    found: list[Contact] = []
    zones = list(find_zones(doc, [c.span for c in channels]))
    starts = [c.span[0] for c in channels]
    for zone in zones:
        found.extend(c for g in _groups(doc, zone, channels, starts) for c in build_contacts(doc, g))
    for zone in _contact_lines(doc, starts, zones):
        groups = [g for g in _groups(doc, zone, channels, starts) if g.owners[0].start - zone.start <= _LEAD]
        found.extend(c for g in groups for c in build_contacts(doc, g))
    return tuple(sorted(found, key=lambda c: c.span))


def _contact_lines(doc: Document, starts: list[int], zones: list[Zone]) -> Iterator[Zone]:
    """Short lines outside any labelled block that give a name and then its phone or email.

    Some releases list contacts with no label at all (``Europe: Jo Bloggs at
    +44 ...``); a short line where a name comes first is read as one.
    """
    zone_index = 0
    for a, b in lines_of(doc.folded):
        while zone_index < len(zones) and zones[zone_index].end < a:
            zone_index += 1
        inside = zone_index < len(zones) and zones[zone_index].start < b
        if b - a > _FALLBACK_LINE or inside:
            continue
        i = bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            yield Zone(a, b)


def _groups(doc: Document, zone: Zone, channels: Sequence[Channel], starts: list[int]) -> list[Group]:
    lo, hi = bisect_left(starts, zone.start), bisect_left(starts, zone.end)
    inside = [c for c in channels[lo:hi] if c.span[1] <= zone.end]
    return group_channels(doc, zone, inside)
