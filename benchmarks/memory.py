"""Peak memory of ``pressparse parse`` as the batch grows, on one process and on two.

    python benchmarks/memory.py                           # 1,000 and 20,000 releases
    python benchmarks/memory.py --sizes 1000,20000,100000 # the 100,000 check of the batch command

A folder of N releases is made by linking the corpus over and over, and the
command line parses it with ``--jobs 1`` and ``--jobs 2``, output thrown away.
Two peaks are kept: the largest single process (exact, from the kernel's
``ru_maxrss`` of the command and every process it waited for), and
all the command's processes together (the sum of their RSS read from /proc,
sampled every 50 ms). Flat means the peak at the largest batch is no more
than 20% above the peak at the smallest.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import scoring
import tables

OUTPUT = scoring.RESULTS / "memory.json"
DEFAULT_SIZES = (1_000, 20_000)
JOBS = (1, 2)
FLAT = 1.20
"""The most the peak may grow from the smallest batch to the largest and still be flat."""
SAMPLE_SECONDS = 0.05
PER_FOLDER = 1_000
"""Releases per subfolder, so no folder holds 100,000 entries."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not scoring.corpus_present():
        print(f"memory: the shared corpus is not at {scoring.SHARED}", file=sys.stderr)
        return 2
    result = measure(args.sizes)
    print(tables.memory_table(result))
    print(f"\n{flatness(result)['measured']}")
    scoring.write_json(args.output, result)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=sizes, default=DEFAULT_SIZES, help="batch sizes, e.g. 1000,20000,100000"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"the JSON to write (default {OUTPUT})")
    return parser


def sizes(value: str) -> tuple[int, ...]:
    """``"1000,20000"`` as ``(1000, 20000)``, sorted; each at least 1."""
    try:
        found = tuple(sorted(int(v.replace("_", "")) for v in value.split(",") if v.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {value!r}") from None
    if not found or found[0] < 1:
        raise argparse.ArgumentTypeError("give one or more sizes of at least 1")
    return found


def measure(batch_sizes: Iterable[int], sources: Sequence[Path] | None = None) -> dict[str, Any]:
    """Every (size, jobs) run; sources default to the whole corpus."""
    corpus = list(sources) if sources is not None else scoring.corpus_paths()
    runs = []
    for size in batch_sizes:
        with tempfile.TemporaryDirectory(prefix="pressparse-memory-") as tmp:
            folder = make_batch(Path(tmp), size, corpus)
            by_jobs = {jobs: run_batch(folder, jobs, size) for jobs in JOBS}
        for jobs, run in by_jobs.items():
            run["speedup"] = None if jobs == 1 else by_jobs[1]["seconds"] / run["seconds"]
            runs.append(run)
    return {"corpus": len(corpus), "runs": runs}


def make_batch(root: Path, size: int, sources: Sequence[Path]) -> Path:
    """A folder of ``size`` releases, the corpus repeated (symbolic links, or copies where links fail)."""
    folder = root / "batch"
    for n in range(size):
        source = sources[n % len(sources)]
        target = folder / f"{n // PER_FOLDER:04d}" / f"{n:07d}-{source.name}"
        if n % PER_FOLDER == 0:
            target.parent.mkdir(parents=True)
        try:
            target.symlink_to(source.resolve())
        except OSError:
            shutil.copyfile(source, target)
    return folder


# Run the command from a small interpreter and read RUSAGE_CHILDREN there:
# ru_maxrss keeps the high-water mark a child had before exec, which would be
# the benchmark's own memory if the command were started from here.
PROBE = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"returncode": code, "maxrss_kb": peak}))
"""


def run_batch(folder: Path, jobs: int, size: int) -> dict[str, Any]:
    """Time one ``pressparse parse FOLDER --jobs N`` over ``size`` releases and keep its peaks."""
    command = [sys.executable, "-m", "pressparse", "parse", str(folder), "--jobs", str(jobs)]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        probe = subprocess.Popen(
            [sys.executable, "-c", PROBE, *command], stdout=subprocess.PIPE, stderr=errors
        )
        tree_peak = _sample_until_done(probe)
        seconds = time.perf_counter() - start
        report = json.loads(probe.communicate()[0])
        if report["returncode"] not in (0, 1):  # 1: some inputs gave error records, a full run still
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} exited {report['returncode']}: {tail}")
    return {
        "releases": size,
        "jobs": jobs,
        "seconds": seconds,
        "releases_per_s": size / seconds,
        "peak_process_mb": report["maxrss_kb"] / 1024,  # kilobytes on Linux
        "peak_tree_mb": tree_peak,
    }


def _sample_until_done(probe: subprocess.Popen[bytes]) -> float | None:
    """The highest RSS of all the command's processes together, sampled until it ends."""
    peak: float | None = None
    while probe.poll() is None:
        now = tree_rss_mb(probe.pid, include_root=False)
        if now is not None:
            peak = now if peak is None else max(peak, now)
        time.sleep(SAMPLE_SECONDS)
    return peak


def tree_rss_mb(root: int, *, include_root: bool = True) -> float | None:
    """The resident memory of ``root``'s descendants (and its own), from /proc; ``None`` without it."""
    if not Path(f"/proc/{root}/task/{root}/children").exists():
        return None
    family, todo = set(), [root]
    while todo:
        pid = todo.pop()
        family.add(pid)
        todo += _children(pid)
    if not include_root:
        family.discard(root)
    return sum(_rss_bytes(pid) for pid in family) / 2**20


def _children(pid: int) -> list[int]:
    # Each thread lists the children it started; reading these few files is
    # cheap enough to sample often without slowing the command it watches.
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:  # the process ended while we looked
        pass
    return found


def _rss_bytes(pid: int) -> int:
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def flatness(result: dict[str, Any]) -> dict[str, Any]:
    """The target "peak memory flat as the batch grows", judged on every jobs setting."""
    growths = []
    for jobs in JOBS:
        runs = sorted((r for r in result["runs"] if r["jobs"] == jobs), key=lambda r: r["releases"])
        if len(runs) < 2:
            continue
        small, large = runs[0], runs[-1]
        growths.append((jobs, small, large, large["peak_process_mb"] / small["peak_process_mb"]))
    measured = "; ".join(
        f"--jobs {j}: {s['peak_process_mb']:.1f} MB at {s['releases']:,} -> "
        f"{g['peak_process_mb']:.1f} MB at {g['releases']:,} ({(x - 1) * 100:+.1f}%)"
        for j, s, g, x in growths
    )
    return {
        "target": f"peak memory flat as the batch grows (at most {(FLAT - 1) * 100:.0f}% growth)",
        "measured": measured or "needs two batch sizes",
        "met": all(x <= FLAT for *_, x in growths) if growths else None,
    }


if __name__ == "__main__":
    sys.exit(main())
