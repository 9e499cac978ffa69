"""Parse many inputs into records, in input order, on one or more processes.

Every input gives exactly one record, also when it cannot be read or a
worker process dies on it: a batch over millions of scraped files must
never lose track of one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from pressparse.errors import ContentError, DecodeError
from pressparse.inputs import release_of
from pressparse.options import Options
from pressparse.pipeline import Pipeline
from pressparse.record import Record, error_record, to_record

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file path, or standard input with its bytes already read."""

    name: str
    data: bytes | None = None

    @property
    def id(self) -> str:
        return "stdin" if self.name == STDIN else Path(self.name).stem


def parse_source(source: Source, options: Options) -> Record:
    """The record for one input; never raises for anything the input holds."""
    try:
        data = source.data if source.data is not None else Path(source.name).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return error_record(
            f"cannot read {source.name}: {reason}", code="input.unreadable", id=source.id, source=source.name
        )
    try:
        release = release_of(source.name, data, Pipeline(options=options))
    except DecodeError as exc:
        return error_record(str(exc), code="input.binary", id=source.id, source=source.name)
    except ContentError as exc:
        return error_record(str(exc), code="strict", id=source.id, source=source.name)
    return to_record(release, id=source.id, source=source.name)


def parse_sources(sources: Iterable[Source], options: Options, *, jobs: int = 1) -> Iterator[Record]:
    """Records in input order; ``jobs`` > 1 spreads the work over processes."""
    if jobs <= 1:
        for source in sources:
            yield parse_source(source, options)
        return
    yield from _parallel(iter(sources), options, jobs)


def _parallel(sources: Iterator[Source], options: Options, jobs: int) -> Iterator[Record]:
    # A bounded window keeps memory flat over any number of inputs while
    # every worker stays busy; results leave in input order.
    window = jobs * 8
    pending: deque[tuple[Source, Future[Record]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        while True:
            while len(pending) < window:
                source = next(sources, None)
                if source is None:
                    break
                pending.append((source, pool.submit(parse_source, source, options)))
            if not pending:
                return
            source, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                yield from _isolate([source, *(s for s, _ in pending)], options)
                pending.clear()
                pool = ProcessPoolExecutor(max_workers=jobs)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _isolate(sources: list[Source], options: Options) -> Iterator[Record]:
    """After a worker died: run each in-flight input alone, to find the one that kills."""
    for source in sources:
        with ProcessPoolExecutor(max_workers=1) as solo:
            try:
                yield solo.submit(parse_source, source, options).result()
            except BrokenProcessPool:
                yield error_record(
                    "the worker process died while parsing this input",
                    code="worker.died",
                    id=source.id,
                    source=source.name,
                )


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
