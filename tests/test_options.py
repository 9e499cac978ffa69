"""Options are checked once, when built, with messages that name what is valid."""

from __future__ import annotations

import pytest

from pressparse import Options, OptionsError


def test_region_is_upper_cased_and_kept() -> None:
    assert Options(region=" gb ").region == "GB"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("UK", "use 'GB'"),
        ("XX", "unknown phone region 'XX'"),
        (44, "two-letter code"),
    ],
)
def test_a_bad_region_names_the_valid_ones(value: object, message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        Options(region=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_chars": 0},
        {"max_chars": True},
        {"max_chars": 2.5},
        {"timeout": 0},
        {"timeout": "1"},
        {"strict": "yes"},
    ],
    ids=repr,
)
def test_out_of_range_options_raise_a_value_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Options(**kwargs)  # type: ignore[arg-type]


def test_options_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Options().strict = True  # type: ignore[misc]
