"""The folded view keeps every offset: one character for one."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from pressparse.document import _FOLD_MAP, UNTIMED_WINDOW, Document, fold
from pressparse.errors import PatternTimeout


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("“Yes,” she said", '"Yes," she said'),
        ("Dana’s", "Dana's"),
        ("SEOUL—(BUSINESS WIRE)–", "SEOUL-(BUSINESS WIRE)-"),
        ("Hong Kong, 14 June 2023－", "Hong Kong, 14 June 2023-"),
        ("10\u00a0000\u202fkm", "10 000 km"),
        ("one\r\ntwo\rthree", "one \ntwo\nthree"),
        ("a\x00b\u200bc", "a b c"),
        ("\ud800lone", " lone"),
    ],
    ids=[
        "curly quotes",
        "apostrophe",
        "dashes",
        "full-width hyphen",
        "odd spaces",
        "line ends",
        "NUL and zero-width",
        "lone surrogate",
    ],
)
def test_fold_maps_variants_one_for_one(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def _fold_by_hand(text: str) -> str:
    """The definition, one character at a time: slow, and plainly right."""
    out = []
    for i, c in enumerate(text):
        if c == "\r":
            out.append(" " if text[i + 1 : i + 2] == "\n" else "\n")
        elif "\ud800" <= c <= "\udfff":
            out.append(" ")
        else:
            out.append(_FOLD_MAP.get(c, c))
    return "".join(out)


_TRICKY = st.sampled_from(
    [*(c for c in _FOLD_MAP if len(c) == 1), "\n", "a", " ", "\ud800", "\udfff", "é", "\U0001f600"]
)


@given(st.lists(_TRICKY).map("".join) | st.text())
def test_fold_agrees_with_the_definition_character_by_character(text: str) -> None:
    assert fold(text) == _fold_by_hand(text)


_RUNAWAY = regex.compile(r"(a|aa)+$")


def test_a_runaway_pattern_over_a_long_window_raises_pattern_timeout() -> None:
    doc = Document("a" * (UNTIMED_WINDOW + 10) + "!", timeout=0.01)
    with pytest.raises(PatternTimeout):
        list(doc.finditer(_RUNAWAY))


def test_a_short_window_runs_without_the_timeout() -> None:
    # 24 letters cost the runaway pattern some 75,000 steps: far past a microsecond, done in milliseconds
    doc = Document("a" * 24 + "!" + "b" * (UNTIMED_WINDOW + 10), timeout=1e-6)
    assert list(doc.finditer(_RUNAWAY, endpos=25)) == []
    assert doc.search(_RUNAWAY, endpos=25) is None
    with pytest.raises(PatternTimeout):
        doc.search(_RUNAWAY)


def test_document_refuses_bytes() -> None:
    with pytest.raises(TypeError, match="parse_bytes"):
        Document(b"bytes")  # type: ignore[arg-type]


def test_the_lower_case_view_keeps_every_offset() -> None:
    doc = Document("İSTANBUL, 3 May 2024 – “Yes,” said Ayşe Kaya.")
    assert len(doc.lower) == len(doc.text)
    assert doc.lower.startswith("istanbul")
    assert doc.lower.index("ayşe") == doc.text.index("Ayşe")
