"""The name-run pattern's word lists, written as tries, accept exactly the words they stand for."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import names
from pressparse.document import Document
from pressparse.name_index import Names

FUNCTION_WORDS = [
    "In",
    "On",
    "At",
    "As",
    "If",
    "But",
    "And",
    "Or",
    "We",
    "It",
    "He",
    "She",
    "They",
    "This",
    "That",
    "These",
    "Those",
    "Our",
    "His",
    "Her",
    "Its",
    "Their",
    "When",
    "While",
    "With",
    "To",
    "By",
    "From",
    "After",
    "Before",
    "For",
    "A",
    "An",
    "The",
]
PARTICLES = [
    "of",
    "for",
    "the",
    "de",
    "da",
    "di",
    "do",
    "du",
    "del",
    "della",
    "dos",
    "das",
    "van",
    "von",
    "der",
    "den",
    "ten",
    "ter",
    "te",
    "op",
    "zu",
    "le",
    "la",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "y",
]
TITLE_ABBREVIATIONS = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Rev",
    "Hon",
    "St",
    "Jr",
    "Sr",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "Gen",
    "Lt",
    "Col",
    "Capt",
    "Sgt",
]
PREFIXES = ["al", "el", "ad", "ar", "as", "at", "az", "bin", "ibn", "abu", "d", "l"]


def _accepted(part: str, words: list[str]) -> set[str]:
    pattern = regex.compile(part, regex.VERBOSE)
    return {w for w in words if pattern.fullmatch(w)}


def _near_misses(words: list[str]) -> list[str]:
    """Each word with a letter added, dropped or capitalised: none of which is in the list."""
    found = {w + "s" for w in words} | {w[:-1] for w in words} | {w.swapcase() for w in words}
    return sorted(found - set(words) - {""})


def test_each_trie_accepts_its_words_and_no_others() -> None:
    for part, words in (
        (names._FUNCTION, FUNCTION_WORDS),
        (names._PARTICLE, PARTICLES),
        (names._TITLE_ABBREVIATION, TITLE_ABBREVIATIONS),
        (names._PREFIX, PREFIXES),
    ):
        assert _accepted(part, words) == set(words)
        assert not _accepted(part, _near_misses(words))


def test_guards_admit_every_particle_and_prefix() -> None:
    particle_starts = regex.compile(names._PARTICLE_STARTS)
    starts = regex.compile(names._STARTS)
    assert all(particle_starts.match(w) for w in PARTICLES)
    assert all(starts.match(w) for w in PARTICLES + PREFIXES)


_PIECES = [
    "Ana", "Ruiz", "Lee", "RUIZ", "O'Hara", "Narrell-Mead", "Mr.", "Dr", "Jr.", "S.", "J.K.", "The", "And",
    "of", "van", "de", "the", "said", "told", "added", "al-Rashid", "lee", "ruiz", "Ruiz's", "Ruiz,",
    "(Ruiz", '"Ruiz', "Ruiz.", "Co.", "2024", "https://x.com/ana-ruiz", "-", "&", "AT&T", "Ind.--Ruiz",
]  # fmt: skip
_GAPS = [" ", " ", " ", "  ", "\n", " \n", "\n\n", "\t", ", ", ". "]


def _reference_run(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The run holding ``[start, end)`` as the pattern finds it from 100 characters back, as before."""
    text = doc.folded
    lo = max(0, start - 100)
    for mark in ',;:()"!?':
        i = text.rfind(mark, lo, start)
        if i >= 0:
            lo = i + 1
    for m in doc.finditer(names.NAME_RUN, pos=lo, endpos=min(len(text), end + 6)):
        if m.start() > start:
            break
        if m.start() <= start < m.end():
            return m.span()
    return None


def _two_words(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return span if span is not None and len(names.run_words(doc.text, *span)) >= 2 else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=1, max_size=40))
def test_run_holding_a_surname_agrees_with_the_pattern(pieces: list[tuple[str, str]]) -> None:
    """Scanning from the last word no run crosses, and skipping a lone word, find what the pattern finds."""
    text = "".join(word + gap for word, gap in pieces)
    doc = Document(text)
    index = Names(doc)
    for surname in ("ruiz", "lee", "hara", "mead", "rashid", "co"):
        i = doc.lower.find(surname)
        while i >= 0:
            end = i + len(surname)
            if not (i and text[i - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                expected = _two_words(doc, _reference_run(doc, i, end))
                assert _two_words(doc, index._run_holding(i, end)) == expected, (text, i)
            i = doc.lower.find(surname, i + 1)
