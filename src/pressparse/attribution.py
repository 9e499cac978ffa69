"""Who says a quote, read from the words around it: the cue verb and the speaker's mention.

Press releases attribute quotes in a handful of shapes, each read here by a
small function over the clause next to the marks: after the quote
(``"Q," said Name, title.`` / ``"Q," Name said.`` / ``"Q" - Name, Title``),
before it (``Name, title, said: "Q"`` / ``According to Name, "Q"``), or on a
lead-in line of its own (``And from the Chair:``). The words of the mention
are read by ``mentions``; they are resolved to a full name later, by ``speakers``.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from pressparse.document import Document
from pressparse.mentions import ADVERBS, Mention, Token, named, parse_object, parse_subject, words_in
from pressparse.names import NAME_RUN, has_role, is_person, split_title, words_of
from pressparse.types import Span
from pressparse.vocab.reporting_verbs import ALL_FORMS, BEFORE_INFINITIVE, REPORTING_VERBS

_CLAUSE_STOP_PATTERN = r"""
      [.;!?] (?= \s | $ | ["'] )       # a sentence end
    | ["«»]                            # the next quotation
    | (?<= \s ) ' (?= \p{L} )          # a single mark opening a quotation
    | \n [ \t>]{0,40} \n               # a paragraph break
"""
_CLAUSE_STOP = regex.compile(_CLAUSE_STOP_PATTERN, regex.VERBOSE)
_CLAUSE_STOP_BACK = regex.compile(_CLAUSE_STOP_PATTERN, regex.VERBOSE | regex.REVERSE)
"""The same stops found from the end backwards: the last one is the first found."""
_ABBREVIATION = regex.compile(
    r"(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Gen|Sen|Rep|Gov|Hon|Rev|Lt|Col|Capt|Sgt|Mt|vs|etc))\Z"
)
_ACCORDING = regex.compile(r"(?i:according\s+to)\s+(?P<who>[^,:]{1,150})[,:]?\s*$")
_ACCORDING_AFTER = regex.compile(r"(?i:according[ \t\n]{1,3}to)[ \t\n]{1,3}")
"""``"Q," according to Name``."""
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
_MAX_CLAUSE = 320
_CAPITAL_CUES = frozenset({"Said", "Says"})
"""``"...result." Said Name, CEO``: a sentence-initial cue after a quote that ended its own sentence."""
_PLAIN_TAIL = frozenset({"that", "today", "yesterday", "tonight", "recently", "also", "earlier"})
"""Words that may stand between a cue and its quote with no comma: ``Name said today "Q"``."""
_MAX_TAIL_WORDS = 8
"""Words between a cue and a comma or colon before the quote: ``said in a statement on Monday:``."""
_MAX_WORDS_BEFORE_SUBJECT = 8
_MAX_WORDS_BEFORE_REPORT = 24
"""Words before the cue of ``At a briefing with the Mayor today, Director Ana Ruiz said ...``."""
_MAX_CUES_TRIED = 3
_TAIL_REACH = 80
"""Characters before a quote read first for its cue: past ``_MAX_TAIL_WORDS`` words, as a rule."""
_VERB_BYTES = frozenset(v.encode() for v in REPORTING_VERBS)
_FORM_BYTES = frozenset(v.encode() for v in ALL_FORMS)
_WORD_RUNS = bytes(c if chr(c).isalnum() or c in b"'-?" else 32 for c in range(128)) + b" " * 128
"""Bytes of the characters a word holds kept, the rest made spaces; ``?`` stands for any non-ASCII one."""
_LETTER_RUNS = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128
_MAX_WORD = 41
"""Characters ``mentions.words_in`` takes in one word at most: a longer run goes on in a second word."""


class Attribution(NamedTuple):
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
    for m in doc.finditer(_CLAUSE_STOP_BACK, pos=lo, endpos=end):
        if m.group() == "." and _ABBREVIATION.search(doc.folded, max(lo, m.start() - 6), m.start()):
            continue
        return m.end()
    return lo


def after_quote(doc: Document, closed: int, limit: int) -> Attribution | None:
    """``"Q," said Name, title.`` / ``"Q," Name said.`` / ``"Q" - Name, Title``."""
    text = doc.folded
    a = closed
    while a < limit and text[a] in " \t\n,":
        a += 1
    if a >= limit:
        return None  # the quote ends its paragraph, as about half do
    end = clause_end(doc, a, limit)
    low = doc.lower  # holds "according" wherever the case-blind pattern can match it
    if text.startswith("-", a) or (low.startswith("according", a) and _ACCORDING_AFTER.match(text, a, end)):
        b = a
        while b < end and text[b] in "- ":
            b += 1
        m = _ACCORDING_AFTER.match(text, b, end) if low.startswith("according", b) else None
        mention = parse_object(doc, m.end() if m else b, end)
        return Attribution(mention, None, end) if mention else None
    if _leads_into_next(doc, closed, a, end) or not may_report(text[a:end], _FORM_BYTES):
        return None
    words = words_in(doc, a, end)
    if words and (words[0][2] in ALL_FORMS or words[0][2] in _CAPITAL_CUES):
        i = _past_adverbs(words, 1)
        mention = parse_object(doc, words[i][0] if i < len(words) else words[-1][1], end, words[i:])
        return Attribution(mention, words[0][:2], end) if mention else None
    for i, (s, e, w) in enumerate(words[:12]):
        if w in REPORTING_VERBS and i > 0 and not _followed_by_to(words, i):
            mention = parse_subject(doc, a, s, words[:i])
            return Attribution(mention, (s, e), end) if mention else None
    return None


def _leads_into_next(doc: Document, closed: int, a: int, end: int) -> bool:
    """``"Q1."\nName said, "Q2."``: after a finished sentence, a clause opening a quote is its lead-in.

    Releases with no blank lines between paragraphs put the next speaker's
    ``Name said,`` right after a quote that ended its sentence.
    """
    text = doc.folded
    ended = closed >= 2 and text[closed - 2] in ".!?"
    opens = end < len(text) and text[end] in '"«'
    return ended and opens and text[a:end].rstrip().endswith((",", ":"))


def _followed_by_to(words: list[tuple[int, int, str]], i: int) -> bool:
    """``continues to break``, ``plans to``: a verb of doing, not of saying."""
    return i + 1 < len(words) and words[i + 1][2] == "to" and words[i][2] in BEFORE_INFINITIVE


def _past_adverbs(words: list[tuple[int, int, str]], i: int) -> int:
    while i < len(words) and words[i][2] in ADVERBS:
        i += 1
    return i


def before_quote(doc: Document, floor: int, opened: int) -> Attribution | None:
    """``Name, title, said: "Q"`` / ``Name said, "Q"`` / ``According to Name, "Q"``."""
    if opened <= floor or doc.folded[floor:opened].isspace():
        return None  # the quote opens its paragraph: no sentence leads into it
    start = sentence_start(doc, floor, opened)
    seg = doc.folded[start:opened]
    stripped = seg.rstrip()
    # the lower-case view holds "ccording" wherever the pattern can match: a cheap test first
    m = _ACCORDING.search(stripped) if doc.lower.find("ccording", start, opened) >= 0 else None
    if m:
        mention = parse_object(doc, start + m.start("who"), start + m.end("who"))
        return Attribution(mention, None, opened) if mention else None
    punctuated = stripped.endswith((":", ","))
    words = _sentence_words(doc, start, opened, punctuated=punctuated)
    verbs = [i for i, w in enumerate(words) if w[2] in REPORTING_VERBS]
    if words and words[-1][2] in ALL_FORMS and punctuated:
        verbs.append(len(words) - 1)  # "Name comments, "Q"": a noun-like form used as the cue
    if not verbs:
        return None
    v = verbs[-1]
    tail = [w[2] for w in words[v + 1 :]]
    if not (set(tail) <= _PLAIN_TAIL or (punctuated and len(tail) <= _MAX_TAIL_WORDS)):
        return None
    cue = words[v][:2]
    mention = parse_subject(doc, start, cue[0], words[:v])
    if mention is None and not doc.folded[start : cue[0]].strip(" \t\n,-"):
        return Attribution(None, cue, opened)  # "..., adding: "Q"": the speaker before
    return Attribution(mention, cue, opened) if mention else None


def _sentence_words(doc: Document, start: int, opened: int, *, punctuated: bool) -> list[Token]:
    """The words of ``[start, opened)``, or none when none of them can be the cue ``before_quote`` takes."""
    if not may_report(doc.folded[start:opened], _FORM_BYTES):
        return []  # no cue, not even a noun-like form to end on
    # the cue must be among the last words: read those first, and the whole sentence only if one is there
    cut = doc.folded.rfind(" ", start, opened - _TAIL_REACH) + 1 if opened - start > _TAIL_REACH else 0
    if cut <= start:
        return words_in(doc, start, opened)
    last = words_in(doc, cut, opened)  # no word holds the space before ``cut``: the same words
    if _cannot_cue(last, punctuated=punctuated):
        return []
    return words_in(doc, start, cut) + last


def _cannot_cue(last: list[Token], *, punctuated: bool) -> bool:
    """No cue among a sentence's last words, and those words are too many or too plain to trail one.

    ``before_quote`` takes the last cue in the sentence and allows after it
    only words of ``_PLAIN_TAIL`` or, before a comma or colon, at most
    ``_MAX_TAIL_WORDS``: with none among ``last``, one earlier cannot qualify.
    """
    if not last or any(w[2] in REPORTING_VERBS for w in last):
        return False
    if punctuated and (last[-1][2] in ALL_FORMS or len(last) <= _MAX_TAIL_WORDS):
        return False
    return not all(w[2] in _PLAIN_TAIL for w in last)


def colon_subject(
    doc: Document, floor: int, colon: int, *, reach: int = _MAX_WORDS_BEFORE_SUBJECT
) -> Attribution | None:
    """``At the final vote, even Finance Minister Lena Varga could not defend it: "Q"``.

    A colon with no cue: the sentence's subject, a person named in full near
    its start and followed by a verb in lower case, introduces the quote.
    """
    start = sentence_start(doc, floor, colon)
    for m in doc.finditer(NAME_RUN, pos=start, endpos=colon):
        if len(doc.folded[start : m.start()].split()) > reach:
            return None
        part = split_title(words_of(doc.text, m.start(), m.end()))
        after = doc.folded[m.end() : m.end() + 2]
        if not part.is_org and len(part.name.words) >= 2 and is_person(part.name.words):
            if after[:1] == " " and after[1:].islower():
                mention = Mention("person", part.name.span, part.name.words, part.title)
                return Attribution(mention, None, colon)
            return None
    return None


def lead_in(doc: Document, para: Span) -> Attribution | None:
    """A line of its own before a quote: ``Name, title, said:`` or ``And from the Chair:``."""
    a, b = para
    a = max(a, sentence_start(doc, a, b - 1))
    seg = doc.folded[a:b]
    if not seg.endswith(":") or b - a > 400:
        return None
    low = doc.lower
    m = _FROM_LEAD_IN.search(seg) if low.find("from", a, b) >= 0 or low.find("behalf", a, b) >= 0 else None
    if m:
        mention = parse_object(doc, a + m.start("who"), a + m.end("who"))
        return Attribution(mention, None, b) if mention else None
    found = before_quote(doc, a, b)
    if found is not None and found.mention is not None:
        return found
    named = parse_subject(doc, a, b - 1)
    if named is not None and named.kind == "person" and len(named.words) >= 2:
        return Attribution(named, None, b)  # "Ines Okafor, Director of Research:"
    return None


def statement_by(doc: Document) -> Mention | None:
    """``District Attorney Jane Doe Issues Statement on ...``: whose statement the release is."""
    head = min(len(doc.folded), _HEAD_CHARS)
    if doc.lower.find("tatement", 0, head) < 0:
        return None  # both shapes hold the word; its "s" may be a long s, which lower() keeps
    m = doc.search(_STATEMENT_BY, endpos=head)
    if m is None:
        return None
    if m.group("after") is not None:
        return named(doc, m.start("after"), min(len(doc.folded), m.start("after") + 120), whole=False)
    end = m.end("before")
    line = doc.folded.rfind("\n", 0, end) + 1
    runs = [r for r in doc.finditer(NAME_RUN, pos=line, endpos=end) if r.end() == end]
    if not runs:
        return None
    mention = named(doc, runs[-1].start(), end, whole=True)
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


def indirect_speaker(doc: Document, a: int, b: int) -> Attribution | None:
    """The last ``Name said (that) ...`` in ``[a, b)``: who a following unattributed quote belongs to."""
    if not may_report(doc.folded[a:b]):
        return None  # most windows hold no reporting verb at all: no clause is read
    clauses: list[Span] = []
    start = a
    for m in doc.finditer(_CLAUSE_STOP, pos=a, endpos=b):
        if m.group() == "." and _ABBREVIATION.search(doc.folded, max(start, m.start() - 6), m.start()):
            continue
        clauses.append((start, m.start()))
        start = m.end()
    clauses.append((start, b))
    for clause in reversed(clauses):  # the last clause that reports speech wins: read from the end
        found = _reported(doc, *clause)
        if found is not None:
            return found
    return None


def may_report(text: str, forms: frozenset[bytes] = _VERB_BYTES) -> bool:
    """False when no word ``words_in`` reads in ``text`` can be one of ``forms``: a test in C, no words read.

    ``forms`` are verb forms in lower-case ASCII (``_FORM_BYTES`` takes ``Said``
    as well, once case-folded). A verb's word is a run of letters whose case-folded form is the verb, with
    no letter on either side unless a word of ``_MAX_WORD`` characters ended
    just before it. Case-folded, with other characters as ``?``, every such
    verb is a whole run of ASCII letters, or some run of word characters is
    too long to say.
    """
    runs = text.casefold().encode("ascii", "replace").translate(_WORD_RUNS).split()
    if not runs or max(map(len, runs)) > _MAX_WORD:
        return bool(runs)
    return not forms.isdisjoint(b" ".join(runs).translate(_LETTER_RUNS).split())


def _reported(doc: Document, a: int, b: int) -> Attribution | None:
    """``Name said (that) ...`` or ``..., said Name, title.``: who the clause reports as speaking."""
    if not may_report(doc.folded[a:b]):
        return None
    words = words_in(doc, a, b, limit=_MAX_WORDS_BEFORE_REPORT)
    verbs = [i for i, w in enumerate(words) if w[2] in REPORTING_VERBS]
    for i in verbs[:_MAX_CUES_TRIED]:
        s, e = words[i][:2]
        mention = parse_subject(doc, a, s, words[:i])
        if mention is None and doc.folded[a:s].rstrip().endswith(","):
            mention = parse_object(doc, e, b)  # "As its name suggests, it grows, said Name, its chair."
        if mention is not None:
            return Attribution(mention, (s, e), b)
    return None
