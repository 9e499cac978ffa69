"""The ``pressparse`` command line: ``pressparse parse PATH... [options]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from tqdm import tqdm

from pressparse import __version__
from pressparse.batch import STDIN, Source, default_jobs, parse_sources
from pressparse.errors import OptionsError
from pressparse.options import Options, check_region
from pressparse.record import Record

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    if args.command != "parse":  # pragma: no cover - argparse requires a command
        return EXIT_USAGE
    try:
        options = Options(region=args.region, strict=args.strict)
    except OptionsError as exc:
        print(f"pressparse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    sources = list(_sources(args.paths))
    jobs = default_jobs() if args.jobs == 0 else args.jobs
    try:
        failed = _write(args, parse_sources(sources, options, jobs=jobs), len(sources))
    except KeyboardInterrupt:
        print("pressparse: interrupted; no output file was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Turn press releases into typed data: dateline, embargo, quotes, contacts.",
    )
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = commands.add_parser(
        "parse",
        help="parse releases and write one JSON record per input",
        description="Parse press releases (files, folders walked recursively, or - for stdin) "
        "and write one record per input, in input order.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or - for standard input")
    p.add_argument(
        "--format",
        choices=["jsonl", "json"],
        default="jsonl",
        help="jsonl: one record a line (default); json: one array",
    )
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write here instead of standard output (replaced only when complete)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (0 = one per core; default 1); output is the same",
    )
    p.add_argument(
        "--region",
        type=_region,
        metavar="CC",
        help="phone region for numbers without a country code, e.g. US or GB",
    )
    p.add_argument(
        "--strict", action="store_true", help="a release with any problem gives an error record instead"
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return jobs


def _region(value: str) -> str:
    try:
        return check_region(value)
    except OptionsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _sources(paths: Sequence[str]) -> Iterator[Source]:
    """Each path as given; folders walked recursively in sorted order, for determinism."""
    for name in paths:
        if name == STDIN:
            yield Source(STDIN, sys.stdin.buffer.read())
        elif os.path.isdir(name):
            for path in sorted(Path(name).rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    yield Source(str(path))
        else:
            yield Source(name)


def _write(args: argparse.Namespace, records: Iterator[Record], total: int) -> int:
    """Write every record; return how many inputs failed."""
    show = total > 1 and sys.stderr.isatty()
    progress = tqdm(records, total=total, disable=not show, unit="release", file=sys.stderr)
    if args.output is None:
        return _emit(progress, sys.stdout, args.format)
    target = Path(args.output)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            failed = _emit(progress, out, args.format)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return failed


def _emit(records: Iterable[Record], out: IO[str], fmt: str) -> int:
    failed = 0
    if fmt == "json":
        out.write("[")
    for n, record in enumerate(records):
        failed += "error" in record
        text = json.dumps(record, ensure_ascii=False)
        if fmt == "json":
            out.write(("\n" if n == 0 else ",\n") + text)
        else:
            out.write(text + "\n")
            out.flush()
    if fmt == "json":
        out.write("\n]\n")
    return failed


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
