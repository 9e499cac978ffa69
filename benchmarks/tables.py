"""Markdown tables from the benchmark JSON, printed by the scripts and pasted into the docs.

    python benchmarks/tables.py   # refresh the tables in docs/benchmarks.md from results/*.json

A table in ``docs/benchmarks.md`` sits between ``<!-- begin NAME -->`` and
``<!-- end NAME -->``; only those lines are rewritten.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

RESULTS = Path(__file__).resolve().parent / "results"
DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

Data = dict[str, Any]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: list[str], rows: list[list[str]], align: str = "l") -> str:
    rule = [":---" if i == 0 else ("---:" if align == "r" else ":---") for i in range(len(head))]
    return "\n".join([_row(head), _row(rule), *(_row(r) for r in rows)])


def accuracy_table(data: Data) -> str:
    """One row per field: pressparse, its floor, then each baseline that covers the field."""
    systems: dict[str, Data] = data["systems"]
    others = [name for name in systems if name != "pressparse"]
    head = ["field", "pressparse", "floor", *others]
    rows = []
    for field in data["fields"]:
        name = field["name"]
        row = [field["label"], _figure(systems["pressparse"], name), f"{data['floors'].get(name, 0):.3f}"]
        row += [_figure(systems[other], name) for other in others]
        rows.append(row)
    return _table(head, rows, align="r")


def _figure(system: Data, field: str) -> str:
    if "unavailable" in system:
        return "not installed"
    value = system["fields"].get(field)
    if value is None:
        return "-"
    return f"{value:.3f}" + (" (no items)" if field in system.get("vacuous", ()) else "")


def accuracy_notes(data: Data) -> Iterator[str]:
    """What the table alone does not say: corpus size, skipped baselines, give-ups, crashes."""
    corpus = data["corpus"]
    yield f"\n{corpus['labelled']} labelled releases scored; {corpus['texts']} parsed."
    failed = data["systems"]["pressparse"]["failed_steps"]
    if failed:
        yield f"pressparse: {failed} extractor runs failed or timed out (problems *.failed / *.timeout)."
    for name, system in data["systems"].items():
        if "unavailable" in system:
            yield f"{name}: skipped, {system['unavailable']}"
        elif system.get("gave_up"):
            yield f"{name}: gave up on {system['gave_up']} releases (counted as finding nothing)."


def speed_table(data: Data) -> str:
    """Throughput of each workload over the same releases, and its time against pressparse's."""
    head = ["workload", "µs / release", "releases / s", "MB / s", "time vs pressparse"]
    rows = [
        [
            t["name"],
            f"{t['ms_per_release'] * 1000:,.1f}",
            f"{t['releases_per_s']:,.0f}",
            f"{t['mb_per_s']:.2f}",
            f"{t['vs_pressparse']:.2f}x",
        ]
        for t in data["timings"]
    ]
    return _table(head, rows, align="r")


def speed_notes(data: Data) -> Iterator[str]:
    corpus = data["corpus"]
    yield (
        f"\n{corpus['releases']} releases, {corpus['megabytes']:.3f} MB; median of {data['repeat']} runs "
        "after one warm-up, in one process."
    )
    for name, reason in data.get("skipped", {}).items():
        yield f"{name}: skipped, {reason}"


def targets_table(data: Data) -> str:
    """Each target of the issue, the figure measured in the same run, and whether it is met."""
    head = ["target", "measured", "met"]
    rows = [[t["target"], t["measured"], _met(t["met"])] for t in data["targets"]]
    return _table(head, rows)


def _met(met: bool | None) -> str:
    return "not measured" if met is None else ("yes" if met else "**no**")


def memory_table(data: Data) -> str:
    """Peak memory and throughput of the command line per batch size and number of processes."""
    head = [
        "releases",
        "jobs",
        "peak MB (largest process)",
        "peak MB (all processes)",
        "releases / s",
        "speed-up",
    ]
    rows = [
        [
            f"{run['releases']:,}",
            str(run["jobs"]),
            f"{run['peak_process_mb']:.1f}",
            "-" if run["peak_tree_mb"] is None else f"{run['peak_tree_mb']:.1f}",
            f"{run['releases_per_s']:,.0f}",
            "-" if run.get("speedup") is None else f"{run['speedup']:.2f}x",
        ]
        for run in data["runs"]
    ]
    return _table(head, rows, align="r")


BLOCKS: dict[str, tuple[str, Callable[[Data], str]]] = {
    "accuracy": ("accuracy.json", accuracy_table),
    "speed": ("speed.json", speed_table),
    "targets": ("speed.json", targets_table),
    "memory": ("memory.json", memory_table),
}


def refresh(doc: str, results: Path = RESULTS) -> str:
    """``doc`` with every marked table rebuilt from the JSON beside it; a missing JSON leaves it alone."""
    for name, (file, render) in BLOCKS.items():
        path = results / file
        if path.is_file():
            doc = replace_block(doc, name, render(json.loads(path.read_text(encoding="utf-8"))))
    return doc


def replace_block(doc: str, name: str, table: str) -> str:
    """``doc`` with the lines between the ``name`` markers replaced by ``table``."""
    block = regex.compile(rf"(?<=<!-- begin {name} -->\n).*?(?=<!-- end {name} -->)", regex.DOTALL)
    return block.sub(lambda _: table + "\n", doc, count=1)


def main() -> int:
    DOC.write_text(refresh(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"refreshed the tables in {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
