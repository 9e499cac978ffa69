"""The details of one contact: its name, place, languages, handles, title and span."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from pressparse.contact_grouping import Group
from pressparse.contact_names import Owner
from pressparse.contact_roles import title_and_org
from pressparse.document import Document
from pressparse.lines import line_end, line_start
from pressparse.places import country_names, nearest_place
from pressparse.types import Contact, Email, Phone
from pressparse.vocab.contact_labels import LANGUAGES
from pressparse.vocab.region_words import CITIES, REGIONS, US_STATES

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
    if not _may_give_place(text, line_start(text, start), start):
        return None
    found = nearest_place(text, start)
    return found[0] if found else None


_LINE_PLACE_REACH = 80
"""How far from the line's start ``nearest_place`` reads the line's own place (``London office:``)."""
_PLACE_LEAD = " \t>*-"
_PLACE_LEAD_MAX = 4


def _may_give_place(text: str, head: int, pos: int) -> bool:
    """False where ``nearest_place`` can only say None: its pattern costs more than these tests.

    It answers from an ``In Seoul,`` before ``pos`` (only where "in " or "from " is written), or
    from a place that opens the line after at most four marks; a place's first word is a known
    place name's first word. In ASCII text the word's letters are that word's; beyond, ask it.
    """
    before = text[max(0, head - 1) : pos].lower()
    if "in " in before or "from " in before:
        return True
    line = text[head : head + _LINE_PLACE_REACH]
    if not line.isascii():
        return True
    body = line.lstrip(_PLACE_LEAD)
    if len(line) - len(body) > _PLACE_LEAD_MAX:
        return False  # the place must follow at most four marks
    word = _letters(body[:26].lower())
    return word in ("in", "from") or word in _place_heads()


def _letters(word: str) -> str:
    """The run of letters ``word`` opens with."""
    if word.isalpha():
        return word
    for k, c in enumerate(word):
        if not c.isalpha():
            return word[:k]
    return word


@cache
def _place_heads() -> frozenset[str]:
    """The letters each known place name opens with: ``new`` of ``new south wales``, ``wash`` of ``wash.``."""
    names = (*CITIES, *REGIONS, *US_STATES, *country_names())
    return frozenset(_letters(name.split()[0]) for name in names if name.split())


def _languages(text: str, after: int, end: int) -> tuple[str, ...]:
    if "(" not in text[after : after + 2]:
        return ()  # the bracket opens right after the name, or one character on
    m = _BRACKET.match(text, after, end) or _BRACKET.match(text, after + 1, end)
    if m is None:
        return ()
    words = [w.strip() for w in m.group(1).split(",")]
    return tuple(words) if words and all(w.lower() in LANGUAGES for w in words) else ()
