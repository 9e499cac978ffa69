"""The words that name a speaker: a person, an organisation, a pronoun or a role, located and split.

``parse_subject`` reads the words before a cue verb (``Ruth Calloway, chief
financial officer of Brightline Rail,``), ``parse_object`` the words after
one or after a dash (``said museum director Ines Okafor``). Both split the
title and organisation off the name; resolving a surname or pronoun to a
full name happens later, in ``speakers``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Literal, NamedTuple

import regex

from pressparse.document import UNTIMED_WINDOW, Document
from pressparse.names import (
    NAME_RUN,
    PRONOUNS,
    NamePart,
    Words,
    has_role,
    is_person,
    key,
    split_title,
    words_of,
)
from pressparse.types import Span
from pressparse.vocab.reporting_verbs import ALL_FORMS
from pressparse.vocab.titles import JOB_NOUNS, ORG_NOUNS, TITLE_WORDS

MentionKind = Literal["person", "org", "pronoun", "role"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{N}'-]{0,40}")

_ASIDE = regex.compile(r"\([^()\n]{0,60}\)")
"""``(pictured)``, ``(NASDAQ: ACME)``: asides inside an apposition."""
_APPOSITION_AT = regex.compile(r"^(?P<title>.{1,150})\s+at\s+(?:the\s+)?(?P<org>\p{Lu}.{0,150})$")
"""``head of research and policy at Lumen Labs``: the organisation after the last ``at``."""
_APPOSITION_OF = regex.compile(
    r"^(?P<title>.{1,150}?)\s+(?:of|for|with|from|in)\s+(?P<org>(?:the\s+)?\p{Lu}.{0,150})$"
)
"""``chief financial officer of Brightline Rail``: the organisation after the first ``of``."""
_APPOSITION_WORDS = ("of", "for", "with", "from", "in")
ADVERBS = frozenset(
    {"also", "further", "then", "later", "previously", "additionally", "recently", "simply", "once"}
)
"""Words between a speaker and the cue (``Name also said``), skipped."""
_NOT_TITLE_START = frozenset({"and", "or", "with", "of", "for", "to", "from", "by", "at", "in", "on", "as"})
"""Words that join two names (``Ana Ruiz and director Tomas Berg``) rather than open a title."""
_DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "a", "an"})
_MAX_RUNS_TRIED = 3
_ORG_REACH = 3000
_PLURALS = frozenset({"children", "people", "men", "women", "staff", "police", "youth"})
"""Characters at the top of a release, and before a mention, searched for the organisation it names."""
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
"""Endings of nouns for people (``author``, ``scientist``, ``physician``) in a title before a name."""


class Mention(NamedTuple):
    """The words that name the speaker, before any resolution."""

    kind: MentionKind
    span: Span
    words: tuple[str, ...]
    title: str | None = None
    organization: str | None = None


Token = tuple[int, int, str]
"""A word's start, end and form as ``words_in`` gives it."""


def words_in(doc: Document, a: int, b: int, *, limit: int = 0) -> list[Token]:
    """Words with their spans, lower-cased; a capitalised cue verb is kept apart (``NOTES:`` is a heading).

    With ``limit``, only the first ``limit`` words: a long clause need not be read to its end.
    """
    if b - a > UNTIMED_WINDOW:  # a whole long text: through Document, under its timeout
        found = doc.finditer(_WORD, pos=a, endpos=b)
        return [(*m.span(), _form(m.group())) for m in (islice(found, limit) if limit else found)]
    # The words as strings, without a Match object each: every letter starts a word, so none stands
    # between one word's end and the next word's start, and ``find`` lands on that start.
    text = doc.folded
    words = _WORD.findall(text, a, b)
    tokens: list[Token] = []
    pos = a
    for word in words[:limit] if limit else words:
        start = text.find(word, pos)
        pos = start + len(word)
        tokens.append((start, pos, _form(word)))
    return tokens


@lru_cache(maxsize=4096)  # a pure function of one word, asked of the same common words again and again
def _form(word: str) -> str:
    low = word.casefold()
    return low if word.islower() or low not in ALL_FORMS else word


def parse_subject(doc: Document, a: int, b: int, words: list[Token] | None = None) -> Mention | None:
    """The subject of a cue verb, which must fill ``[a, b)``: ``he``, ``the company``, ``Name, title,``.

    ``words`` are ``words_in(doc, a, b)`` when the caller has read them already.
    """
    text = doc.folded
    words = words_in(doc, a, b) if words is None else words
    while words and words[-1][2] in ADVERBS:
        b = words[-1][0]
        words.pop()
    while b > a and text[b - 1] in " \t\n,":
        b -= 1
    while a < b and text[a] in " \t\n,":
        a += 1
    if a >= b:
        return None
    found = _subject_at(doc, a, b, words)
    comma = text.find(", ", a, b)
    tries = 0
    while found is None and comma >= 0 and tries < 3:
        # "In a statement, Name said": the subject follows an opening phrase; no word holds its space,
        # so the words from there on are those a scan from there finds
        found = _subject_at(doc, comma + 2, b, [w for w in words if w[0] >= comma + 2])
        tries += 1
        comma = text.find(", ", comma + 2, b)
    return found


def _subject_at(doc: Document, a: int, b: int, words: list[Token]) -> Mention | None:
    if len(words) == 1 and words[0][2] in PRONOUNS:
        return Mention("pronoun", words[0][:2], (doc.text[words[0][0] : words[0][1]],))
    if words and words[0][2] in _DETERMINERS:
        return _phrase(doc, a, b)
    return named(doc, a, b, whole=True)


def parse_object(doc: Document, a: int, b: int, words: list[Token] | None = None) -> Mention | None:
    """The speaker after a cue verb or a dash: ``he``, ``the company's CEO``, ``Name, title of Org``.

    ``words`` are ``words_in(doc, a, b)`` when the caller has read them already.
    """
    text = doc.folded
    while a < b and text[a] in " \t\n":
        a += 1
    words = words_in(doc, a, b) if words is None else words
    if not words:
        return None
    first = words[0][2]
    if first in PRONOUNS and (len(words) == 1 or text[words[0][1]] in " ,."):
        return Mention("pronoun", words[0][:2], (doc.text[words[0][0] : words[0][1]],))
    if first in _DETERMINERS:
        comma = text.find(",", a, b)
        person = named(doc, comma + 1, b, whole=False) if comma > 0 else None
        if person is not None and person.kind == "person":
            return person
        return _phrase(doc, a, comma if comma > 0 else b)
    return named(doc, a, b, whole=False)


def _phrase(doc: Document, a: int, b: int) -> Mention | None:
    """``the company``, ``the Department``, ``the company's chief executive``: an organisation or a role."""
    words = words_in(doc, a, b)
    if not 2 <= len(words) <= 6:
        return None
    end = words[-1][1]
    phrase = doc.text[a:end]
    # the head noun comes before "of": "the Department of Transport", "the widow of ..."
    h = next((i - 1 for i, w in enumerate(words) if i > 1 and w[2] in ("of", "at", "for")), len(words) - 1)
    head = words[h][2]
    if head in ORG_NOUNS:
        kind: MentionKind = "org"
    elif head in TITLE_WORDS or head.startswith("spokes"):
        kind = "role"
    elif doc.folded[words[h][0]].isupper() or _names_an_org(doc, head, a):
        kind = "org"  # "the zoo" in a release about the Lumen Zoo
    else:
        return None
    if kind == "role":
        return Mention(kind, (a, end), tuple(w[2] for w in words[: h + 1]))
    return Mention(kind, (a, end), (phrase,))


def _names_an_org(doc: Document, head: str, at: int) -> bool:
    """The release names something whose last word is ``head`` capitalised: ``Lumen Zoo`` for ``the zoo``.

    Read in the release's head and just before ``at``, so a release of many
    quotes costs a bounded search per quote.
    """
    found = f" {head.capitalize()}"
    text = doc.folded
    if not head.isalpha() or head.endswith("s") or head in _PLURALS:
        return False  # "the children spoke": people, not an organisation
    return text.find(found, 0, _ORG_REACH) >= 0 or text.find(found, max(0, at - _ORG_REACH), at) >= 0


def named(doc: Document, a: int, b: int, *, whole: bool) -> Mention | None:
    """A capitalised name at ``a`` (after any lower-case title words), with an apposition after it."""
    text = doc.folded
    while a < b and text[a] in " \t\n":
        a += 1
    run, prefix = None, ""
    for i, candidate in enumerate(doc.finditer(NAME_RUN, pos=a, endpos=b)):
        prefix = text[a : candidate.start()].strip()
        fits = not whole or _ends_or_apposes(text[candidate.end() : b])  # "Name (pictured), title,"
        if fits and (not prefix or _is_title_prefix(prefix)):
            run = candidate  # "Water minister Ana Ruiz": the name after a title in lower case
            break
        if i >= _MAX_RUNS_TRIED:
            break
    if run is None:
        return None
    part = split_title(words_of(doc.text, run.start(), run.end()))
    if not part.name.words:
        return None
    if not prefix:
        person = _person_after_leading_run(doc, run.start(), run.end(), b, part, whole=whole)
        if person is not None:
            return person
    if whole and not _ends_or_apposes(text[run.end() : b]):
        return None
    lead = prefix.rstrip(",")
    title = (f"{lead} {part.title}" if lead else part.title) if part.title else lead or None
    title, org = _apposition(doc.text[run.end() : b], title)
    org = part.organization or org
    kind: MentionKind = "org" if part.is_org else "person"
    if kind == "person" and not is_person(part.name.words):
        return None
    name = _org_text(doc, part.name) if part.is_org else part.name.words
    return Mention(kind, part.name.span, name, title, org)


def _ends_or_apposes(rest: str) -> bool:
    """Nothing but spaces follows a name, or an apposition set off by a comma or a bracket."""
    rest = rest.lstrip()
    return not rest or rest[0] in ",("


def _person_after_leading_run(
    doc: Document, start: int, end: int, b: int, part: NamePart, *, whole: bool
) -> Mention | None:
    """The person a leading name or title introduces, which takes it as organisation or title.

    ``Acme chief executive Jane Doe``, ``Acme's chief executive, Jane Doe``,
    ``Nobel laureate Jane Doe`` and ``Lumen Labs Research Director, Ines Okafor,``.
    """
    text = doc.folded
    lead = doc.text[start:end]
    person = _person_after_title(doc, end, b, whole=whole)
    if person is not None:
        owner = lead[:-2] if key(lead) != lead.casefold() and lead[-2:] in ("'s", "’s") else None
        if part.is_org or owner is not None:
            return Mention("person", person.span, person.words, person.title, owner or lead)
        return Mention("person", person.span, person.words, f"{lead} {person.title}", person.organization)
    title_first = part.is_org or key(part.name.words[-1]) in TITLE_WORDS
    if text[end:b].strip().startswith(",") and title_first:
        person = named(doc, text.index(",", end) + 1, b, whole=whole)
        if person is not None and person.kind == "person":
            return Mention("person", person.span, person.words, lead, person.organization)
    return None


def _person_after_title(doc: Document, a: int, b: int, *, whole: bool) -> Mention | None:
    """``[Acme] chief executive Jane Doe``: a title in lower case after a name, then the person."""
    first = doc.folded[a:b].lstrip()[:1]
    if first == "," or first.isupper():
        return None  # an apposition, or capitals where a title in lower case would stand: no search
    nxt = doc.search(NAME_RUN, pos=a, endpos=b)
    if nxt is None:
        return None
    raw = doc.folded[a : nxt.start()].strip()
    between = raw.rstrip(",")
    words = between.split()
    titled = words == ["and"] and key((doc.folded[max(0, a - 40) : a].split() or [""])[-1]) in TITLE_WORDS
    if titled:
        a = nxt.start()  # "Acme President and CEO Jane Doe": the title goes on in capitals
    elif raw[:1] == "," or not between.islower() or not _is_title_prefix(between):
        return None  # "Ana Ruiz, counsel for": an apposition, not a title before a name
    elif words[0] in _NOT_TITLE_START or not _NOT_TITLE_START.isdisjoint(words[:-1]):
        return None
    person = named(doc, a, b, whole=whole)
    return person if person is not None and person.kind == "person" and person.title else None


def _org_text(doc: Document, words: Words) -> tuple[str, ...]:
    a, b = words.span
    return (doc.text[a:b],)


def _is_title_prefix(prefix: str) -> bool:
    """``museum director``, ``lead study author``, ``founder and``: words ending in a title or a job."""
    parts = prefix.strip(" ,").split()
    while parts and parts[-1] in ("and", "&"):
        parts.pop()  # "founder and CEO Jane Doe": the title goes on in capitals
    if not 0 < len(parts) <= 6:
        return False
    last = key(parts[-1])
    if last in TITLE_WORDS or last in JOB_NOUNS:
        return True
    return last.isalpha() and len(last) > 4 and last.endswith(_AGENT_SUFFIXES) and len(parts) > 1


def split_apposition(rest: str) -> tuple[str | None, str | None]:
    """``chief executive officer of Brightline Rail`` -> the title and the organisation."""
    return _apposition(rest, None)


def _apposition(rest: str, title: str | None) -> tuple[str | None, str | None]:
    """``, chief financial officer of Brightline Rail`` -> (title, organisation).

    An apposition that names no position (``, 54,`` or ``, who founded Acme``)
    is not a title.
    """
    # each pattern runs only where its words or brackets appear: most appositions have none
    rest = (_ASIDE.sub("", rest) if "(" in rest else rest).strip().lstrip(",-–— ").strip().rstrip(".,;: ")
    if not rest:
        return title, None
    found_title, org = rest, None
    if ", " in rest:
        head, _, tail = rest.rpartition(", ")
        if tail[:1].isupper() and not ("at" in tail and _APPOSITION_AT.match(tail)):
            found_title, org = head, tail  # "Head of Pricing, Brightline Rail"
    if org is None:
        m = ("at" in rest and _APPOSITION_AT.match(rest)) or (
            any(w in rest for w in _APPOSITION_WORDS) and _APPOSITION_OF.match(rest)
        )
        if m:
            found_title, org = m.group("title").strip(" ,"), m.group("org").strip(" ,")
    if not has_role(found_title):
        return title, None
    return title or found_title, org
