"""Score records against the shared gold labels; the floors the accuracy gate holds.

Used by ``accuracy.py`` and by ``tests/test_accuracy_gate.py``, so the gate and
the published table come from one code path. The scorer itself is
``../shared/eval/score.py``, loaded from its path: it is the project's
yardstick and is never copied here.
"""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pressparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEXTS = SHARED / "corpus" / "texts"
GOLD = SHARED / "corpus" / "gold"
SCORER = SHARED / "eval" / "score.py"
FLOORS = ROOT / "benchmarks" / "floors.json"
RESULTS = ROOT / "benchmarks" / "results"

Record = dict[str, Any]
Scores = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Field:
    """One gated number: a row of the scorer's result and the figure read from it."""

    name: str
    row: str
    metric: str
    label: str


# The headline figure of each field: F1 for item fields, accuracy for
# per-document fields. The lenient surname row is for comparison only.
FIELDS = (
    Field("dateline", "dateline", "accuracy", "dateline (place and date), accuracy"),
    Field("dateline_date", "dateline_date", "accuracy", "dateline date alone, accuracy"),
    Field("dated_dateline", "dated_dateline", "accuracy", "date of a dateline that has one, accuracy"),
    Field("embargo_status", "embargo_status", "accuracy", "embargo status, accuracy"),
    Field("embargo_until", "embargo_until", "accuracy", "embargo until, accuracy"),
    Field("quotes", "quotes", "f1", "quotes, F1"),
    Field("attributed_quotes", "attributed_quotes", "f1", "quotes with the right speaker, F1"),
    Field("speaker_given_quote", "speaker_given_quote", "accuracy", "speaker of a found quote, accuracy"),
    Field("phones", "phones", "f1", "phones (E.164), F1"),
    Field("emails", "emails", "f1", "emails, F1"),
    Field("contact_channels", "contact_channels", "f1", "contact channels, F1"),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)


def corpus_present() -> bool:
    """Whether the shared corpus and scorer sit beside the checkout."""
    return TEXTS.is_dir() and GOLD.is_dir() and SCORER.is_file()


def load_scorer() -> ModuleType:
    """``../shared/eval/score.py`` as a module."""
    spec = importlib.util.spec_from_file_location("pressparse_shared_score", SCORER)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_paths() -> list[Path]:
    """Every release of the corpus, labelled or not, in name order."""
    return sorted(TEXTS.glob("*.txt"))


def labelled_paths(scorer: ModuleType) -> list[Path]:
    """The releases that have gold labels, in name order."""
    gold = load_gold(scorer)
    return [p for p in corpus_paths() if p.stem in gold]


def load_gold(scorer: ModuleType) -> dict[str, Record]:
    gold: dict[str, Record] = scorer.load_records(GOLD)
    return gold


def pressparse_records(paths: Iterable[Path]) -> dict[str, Record]:
    """pressparse's record for each release, keyed by id, as ``pressparse parse`` writes it."""
    return {p.stem: pressparse.to_record(pressparse.read_release(p), id=p.stem) for p in paths}


def score(scorer: ModuleType, gold: Mapping[str, Record], pred: Mapping[str, Record]) -> Scores:
    """The scorer's full result, plus the accuracy of the dateline date alone."""
    result: Scores = scorer.score(dict(gold), dict(pred))
    result.pop("errors", None)
    result["dateline_date"] = _dateline_date(scorer, gold, pred)
    dated = {doc_id: g for doc_id, g in gold.items() if _date_of(g) is not None}
    result["dated_dateline"] = _dateline_date(scorer, dated, pred)
    return result


def _dateline_date(scorer: ModuleType, gold: Mapping[str, Record], pred: Mapping[str, Record]) -> Scores:
    # The one dateline figure a date finder can be held to: the date, with no
    # date on both sides counting as right, as the scorer does for datelines
    # (a wire dateline such as "SEATTLE--(BUSINESS WIRE)--" carries no date).
    right = sum(
        bool(scorer.same_when(_date_of(g), _date_of(pred.get(doc_id, {})))) for doc_id, g in gold.items()
    )
    total = len(gold)
    return {"accuracy": right / total if total else 1.0, "right": right, "total": total}


def _date_of(record: Record) -> str | None:
    dateline = record.get("dateline") or {}
    date = dateline.get("date")
    return None if date is None else str(date)


def headline(result: Scores, fields: Iterable[Field] = FIELDS) -> dict[str, float]:
    """The one figure per field that the table shows and the gate holds."""
    return {f.name: float(result[f.row][f.metric]) for f in fields}


def is_vacuous(result: Scores, field: Field) -> bool:
    """True when the figure rests on no item at all (1.0 by convention, proving nothing)."""
    row = result[field.row]
    if field.metric == "accuracy":
        return bool(row["total"] == 0)
    return bool(row["tp"] + row["fp"] + row["fn"] == 0)


def load_floors(path: Path = FLOORS) -> dict[str, float]:
    floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    return {str(k): float(v) for k, v in floors.items()}


def below_floors(figures: Mapping[str, float], floors: Mapping[str, float]) -> list[str]:
    """One line per field whose figure fell under its floor; empty when the gate holds."""
    return [
        f"{name}: {figures[name]:.3f} is below its floor {floor:.3f}"
        for name, floor in floors.items()
        if figures[name] < floor
    ]


def raised_floors(
    figures: Mapping[str, float], floors: Mapping[str, float], *, skip: Iterable[str] = ()
) -> dict[str, float]:
    """Each floor raised to today's figure (rounded down), never lowered; ``skip`` stays as it is."""
    kept = set(skip)
    return {
        name: floor if name in kept else max(floor, round_down(figures[name]))
        for name, floor in floors.items()
    }


def round_down(value: float, places: int = 3) -> float:
    """``value`` cut to ``places`` decimals, so a floor never sits above the figure it came from."""
    scale = 10.0**places
    return math.floor(value * scale + 1e-9) / scale


def commit() -> str:
    """The checkout's commit, so a published figure says what it measured."""
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write a benchmark's result where the docs tables and picture read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
