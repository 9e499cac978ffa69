"""Shared test helpers: where the fixtures and the shared corpus are, and span checks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from pressparse.types import Release, Span

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS_TEXTS = SHARED / "corpus" / "texts"
SCORER = SHARED / "eval" / "score.py"


def fixture_texts() -> list[Path]:
    """Every release the project wrote for its tests."""
    return sorted(FIXTURES.rglob("*.txt"))


def corpus_texts() -> list[Path]:
    """The shared corpus's plain-text releases, when it is beside the checkout."""
    return sorted(CORPUS_TEXTS.glob("*.txt")) if CORPUS_TEXTS.is_dir() else []


needs_corpus = pytest.mark.skipif(not CORPUS_TEXTS.is_dir(), reason="../shared corpus not present")


def spans_of(release: Release) -> Iterator[tuple[str, Span, str]]:
    """Every (where, span, text) a release claims, to check each slices back."""
    d = release.dateline
    if d:
        yield "dateline", d.span, d.text
    if release.issued:
        yield "issued", release.issued.span, release.issued.text
    if release.embargo:
        yield "embargo", release.embargo.span, release.embargo.text
    for q in release.quotes:
        if len(q.parts) == 1:
            yield "quote", q.span, q.text
        if q.speaker:
            yield "speaker", q.speaker.span, q.speaker.text
    for p in release.phones:
        yield "phone", p.span, p.text
    for e in release.emails:
        yield "email", e.span, e.text
    for c in release.contacts:
        yield "contact", c.span, c.text
        for p in c.phones:
            yield "contact phone", p.span, p.text
        for e in c.emails:
            yield "contact email", e.span, e.text


def assert_spans_slice_back(release: Release) -> None:
    for where, (start, end), text in spans_of(release):
        assert 0 <= start <= end <= len(release.text), (where, (start, end))
        assert release.text[start:end] == text, (where, (start, end), text)
    for q in release.quotes:
        start, end = q.span
        assert all(start <= a <= b <= end for a, b in q.parts), q
        assert q.text == " ".join(release.text[a:b] for a, b in q.parts), q
        if q.cue_span:
            a, b = q.cue_span
            assert release.text[a:b] == q.cue


# Hypothesis: "ci" (the default) is bounded and reproducible so the suite
# keeps a fixed time; "fuzz" (HYPOTHESIS_PROFILE=fuzz, see benchmarks/fuzz.py)
# searches far longer with fresh randomness and keeps failures to replay.
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, database=None, print_blob=True
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("PRESSPARSE_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
