"""How an extractor tells the caller about a problem without raising."""

from __future__ import annotations

from collections.abc import Callable

from pressparse.types import Problem

Report = Callable[[Problem], None]
"""Called once for each problem an extractor meets; the pipeline collects them."""


def ignore(problem: Problem) -> None:
    """The default for extractors used alone: problems are dropped."""
