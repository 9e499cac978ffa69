"""The benchmark scripts' own logic: argument parsing, the docs tables, the import-time report."""

from __future__ import annotations

import argparse

import pytest

import memory
import speed
import tables


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1000", (1000,)),
        ("20000,1000", (1000, 20000)),
        ("1_000,100_000", (1000, 100000)),
        ("1000,", (1000,)),
    ],
    ids=["one", "sorted", "underscores", "trailing-comma"],
)
def test_memory_sizes_parse(value: str, expected: tuple[int, ...]) -> None:
    assert memory.sizes(value) == expected


@pytest.mark.parametrize("value", ["", "ten", "0,1000", "-5"], ids=["empty", "word", "zero", "negative"])
def test_memory_sizes_refuse(value: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        memory.sizes(value)


def _runs(peaks: dict[int, float]) -> dict[str, object]:
    return {
        "runs": [{"releases": n, "jobs": j, "peak_process_mb": mb} for n, mb in peaks.items() for j in (1, 2)]
    }


@pytest.mark.parametrize(
    ("peaks", "met"),
    [
        ({1000: 30.0, 100000: 33.0}, True),
        ({1000: 30.0, 100000: 36.0}, True),
        ({1000: 30.0, 100000: 36.5}, False),
        ({1000: 30.0}, None),
    ],
    ids=["flat", "at-the-limit", "grows", "one-size"],
)
def test_memory_flatness(peaks: dict[int, float], met: bool | None) -> None:
    assert memory.flatness(_runs(peaks))["met"] is met


IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       310 |        310 |   _io
import time:      2090 |      94919 |     pressparse.document
import time:      7438 |     245498 | pressparse
"""


def test_cumulative_import_time_is_read_for_the_package_itself() -> None:
    assert speed._cumulative_us(IMPORTTIME, "pressparse") == 245498


def test_cumulative_import_time_missing_package_raises() -> None:
    with pytest.raises(ValueError, match="pressparse"):
        speed._cumulative_us(IMPORTTIME.replace("| pressparse\n", "| other\n"), "pressparse")


DOC = """\
# Title

<!-- begin speed -->
| old | table |
<!-- end speed -->

<!-- begin memory -->
| kept |
<!-- end memory -->
"""


def test_replace_block_rewrites_only_its_own_block() -> None:
    new = tables.replace_block(DOC, "speed", "| new |\n| --- |")
    assert "| old | table |" not in new
    assert "<!-- begin speed -->\n| new |\n| --- |\n<!-- end speed -->" in new
    assert "<!-- begin memory -->\n| kept |\n<!-- end memory -->" in new
