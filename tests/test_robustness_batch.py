"""Batch integrity: N inputs give N records in input order, whatever an input does to its worker.

The extractors here are test seams passed through the genuine
``parse_sources(..., pipeline=...)`` feature: module-level functions, so
they pickle to worker processes by name.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Generator
from concurrent.futures import Future
from pathlib import Path

import pytest

import pressparse
from pressparse import Options, Pipeline
from pressparse.batch import Source, _Work, parse_source, parse_sources
from pressparse.document import Document
from pressparse.record import Record
from pressparse.report import Report
from pressparse.types import Quote

GOOD = "NORTH HARBOUR, 5 March 2025 - The ferry will run all night, the port said."


def _misbehaving(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
    """A quote extractor that does what the input tells it to, to its own process."""
    if "EXIT-WORKER" in text.text:
        os._exit(13)  # as a segfault in a C extension would: no cleanup, no exception
    if "KILL-WORKER" in text.text:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    if "RAISE" in text.text:
        raise RuntimeError("the extractor broke")
    if "BOGUS" in text.text:
        return (object(),)  # type: ignore[return-value]  # a result the record cannot be built from
    if "SLOW" in text.text:
        time.sleep(60)
    return ()


MISBEHAVING = Pipeline().replace(quotes=_misbehaving)


def _source(n: int, trouble: str = "") -> Source:
    return Source(f"in-{n:02d}.txt", f"{GOOD} {trouble}".encode())


def _outcomes(records: list[Record]) -> list[str]:
    """What became of each input: its error code, else its problem codes, else 'ok'."""
    return [
        r["error"]["code"] if "error" in r else ",".join(p["code"] for p in r["problems"]) or "ok"
        for r in records
    ]


def test_an_input_that_raises_costs_its_field_with_one_process_or_many() -> None:
    sources = [_source(0), _source(1, "RAISE"), _source(2, "BOGUS"), _source(3)]
    expected = ["ok", "quotes.failed", "input.failed", "ok"]
    for jobs in (1, 2):
        records = list(parse_sources(sources, Options(), jobs=jobs, pipeline=MISBEHAVING))
        assert [r["source"] for r in records] == [s.name for s in sources]
        assert _outcomes(records) == expected, f"--jobs {jobs}"


@pytest.mark.parametrize("jobs", [2, 3], ids=["2 workers", "3 workers"])
def test_inputs_that_kill_their_worker_give_a_record_and_the_rest_go_on(jobs: int) -> None:
    trouble = {3: "EXIT-WORKER", 7: "KILL-WORKER", 8: "RAISE", 12: "EXIT-WORKER"}
    sources = [_source(n, trouble.get(n, "")) for n in range(14)]
    records = list(parse_sources(sources, Options(), jobs=jobs, pipeline=MISBEHAVING))
    assert [r["source"] for r in records] == [s.name for s in sources]
    outcomes = _outcomes(records)
    assert outcomes[3] == outcomes[7] == outcomes[12] == "worker.died"
    assert outcomes[8] == "quotes.failed"
    assert {o for n, o in enumerate(outcomes) if n not in trouble} == {"ok"}
    assert "died while parsing this input" in records[3]["error"]["message"]


def test_a_failed_worker_result_still_gives_a_record() -> None:
    failed: Future[Record] = Future()
    failed.set_exception(TypeError("cannot pickle 'generator' object"))
    record = _Work(MISBEHAVING, None).outcome(_source(0), failed)
    assert record["error"] == {
        "code": "worker.failed",
        "message": "the worker failed: TypeError: cannot pickle 'generator' object",
    }
    assert record["source"] == "in-00.txt"


def test_an_input_that_never_finishes_is_stopped_and_the_rest_go_on() -> None:
    sources = [_source(0), _source(1, "SLOW"), _source(2), _source(3, "SLOW"), _source(4)]
    started = time.monotonic()
    records = list(parse_sources(sources, Options(), jobs=2, pipeline=MISBEHAVING, input_timeout=1))
    assert _outcomes(records) == ["ok", "worker.timeout", "ok", "worker.timeout", "ok"]
    assert records[1]["error"]["message"] == "parsing took longer than 1 s; the worker was stopped"
    assert time.monotonic() - started < 30, "stuck workers are killed, not waited for"
    assert _no_workers_left()


def test_stopping_early_leaves_no_worker_running() -> None:
    sources = [_source(0), *(_source(n, "SLOW") for n in range(1, 5))]
    records = parse_sources(sources, Options(), jobs=2, pipeline=MISBEHAVING)
    assert isinstance(records, Generator)
    assert next(records)["source"] == "in-00.txt"
    started = time.monotonic()
    records.close()  # what Ctrl-C does to the loop that consumes the records
    assert _no_workers_left()
    assert time.monotonic() - started < 10, "busy workers are killed, not waited for"


def _no_workers_left(seconds: float = 10) -> bool:
    """Every worker process has ended within ``seconds`` (a killed one takes a moment to be reaped)."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("content", "max_chars", "codes"),
    [
        ("é" * 1_000, 10, ["input.truncated"]),
        ("word " * 10_000, 7, ["input.truncated"]),
        ("“quoted”" * 500, 9, ["input.truncated"]),
        ("short", 10, []),
    ],
    ids=["two-byte characters", "ascii", "three-byte quotes", "under the limit"],
)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_a_long_file_is_read_only_as_far_as_needed_and_the_cut_reported(
    tmp_path: Path, content: str, max_chars: int, codes: list[str], encoding: str
) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(content.encode(encoding))
    release = pressparse.read_release(path, max_chars=max_chars)
    assert release.text == content[:max_chars], "no character cut in half, no encoding fallback"
    record = parse_source(Source(str(path)), Options(max_chars=max_chars))
    # Only input problems: what the extractors make of a cut text is theirs.
    assert [p["code"] for p in record["problems"] if p["code"].startswith("input.")] == codes
    if codes:
        size, limit = path.stat().st_size, 4 * (max_chars + 1)
        assert record["problems"][0]["message"] == (
            f"the input has {size:,} bytes; only the first {limit:,} were read (max_chars={max_chars:,})"
        )


def test_read_release_cuts_a_huge_file_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as file:
        file.truncate(3 * 1024**3)  # a sparse 3 GB file of NUL bytes: reading it whole would hurt
        file.seek(0)
        file.write(GOOD.encode())
    with pytest.raises(pressparse.DecodeError, match="binary"):
        pressparse.read_release(path, max_chars=100_000)  # the cut head is all NULs: binary, at once
    path.write_bytes(GOOD.encode() * 100_000)
    release = pressparse.read_release(path, max_chars=1_000)
    assert release.text == (GOOD * 20)[:1_000]
    assert [p.code for p in release.problems] == ["input.truncated"]


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "missing.txt", "input.unreadable"),
        (lambda d: d, "input.unreadable"),
        (lambda d: _write(d / "scan.pdf", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj"), "input.binary"),
        (lambda d: _write(d / "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "input.binary"),
        (lambda d: _write(d / "empty.txt", b""), None),
        (lambda d: _write(d / "nul.txt", b"A release\x00 with a NUL"), None),
        (lambda d: _write(d / "mz.txt", b"MZ Group opens a new office"), None),
    ],
    ids=["missing file", "a folder", "a PDF", "a PNG", "empty file", "NUL byte", "starts with MZ"],
)
def test_every_kind_of_file_gives_one_record(tmp_path: Path, make: object, code: str | None) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    record = parse_source(Source(str(path)), Options())
    assert record.get("error", {}).get("code") == code
    assert record["source"] == str(path)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_cut_input_in_strict_mode_gives_a_strict_error_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "long.txt", GOOD.encode() * 100)
    record = parse_source(Source(str(path)), Options(max_chars=50, strict=True))
    assert record["error"]["code"] == "strict"
    message = record["error"]["message"]
    assert message.startswith("input.truncated: the input has 7,400 bytes; only the first 204")
