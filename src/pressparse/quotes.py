"""Direct quotations and who says them.

The marks are paired first (``quote_marks``), unmarked block quotes found
after their lead-ins (``block_quotes``), then each passage is attributed from
the words around it (``attribution``) and its speaker resolved to the fullest
name in the release (``speakers``). A passage with no speaker of its own takes
the previous quote's speaker when it continues it: ``"Q1," said X. "Q2."``, or
a paragraph that is only a quote, a few paragraphs after X's quote. Failing
that, the person just reported as speaking (``X said that ...``) or the one
whose statement the headline announces. A passage nobody can be said to
speak (a scare quote, a title, a name) is left out.
"""

from __future__ import annotations

from typing import NamedTuple

from pressparse.attribution import (
    Attribution,
    after_quote,
    before_quote,
    colon_before,
    colon_subject,
    indirect_speaker,
    lead_in,
    name_line,
    statement_by,
)
from pressparse.block_quotes import find_blocks
from pressparse.document import Document, as_document
from pressparse.mentions import Mention
from pressparse.name_index import Names
from pressparse.paragraphs import Layout, at_line_end, at_line_start, layout
from pressparse.quote_marks import Passage, find_passages
from pressparse.report import Report, ignore
from pressparse.speakers import Context, resolve
from pressparse.types import Problem, Quote, Span, Speaker

_FOLLOW_ON_GAP = 6
"""Paragraphs of narrative a follow-on quote may sit after its speaker's quote."""
_MIN_WORDS = 4
"""Fewer words in a quote that opens a paragraph alone: a heading or a name, not speech."""
_MIN_INDIRECT_WORDS = 6
"""Words a quote needs to be given to someone reported nearby rather than named beside it."""
_MIN_QUOTE_WORDS = 3
"""Fewer words without a sentence end: a name, a title or a term in marks."""
_SHORT_CHARS = 80
_NAME_JOINERS = frozenset({"and", "or", "of", "the", "for", "in", "&", "a", "to", "with"})
"""Small words a product or campaign name keeps in lower case (``Harbor Red and Sand``)."""
_INDIRECT_REACH = 800
"""Characters before a quote searched for ``Name said that ...``: about two paragraphs."""
_MAX_PROBLEMS = 50
_SUBJECT_WORDS = 1
"""Words a sentence may open with before its subject when that subject introduces the next quote."""


def find_quotes(text: str | Document, /, *, report: Report = ignore) -> tuple[Quote, ...]:
    """Every attributed or attributable direct quote, in text order.

    >>> [(q.text, q.speaker.name) for q in find_quotes('"We are ready," said Dr Ana Ruiz.')]
    [('We are ready,', 'Ana Ruiz')]
    """
    doc = as_document(text)
    report = _Capped(report)
    paras = layout(doc)
    marked = find_passages(doc, report)
    found = [
        (p, _attribute(doc, paras, p, floor)) for p, floor in _with_floors(marked) if _may_be_speech(doc, p)
    ]
    found.extend(find_blocks(doc, paras, marked))
    found.sort(key=lambda item: item[0].opened)
    return _Resolver(doc, paras, report).run(found)


class _Capped:
    """Pass problems on, at most ``_MAX_PROBLEMS`` of them: 10,000 stray marks are one finding, not 10,000."""

    def __init__(self, report: Report) -> None:
        self.report, self.count = report, 0

    def __call__(self, problem: Problem) -> None:
        self.count += 1
        if self.count <= _MAX_PROBLEMS:
            self.report(problem)
        elif self.count == _MAX_PROBLEMS + 1:
            self.report(
                Problem(
                    "quotes.many_problems",
                    f"more than {_MAX_PROBLEMS} quotation problems; the rest are not listed",
                )
            )


def _with_floors(passages: list[Passage]) -> list[tuple[Passage, int]]:
    """Each passage with where the previous one closed: its lead-in cannot reach past that."""
    floors, prev = [], 0
    for p in passages:
        floors.append((p, prev))
        prev = p.closed if p.closed is not None else p.parts[-1][1]
    return floors


def _attribute(doc: Document, paras: Layout, p: Passage, floor: int) -> Attribution | None:
    """The passage's own attribution, tried in the order releases most often use."""
    first = paras.index(p.opened)
    if p.kind == "recovered":
        found = after_quote(doc, p.closed or p.parts[-1][1], paras.span(first)[1])
        return found if found is not None and found.cue is not None else None
    if p.closed is not None:
        end = paras.span(paras.index(p.closed - 1))[1]
        if _ends_speech(doc, p):
            found = after_quote(doc, p.closed, end)
            if found is not None:
                return found
    found = before_quote(doc, max(floor, paras.span(first)[0]), p.opened)
    if found is not None:
        return found
    if p.closed is not None and at_line_end(doc.folded, p.closed):
        nxt = paras.index(p.closed) + 1
        limit = paras.span(nxt)[1] if nxt < len(paras.starts) else len(doc.folded)
        found = name_line(doc, p.closed, limit)
        if found is not None:
            return found
    colon = colon_before(doc, p.opened)
    if colon is not None and (at_line_start(doc.folded, p.opened) or _is_sentences(doc, p)):
        found = lead_in(doc, (max(floor, colon - 400), colon))  # "Name, CEO, Acme: "Q.""
    if colon is not None and found is None and _is_sentences(doc, p):
        found = colon_subject(doc, max(floor, colon - 400), colon - 1)
    if found is None and colon is None and _is_sentences(doc, p):
        found = _subject_just_before(doc, max(floor, paras.span(first)[0]), p.opened)
    return found


def _subject_just_before(doc: Document, floor: int, opened: int) -> Attribution | None:
    """``Prof. Ana Ruiz reflected on the year. "Q."``: the subject of the sentence the quote follows."""
    j = opened - 1
    while j > floor and doc.folded[j] in " \t":
        j -= 1
    if j <= floor or doc.folded[j] != ".":
        return None
    gap = doc.folded.rfind("   ", floor, j)  # scraped pages flatten paragraph breaks into wide gaps
    return colon_subject(doc, floor if gap < 0 else gap + 3, j, reach=_SUBJECT_WORDS)


def _is_sentences(doc: Document, p: Passage) -> bool:
    """Whole sentences, not a title after a colon (``will present her paper: "Rivers of Light"``)."""
    return doc.folded[p.parts[-1][1] - 1] in ".!?…" and _word_count(doc, p) >= _MIN_INDIRECT_WORDS


def _may_be_speech(doc: Document, p: Passage) -> bool:
    """Fewer than three words and no sentence end: "Harbor Red", "Agreement", names and terms."""
    a, b = p.parts[0]
    if len(p.parts) > 1 or b - a > _SHORT_CHARS:
        return True
    words = doc.folded[a:b].split()
    if not words:
        return False  # marks around nothing but spaces or control characters
    ends = doc.folded[b - 1] in ".!?…"
    if words[0][:1] in "#@" or (not ends and _is_title_case(words)):
        return False  # "#BuildBolder", "Midnight Harbor Blue and Sand": a hashtag or a name
    return ends or len(words) >= _MIN_QUOTE_WORDS


def _is_title_case(words: list[str]) -> bool:
    """Every word capitalised but for joiners: a product, colour or campaign name, not a sentence."""
    capitalised = [w for w in words if w.lower().strip(",.!?") not in _NAME_JOINERS]
    return len(capitalised) >= 2 and all(w[:1].isupper() and not w.isupper() for w in capitalised)


def _ends_speech(doc: Document, p: Passage) -> bool:
    """Speech closes on punctuation (``"...ready,"``); a bare phrase in marks is a name or a title."""
    last = doc.folded[p.parts[-1][1] - 1]
    if last in ",.!?-:;…":
        return True
    after = doc.folded[p.closed : p.closed + 1] if p.closed is not None else ""
    return after == "," and _word_count(doc, p) >= _MIN_WORDS  # British: "Q", said X


class _Said(NamedTuple):
    """The last attributed quote: who, with what cue, and where its attribution ended."""

    speaker: Speaker
    cue: Span | None
    paragraph: int
    end: int


class _Resolver:
    """Walk the passages in order, resolving speakers and carrying them to follow-on quotes."""

    def __init__(self, doc: Document, paras: Layout, report: Report) -> None:
        self.doc, self.paras, self.report = doc, paras, report
        self.index = Names(doc)
        self._statement_by: Mention | None = None
        self._statement_read = False
        self.last: _Said | None = None
        self.last_person = Context(None, -1)
        self.roles: dict[str, tuple[str | None, str | None]] = {}

    def run(self, found: list[tuple[Passage, Attribution | None]]) -> tuple[Quote, ...]:
        quotes: list[Quote] = []
        for passage, attribution in found:
            quote = self._quote(passage, attribution)
            if quote is not None:
                quotes.append(quote)
        return tuple(quotes)

    def _quote(self, p: Passage, att: Attribution | None) -> Quote | None:
        para = self.paras.index(p.opened)
        said: _Said | None = None
        if att is not None and att.cue is None and self._continues(p):
            att = None  # '"Q1," said X. "Q2."' outranks a name line after Q2
        if att is not None and att.mention is not None:
            last = self.last_person
            ctx = Context(last.last_person, last.last_at, self.paras.span(max(0, para - 1))[0])
            speaker = self._known(resolve(self.doc, att.mention, self.index, ctx, self.report))
            said = _Said(speaker, att.cue, para, max(att.end, p.closed or p.opened))
            if att.mention.kind != "org":
                self.last_person = Context(speaker, att.mention.span[0])
        elif self.last is not None and self._follows_on(p, att, para):
            end = p.closed if p.closed is not None else p.parts[-1][1]
            said = _Said(self.last.speaker, self.last.cue, para, end)
        if said is None or (att is None and self._indirect_is_later(p, para)):
            said = self._indirect(p, para) or said
        if said is None and att is None and self.last is None and self._sentence_like(p):
            said = self._statement(p, para)
        if said is None:
            return None
        # a follow-on quote counts its distance from where this one ends
        self.last = _Said(said.speaker, said.cue, self.paras.index(p.parts[-1][0]), said.end)
        return self._build(p, said)

    def _known(self, speaker: Speaker) -> Speaker:
        """The title and organisation a speaker was first given, for ``Calloway said`` later on."""
        seen = self.roles.get(speaker.name)
        if seen is None:
            if speaker.title or speaker.organization:
                self.roles[speaker.name] = (speaker.title, speaker.organization)
            return speaker
        title = speaker.title or seen[0]
        organization = speaker.organization or seen[1]
        return Speaker(speaker.name, speaker.span, speaker.text, title, organization)

    def _continues(self, p: Passage) -> bool:
        """The passage opens right where the last attribution's clause ended."""
        return self.last is not None and not self.doc.folded[self.last.end : p.opened].strip(" \t\n>")

    def _sentence_like(self, p: Passage) -> bool:
        first = self.doc.folded[p.parts[0][0] : p.parts[0][0] + 1]
        return p.kind != "recovered" and first.isupper() and _word_count(self.doc, p) >= _MIN_INDIRECT_WORDS

    def _statement(self, p: Passage, para: int) -> _Said | None:
        """A release that is one person's statement, named in its headline, and a quote nobody claims."""
        if not self._statement_read:
            self._statement_by = statement_by(self.doc)  # read once: the headline does not change
            self._statement_read = True
        mention = self._statement_by
        if mention is None:
            return None
        speaker = resolve(self.doc, mention, self.index, self.last_person, self.report)
        return _Said(speaker, None, para, p.closed if p.closed is not None else p.parts[-1][1])

    def _indirect_is_later(self, p: Passage, para: int) -> bool:
        return self.last is None or self.last.end < self.paras.span(max(0, para - 1))[0]

    def _indirect(self, p: Passage, para: int) -> _Said | None:
        """``Name said that ... "Q"``: the person reported just before a quote nobody else claims."""
        if not self._sentence_like(p):
            return None
        a = self.paras.span(para)[0]
        if at_line_start(self.doc.folded, p.opened) and para > 0:
            a = self.paras.span(para - 1)[0]
        if self.last is not None:
            a = max(a, self.last.end)
        att = indirect_speaker(self.doc, max(a, p.opened - _INDIRECT_REACH), p.opened)
        if att is None or att.mention is None:
            return None
        speaker = resolve(self.doc, att.mention, self.index, self.last_person, self.report)
        end = p.closed if p.closed is not None else p.parts[-1][1]
        return _Said(speaker, att.cue, para, end)

    def _follows_on(self, p: Passage, att: Attribution | None, para: int) -> bool:
        last = self.last
        if last is None:
            return False
        if att is not None:  # "..., adding: "Q"" in the same or the next paragraph
            return para - last.paragraph <= 1
        if self._continues(p):
            return True  # "Q1," said X. "Q2."
        alone = _opens_a_sentence_line(self.doc.folded, p.opened) and _word_count(self.doc, p) >= _MIN_WORDS
        return alone and para - last.paragraph <= _FOLLOW_ON_GAP + 1

    def _build(self, p: Passage, said: _Said) -> Quote:
        text = " ".join(self.doc.text[a:b] for a, b in p.parts)
        span = (p.parts[0][0], p.parts[-1][1])
        cue = self.doc.text[said.cue[0] : said.cue[1]] if said.cue else None
        return Quote(text, span, p.parts, said.speaker, cue, said.cue)


def _opens_a_sentence_line(text: str, pos: int) -> bool:
    """At a line's start, after a line that ended a sentence: not a hard-wrapped phrase in marks."""
    if not at_line_start(text, pos):
        return False
    i = text.rfind("\n", 0, pos) - 1
    while i >= 0 and text[i] in " \t>":
        i -= 1
    return i < 0 or text[i] in "\n.!?:\"'»)"


def _word_count(doc: Document, p: Passage) -> int:
    return sum(len(doc.folded[a:b].split()) for a, b in p.parts)
