"""Accuracy of pressparse and of the baselines on the labelled corpus, in one run.

    python benchmarks/accuracy.py                 # print the table, write results/accuracy.json
    python benchmarks/accuracy.py --raise-floors  # also raise benchmarks/floors.json to today's figures

pressparse parses every release of ``../shared/corpus/texts`` (so a crash on an
unlabelled one shows too); the labelled ones are scored with
``../shared/eval/score.py``. Each baseline whose packages are installed (the
``bench`` extra) is scored on the fields it can fill; one that is missing is
skipped with its reason. Exits 1 when a field is below its floor.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import baselines
import pressparse
import scoring
import tables

OUTPUT = scoring.RESULTS / "accuracy.json"
PACKAGES = ("pressparse", "phonenumbers", "email-validator", "datefinder", "dateparser", "spacy", "textacy")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not scoring.corpus_present():
        print(f"accuracy: the shared corpus is not at {scoring.SHARED}", file=sys.stderr)
        return 2
    scorer = scoring.load_scorer()
    result = run(scorer, with_baselines=not args.no_baselines)
    if args.raise_floors:
        result["floors"] = _raise_floors(result)
    print(tables.accuracy_table(result))
    print()
    print(scorer.render(result["systems"]["pressparse"]["result"]))
    for line in tables.accuracy_notes(result):
        print(line)
    if args.output or not args.no_baselines:
        # a run without baselines leaves the published JSON (and so the docs) alone
        scoring.write_json(args.output or OUTPUT, result)
    for line in result["below_floor"]:
        print(f"BELOW FLOOR  {line}", file=sys.stderr)
    return 1 if result["below_floor"] else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, help=f"the JSON to write (default {OUTPUT})")
    parser.add_argument(
        "--no-baselines", action="store_true", help="score pressparse alone; writes JSON only with --output"
    )
    parser.add_argument(
        "--raise-floors", action="store_true", help="raise floors.json to today's figures (never lowers one)"
    )
    return parser


def run(scorer: ModuleType, *, with_baselines: bool = True) -> dict[str, Any]:
    """Parse, score every system, and compare pressparse with its floors."""
    gold = scoring.load_gold(scorer)
    paths = scoring.corpus_paths()
    labelled = [p for p in paths if p.stem in gold]
    records = scoring.pressparse_records(paths)
    ours = scoring.score(scorer, gold, records)
    figures = scoring.headline(ours)
    floors = scoring.load_floors()
    systems: dict[str, Any] = {
        "pressparse": {
            "fields": figures,
            "vacuous": [f.name for f in scoring.FIELDS if scoring.is_vacuous(ours, f)],
            "failed_steps": _failed_steps(records),
            "result": ours,
        }
    }
    if with_baselines:
        for baseline in baselines.BASELINES:
            systems[baseline.name] = _score_baseline(scorer, gold, labelled, baseline)
    return {
        "corpus": {"texts": len(paths), "labelled": len(labelled)},
        "environment": _environment(),
        "fields": [{"name": f.name, "label": f.label} for f in scoring.FIELDS],
        "systems": systems,
        "floors": floors,
        "below_floor": scoring.below_floors(figures, floors),
    }


def _failed_steps(records: dict[str, scoring.Record]) -> int:
    """How many extractor runs failed or timed out: a crash shows even on an unlabelled release."""
    return sum(
        1
        for record in records.values()
        for problem in record["problems"]
        if problem["code"].endswith((".failed", ".timeout"))
    )


def _score_baseline(
    scorer: ModuleType, gold: dict[str, scoring.Record], paths: list[Path], baseline: baselines.Baseline
) -> dict[str, Any]:
    try:
        find = baseline.load()
    except baselines.Unavailable as exc:
        print(f"skipping {baseline.name}: {exc}", file=sys.stderr)
        return {"unavailable": str(exc)}
    records = {p.stem: {"id": p.stem, **find(pressparse.decode(p.read_bytes()).text)} for p in paths}
    result = scoring.score(scorer, gold, records)
    covered = [f for f in scoring.FIELDS if f.name in baseline.fields]
    return {
        "fields": scoring.headline(result, covered),
        "gave_up": sum(1 for r in records.values() if "error" in r),
        "result": {f.row: result[f.row] for f in covered},
    }


def _environment() -> dict[str, str]:
    versions = {"python": platform.python_version(), "commit": scoring.commit()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = pressparse.__version__ if name == "pressparse" else "not installed"
    return versions


def _raise_floors(result: dict[str, Any]) -> dict[str, float]:
    ours = result["systems"]["pressparse"]
    floors = scoring.raised_floors(ours["fields"], result["floors"], skip=ours["vacuous"])
    data = json.loads(scoring.FLOORS.read_text(encoding="utf-8"))
    data["floors"] = floors
    scoring.FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    raised = {k: v for k, v in floors.items() if v != result["floors"][k]}
    print(f"raised floors: {raised or 'none'}")
    return floors


if __name__ == "__main__":
    sys.exit(main())
