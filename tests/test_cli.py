"""The command line: one record per input, in order, whatever happens to an input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import __version__
from pressparse.cli import main
from tests.conftest import FIXTURES, SCORER, SHARED


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]]]:
    status = main(argv)
    lines = capsys.readouterr().out.splitlines()
    return status, [json.loads(line) for line in lines]


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    """Three good releases, an undecodable file and a missing one, in that order."""
    paths = []
    for n, release in enumerate(sorted(FIXTURES.rglob("*.txt"))):
        target = tmp_path / f"{n:02d}-{release.name}"
        target.write_bytes(release.read_bytes())
        paths.append(str(target))
    pdf = tmp_path / "brochure.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    paths.append(str(pdf))
    paths.append(str(tmp_path / "missing.txt"))
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_record_per_input_in_order_even_for_failures(
    batch: list[str], jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, records = run(["parse", *batch, "--jobs", jobs], capsys)
    assert status == 1, "a failed input makes the exit status non-zero"
    assert [r["source"] for r in records] == batch
    assert [r.get("error", {}).get("code") for r in records[-2:]] == ["input.binary", "input.unreadable"]  # type: ignore[attr-defined]
    assert all("error" not in r for r in records[:-2])


def test_jobs_2_writes_exactly_what_jobs_1_writes(
    batch: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["parse", *batch, "-j", "1"], capsys) == run(["parse", *batch, "-j", "2"], capsys)


def test_a_folder_is_walked_recursively_in_sorted_order(capsys: pytest.CaptureFixture[str]) -> None:
    status, records = run(["parse", str(FIXTURES)], capsys)
    assert status == 0
    names = [r["source"] for r in records]
    assert names == sorted(str(p) for p in FIXTURES.rglob("*") if p.is_file())
    assert records[0]["id"] == Path(str(names[0])).stem


def test_json_format_is_one_array(batch: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", *batch[:2], "--format", "json"])
    assert [r["source"] for r in json.loads(capsys.readouterr().out)] == batch[:2]


def test_output_file_is_written_whole(batch: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", *batch[:3], "--output", str(out)]) == 0
    assert len(out.read_text("utf-8").splitlines()) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_stdin_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"BOSTON--(BUSINESS WIRE)--Hello.")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    status, records = run(["parse", "-"], capsys)
    assert status == 0
    assert records[0]["id"] == "stdin"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "x.txt", "--region", "UK"], "use 'GB'"),
        (["parse", "x.txt", "--jobs", "-1"], "0 (one per core)"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"pressparse {__version__}"


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py not present")
def test_the_shared_scorer_reads_jsonl_output_as_it_is(batch: list[str], tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    main(["parse", *batch, "--output", str(out)])
    done = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(SHARED / "corpus" / "gold"),
            "--pred",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "dateline" in json.loads(done.stdout)


def test_a_folder_walk_gives_the_order_of_sorted_full_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = (FIXTURES / "example-release.txt").read_bytes()
    for name in ["a.txt", "a/b.txt", "a-c.txt", "a/z/y.txt", "B.txt", ".hidden.txt", ".git/c.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(release)
    status, records = run(["parse", str(tmp_path)], capsys)
    assert status == 0
    expected = sorted(str(p) for p in tmp_path.rglob("*") if p.is_file() and "/." not in str(p))
    assert [r["source"] for r in records] == expected
