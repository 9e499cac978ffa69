"""The ``pressparse`` command line: ``pressparse parse PATH... [options]``."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from tqdm import tqdm

from pressparse import __version__
from pressparse.batch import STDIN, Source, default_jobs, parse_sources
from pressparse.errors import OptionsError
from pressparse.files import BYTES_PER_CHAR
from pressparse.options import DEFAULT_MAX_CHARS, Options, check_region
from pressparse.record import Record

DEFAULT_INPUT_TIMEOUT = 300.0
"""Seconds one input may hold a worker: a hundred times what a 5 MB release takes."""

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NO_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    if args.command != "parse":  # pragma: no cover - argparse requires a command
        return EXIT_USAGE
    try:
        options = Options(region=args.region, strict=args.strict, max_chars=args.max_chars)
    except OptionsError as exc:
        print(f"pressparse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with _sigterm_as_interrupt():
        try:
            return _run(args, options)
        except KeyboardInterrupt:
            print(f"pressparse: interrupted; {_left_behind(args.output)}", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()  # the reader (``| head``) has all it wanted
            return EXIT_NO_OUTPUT
        except CannotWrite as exc:
            print(f"pressparse: cannot write {args.output or 'standard output'}: {exc}", file=sys.stderr)
            return EXIT_NO_OUTPUT


class CannotWrite(Exception):
    """The output could not be written (no such folder, disk full); the message says why."""

    @classmethod
    def because(cls, exc: OSError) -> CannotWrite:
        return cls(exc.strerror or str(exc))


def _run(args: argparse.Namespace, options: Options) -> int:
    # Sources stream: over a folder of millions of files neither the list
    # of paths nor the records are ever held whole.
    sources = _sources(args.paths, options.max_chars)
    jobs = default_jobs() if args.jobs == 0 else args.jobs
    limit = args.input_timeout or None
    records = parse_sources(sources, options, jobs=jobs, input_timeout=limit)
    many = len(args.paths) > 1 or any(os.path.isdir(p) for p in args.paths)
    failed = _write(args, records, many)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _silence_stdout() -> None:
    """Point standard output at the null device, so exiting does not fail to flush it again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file descriptor (a test's capture): nothing will flush it


def _left_behind(output: str | None) -> str:
    if output is None:
        return "the output is incomplete"
    if os.path.exists(output):
        return f"{output} was left as it was before this run"
    return f"no output file was written ({output} does not exist)"


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a supervisor stopping the run) takes the same clean way out as Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a signal handler
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    p.add_argument(
        "--input-timeout",
        type=_seconds,
        default=DEFAULT_INPUT_TIMEOUT,
        metavar="SECONDS",
        help="with --jobs 2 or more, stop a worker stuck this long on one input and record it "
        f"(0 = never; default {DEFAULT_INPUT_TIMEOUT:g})",
    )
    p.add_argument(
        "--max-chars",
        type=_positive,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"read at most N characters of each input; longer ones are cut and say so "
        f"(default {DEFAULT_MAX_CHARS:,})",
    )
    return parser


def _jobs(value: str) -> int:
    return _whole(value, 0, "must be 0 (one per core) or more")


def _positive(value: str) -> int:
    return _whole(value.replace("_", ""), 1, "must be 1 or more")


def _whole(value: str, least: int, message: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < least:
        raise argparse.ArgumentTypeError(message)
    return number


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (never) or a number of seconds")
    return seconds


def _region(value: str) -> str:
    try:
        return check_region(value)
    except OptionsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _sources(paths: Sequence[str], max_chars: int) -> Iterator[Source]:
    """Each path as given; folders walked recursively in sorted order, for determinism."""
    for name in paths:
        if name == STDIN:
            # One byte more than max_chars can use tells that the input goes on.
            yield Source(STDIN, sys.stdin.buffer.read(BYTES_PER_CHAR * (max_chars + 1) + 1))
        elif os.path.isdir(name):
            for path in _walk(name):
                yield Source(path)
        else:
            yield Source(name)


def _walk(folder: str) -> Iterator[str]:
    """The files under ``folder``, recursively, in the order of their sorted full paths.

    One folder's listing is held at a time. Sorting a folder's entries with
    ``/`` after each subfolder's name gives the order a sort of the full
    paths would (``a.txt`` before ``a/b.txt``), without listing them all.
    """
    try:
        with os.scandir(folder) as listing:
            # a linked folder is not followed: a link to a parent would never end
            entries = [(e.name + "/" if e.is_dir(follow_symlinks=False) else e.name, e.path) for e in listing]
    except OSError:
        return
    for key, path in sorted(entries):
        if key.startswith("."):
            continue
        if key.endswith("/"):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield path


def _write(args: argparse.Namespace, records: Iterator[Record], many: bool) -> int:
    """Write every record; return how many inputs failed."""
    show = many and sys.stderr.isatty()
    progress = tqdm(records, disable=not show, unit="release", file=sys.stderr)
    if args.output is None:
        return _emit(progress, sys.stdout, args.format)
    target = Path(args.output)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise CannotWrite.because(exc) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            failed = _emit(progress, out, args.format)
            _finish(out, tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return failed


def _finish(out: IO[str], tmp: str, target: Path) -> None:
    """Give the complete temporary file its final name: on disk first, then renamed."""
    try:
        out.flush()
        os.fsync(out.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise CannotWrite.because(exc) from exc


def _mode_for(target: Path) -> int:
    """The file mode the output would have had if written in place (mkstemp makes it private)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _emit(records: Iterable[Record], out: IO[str], fmt: str) -> int:
    failed = 0
    if fmt == "json":
        _put(out, "[")
    for n, record in enumerate(records):
        failed += "error" in record
        text = json.dumps(record, ensure_ascii=False)
        if fmt == "json":
            _put(out, ("\n" if n == 0 else ",\n") + text)
        else:
            _put(out, text + "\n", flush=True)
    if fmt == "json":
        _put(out, "\n]\n")
    return failed


def _put(out: IO[str], text: str, *, flush: bool = False) -> None:
    """Write to the output; a failure there (not in parsing) is the output's."""
    try:
        out.write(text)
        if flush:
            out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise CannotWrite.because(exc) from exc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
