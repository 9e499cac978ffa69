"""The pipeline: immutable, picklable, deterministic, swappable, never losing a release."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

import pressparse
from pressparse import Options, Pipeline, Problem, Quote, Release, Speaker
from pressparse.document import Document
from pressparse.errors import ContentError, PatternTimeout
from pressparse.report import Report
from tests.conftest import assert_spans_slice_back, corpus_texts, fixture_texts

EXAMPLE = (Path(__file__).parent.parent / "fixtures" / "example-release.txt").read_text("utf-8")


def every_release() -> list[Path]:
    return fixture_texts() + corpus_texts()


@pytest.mark.parametrize("path", every_release(), ids=lambda p: p.name)
def test_every_span_slices_back_to_its_text(path: Path) -> None:
    assert_spans_slice_back(pressparse.read_release(path))


def test_results_are_frozen_picklable_and_equal_across_runs() -> None:
    first, second = pressparse.parse(EXAMPLE), pressparse.parse(EXAMPLE)
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first
    with pytest.raises(AttributeError):
        first.text = "changed"  # type: ignore[misc]


def test_the_pipeline_itself_pickles_and_is_frozen() -> None:
    pipeline = Pipeline(options=Options(region="GB"))
    assert pickle.loads(pickle.dumps(pipeline)) == pipeline
    with pytest.raises(AttributeError):
        pipeline.quotes = None  # type: ignore[misc]


def _one_quote(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
    start = text.text.index("Night readers")
    end = start + len("Night readers")
    speaker = Speaker(name="Somebody", span=(0, 3), text=text.text[0:3])
    return (Quote(text=text.text[start:end], span=(start, end), parts=((start, end),), speaker=speaker),)


def test_an_extractor_can_be_swapped_for_a_users_function() -> None:
    release = Pipeline().replace(quotes=_one_quote).parse(EXAMPLE)
    assert [q.text for q in release.quotes] == ["Night readers"]
    assert_spans_slice_back(release)


def test_an_extractor_can_be_switched_off() -> None:
    pipeline = Pipeline().replace(quotes=None, phones=None, emails=None, contacts=None)
    release = pipeline.parse(EXAMPLE)
    assert release.quotes == () and release.phones == () and release.contacts == ()


def test_the_dateline_country_reaches_the_phone_extractor_as_its_region() -> None:
    seen: list[str | None] = []

    def dateline(text: Document, /, *, report: Report) -> pressparse.Dateline:
        return pressparse.Dateline(
            "MANCHESTER", dt.date(2025, 3, 5), None, (0, 10), text.text[:10], country="GB"
        )

    def phones(text: Document, /, *, region: str | None, report: Report) -> tuple[pressparse.Phone, ...]:
        seen.append(region)
        return ()

    Pipeline().replace(dateline=dateline, phones=phones).parse(EXAMPLE)
    Pipeline(options=Options(region="IE")).replace(dateline=dateline, phones=phones).parse(EXAMPLE)
    assert seen == ["GB", "IE"], "the caller's region comes before the release's"


def test_a_failing_extractor_costs_its_field_not_the_release() -> None:
    def broken(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
        raise RuntimeError("boom")

    release = Pipeline().replace(quotes=broken).parse(EXAMPLE)
    assert release.quotes == ()
    assert [p.code for p in release.problems] == ["quotes.failed"]


def test_a_pattern_timeout_becomes_a_problem_not_a_hang() -> None:
    def slow(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
        raise PatternTimeout("(a+)+$")

    release = Pipeline().replace(quotes=slow).parse(EXAMPLE)
    assert [p.code for p in release.problems] == ["quotes.timeout"]


def test_problems_are_recorded_and_strict_mode_raises_them() -> None:
    def complaining(text: Document, /, *, report: Report) -> tuple[Quote, ...]:
        report(Problem("quotes.unclosed", "a quotation mark is never closed", (0, 1)))
        return ()

    lenient = Pipeline().replace(quotes=complaining).parse(EXAMPLE)
    assert [p.code for p in lenient.problems] == ["quotes.unclosed"]
    strict = Pipeline(options=Options(strict=True)).replace(quotes=complaining)
    with pytest.raises(ContentError, match=r"quotes\.unclosed: a quotation mark is never closed"):
        strict.parse(EXAMPLE)


def test_an_input_over_the_size_limit_is_cut_and_reported() -> None:
    release = pressparse.parse("word " * 100, max_chars=50)
    assert len(release.text) == 50
    assert [p.code for p in release.problems] == ["input.truncated"]


@pytest.mark.parametrize("value", [b"bytes", None, 42, ["a list"]], ids=repr)
def test_anything_but_str_is_a_type_error_that_says_what_to_do(value: object) -> None:
    with pytest.raises(TypeError, match="takes str"):
        pressparse.parse(value)  # type: ignore[arg-type]


def test_parse_many_streams_one_release_per_text_in_order() -> None:
    texts = iter(["first", "", EXAMPLE])
    releases = pressparse.parse_many(texts)
    assert next(releases).text == "first"
    assert [r.text for r in releases] == ["", EXAMPLE]


def test_the_empty_string_gives_an_empty_release() -> None:
    assert pressparse.parse("") == Release(text="")
