"""Linear time: every module-level pattern, fed megabyte runs of what it loves, must finish.

The patterns are discovered (see ``tests/hostile.py``), so every extractor
is covered without being listed. The regex ``timeout=`` is a hang
detector here, not a timing test: a linear pattern needs well under a
second on a megabyte, a catastrophic one would need hours.
"""

from __future__ import annotations

import ast
import re
import time

import pytest
import regex

import pressparse
from pressparse import Pipeline
from pressparse.document import UNTIMED_WINDOW, Document
from pressparse.errors import PatternTimeout
from pressparse.lazy import LazyPattern
from pressparse.report import Report
from pressparse.types import Quote
from tests.hostile import (
    HOSTILE_MB,
    PIPELINE_KB,
    RUNS,
    Found,
    hostile,
    is_untimed_whole_text_call,
    module_patterns,
    pressparse_modules,
    whole_text_calls_without_timeout,
)

HANG_SECONDS = 5.0 * max(1.0, HOSTILE_MB)
"""CPU seconds one pattern may take on one hostile run before it counts as a hang: 5 s a megabyte
(never less than 5 s), so a linear pattern passes at 10 MB as at 1 MB, and a quadratic one, ten times
slower per megabyte at 10 MB than at 1 MB, does not."""

PATTERNS = module_patterns()
TEXT_PATTERNS = [
    f for f in PATTERNS if isinstance(f.pattern, regex.Pattern) and isinstance(f.pattern.pattern, str)
]


@pytest.fixture(scope="module", params=list(RUNS), ids=list(RUNS))
def hostile_run(request: pytest.FixtureRequest) -> Document:
    return Document(hostile(RUNS[request.param], HOSTILE_MB), timeout=HANG_SECONDS)


@pytest.mark.parametrize("found", TEXT_PATTERNS, ids=[f.where for f in TEXT_PATTERNS])
def test_every_pattern_is_linear_on_hostile_runs(found: Found, hostile_run: Document) -> None:
    assert isinstance(found.pattern, regex.Pattern)
    try:
        for _ in hostile_run.finditer(found.pattern):
            pass
    except PatternTimeout:
        pytest.fail(
            f"{found.where} ran past {HANG_SECONDS} s on {len(hostile_run.text):,} hostile characters: "
            "it is not linear (bound its repetitions, e.g. {1,40}, and avoid nested quantifiers)"
        )


def test_the_discovery_finds_patterns_and_sees_inside_containers() -> None:
    # document.py's own patterns are always there, whatever the extractors hold.
    where = {f.where for f in PATTERNS}
    assert "pressparse.document._SURROGATE" in where
    assert len(PATTERNS) == len({id(f.pattern) for f in PATTERNS}), "each pattern is listed once"


LAZY = {
    f"{module.__name__}.{name}": value
    for module in pressparse_modules()
    for name, value in vars(module).items()
    if isinstance(value, LazyPattern)
}


def test_patterns_compiled_on_first_use_are_discovered_and_fed_the_hostile_runs() -> None:
    # the large patterns compile on first use (pressparse.lazy); they must be covered all the same
    assert {"pressparse.dateline._DATELINE", "pressparse.embargo._EMBARGO"} <= set(LAZY)
    fed = {id(f.pattern) for f in TEXT_PATTERNS}
    assert [where for where, lazy in LAZY.items() if id(lazy.compiled) not in fed] == []


@pytest.mark.parametrize(
    ("pos", "spans"),
    [(0, [(6, 13), (18, 24)]), (7, [(18, 24)]), (20, [])],
    ids=["from-the-start", "past-the-first", "past-both"],
)
def test_document_runs_a_lazy_pattern_like_a_compiled_one(pos: int, spans: list[tuple[int, int]]) -> None:
    doc = Document("Filed 5 March and 12 May in Leeds")
    lazy = LazyPattern(r"\d{1,2}[ ]\p{Lu}\p{Ll}{2,8}")
    assert [m.span() for m in doc.finditer(lazy, pos=pos)] == spans
    first = doc.search(lazy, pos=pos)
    assert (first.span() if first else None) == (spans[0] if spans else None)
    at = doc.match(lazy, pos=spans[0][0]) if spans else None
    assert (at.span() if at else None) == (spans[0] if spans else None)
    assert lazy.pattern == lazy.compiled.pattern


# Folding finds lone surrogates with the stdlib re, which scans a class
# four times faster than regex; a class of fixed characters has
# nothing to backtrack into, so it needs no timeout.
_RE_ALLOWED = {"pressparse.document._SURROGATE"}


def test_no_module_level_pattern_uses_the_re_module() -> None:
    # The stdlib re module has no timeout, so it can hang on hostile input.
    offenders = [f.where for f in PATTERNS if isinstance(f.pattern, re.Pattern)]
    assert sorted(set(offenders) - _RE_ALLOWED) == [], "compile these with regex and run them via Document"


def test_the_one_re_pattern_matches_only_fixed_characters() -> None:
    for found in PATTERNS:
        if found.where in _RE_ALLOWED:
            assert isinstance(found.pattern, re.Pattern)
            assert not regex.search(r"[*+{]", found.pattern.pattern), "no repetition: nothing to backtrack"


def test_no_extractor_runs_a_pattern_on_the_whole_text_without_the_timeout() -> None:
    assert whole_text_calls_without_timeout() == [], "use doc.finditer/doc.search, which apply the timeout"


@pytest.mark.parametrize("name", list(RUNS), ids=list(RUNS))
def test_the_whole_pipeline_finishes_on_hostile_runs_without_giving_up(name: str) -> None:
    text = hostile(RUNS[name], PIPELINE_KB / 1000)
    release = pressparse.parse(text)
    gave_up = [p for p in release.problems if p.code.endswith((".timeout", ".failed"))]
    assert gave_up == []
    assert release.text == text


# A pattern that is catastrophic on purpose: nested quantifiers over the same letters.
_CATASTROPHIC = regex.compile(r"(?:a+)+b")


def _slow_quotes(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
    for _ in text.finditer(_CATASTROPHIC):
        pass
    return ()


def test_at_run_time_the_timeout_becomes_a_problem_not_a_hang() -> None:
    started = time.monotonic()
    pipeline = Pipeline(options=pressparse.Options(timeout=0.2)).replace(quotes=_slow_quotes)
    release = pipeline.parse("a" * (UNTIMED_WINDOW + 5_000) + " said the council.")
    assert time.monotonic() - started < 30, "the timeout must stop the pattern"
    assert [p.code for p in release.problems] == ["quotes.timeout"]
    assert release.text.endswith("said the council.")


def test_the_untimed_call_detector_catches_what_it_is_for() -> None:
    def call(source: str) -> ast.Call:
        node = ast.parse(source).body[0]
        assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
        return node.value

    assert is_untimed_whole_text_call(call("_QUOTE.finditer(doc.folded)"))
    assert is_untimed_whole_text_call(call("_SPACE.sub(' ', doc.text)"))
    assert not is_untimed_whole_text_call(call("_QUOTE.finditer(doc.folded, timeout=doc.timeout)"))
    assert not is_untimed_whole_text_call(call("doc.finditer(_QUOTE)"))
    assert not is_untimed_whole_text_call(call("_NAME.match(line)"))
    assert not is_untimed_whole_text_call(call("_ABBR.search(doc.folded, start - 6, start)"))


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [(r"(?:a+)+b", "a"), (r"[a-z]+@", "a"), (r"(?:\d+\s?)+x", "1 ")],
    ids=["nested plus", "unbounded run before a literal", "nested digits and spaces"],
)
def test_the_hang_detector_catches_a_quadratic_pattern(pattern: str, unit: str) -> None:
    doc = Document(hostile(unit, 0.2), timeout=0.3)
    with pytest.raises(PatternTimeout):
        for _ in doc.finditer(regex.compile(pattern)):
            pass
