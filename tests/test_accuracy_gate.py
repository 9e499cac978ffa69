"""The accuracy gate: no field may fall below its floor in benchmarks/floors.json.

The labelled corpus is parsed in-process and scored by ../shared/eval/score.py
through benchmarks/scoring.py, the same code that writes the published table.
"""

from __future__ import annotations

from typing import Any

import pytest

import scoring

needs_corpus = pytest.mark.skipif(
    not scoring.corpus_present(), reason="../shared corpus and scorer not present"
)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    scorer = scoring.load_scorer()
    records = scoring.pressparse_records(scoring.labelled_paths(scorer))
    return scoring.headline(scoring.score(scorer, scoring.load_gold(scorer), records))


@needs_corpus
@pytest.mark.parametrize("field", sorted(scoring.load_floors()))
def test_field_holds_its_floor(figures: dict[str, float], field: str) -> None:
    floor = scoring.load_floors()[field]
    assert figures[field] >= floor, f"{field} dropped to {figures[field]:.3f}, below its floor {floor:.3f}"


def test_every_headline_field_has_a_floor_between_0_and_1() -> None:
    floors = scoring.load_floors()
    assert sorted(floors) == sorted(scoring.FIELD_NAMES)
    assert all(0.0 <= v <= 1.0 for v in floors.values()), floors


FLOOR_CASES: list[tuple[str, dict[str, float], dict[str, float], list[str]]] = [
    ("holds", {"phones": 0.9}, {"phones": 0.8}, []),
    ("equal-holds", {"phones": 0.8}, {"phones": 0.8}, []),
    ("drops", {"phones": 0.79}, {"phones": 0.8}, ["phones: 0.790 is below its floor 0.800"]),
]


@pytest.mark.parametrize(
    ("figures_", "floors", "expected"), [c[1:] for c in FLOOR_CASES], ids=[c[0] for c in FLOOR_CASES]
)
def test_below_floors_names_the_field_that_dropped(
    figures_: dict[str, float], floors: dict[str, float], expected: list[str]
) -> None:
    assert scoring.below_floors(figures_, floors) == expected


RAISE_CASES: list[tuple[str, dict[str, float], dict[str, float], set[str], dict[str, float]]] = [
    ("rises-rounded-down", {"emails": 0.91279}, {"emails": 0.5}, set(), {"emails": 0.912}),
    ("never-lowers", {"emails": 0.4}, {"emails": 0.5}, set(), {"emails": 0.5}),
    (
        "vacuous-kept",
        {"speaker_given_quote": 1.0},
        {"speaker_given_quote": 0.0},
        {"speaker_given_quote"},
        {"speaker_given_quote": 0.0},
    ),
]


@pytest.mark.parametrize(
    ("figures_", "floors", "skip", "expected"), [c[1:] for c in RAISE_CASES], ids=[c[0] for c in RAISE_CASES]
)
def test_raised_floors_only_ever_rise(
    figures_: dict[str, float], floors: dict[str, float], skip: set[str], expected: dict[str, Any]
) -> None:
    assert scoring.raised_floors(figures_, floors, skip=skip) == expected
