"""Who says a quote, read from the words around it: the cue verb and the speaker's mention.

Press releases attribute quotes in a handful of shapes, each read here by a
small function over the clause next to the marks: after the quote
(``"Q," said Name, title.`` / ``"Q," Name said.`` / ``"Q" - Name, Title``),
before it (``Name, title, said: "Q"`` / ``According to Name, "Q"``), or on a
lead-in line of its own (``And from the Chair:``). The mention found here is
resolved to a full name later (see ``names.py``); here it is only located.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from pressparse.document import Document
from pressparse.names import NAME_RUN, PRONOUNS, Words, has_role, is_person, key, split_title, words_of
from pressparse.types import Span
from pressparse.vocab.reporting_verbs import ALL_FORMS, BEFORE_INFINITIVE, REPORTING_VERBS
from pressparse.vocab.titles import ORG_NOUNS, TITLE_WORDS

MentionKind = Literal["person", "org", "pronoun", "role"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{N}'-]{0,40}")
_CLAUSE_STOP = regex.compile(
    r"""
      [.;!?] (?= \s | $ | ["'] )       # a sentence end
    | ["«»]                            # the next quotation
    | (?<= \s ) ' (?= \p{L} )          # a single mark opening a quotation
    | \n [ \t>]{0,40} \n               # a paragraph break
    """,
    regex.VERBOSE,
)
_ABBREVIATION = regex.compile(
    r"(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Gen|Sen|Rep|Gov|Hon|Rev|Lt|Col|Capt|Sgt|Mt|vs|etc))\Z"
)
_APPOSITION = regex.compile(r"^(?P<title>.{1,150}?)\s+(?:at|of|for|with|from|in)\s+(?P<org>\p{Lu}.{0,150})$")
_ACCORDING = regex.compile(r"(?i:according\s+to)\s+(?P<who>[^,:]{1,150})[,:]?\s*$")
_FROM_LEAD_IN = regex.compile(
    r"(?:^|\s)(?i:(?:and\s+)?(?:also\s+)?(?:from|on\s+behalf\s+of))\s+(?P<who>[^:]{1,150}):\s*$"
)
_STATEMENT_BY = regex.compile(
    r"""
      (?P<before> \S ) [ \t]{1,3} (?i: issues | issued | releases | released | delivers | makes | shares )
      \s{1,3} (?i: (?: a | the ) \s{1,3} )? (?i: joint \s{1,3} )? (?i: statement )
    | (?i: statement ) \s{1,3} (?i: from | by | of ) \s{1,3} (?P<after> \p{Lu} )
    """,
    regex.VERBOSE,
)
_HEAD_CHARS = 1500
_ADVERBS = frozenset(
    {"also", "further", "then", "later", "previously", "additionally", "recently", "simply", "once"}
)
_ALLOWED_TAIL = frozenset({"that", "today", "yesterday", "tonight", "recently", "also"})
_DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "a", "an"})
_MAX_CLAUSE = 320
_MAX_RUNS_TRIED = 3
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
"""Endings of nouns for people (``author``, ``scientist``, ``physician``) in a title before a name."""


@dataclass(frozen=True, slots=True)
class Mention:
    """The words that name the speaker, before any resolution."""

    kind: MentionKind
    span: Span
    words: tuple[str, ...]
    title: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker mention and its cue verb; ``mention`` is ``None`` for ``adding: "Q"``.

    ``end`` is where the attribution's clause ends, so a quote that opens right
    there (``"Q1," said X. "Q2."``) can take the same speaker.
    """

    mention: Mention | None
    cue: Span | None
    end: int


def clause_end(doc: Document, start: int, limit: int) -> int:
    """Where the clause starting at ``start`` ends: a sentence end, a quotation, a paragraph break."""
    for m in doc.finditer(_CLAUSE_STOP, pos=start, endpos=min(limit, start + _MAX_CLAUSE)):
        if m.group() == "." and _ABBREVIATION.search(doc.folded, max(start, m.start() - 6), m.start()):
            continue
        return m.start() + (1 if m.group() in ".;!?" else 0)
    return min(limit, start + _MAX_CLAUSE)


def sentence_start(doc: Document, floor: int, end: int) -> int:
    """Where the sentence that ends at ``end`` starts, not before ``floor``."""
    lo = max(floor, end - _MAX_CLAUSE)
    start = lo
    for m in doc.finditer(_CLAUSE_STOP, pos=lo, endpos=end):
        if m.group() == "." and _ABBREVIATION.search(doc.folded, max(lo, m.start() - 6), m.start()):
            continue
        start = m.end()
    return start


def _words(doc: Document, a: int, b: int) -> list[tuple[int, int, str]]:
    """Words with their spans, lower-cased; a capitalised cue verb is kept apart (``NOTES:`` is a heading)."""
    found = []
    for m in doc.finditer(_WORD, pos=a, endpos=b):
        word = m.group()
        low = word.casefold()
        found.append((m.start(), m.end(), low if word.islower() or low not in ALL_FORMS else word))
    return found


def after_quote(doc: Document, closed: int, limit: int) -> Attribution | None:
    """``"Q," said Name, title.`` / ``"Q," Name said.`` / ``"Q" - Name, Title``."""
    text = doc.folded
    a = closed
    while a < limit and text[a] in " \t\n,":
        a += 1
    end = clause_end(doc, a, limit)
    if text.startswith("-", a):
        b = a
        while b < end and text[b] in "- ":
            b += 1
        mention = parse_object(doc, b, end)
        return Attribution(mention, None, end) if mention else None
    words = _words(doc, a, end)
    if words and words[0][2] in ALL_FORMS:
        mention = parse_object(doc, _skip_adverbs(words, 1), end)
        return Attribution(mention, words[0][:2], end) if mention else None
    for i, (s, e, w) in enumerate(words[:12]):
        if w in REPORTING_VERBS and i > 0 and not _followed_by_to(words, i):
            mention = parse_subject(doc, a, s)
            return Attribution(mention, (s, e), end) if mention else None
    return None


def _followed_by_to(words: list[tuple[int, int, str]], i: int) -> bool:
    """``continues to break``, ``plans to``: a verb of doing, not of saying."""
    return i + 1 < len(words) and words[i + 1][2] == "to" and words[i][2] in BEFORE_INFINITIVE


def _skip_adverbs(words: list[tuple[int, int, str]], i: int) -> int:
    while i < len(words) and words[i][2] in _ADVERBS:
        i += 1
    return words[i][0] if i < len(words) else words[-1][1]


def before_quote(doc: Document, floor: int, opened: int) -> Attribution | None:
    """``Name, title, said: "Q"`` / ``Name said, "Q"`` / ``According to Name, "Q"``."""
    start = sentence_start(doc, floor, opened)
    seg = doc.folded[start:opened]
    stripped = seg.rstrip()
    m = _ACCORDING.search(stripped)
    if m:
        mention = parse_object(doc, start + m.start("who"), start + m.end("who"))
        return Attribution(mention, None, opened) if mention else None
    words = _words(doc, start, opened)
    verbs = [i for i, w in enumerate(words) if w[2] in REPORTING_VERBS]
    if words and words[-1][2] in ALL_FORMS and stripped.endswith((":", ",")):
        verbs.append(len(words) - 1)  # "Name comments, "Q"": a noun-like form used as the cue
    if not verbs:
        return None
    v = verbs[-1]
    tail = [w[2] for w in words[v + 1 :]]
    punctuated = stripped.endswith((":", ","))
    if not (not tail or tail == ["that"] or (punctuated and len(tail) <= 8)):
        return None
    cue = words[v][:2]
    mention = parse_subject(doc, start, cue[0])
    if mention is None and not doc.folded[start : cue[0]].strip(" \t\n,-"):
        return Attribution(None, cue, opened)  # "..., adding: "Q"": the speaker before
    return Attribution(mention, cue, opened) if mention else None


def lead_in(doc: Document, para: Span) -> Attribution | None:
    """A line of its own before a quote: ``Name, title, said:`` or ``And from the Chair:``."""
    a, b = para
    a = max(a, sentence_start(doc, a, b - 1))
    seg = doc.folded[a:b]
    if not seg.endswith(":") or b - a > 400:
        return None
    m = _FROM_LEAD_IN.search(seg)
    if m:
        mention = parse_object(doc, a + m.start("who"), a + m.end("who"))
        return Attribution(mention, None, b) if mention else None
    found = before_quote(doc, a, b)
    if found is not None and found.mention is not None:
        return found
    named = parse_subject(doc, a, b - 1)
    if named is not None and named.kind == "person" and len(named.words) >= 2:
        return Attribution(named, None, b)  # "Jana Doe, Director of Advocacy:"
    return None


def statement_by(doc: Document) -> Mention | None:
    """``District Attorney Jane Doe Issues Statement on ...``: whose statement the release is."""
    m = doc.search(_STATEMENT_BY, endpos=min(len(doc.folded), _HEAD_CHARS))
    if m is None:
        return None
    if m.group("after") is not None:
        return _named(doc, m.start("after"), min(len(doc.folded), m.start("after") + 120), whole=False)
    end = m.end("before")
    line = doc.folded.rfind("\n", 0, end) + 1
    runs = [r for r in doc.finditer(NAME_RUN, pos=line, endpos=end) if r.end() == end]
    if not runs:
        return None
    mention = _named(doc, runs[-1].start(), end, whole=True)
    return mention if mention is not None and mention.kind == "person" else None


def colon_before(doc: Document, opened: int) -> int | None:
    """Where a lead-in ending in a colon just before ``opened`` ends (past the colon), if there is one."""
    j = opened - 1
    while j >= 0 and opened - j < 200 and doc.folded[j] in " \t\n>":
        j -= 1
    return j + 1 if j >= 0 and doc.folded[j] == ":" else None


def name_line(doc: Document, start: int, limit: int) -> Attribution | None:
    """A line after a quote that only names the speaker: ``- Name, Title`` or ``Name, Title``."""
    text = doc.folded
    a = start
    while a < limit and text[a] in " \t\n>":
        a += 1
    nl = text.find("\n", a, limit)
    b = limit if nl < 0 else nl
    if b - a > 120 or a >= b or text[b - 1] in ".!?:":
        return None
    dashed = text[a] == "-"
    while a < b and text[a] in "- ":
        a += 1
    mention = parse_subject(doc, a, b)
    if mention is None or mention.kind != "person" or len(mention.words) < 2:
        return None
    if not dashed and not has_role(mention.title):
        return None  # a line of capitalised words alone is a heading, not a signature
    return Attribution(mention, None, b)


def parse_subject(doc: Document, a: int, b: int) -> Mention | None:
    """The subject of a cue verb, which must fill ``[a, b)``: ``he``, ``the company``, ``Name, title,``."""
    text = doc.folded
    words = _words(doc, a, b)
    while words and words[-1][2] in _ADVERBS:
        b = words[-1][0]
        words.pop()
    while b > a and text[b - 1] in " \t\n,":
        b -= 1
    while a < b and text[a] in " \t\n,":
        a += 1
    if a >= b:
        return None
    found = _subject_at(doc, a, b)
    comma = text.find(", ", a, b)
    tries = 0
    while found is None and comma >= 0 and tries < 3:
        # "In a statement, Name said": the subject follows an opening phrase
        found, tries = _subject_at(doc, comma + 2, b), tries + 1
        comma = text.find(", ", comma + 2, b)
    return found


def _subject_at(doc: Document, a: int, b: int) -> Mention | None:
    words = _words(doc, a, b)
    if len(words) == 1 and words[0][2] in PRONOUNS:
        return Mention("pronoun", words[0][:2], (doc.text[words[0][0] : words[0][1]],))
    if words and words[0][2] in _DETERMINERS:
        return _phrase(doc, a, b)
    return _named(doc, a, b, whole=True)


def parse_object(doc: Document, a: int, b: int) -> Mention | None:
    """The speaker after a cue verb or a dash: ``he``, ``the company's CEO``, ``Name, title of Org``."""
    text = doc.folded
    while a < b and text[a] in " \t\n":
        a += 1
    words = _words(doc, a, b)
    if not words:
        return None
    first = words[0][2]
    if first in PRONOUNS and (len(words) == 1 or text[words[0][1]] in " ,."):
        return Mention("pronoun", words[0][:2], (doc.text[words[0][0] : words[0][1]],))
    if first in _DETERMINERS:
        comma = text.find(",", a, b)
        named = _named(doc, comma + 1, b, whole=False) if comma > 0 else None
        if named is not None and named.kind == "person":
            return named
        return _phrase(doc, a, comma if comma > 0 else b)
    return _named(doc, a, b, whole=False)


def _phrase(doc: Document, a: int, b: int) -> Mention | None:
    """``the company``, ``the Department``, ``the company's chief executive``: an organisation or a role."""
    words = _words(doc, a, b)
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
    elif doc.folded[words[h][0]].isupper():
        kind = "org"
    else:
        return None
    if kind == "role":
        return Mention(kind, (a, end), tuple(w[2] for w in words[: h + 1]))
    return Mention(kind, (a, end), (phrase,))


def _named(doc: Document, a: int, b: int, *, whole: bool) -> Mention | None:
    """A capitalised name at ``a`` (after any lower-case title words), with an apposition after it."""
    text = doc.folded
    while a < b and text[a] in " \t\n":
        a += 1
    run, prefix = None, ""
    for i, candidate in enumerate(doc.finditer(NAME_RUN, pos=a, endpos=b)):
        prefix = text[a : candidate.start()].strip()
        after = text[candidate.end() : b].strip()
        fits = not whole or not after or after.startswith(",")
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
    rest = text[run.end() : b].strip()
    title_first = part.is_org or key(part.name.words[-1]) in TITLE_WORDS
    if rest.startswith(",") and title_first and not prefix:
        # "NO2ID National Coordinator, Phil Booth, said": the title first, the name in apposition
        named = _named(doc, text.index(",", run.end()) + 1, b, whole=whole)
        if named is not None and named.kind == "person":
            return Mention(
                "person", named.span, named.words, doc.text[run.start() : run.end()], named.organization
            )
    if whole and rest and not rest.startswith(","):
        return None
    title = " ".join(x for x in (prefix, part.title or "") if x) or None
    title, org = _apposition(doc.text[run.end() : b], title)
    org = part.organization or org
    kind: MentionKind = "org" if part.is_org else "person"
    if kind == "person" and not is_person(part.name.words):
        return None
    name = _org_text(doc, part.name) if part.is_org else part.name.words
    return Mention(kind, part.name.span, name, title, org)


def _org_text(doc: Document, words: Words) -> tuple[str, ...]:
    a, b = words.span
    return (doc.text[a:b],)


def _is_title_prefix(prefix: str) -> bool:
    """``museum director``, ``lead study author``: words ending in a title or a noun for a person."""
    parts = prefix.split()
    if not 0 < len(parts) <= 6:
        return False
    last = key(parts[-1])
    return last in TITLE_WORDS or (last.isalpha() and last.endswith(_AGENT_SUFFIXES) and len(parts) > 1)


def _apposition(rest: str, title: str | None) -> tuple[str | None, str | None]:
    """``, chief financial officer of Brightline Rail`` -> (title, organisation)."""
    rest = rest.strip().lstrip(",-–— ").strip().rstrip(".,;: ")
    if not rest:
        return title, None
    m = _APPOSITION.match(rest)
    if m:
        return title or m.group("title").strip(" ,"), m.group("org").strip(" ,")
    if ", " in rest:
        head, _, tail = rest.rpartition(", ")
        if tail[:1].isupper():
            return title or head, tail
    return title or rest, None


def indirect_speaker(doc: Document, a: int, b: int) -> Attribution | None:
    """The last ``Name said (that) ...`` in ``[a, b)``: who a following unattributed quote belongs to."""
    found: Attribution | None = None
    start = a
    for m in doc.finditer(_CLAUSE_STOP, pos=a, endpos=b):
        if m.group() == "." and _ABBREVIATION.search(doc.folded, max(start, m.start() - 6), m.start()):
            continue
        found = _reported(doc, start, m.start()) or found
        start = m.end()
    return _reported(doc, start, b) or found


def _reported(doc: Document, a: int, b: int) -> Attribution | None:
    for s, e, w in _words(doc, a, b)[:14]:
        if w in REPORTING_VERBS:
            mention = parse_subject(doc, a, s)
            return Attribution(mention, (s, e), b) if mention else None
    return None
