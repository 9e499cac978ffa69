"""Parse many inputs into records, in input order, on one or more processes.

Every input gives exactly one record, also when it cannot be read, when
parsing it raises, or when a worker process dies on it: a batch over
millions of scraped files must never lose track of one.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout  # not yet the built-in on 3.10
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from pressparse.errors import ContentError, DecodeError
from pressparse.files import release_from
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


def parse_source(source: Source, options: Options, *, pipeline: Pipeline | None = None) -> Record:
    """The record for one input; never raises for anything the input holds.

    ``pipeline`` (default: the standard extractors) is run with ``options``.
    """
    return _record(source, _with_options(pipeline, options))


def parse_sources(
    sources: Iterable[Source],
    options: Options,
    *,
    jobs: int = 1,
    pipeline: Pipeline | None = None,
    input_timeout: float | None = None,
) -> Iterator[Record]:
    """Records in input order; ``jobs`` > 1 spreads the work over processes.

    ``pipeline`` (default: the standard extractors) is run with ``options``;
    with ``jobs`` > 1 it is pickled to the workers, so its extractors must be
    importable functions. ``input_timeout`` (seconds, ``jobs`` > 1 only)
    stops a worker stuck on one input; that input's record says so.
    """
    run = _with_options(pipeline, options)
    if jobs <= 1:
        for source in sources:
            yield _record(source, run)
        return
    yield from _parallel(iter(sources), _Work(run, input_timeout), jobs)


def _with_options(pipeline: Pipeline | None, options: Options) -> Pipeline:
    return Pipeline(options=options) if pipeline is None else pipeline.replace(options=options)


def _record(source: Source, pipeline: Pipeline) -> Record:
    """The record for one input, whatever parsing it raises."""
    try:
        return _parse(source, pipeline)
    except Exception as exc:  # noqa: BLE001 - every input must give its record
        return _error(source, "input.failed", f"parsing failed: {type(exc).__name__}: {exc}")


def _parse(source: Source, pipeline: Pipeline) -> Record:
    try:
        release = release_from(source.name, pipeline, data=source.data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _error(source, "input.unreadable", f"cannot read {source.name}: {reason}")
    except DecodeError as exc:
        return _error(source, "input.binary", str(exc))
    except ContentError as exc:
        return _error(source, "strict", str(exc))
    return to_record(release, id=source.id, source=source.name)


def _error(source: Source, code: str, message: str) -> Record:
    return error_record(message, code=code, id=source.id, source=source.name)


def _parallel(sources: Iterator[Source], work: _Work, jobs: int) -> Iterator[Record]:
    # A bounded window keeps memory flat over any number of inputs while
    # every worker stays busy; results leave in input order.
    window = jobs * 8
    pending: deque[tuple[Source, Future[Record]]] = deque()
    pool = _pool(jobs)
    try:
        while True:
            while len(pending) < window and (source := next(sources, None)) is not None:
                pending.append((source, pool.submit(_record, source, work.pipeline)))
            if not pending:
                break
            try:
                record = work.outcome(*pending[0])
            except (BrokenProcessPool, FutureTimeout) as trouble:
                # A worker died, or is stuck on the first input: stop them all,
                # keep what finished, and run the rest alone.
                _kill(pool)
                if isinstance(trouble, FutureTimeout):
                    yield work.timed_out(pending.popleft()[0])
                yield from work.recover(pending)
                pending.clear()
                pool = _pool(jobs)
                continue
            pending.popleft()
            yield record
    except BaseException:
        # Ctrl-C, or the consumer stopped: busy workers must not outlive us.
        _kill(pool)
        raise
    pool.shutdown(wait=True)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_signals)


def _worker_signals() -> None:
    """In a worker: Ctrl-C and SIGTERM are the parent's to handle; it stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@dataclass(frozen=True, slots=True)
class _Work:
    """What the parallel run does with each input: the pipeline, and how long one may take."""

    pipeline: Pipeline
    input_timeout: float | None

    def outcome(self, source: Source, future: Future[Record]) -> Record:
        """The record a worker sent back; a worker that raised still gives one.

        Raises ``BrokenProcessPool`` when a worker died and ``TimeoutError``
        when the input took longer than ``input_timeout``.
        """
        try:
            return future.result(timeout=self.input_timeout)
        except (BrokenProcessPool, FutureTimeout):
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. a result that would not pickle
            return _error(source, "worker.failed", f"the worker failed: {type(exc).__name__}: {exc}")

    def recover(self, pending: Iterable[tuple[Source, Future[Record]]]) -> Iterator[Record]:
        """After the pool was stopped: keep finished records, run each unfinished input alone."""
        for source, future in pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()
            else:
                yield self.alone(source)

    def alone(self, source: Source) -> Record:
        """One input in a pool of its own, so a worker that dies can only be its own."""
        solo = _pool(1)
        try:
            return self.outcome(source, solo.submit(_record, source, self.pipeline))
        except BrokenProcessPool:
            return _error(source, "worker.died", "the worker process died while parsing this input")
        except FutureTimeout:
            return self.timed_out(source)
        finally:
            _kill(solo)

    def timed_out(self, source: Source) -> Record:
        message = f"parsing took longer than {self.input_timeout:g} s; the worker was stopped"
        return _error(source, "worker.timeout", message)


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool at once: drop queued work and kill workers still busy."""
    processes = list((pool._processes or {}).values())  # no public way before Python 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
