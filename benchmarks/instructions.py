"""Instructions one warm pass over the corpus costs, counted by callgrind: stable under load.

    PYTHONPATH=src python benchmarks/instructions.py whole
    PYTHONPATH=src python benchmarks/instructions.py find_quotes

Wall-clock timings on a shared machine move by a third with its load;
instruction counts do not, so a change to one extractor is judged here. The
workload (``whole``, ``phonenumbers``, ``document`` or an extractor name from
``speed.py``) runs once and then twice under ``valgrind --tool=callgrind``;
the difference is one warm pass (first-use loading and compiling fall in the
first). What callgrind cannot see: system calls, such as the CPU clock the
regex timeout reads. A cache that outlives one release makes a warm pass look
cheaper than a cold one; say so when comparing. The small extractors still
move by several million between runs: compare them over a few runs. Needs
valgrind; takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence

import pressparse
import speed
from pressparse import Document

_COLLECTED = re.compile(r"Collected : (\d+)")


def workloads() -> dict[str, Callable[[], object]]:
    """Each workload as one pass over the corpus; extractors get what the pipeline would give them."""
    texts = speed.load_texts()
    found: dict[str, Callable[[], object]] = {
        "whole": lambda: [pressparse.parse(t) for t in texts],
        "document": lambda: [Document(t) for t in texts],
        "phonenumbers": lambda: [speed._match_phones(t) for t in texts],
    }
    prepared = [speed.prepare(t) for t in texts]
    for name, find in speed.EXTRACTORS:
        found[name] = _over(find, prepared)
    return found


def _over(find: Callable[[speed.Prepared], object], prepared: list[speed.Prepared]) -> Callable[[], object]:
    return lambda: [find(p) for p in prepared]


def counted(name: str, passes: int) -> int:
    """Instructions of this script running ``passes`` passes of ``name`` under callgrind."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        name,
        "--run",
        str(passes),
    ]
    # one hash seed for every count: set and dict order otherwise move the count by millions
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workload", help="whole, document, phonenumbers, or an extractor (find_quotes)")
    parser.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)  # the counted child
    args = parser.parse_args(argv)
    if args.run:
        work = workloads()[args.workload]
        for _ in range(args.run):
            work()
        return 0
    one, two = counted(args.workload, 1), counted(args.workload, 2)
    print(f"{args.workload}: {(two - one) / 1e6:,.0f} M instructions per warm pass over the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
