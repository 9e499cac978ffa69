"""Parse time against input size, 1 KB to 10 MB: it must grow linearly.

    PYTHONPATH=src python benchmarks/scaling.py [--runs 3] [--by-extractor]

Each input repeats the project's realistic releases (``fixtures/``) to the
size. ``pressparse.parse`` is timed (median of ``--runs``) with ``max_chars``
raised so nothing is cut and the regex timeout raised so nothing gives up.
Prints the time per MB at each size and the ratio of the largest input's
per-MB cost to the smallest's; writes ``benchmarks/results/scaling.json``.
A per-MB cost that grows by more than 2x from one size to the next (ten
times larger, from 100 KB up) means something is not linear: the exit
status is then 1. ``--by-extractor`` times each extractor alone as well.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pressparse
from pressparse import Options, Pipeline

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"1 KB": 1_000, "10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}
SLOTS = ("dateline", "release_date", "region", "phones", "emails", "contacts", "quotes", "embargo")
Row = dict[str, Any]
"""One size: its label, characters, median seconds and seconds per MB."""

MAX_GROWTH = 2.0
"""The most the per-MB cost may grow from one size to the next, ten times larger."""


def realistic(size: int) -> str:
    """The fixture releases, one after another, repeated to ``size`` characters."""
    releases = "\n\n".join(p.read_text("utf-8") for p in sorted((ROOT / "fixtures").rglob("*.txt")))
    return (releases * (size // len(releases) + 1))[:size]


def median_seconds(pipeline: Pipeline, text: str, runs: int) -> tuple[float, list[str]]:
    """The median time to parse ``text``, and the problem codes of the last run."""
    times, codes = [], []
    for _ in range(runs):
        started = time.perf_counter()
        release = pipeline.parse(text)
        times.append(time.perf_counter() - started)
        codes = sorted({p.code for p in release.problems})
    return statistics.median(times), codes


def measure(pipeline: Pipeline, runs: int) -> list[Row]:
    rows: list[Row] = []
    for label, size in SIZES.items():
        # Small inputs take microseconds: more runs steady the median.
        repeat = runs * 5 if size <= 100_000 else runs if size < 10_000_000 else 1
        seconds, codes = median_seconds(pipeline, realistic(size), repeat)
        rows.append(
            {"size": label, "chars": size, "seconds": seconds, "seconds_per_mb": seconds / size * 1e6}
        )
        if codes:
            rows[-1]["problems"] = codes
    return rows


def verdict(rows: list[Row]) -> dict[str, float | bool]:
    per_mb = [float(r["seconds_per_mb"]) for r in rows]
    # Below 100 KB fixed costs and timer noise dominate; growth is judged above it.
    steady = [p for r, p in zip(rows, per_mb, strict=True) if r["chars"] >= 100_000]
    growth = max(b / a for a, b in itertools.pairwise(steady) if a > 0)
    return {
        "largest_over_smallest_per_mb": per_mb[-1] / per_mb[0],
        "worst_growth_per_tenfold": growth,
        "linear": growth <= MAX_GROWTH,
    }


def show(title: str, rows: list[Row], summary: dict[str, float | bool]) -> None:
    print(f"\n{title}")
    print(f"{'size':>8} {'median s':>10} {'s per MB':>10}  problems")
    for r in rows:
        problems = ", ".join(r.get("problems", []))
        print(f"{r['size']:>8} {r['seconds']:>10.4f} {r['seconds_per_mb']:>10.4f}  {problems}")
    print(
        f"per-MB cost, largest/smallest: {summary['largest_over_smallest_per_mb']:.2f}; "
        f"worst growth per tenfold size: {summary['worst_growth_per_tenfold']:.2f} "
        f"({'linear' if summary['linear'] else 'NOT LINEAR'})"
    )


def only(slot: str, options: Options) -> Pipeline:
    """A pipeline that runs one extractor, to see which one is not linear."""
    return Pipeline(options=options).replace(**{s: None for s in SLOTS if s != slot})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size (median; 10 MB runs once)")
    parser.add_argument("--by-extractor", action="store_true", help="also time each extractor alone")
    args = parser.parse_args(argv)
    options = Options(max_chars=max(SIZES.values()) + 1, timeout=600.0)
    results: dict[str, object] = {
        "python": platform.python_version(),
        "pressparse": pressparse.__version__,
        "commit": _commit(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    rows = measure(Pipeline(options=options), args.runs)
    results["parse"] = {"rows": rows, **verdict(rows)}
    show("pressparse.parse", rows, verdict(rows))
    linear = bool(verdict(rows)["linear"])
    if args.by_extractor:
        for slot in SLOTS:
            slot_rows = measure(only(slot, options), args.runs)
            results[slot] = {"rows": slot_rows, **verdict(slot_rows)}
            show(f"{slot} alone", slot_rows, verdict(slot_rows))
            linear = linear and bool(verdict(slot_rows)["linear"])
    out = ROOT / "benchmarks" / "results" / "scaling.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}")
    return 0 if linear else 1


def _commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() or None


if __name__ == "__main__":
    sys.exit(main())
