"""The details of one contact: its name, place, languages, handles, title and span."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pressparse.contact_grouping import Group
from pressparse.contact_names import Owner
from pressparse.contact_roles import title_and_org
from pressparse.document import Document
from pressparse.lines import line_end
from pressparse.places import nearest_place
from pressparse.types import Contact, Email, Phone
from pressparse.vocab.contact_labels import LANGUAGES

_HANDLE = regex.compile(r"(?<![\w@.])@\w{1,30}(?![\w@.]{0,1}\w)")
_BRACKET = regex.compile(r"\(([^()\n]{1,80})\)")


def build_contacts(doc: Document, group: Group) -> Iterator[Contact]:
    """One Contact for each person or desk in the group; people named together share the channels."""
    if not group.owners:
        start, end = group.start, max(c.span[1] for c in group.channels)
        yield Contact(
            name=None,
            span=(start, end),
            text=doc.text[start:end],
            phones=tuple(c for c in group.channels if isinstance(c, Phone)),
            emails=tuple(c for c in group.channels if isinstance(c, Email)),
        )
    for owner in group.owners:
        yield _contact(doc, group, owner)


def _contact(doc: Document, group: Group, first: Owner) -> Contact:
    start = first.start
    end = max(c.span[1] for c in group.channels)
    end_of_line = line_end(doc.folded, end)
    handles: tuple[str, ...] = ()
    if doc.folded.find("@", end, end_of_line) >= 0:  # a handle holds "@": most lines have none
        handles = tuple(m.group() for m in _HANDLE.finditer(doc.folded, end, end_of_line))
    if handles:
        end = _handles_end(doc.folded, end, end_of_line)
    title, organization = title_and_org(doc.folded, first.end, end) if not first.desk else (None, None)
    if group.organization is not None:
        organization = group.organization
    return Contact(
        name=first.name,
        span=(start, end),
        text=doc.text[start:end],
        title=title,
        organization=organization,
        location=_location(doc.folded, start),
        languages=_languages(doc.folded, first.end, end),
        phones=tuple(c for c in group.channels if isinstance(c, Phone)),
        emails=tuple(c for c in group.channels if isinstance(c, Email)),
        handles=handles,
    )


def _handles_end(text: str, start: int, end: int) -> int:
    last = end
    for m in _HANDLE.finditer(text, start, end):
        last = m.end()
    return last


def _location(text: str, start: int) -> str | None:
    """The place the line gives: the nearest ``In Seoul,`` before the name, or the line's head."""
    found = nearest_place(text, start)
    return found[0] if found else None


def _languages(text: str, after: int, end: int) -> tuple[str, ...]:
    if "(" not in text[after : after + 2]:
        return ()  # the bracket opens right after the name, or one character on
    m = _BRACKET.match(text, after, end) or _BRACKET.match(text, after + 1, end)
    if m is None:
        return ()
    words = [w.strip() for w in m.group(1).split(",")]
    return tuple(words) if words and all(w.lower() in LANGUAGES for w in words) else ()
