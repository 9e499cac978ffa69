"""The command line under interruption: Ctrl-C and SIGTERM stop cleanly; --output is all or nothing.

Ctrl-C is sent for real, to a ``python -m pressparse parse`` process group
(as a terminal does), while the run is blocked reading a named pipe that
nobody writes: a deterministic slow input.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressparse.cli import main
from tests.conftest import ROOT

GOOD = "NORTH HARBOUR, 5 March 2025 - The ferry will run all night, the port said.\n"


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "pressparse", "parse", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, to signal it as a terminal would
    )


def _wait_for_lines(folder: Path, lines: int) -> None:
    """Until the run's temporary output holds ``lines`` records: it is then blocked on the pipe."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        parts = list(folder.glob(".out.jsonl.*.part"))
        if parts and parts[0].read_text("utf-8").count("\n") >= lines:
            return
        time.sleep(0.05)
    pytest.fail("the run never reached the slow input")


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """Two good releases, then a named pipe nobody writes to: reading it blocks for ever."""
    paths = []
    for n in range(2):
        path = tmp_path / f"good-{n}.txt"
        path.write_text(GOOD, "utf-8")
        paths.append(str(path))
    fifo = tmp_path / "slow.txt"
    os.mkfifo(fifo)
    return [*paths, str(fifo)]


def _group_gone(pgid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(
    ("jobs", "how"),
    [("1", "ctrl-c"), ("2", "ctrl-c"), ("2", "sigterm to the parent only")],
    ids=["ctrl-c, one process", "ctrl-c, two workers", "sigterm, two workers"],
)
@pytest.mark.parametrize("existing", [False, True], ids=["new output", "older output kept"])
def test_an_interrupted_run_stops_cleanly_and_leaves_no_half_written_file(
    inputs: list[str], tmp_path: Path, jobs: str, how: str, existing: bool
) -> None:
    out = tmp_path / "out.jsonl"
    if existing:
        out.write_text('{"from": "an earlier complete run"}\n', "utf-8")
    run = _start([*inputs, "--jobs", jobs, "--output", str(out)], tmp_path)
    try:
        _wait_for_lines(tmp_path, 2)
        if how == "ctrl-c":
            os.killpg(run.pid, signal.SIGINT)
        else:
            run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130
    assert "Traceback" not in err
    if existing:
        assert err == f"pressparse: interrupted; {out} was left as it was before this run\n"
        assert out.read_text("utf-8") == '{"from": "an earlier complete run"}\n'
    else:
        assert err == f"pressparse: interrupted; no output file was written ({out} does not exist)\n"
        assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert _group_gone(run.pid), "no worker process outlives the run"


def test_ctrl_c_without_output_says_the_output_is_incomplete(inputs: list[str], tmp_path: Path) -> None:
    run = _start(inputs, tmp_path)
    try:
        assert run.stdout is not None
        for _ in range(2):
            json.loads(run.stdout.readline())  # both good records arrive before the pipe blocks
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert (run.returncode, err) == (130, "pressparse: interrupted; the output is incomplete\n")


def test_the_output_file_gets_the_usual_permissions_not_a_private_temp_files(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(GOOD, "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(source), "--output", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    out.chmod(0o640)
    assert main(["parse", str(source), "--output", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640, "a replaced file keeps its mode"


def test_an_output_folder_that_does_not_exist_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "r.txt"
    source.write_text(GOOD, "utf-8")
    out = tmp_path / "no" / "such" / "out.jsonl"
    assert main(["parse", str(source), "--output", str(out)]) == 3
    assert capsys.readouterr().err == f"pressparse: cannot write {out}: No such file or directory\n"


def test_main_leaves_the_sigterm_handler_as_it_found_it(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(GOOD, "utf-8")
    before = signal.getsignal(signal.SIGTERM)
    main(["parse", str(source), "--output", str(tmp_path / "out.jsonl")])
    assert signal.getsignal(signal.SIGTERM) is before


def test_standard_input_is_read_only_as_far_as_max_chars_needs(tmp_path: Path) -> None:
    run = _start(["-", "--max-chars", "100"], tmp_path)
    out, err = run.communicate(GOOD * 1_000, timeout=30)
    record = json.loads(out)
    assert run.returncode == 0, err
    assert [p["code"] for p in record["problems"]] == ["input.truncated"]
    assert record["problems"][0]["message"] == (
        "the input has more than 404 bytes; only the first 404 were read (max_chars=100)"
    )


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--max-chars", "0"),
        ("--max-chars", "-5"),
        ("--max-chars", "lots"),
        ("--input-timeout", "-1"),
        ("--input-timeout", "nan"),
        ("--input-timeout", "soon"),
    ],
)
def test_limits_must_be_sensible_numbers(option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["parse", "x.txt", option, value])
    assert stop.value.code == 2
    assert option in capsys.readouterr().err


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path) -> None:
    paths = []
    for n in range(400):
        path = tmp_path / f"r{n:03d}.txt"
        path.write_text(GOOD * 50, "utf-8")
        paths.append(str(path))
    run = _start([*paths, "--jobs", "2"], tmp_path)
    assert run.stdout is not None and run.stderr is not None
    json.loads(run.stdout.readline())
    run.stdout.close()  # as `pressparse parse ... | head -1` does
    try:
        run.wait(timeout=60)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert (run.returncode, run.stderr.read()) == (3, "")
    assert _group_gone(run.pid)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(GOOD, "utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "pressparse", "parse", str(source)],
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        3,
        "pressparse: cannot write standard output: No space left on device\n",
    )
