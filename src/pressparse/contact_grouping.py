"""Which name each phone and email in a contact zone belongs to.

Channels go to the name written before them. A name that follows a name
still waiting for its channels is its title or employer and is passed over,
except a person after a desk (``Investor Relations: Jo Bloggs``), who takes
the desk's place, and people joined by ``/``, ``and`` or ``&``, who share
what follows. A label line (``Media:``, ``For Acme Corp.:``) starts afresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

import regex

from pressparse.contact_names import Owner, desks, people
from pressparse.contact_zones import Zone
from pressparse.document import Document
from pressparse.lines import line_start
from pressparse.types import Email, Phone, Span
from pressparse.vocab.contact_labels import GENERAL_LINE_LABELS

Channel = Phone | Email

_BRACKETS = regex.compile(r"\([^()\n]{0,80}\)|\[[^\[\]\n]{0,80}\]")
_HANDLE = regex.compile(r"(?<![\w@.])@\w{1,30}|https?://\S{1,200}|www\.\S{1,200}")
_POSITION_AND_KIND = itemgetter(0, 1)
_DIGIT_OR_AT = regex.compile(r"[\d@]")
_JOINED = regex.compile(r"[ \t]{0,3}(?:/|&|and)[ \t]{0,3}")
_LABEL_LINE = regex.compile(
    r"""
    ^[ \t>*_\#|-]{0,6}
    (?: (?P<label>[^\n:]{1,60}):[ \t_*]{0,4}$     # a line that is only a label: "Media:"
      | (?P<label>for[ \t][^\n:]{1,80}):          # "For Acme Corp.:", "For Public Inquiries: ..."
    )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)
"""A label line: it ends the contact before it, and its words are not a person's name."""

_LABEL = _LABEL_LINE.groupindex["label"]
"""The label's group by number: asked for by name, the engine first raises and clears a TypeError."""

_HEADING_TAIL = regex.compile(
    r"[ \t]{1,3}(?:(?:media|press|investor|news)[ \t]{1,3})?contacts?[ \t]{0,3}:?[ \t]{0,3}(?=\n|\Z)",
    regex.IGNORECASE,
)
"""``Acme Tools Contacts``: the name before it heads the block as its organisation, never a person."""


@dataclass(slots=True)
class Group:
    """People or a desk and the channels written for them."""

    owners: list[Owner]
    channels: list[Channel] = field(default_factory=list)
    start: int = -1
    """Where a group without a name starts (its label); unused when it has owners."""
    organization: str | None = None
    """The organisation named beside the people (``Jo Bloggs / Acme Corp``), when one is."""


def group_channels(doc: Document, zone: Zone, channels: list[Channel], *, orgs: bool = True) -> list[Group]:
    """The zone's owners, each with the channels that follow it, in text order.

    With ``orgs``, an organisation named where no person is (``For more
    information phone Acme Corp on ...``) is the contact; off for lines no
    contact label opens, where a company's name over its switchboard is no contact.
    """
    text = doc.folded
    labels = _label_lines(text, zone)
    masked = [c.span for c in channels] + _bracket_spans(text, zone) + _handle_spans(text, zone)
    events: list[tuple[int, int, object]] = [(c.span[0], 1, c) for c in channels]
    events += [(o.start, 0, o) for o in _owners(doc, zone, masked, labels, orgs=orgs)]
    events += [(a, -1, None) for a, _, _ in labels]
    groups: list[Group] = []
    current: Group | None = None
    # right under a contact label, channels before any name are the label's own (name unknown)
    fresh = zone.labelled
    for _pos, _, item in sorted(events, key=_POSITION_AND_KIND):
        if item is None or isinstance(item, Owner):
            # the label line that opens the zone ("For media inquiries: ...") keeps its channels
            fresh = fresh and item is None and _pos <= zone.start
            current = None if item is None else _take_owner(text, current, item, groups)
            continue
        if current is None and fresh:
            current = Group([], start=zone.start)
            groups.append(current)
        if current is not None and not _general_line_for_person(text, item, current):  # type: ignore[arg-type]
            current.channels.append(item)  # type: ignore[arg-type]
    return [g for g in groups if g.channels]


def _general_line_for_person(text: str, channel: Channel, group: Group) -> bool:
    """A switchboard or hotline after a person's line is the organisation's, not the person's."""
    if not isinstance(channel, Phone) or any(o.desk for o in group.owners):
        return False
    head = text[line_start(text, channel.span[0], 60) : channel.span[0]].strip(" \t:-*_").lower()
    return head.startswith(GENERAL_LINE_LABELS) or head.endswith(GENERAL_LINE_LABELS)


def _take_owner(text: str, current: Group | None, owner: Owner, groups: list[Group]) -> Group:
    if current is None or current.channels:
        group = Group([owner])
        groups.append(group)
        return group
    if all(o.desk for o in current.owners):
        current.organization = next((o.name for o in current.owners if o.org), current.organization)
        current.owners = [owner]  # a person, or a nearer desk, takes a bare desk's place
    elif not owner.desk and _JOINED.fullmatch(text, current.owners[-1].end, owner.start):
        current.owners.append(owner)
    elif owner.org and current.organization is None:
        current.organization = owner.name  # "Jo Bloggs, Acme Corp": the person's employer
    return current


def _owners(
    doc: Document, zone: Zone, masked: list[Span], labels: list[tuple[int, int, bool]], *, orgs: bool
) -> list[Owner]:
    text = doc.folded
    # a label names a desk ("Investor Relations:") but never a person; "For ...:" names neither
    desk_masked = masked + [(a, b) for a, b, f in labels if f]
    found_desks = list(desks(text, zone.start, zone.end, desk_masked, doc.lower))
    people_masked = masked + [(a, b) for a, b, _ in labels]
    named = [_as_heading(text, p) for p in people(text, zone.start, zone.end, people_masked, orgs=orgs)]
    found_people = [p for p in named if not p.org]
    kept_desks = []
    for d in found_desks:
        lead = next((p for p in found_people if p.start <= d.start < p.end), None)
        if lead is None and not any(d.start < p.end and p.start < d.end for p in found_people):
            kept_desks.append(d)
    # a desk holds the organisation's name ("Acme Corp press office"): the desk is the contact
    found_people = [p for p in named if not any(d.start < p.end and p.start < d.end for d in kept_desks)]
    unique: dict[int, Owner] = {}
    for owner in [*kept_desks, *found_people]:
        unique.setdefault(owner.start, owner)
    return sorted(unique.values(), key=lambda o: o.start)


def _as_heading(text: str, owner: Owner) -> Owner:
    """A name heading a contact block (``Acme Tools Contacts``) is the employer of the people under it."""
    end = min(len(text), owner.end + 40)
    # the tail holds "contact" in some case: a lower-cased slice rules most names out without the pattern
    if (
        owner.org
        or "contact" not in text[owner.end : end].lower()
        or _HEADING_TAIL.match(text, owner.end, end) is None
    ):
        return owner
    return Owner(owner.name, owner.start, owner.end, desk=True, org=True)


def _label_lines(text: str, zone: Zone) -> list[tuple[int, int, bool]]:
    """(start, end, opens with "For") of each label line in the zone.

    A label line holds a colon: only the lines around the zone's colons are tried.
    """
    out = []
    colon = text.find(":", zone.start, zone.end)
    while colon >= 0:
        a = max(zone.start, text.rfind("\n", zone.start, colon) + 1)
        newline = text.find("\n", colon, zone.end)
        b = zone.end if newline < 0 else newline
        m = _LABEL_LINE.match(text, a, b) if _may_label(text, a, colon, b) else None
        if m and not _DIGIT_OR_AT.search(label := m.group(_LABEL)):
            out.append((a, m.end(_LABEL), label.lower().startswith("for ")))
        if newline < 0:
            break
        colon = text.find(":", newline, zone.end)
    return out


_LABEL_TAIL = 4
"""At most this many blanks, underscores or stars follow a label line's colon."""
_MARKUP = " \t>*_#|-"


def _may_label(text: str, a: int, colon: int, b: int) -> bool:
    """False where _LABEL_LINE cannot match the line [a, b), whose first colon is at ``colon``.

    A line that is only a label ends at most four blanks after that colon; a ``For ...:`` line opens
    with "for" after its markup. Most colons in a zone are a channel's (``Tel: ...``): no pattern there.
    """
    tail = text[colon + 1 : b]
    if len(tail) <= _LABEL_TAIL and not tail.strip(" \t_*"):
        return True
    head = text[a : min(b, a + 16)].lstrip(_MARKUP)[:3]
    return not head.isascii() or head.lower() == "for"  # beyond ASCII, case-blind is more than lower case


_BEFORE_EMAIL_AT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.")
"""Characters before an '@' that open no handle (a word character, '@', '.'): an address's last one."""


def _handle_spans(text: str, zone: Zone) -> list[Span]:
    """_HANDLE's spans in the zone; none without a link or an '@' that stands outside an address.

    Most zones hold an email address, whose '@' follows a word character: no pattern run there.
    """
    if text.find("http", zone.start, zone.end) < 0 and text.find("www.", zone.start, zone.end) < 0:
        at = text.find("@", zone.start, zone.end)
        while at >= 0 and at > zone.start and text[at - 1] in _BEFORE_EMAIL_AT:
            at = text.find("@", at + 1, zone.end)
        if at < 0:
            return []
    return [m.span() for m in _HANDLE.finditer(text, zone.start, zone.end)]


def _bracket_spans(text: str, zone: Zone) -> list[Span]:
    """_BRACKETS' spans in the zone, found bracket by bracket with ``str.find``: a zone holds a few.

    Each opening bracket is tried in text order, as the pattern's scan tries it: its first closing
    bracket within 80 characters ends it, unless another opening bracket or a newline comes first.
    """
    out: list[Span] = []
    pos, end = zone.start, zone.end
    paren, square = text.find("(", pos, end), text.find("[", pos, end)
    while paren >= 0 or square >= 0:
        at = paren if square < 0 or 0 <= paren < square else square
        opening = text[at]
        closing = _CLOSING[opening]
        shut = text.find(closing, at + 1, min(end, at + _BRACKETED + 2))
        inside = text[at + 1 : shut] if shut >= 0 else ""
        pos = at + 1
        if shut >= 0 and opening not in inside and "\n" not in inside:
            out.append((at, shut + 1))
            pos = shut + 1
        if paren >= 0 and paren < pos:
            paren = text.find("(", pos, end)
        if square >= 0 and square < pos:
            square = text.find("[", pos, end)
    return out


_CLOSING = {"(": ")", "[": "]"}
_BRACKETED = 80
"""The most characters _BRACKETS allows between two brackets."""
