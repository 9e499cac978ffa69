"""The Dask integration, on Dask's local process scheduler: the records the command line writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pressparse import Options, to_record
from pressparse.cli import main
from pressparse.distributed import parse_paths, parse_texts
from pressparse.pipeline import Pipeline
from tests.conftest import FIXTURES

db = pytest.importorskip("dask.bag")


def compute(bag: Any) -> Any:
    """Dask's local process scheduler with two workers, as CI runs it."""
    return bag.compute(scheduler="processes", num_workers=2)


def inputs(tmp_path: Path) -> list[str]:
    """Every fixture (text, HTML, email) and a missing file, in a fixed order."""
    paths = sorted(str(p) for p in FIXTURES.rglob("*") if p.is_file())
    return [*paths, str(tmp_path / "missing.txt")]


def cli_records(paths: list[str], capsys: pytest.CaptureFixture[str], *extra: str) -> list[object]:
    main(["parse", *paths, *extra])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_bag_of_paths_gives_what_the_command_line_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = inputs(tmp_path)
    expected = cli_records(paths, capsys)
    got = compute(parse_paths(db.from_sequence(paths, npartitions=3)))
    assert json.loads(json.dumps(got)) == expected
    assert got[-1]["error"]["code"] == "input.unreadable"


def test_name_and_bytes_pairs_read_elsewhere_give_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [p for p in inputs(tmp_path) if Path(p).exists()]
    expected = cli_records(paths, capsys, "--region", "US")
    pairs = [(p, Path(p).read_bytes()) for p in paths]
    got = compute(parse_paths(db.from_sequence(pairs, npartitions=2), region="US"))
    assert json.loads(json.dumps(got)) == expected


def test_a_bag_of_texts_and_id_text_pairs() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    items = [texts[0], ("second", texts[1]), *texts[2:]]
    got = compute(parse_texts(db.from_sequence(items, npartitions=2)))
    pipeline = Pipeline(options=Options())
    assert got[0] == to_record(pipeline.parse(texts[0]))
    assert got[1] == to_record(pipeline.parse(texts[1]), id="second")
    assert len(got) == len(texts)


def test_options_are_checked_before_anything_runs() -> None:
    with pytest.raises(Exception, match="not an ISO 3166 region"):
        parse_texts(db.from_sequence(["x"]), region="UK")
