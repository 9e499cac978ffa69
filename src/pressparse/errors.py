"""The exceptions pressparse raises; all are ``ValueError`` subclasses."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressparse.types import Problem


class PressparseError(ValueError):
    """Base of every error pressparse raises on purpose."""


class OptionsError(PressparseError):
    """An option was given a value pressparse cannot use."""


class ContentError(PressparseError):
    """Strict mode: the release had problems; they are in ``problems``."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first.code}: {first.message}{more}")


class DecodeError(PressparseError):
    """Bytes that are not text pressparse can read (a PDF, an image, ...)."""


class PatternTimeout(PressparseError):
    """A pattern ran past its timeout; the pipeline turns it into a problem."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        super().__init__("a pattern ran past its time limit on this input")
