"""One frozen object holds every option; it is checked once, when built."""

from __future__ import annotations

from dataclasses import dataclass

from pressparse.document import DEFAULT_TIMEOUT
from pressparse.errors import OptionsError

DEFAULT_MAX_CHARS = 5_000_000
"""Longer inputs are cut here and the cut is recorded as a problem.

Five million characters is some hundred times the longest real release;
past it the input is almost always a concatenated dump or a binary file.
"""

# Codes people reach for that are not ISO 3166 regions, and the one they mean.
_NOT_REGIONS = {"UK": "GB", "EL": "GR", "EN": "GB"}


@dataclass(frozen=True, slots=True)
class Options:
    """How to parse: all keyword-only, all checked when built.

    ``region`` is the phone region for numbers written without a country
    code (ISO 3166-1 alpha-2, as phonenumbers names it: ``"GB"``, not
    ``"UK"``); when ``None`` the release's own place decides.
    ``strict`` raises :class:`~pressparse.errors.ContentError` when a
    release has problems instead of recording them.
    ``max_chars`` cuts longer inputs (recorded as ``input.truncated``);
    ``timeout`` is the seconds one pattern may run per 100,000 characters,
    a backstop that turns a runaway pattern into a problem, never a hang;
    it applies to calls over windows longer than 20,000 characters.
    """

    region: str | None = None
    strict: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.region is not None:
            object.__setattr__(self, "region", check_region(self.region))
        if not isinstance(self.strict, bool):
            raise OptionsError(f"strict must be True or False, not {self.strict!r}")
        if not _positive(self.max_chars, int):
            raise OptionsError(f"max_chars must be a positive whole number, not {self.max_chars!r}")
        if not _positive(self.timeout, (int, float)):
            raise OptionsError(f"timeout must be a positive number of seconds, not {self.timeout!r}")


def _positive(value: object, kind: type | tuple[type, ...]) -> bool:
    # bool is an int to Python, never a size or a number of seconds to a user
    return isinstance(value, kind) and not isinstance(value, bool) and value > 0  # type: ignore[operator]


def check_region(region: object) -> str:
    """The phonenumbers region code for ``region``, or an error that says what is valid."""
    if not isinstance(region, str):
        raise OptionsError(f"region must be a two-letter code such as 'US' or 'GB', not {region!r}")
    code = region.strip().upper()
    if code in _NOT_REGIONS:
        raise OptionsError(f"{region!r} is not an ISO 3166 region code: use {_NOT_REGIONS[code]!r}")
    import phonenumbers  # noqa: PLC0415 - only a region option needs it; phones.py says why

    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise OptionsError(
            f"unknown phone region {region!r}: use an ISO 3166-1 alpha-2 code "
            "that phonenumbers supports, such as 'US', 'GB', 'AU', 'KR' or 'DE'"
        )
    return code
