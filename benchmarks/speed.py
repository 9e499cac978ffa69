"""Speed of pressparse, of each extractor alone, and of what a user would run instead.

    python benchmarks/speed.py                         # timings, import time, memory at 1,000 and 20,000
    python benchmarks/speed.py --memory-sizes 1000,20000,100000
    python benchmarks/speed.py --no-memory --repeat 9

Over the corpus's releases, in this one process: one warm-up pass, then the
median of ``--repeat`` passes, timed with ``time.perf_counter``. Each
extractor alone is its ``find_*`` function called on a ready ``Document``
with the keyword arguments the pipeline would give it. The baselines run over
the same texts; "time vs pressparse" is their time over pressparse's whole
parse. The regex floor is one ``regex`` pass finding every quote mark and
digit: no parser that reads the text can be faster. Writes
``results/speed.json`` (and ``results/memory.json`` through ``memory.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers
import regex

import baselines
import memory
import pressparse
import scoring
import tables
from pressparse import Document, Release

OUTPUT = scoring.RESULTS / "speed.json"
WHOLE = "pressparse (whole parse)"
PHONENUMBERS = "phonenumbers.PhoneNumberMatcher alone"
FLOOR = "regex floor (quote marks and digits)"
SPACY = "spaCy + textacy direct_quotations"
IMPORT_RUNS = 7

# Every straight or curly quote mark and every digit: the characters a quote
# or phone finder must at least look at, in one linear pass.
FLOOR_PATTERN = regex.compile(r"[\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\d]")


@dataclass(frozen=True, slots=True)
class Prepared:
    """One release ready for an extractor alone: its Document and what earlier steps hand it."""

    doc: Document
    release: Release
    region: str | None
    issued: dt.date | None
    country: str | None


def prepare(text: str) -> Prepared:
    """What the pipeline would pass each extractor for ``text``, worked out ahead of the timing."""
    doc = Document(text)
    release = pressparse.parse(text)
    dateline = release.dateline
    region = pressparse.infer_region(doc, dateline=dateline)
    issued = release.issued.date if release.issued else (dateline.date if dateline else None)
    country = dateline.country if dateline and dateline.country else region
    return Prepared(doc, release, region, issued, country)


EXTRACTORS: tuple[tuple[str, Callable[[Prepared], object]], ...] = (
    ("find_dateline", lambda p: pressparse.find_dateline(p.doc)),
    ("find_release_date", lambda p: pressparse.find_release_date(p.doc)),
    ("infer_region", lambda p: pressparse.infer_region(p.doc, dateline=p.release.dateline)),
    ("find_phones", lambda p: pressparse.find_phones(p.doc, region=p.region)),
    ("find_emails", lambda p: pressparse.find_emails(p.doc)),
    (
        "find_contacts",
        lambda p: pressparse.find_contacts(
            p.doc, phones=p.release.phones, emails=p.release.emails, region=p.region
        ),
    ),
    ("find_quotes", lambda p: pressparse.find_quotes(p.doc)),
    ("find_embargo", lambda p: pressparse.find_embargo(p.doc, issued=p.issued, country=p.country)),
)

Workload = tuple[str, str, Callable[[], object]]
"""A name, a kind (pressparse, step, extractor, baseline, floor) and one pass over every release."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not scoring.corpus_present():
        print(f"speed: the shared corpus is not at {scoring.SHARED}", file=sys.stderr)
        return 2
    # The command-line runs go first, before spaCy fills this machine's memory and caches.
    batches = None if args.no_memory else memory.measure(args.memory_sizes)
    result = run(load_texts(), repeat=args.repeat)
    if batches is not None:
        scoring.write_json(memory.OUTPUT, batches)
        result["targets"].append(memory.flatness(batches))
        print(tables.memory_table(batches) + "\n")
    print(tables.speed_table(result))
    for line in tables.speed_notes(result):
        print(line)
    print("\n" + tables.targets_table(result))
    scoring.write_json(args.output, result)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed passes after the warm-up (default 5)")
    parser.add_argument("--no-memory", action="store_true", help="skip the command-line memory runs")
    parser.add_argument(
        "--memory-sizes",
        type=memory.sizes,
        default=memory.DEFAULT_SIZES,
        help="batch sizes for the memory runs (default 1000,20000)",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"the JSON to write (default {OUTPUT})")
    return parser


def load_texts() -> list[str]:
    """The corpus's releases as text, decoded the way ``pressparse parse`` decodes them."""
    return [pressparse.decode(p.read_bytes()).text for p in scoring.corpus_paths()]


def run(texts: list[str], *, repeat: int) -> dict[str, Any]:
    """Every workload timed over ``texts``, the cold import, and the targets judged."""
    items, skipped = workloads(texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    medians = {name: statistics.median(timed(work, repeat)) for name, _, work in items}
    whole = medians[WHOLE]
    timings = [
        {
            "name": name,
            "kind": kind,
            "median_s": medians[name],
            "ms_per_release": medians[name] * 1000 / len(texts),
            "releases_per_s": len(texts) / medians[name],
            "mb_per_s": megabytes / medians[name],
            "vs_pressparse": medians[name] / whole,
        }
        for name, kind, _ in items
    ]
    import_ms = cold_import_ms()
    return {
        "corpus": {"releases": len(texts), "megabytes": megabytes},
        "repeat": repeat,
        "environment": {"python": sys.version.split()[0], "commit": scoring.commit()},
        "timings": timings,
        "cold_import_ms": import_ms,
        "skipped": skipped,
        "targets": targets(medians, import_ms),
    }


def workloads(texts: list[str]) -> tuple[list[Workload], dict[str, str]]:
    """What to time, each as one pass over ``texts``; and the baselines that are not installed."""
    prepared = [prepare(t) for t in texts]
    items: list[Workload] = [
        (WHOLE, "pressparse", lambda: _each(pressparse.parse, texts)),
        ("Document (folding)", "step", lambda: _each(Document, texts)),
    ]
    items += [(name, "extractor", _over(find, prepared)) for name, find in EXTRACTORS]
    items += [
        (PHONENUMBERS, "baseline", lambda: _each(_match_phones, texts)),
        (FLOOR, "floor", lambda: _each(FLOOR_PATTERN.findall, texts)),
    ]
    skipped = {}
    try:
        quotes = baselines.spacy_quotes()
        items.append((SPACY, "baseline", lambda: _each(quotes, texts)))
    except baselines.Unavailable as exc:
        print(f"skipping {SPACY}: {exc}", file=sys.stderr)
        skipped[SPACY] = str(exc)
    return items, skipped


def _over(find: Callable[[Prepared], object], prepared: list[Prepared]) -> Callable[[], object]:
    return lambda: _each(find, prepared)


def _each(work: Callable[[Any], object], items: Sequence[Any]) -> None:
    for item in items:
        work(item)


def _match_phones(text: str) -> list[phonenumbers.PhoneNumberMatch]:
    return list(phonenumbers.PhoneNumberMatcher(text, "US"))


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    """Seconds for each of ``repeat`` passes, after one warm-up pass."""
    work()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return runs


def cold_import_ms(runs: int = IMPORT_RUNS) -> float:
    """Median milliseconds of ``import pressparse`` in a fresh interpreter (``-X importtime``)."""
    command = [sys.executable, "-X", "importtime", "-c", "import pressparse"]
    # as a user's interpreter does: bytecode caches written once and read after, whatever this shell says
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, capture_output=True, check=True, env=env)  # writes the bytecode caches
    times = []
    for _ in range(runs):
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        times.append(_cumulative_us(done.stderr, "pressparse") / 1000)
    return statistics.median(times)


def _cumulative_us(report: str, module: str) -> int:
    # Lines read "import time: <self us> | <cumulative us> | <indented module name>".
    for line in report.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            return int(parts[1])
    raise ValueError(f"{module} is not in the -X importtime report")


def targets(medians: dict[str, float], import_ms: float) -> list[dict[str, Any]]:
    """The issue's targets, each judged on ratios measured in this run."""
    whole = medians[WHOLE]
    phone_x = medians[PHONENUMBERS] / whole
    floor_x = whole / medians[FLOOR]
    found = [
        _target(
            "whole parse at least 3x faster than PhoneNumberMatcher alone", f"{phone_x:.2f}x", phone_x >= 3
        ),
        _target(
            "whole parse within 10x of the regex floor", f"{floor_x:.2f}x the floor's time", floor_x <= 10
        ),
    ]
    if SPACY in medians:
        spacy_x = medians[SPACY] / whole
        found.append(_target("at least 100x faster than spaCy + textacy", f"{spacy_x:,.0f}x", spacy_x >= 100))
    else:
        found.append(_target("at least 100x faster than spaCy + textacy", "spaCy not installed", None))
    found.append(_target("cold import under 150 ms", f"{import_ms:.1f} ms", import_ms < 150))
    return found


def _target(target: str, measured: str, met: bool | None) -> dict[str, Any]:
    return {"target": target, "measured": measured, "met": met}


if __name__ == "__main__":
    sys.exit(main())
