"""The name-run pattern's word lists, written as tries, accept exactly the words they stand for."""

from __future__ import annotations

import regex

from pressparse import names

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
