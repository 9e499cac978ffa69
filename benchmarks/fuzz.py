"""A fuzzing campaign of a given length over the robustness properties.

    PYTHONPATH=src python benchmarks/fuzz.py --minutes 30

First the linear-time tests run once at full size (1 MB hostile runs per
pattern by default, ``--hostile-mb 10`` for the largest; 1 MB through the
whole pipeline). Then the property tests
(``tests/test_robustness_properties.py``) run round after round under the
hypothesis "fuzz" profile, each round with a new seed, until the time is
up. A round that fails is kept in ``benchmarks/results/fuzz/`` with its
seed and hypothesis's ``@reproduce_failure`` blob; a round that runs far
past its share of time is killed and counted as a hang (a loop in Python
code, which the regex timeout cannot stop). ``benchmarks/results/fuzz.json``
summarises the campaign; the exit status is 1 if anything failed.

Replay a failure: ``HYPOTHESIS_PROFILE=fuzz PYTHONPATH=src python -m pytest
tests/test_robustness_properties.py --hypothesis-seed=SEED``; then turn the
shrunk input into an ``@example(...)`` on the property, or a table row.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PROPERTIES = "tests/test_robustness_properties.py"
PATTERNS = "tests/test_robustness_patterns.py"
Row = dict[str, Any]


def pytest_round(target: str, env: dict[str, str], seconds: float, *extra: str) -> Row:
    """Run pytest on ``target``; what happened, with its output when it failed."""
    command = [sys.executable, "-m", "pytest", target, "-q", "-p", "no:cacheprovider", *extra]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=seconds, check=False
        )
    except subprocess.TimeoutExpired as stuck:
        output = (stuck.stdout or b"").decode() if isinstance(stuck.stdout, bytes) else (stuck.stdout or "")
        return {"status": "hang", "seconds": round(time.monotonic() - started, 1), "output": output}
    status = "passed" if done.returncode == 0 else "failed"
    row: Row = {"status": status, "seconds": round(time.monotonic() - started, 1)}
    if status == "failed":
        row["output"] = done.stdout[-20_000:] + done.stderr[-5_000:]
        row["failed"] = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
    return row


def campaign(minutes: float, examples: int, hostile_mb: float) -> Row:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "HYPOTHESIS_PROFILE": "fuzz",
        "PRESSPARSE_FUZZ_EXAMPLES": str(examples),
        "PRESSPARSE_HOSTILE_MB": str(hostile_mb),
        "PRESSPARSE_PIPELINE_KB": "1000",
    }
    rounds: list[Row] = []
    linear = pytest_round(PATTERNS, env, 3600)
    _report(f"linear time on {hostile_mb} MB runs", linear)
    if linear["status"] != "passed":
        _keep("linear", linear)
    end = time.monotonic() + minutes * 60  # the property rounds get the whole time asked for
    seed = int(time.time())
    while time.monotonic() < end:
        share = max(end - time.monotonic(), 60) + 600  # a round may overrun; a hang may not
        row = {"seed": seed, **pytest_round(PROPERTIES, env, share, f"--hypothesis-seed={seed}")}
        _report(f"round {len(rounds) + 1}, seed {seed}", row)
        if row["status"] != "passed":
            _keep(f"seed-{seed}", row)
        rounds.append(row)
        seed += 1
    return {"minutes": minutes, "examples_per_property": examples, "linear": linear, "rounds": rounds}


def _report(title: str, row: Row) -> None:
    print(f"{title}: {row['status']} in {row['seconds']} s", flush=True)
    for line in row.get("failed", []):
        print(f"  {line}", flush=True)


def _keep(name: str, row: Row) -> None:
    folder = RESULTS / "fuzz"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(str(row.get("output", "")), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to fuzz (default 30)")
    parser.add_argument("--examples", type=int, default=500, help="examples per property per round")
    parser.add_argument(
        "--hostile-mb", type=float, default=1.0, help="MB of each hostile run per pattern (default 1)"
    )
    args = parser.parse_args(argv)
    summary = campaign(args.minutes, args.examples, args.hostile_mb)
    rounds: list[Row] = summary["rounds"]
    bad = [r for r in [summary["linear"], *rounds] if r["status"] != "passed"]
    summary["failures"] = len(bad)
    for row in [summary["linear"], *rounds]:
        row.pop("output", None)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "fuzz.json").write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    print(f"{len(rounds)} rounds, {len(bad)} failed; summary in benchmarks/results/fuzz.json")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
