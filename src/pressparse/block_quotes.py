"""Block quotes without marks: paragraphs set off after a lead-in such as ``Name said:``.

UK government releases print a minister's words this way. The block runs on
through following paragraphs until something that is plainly not the
speaker's: a heading, a list, another lead-in, a quotation in marks, a
paragraph that reports speech (``said``) or opens with a date (``In March
2013, the department...``), which is the writer's narrative resuming.
"""

from __future__ import annotations

import regex

from pressparse.attribution import Attribution, lead_in
from pressparse.document import Document
from pressparse.paragraphs import Layout
from pressparse.quote_marks import Passage
from pressparse.types import Span

_MAX_PARAGRAPHS = 6
_NOT_SPEECH = regex.compile(
    r"""
      \G (?: [-•*▪·] | \d{1,2} [.)] \s )                       # a list item
    | \G ["'«»‹›]                                               # a quotation in marks
    | \G (?: In|On|By|Since|From|Last|Earlier|This ) \s
        (?: \p{Lu}\p{Ll}{2,9} \s )? (?: \d{1,4} | year | week | month ) # "In May 2019,"
    | \b (?: said | says | added | told ) \b                   # narration of speech
    """,
    regex.VERBOSE,
)
_ENDS_PROSE = (".", "!", "?", '"', "'", ")", "…")
_NARRATION = ("said", "says", "added", "told")
"""The words of the pattern's one branch that may match past a paragraph's start."""


def find_blocks(doc: Document, paras: Layout, marked: list[Passage]) -> list[tuple[Passage, Attribution]]:
    """Every unmarked block quote after a lead-in paragraph, with that lead-in's attribution."""
    folded = doc.folded
    leads = [i for i, b in enumerate(paras.ends[:-1]) if folded[b - 1] == ":"]  # a lead-in ends in a colon
    found: list[tuple[Passage, Attribution]] = []
    if not leads:
        return found  # most releases: no paragraph to set a block off
    taken = {paras.index(p.opened) for p in marked}
    n = len(paras.starts)
    for i in leads:
        a, b = paras.span(i)
        if i + 1 in taken or not _is_speech(doc, paras.span(i + 1), first=True):
            continue
        attribution = lead_in(doc, (a, b))
        if attribution is None or attribution.cue is None:
            continue
        parts = [paras.span(i + 1)]
        j = i + 2
        while j < n and len(parts) < _MAX_PARAGRAPHS and j not in taken and _is_speech(doc, paras.span(j)):
            parts.append(paras.span(j))
            j += 1
        found.append((Passage(tuple(parts), parts[0][0], None, "block"), attribution))
    return found


def _is_speech(doc: Document, span: Span, *, first: bool = False) -> bool:
    a, b = span
    text = doc.folded[a:b]
    if not text.endswith(_ENDS_PROSE) or (first and len(text) < 30):
        return False
    # a search is costly over a long paragraph: it can only match past the start on a narration word
    if doc.match(_NOT_SPEECH, pos=a, endpos=b) is not None:
        return False
    return not any(word in text for word in _NARRATION) or doc.search(_NOT_SPEECH, pos=a, endpos=b) is None
