"""A contact's title and organisation, as the block writes them beside the name.

Three layouts are common in press releases: one line with commas
(``Jo Bloggs, Director of Communications, Acme``), a bar or dash
(``Jo Bloggs | Acme``), and stacked lines (name, then title, then
organisation, then the phone lines).
"""

from __future__ import annotations

import regex

from pressparse.lines import line_end
from pressparse.places import country_names
from pressparse.vocab.contact_labels import CHANNEL_WORDS, DEPARTMENT_WORDS
from pressparse.vocab.region_words import CITIES, REGIONS

_TITLE_WORD = (
    r"director|manager|officer|president|head|spokes(?:person|man|woman)|chief|executive|secretary|"
    r"adviser|advisor|leader|analyst|editor|coordinator|specialist|counsel|partner|ceo|cfo|vp"
)
TITLE_AFTER = regex.compile(
    rf"""
    [ \t]{{0,2}},[ \t]{{1,2}}
    (?P<title>[^,:\n()]{{0,80}}?(?:{_TITLE_WORD})[^,:\n()]{{0,60}}?)   # a phrase holding a title word
    (?=[ \t]{{0,2}}[,:\n(]|$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""``, Director of Communications`` right after the name."""

# each title word with its trailing group dropped ("spokes" of "spokes(?:person|man|woman)"): a prefix of it
_TITLE_STEMS = tuple(regex.sub(r"\(\?:[^)]*\)", "", _TITLE_WORD).split("|"))
"""A stem of each of _TITLE_WORD's words: a title pattern runs only where one is written."""

# The line patterns are matched at line starts (and on a lone string); the anchor says so, and keeps
# a search across one long line from trying 160 title lengths at every character of it.
TITLE_LINE = regex.compile(
    rf"(?<![^\n])[ \t]{{0,4}}"
    rf"(?P<title>[^\d@:\n]{{0,80}}?\b(?:{_TITLE_WORD})\b[^\d@:\n]{{0,80}}?)[ \t]{{0,4}}$",
    regex.IGNORECASE | regex.MULTILINE,
)
"""A line that is only a title: ``Senior Vice President, Investor Relations``."""

# groups by number: asked for by name, the engine first raises and clears a TypeError
_TITLE_AFTER, _TITLE_LINE = TITLE_AFTER.groupindex["title"], TITLE_LINE.groupindex["title"]

ORG_AFTER = regex.compile(
    r"""
    [ \t]{0,2}(?:,|\||[ \t]-|[ \t]–)[ \t]{1,2}                  # ", Acme" / " | Acme" / " - Acme"
    (?P<org>\p{Lu}[^,:;|\n()\d@]{1,60}?)
    (?=[ \t]{0,2}(?:[,;|\n(]|[ \t]-[ \t]|$))
    """,
    regex.VERBOSE,
)
"""The organisation written after the name or title on the same line."""

_ORG_MARKS = (",", "|", "-", "–")
"""ORG_AFTER's separators, one of which stands within its first four characters."""

ORG_LINE = regex.compile(r"(?<![^\n])[ \t]{0,4}(?P<org>\p{Lu}[^\d@:\n()]{1,60}?)[ \t]{0,4}$", regex.MULTILINE)
"""A short capitalised line with no digits, colon or address: a stacked organisation line."""


def title_and_org(text: str, name_end: int, limit: int) -> tuple[str | None, str | None]:
    """The title and organisation written after a name that ends at ``name_end``, before ``limit``."""
    end = line_end(text, name_end)
    # the title's comma comes after at most two blanks: most names are followed by none
    comma = text[name_end : name_end + 3].lstrip(" \t")[:1] == ","
    m = TITLE_AFTER.match(text, name_end, end) if comma and _may_hold_title(text[name_end:end]) else None
    if m is not None:
        return _joined(m.group(_TITLE_AFTER).strip(), _org(_org_after(text, m.end(), end)))
    if text[name_end:end].strip(" \t,"):
        return None, _org(_org_after(text, name_end, end))
    return _stacked(text, end, limit)


def _org_after(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """ORG_AFTER at ``pos``, tried only when its separator (a comma, bar or dash) is near."""
    head = text[pos : pos + 4]
    if not any(mark in head for mark in _ORG_MARKS):
        return None
    return ORG_AFTER.match(text, pos, end)


def _stacked(text: str, end: int, limit: int) -> tuple[str | None, str | None]:
    """Name alone on its line: the next line may be a title, and the one after it the organisation."""
    start = end + 1
    if start >= limit:
        return None, None
    stop = line_end(text, start)
    to = min(stop, limit)
    m = TITLE_LINE.match(text, start, to) if _may_hold_title(text[start:to]) else None
    if m is None or not m.group(_TITLE_LINE).strip():
        return None, None
    org = None
    if stop + 1 < limit:
        org = _org(ORG_LINE.match(text, stop + 1, min(line_end(text, stop + 1), limit)))
    return _joined(m.group(_TITLE_LINE).strip(), org)


def _may_hold_title(line: str) -> bool:
    """False where no title pattern can match: no title word's stem in ASCII text, whatever its case.

    A case-blind pattern costs far more than these tests on a line without a title; beyond ASCII,
    case-blind matching is more than lower-casing, so the pattern decides there.
    """
    if not line.isascii():
        return True
    lower = line.lower()
    return any(stem in lower for stem in _TITLE_STEMS)


def _joined(title: str, org: str | None) -> tuple[str, str | None]:
    if org is not None and _department(org):
        return f"{title}, {org}", None  # "Senior Vice President, Marketing": a department, not an employer
    return title, org


def _org(m: regex.Match[str] | None) -> str | None:
    if m is None:
        return None
    words = []
    for word in m.group("org").split():
        if word.lower().strip(".,'’") in CHANNEL_WORDS:
            break  # "Acme Clinic Email Us Here": a channel's label ends the name
        words.append(word)
    org = " ".join(words).strip(" .,'’-")
    if (
        not org
        or (_may_hold_title(org) and TITLE_LINE.fullmatch(org))
        or org.lower() in CITIES
        or org.lower() in REGIONS
    ):
        return None  # a second title ("Chief Financial Officer") or a place, not an employer
    return None if org.lower() in country_names() else org


def _department(org: str) -> bool:
    return all(w.lower() in DEPARTMENT_WORDS for w in org.split())
