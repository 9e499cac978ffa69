"""Finding quotations: every kind of mark, run-on paragraphs, block quotes, what is not a quote.

Written in the project's own words; names, places and organisations are invented.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.attribution import before_quote
from pressparse.document import Document
from pressparse.quote_marks import find_passages
from pressparse.quotes import find_quotes
from pressparse.types import Problem

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "releases"

SAID = " said Ana Ruiz, director of the Valley Water Board."

MARKS = {
    "curly-double": ("“We are ready for the dry season,”", "We are ready for the dry season,"),
    "straight-double": ('"We are ready for the dry season,"', "We are ready for the dry season,"),
    "mixed-straight-and-curly": ('“We are ready for the dry season,"', "We are ready for the dry season,"),
    "curly-single-with-apostrophes": (
        "‘We don’t expect the 1990s’ boom, and Marlow’s stores agree,’",
        "We don’t expect the 1990s’ boom, and Marlow’s stores agree,",
    ),
    "straight-single-with-apostrophes": (
        "'It's the valley's best year since the '90s,'",
        "It's the valley's best year since the '90s,",
    ),
    "guillemets": ("«We are ready for the dry season,»", "We are ready for the dry season,"),
    "guillemets-with-inner-spaces": (
        "« We are ready for the dry season, »",
        "We are ready for the dry season,",
    ),
    "german-low-high": ("„We are ready for the dry season,“", "We are ready for the dry season,"),
    "german-single-low-high": ("‚We are ready for the dry season,‘", "We are ready for the dry season,"),
    "single-angle": ("‹We are ready for the dry season,›", "We are ready for the dry season,"),
    "hard-wrapped": ("“We are ready for the\ndry season,”", "We are ready for the\ndry season,"),
    "markdown-quote-prefix": (
        "> “We are ready for the\n> dry season,”",
        "We are ready for the\n> dry season,",
    ),
    "nested-same-kind": (
        "“There is a “good faith” clause in the contract,”",
        "There is a “good faith” clause in the contract,",
    ),
}


@pytest.mark.parametrize("case", MARKS.values(), ids=MARKS.keys())
def test_every_kind_of_mark_pairs(case: tuple[str, str]) -> None:
    quoted, inner = case
    text = quoted + SAID
    (quote,) = find_quotes(text)
    assert quote.text == inner
    assert text[quote.span[0] : quote.span[1]] == inner
    assert quote.parts == (quote.span,)
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


RUN_ON = {
    "reopened-each-paragraph": (
        "“The first paragraph of the statement.\n\n“The second paragraph,” said Ana Ruiz.",
        ["The first paragraph of the statement.", "The second paragraph,"],
    ),
    "british-single-reopened": (
        "Water minister Ana Ruiz said:\n\n‘The first paragraph of the statement.\n\n‘The last one.’",
        ["The first paragraph of the statement.", "The last one."],
    ),
    "single-newline-paragraphs": (
        "“The first paragraph of the statement.\n“The second paragraph,” said Ana Ruiz.",
        ["The first paragraph of the statement.", "The second paragraph,"],
    ),
    "markdown-block-reopened": (
        "> “The first paragraph of the statement.\n>\n> “The second paragraph,” said Ana Ruiz.",
        ["The first paragraph of the statement.", "The second paragraph,"],
    ),
    "list-inside-the-quote": (
        "“Our plan has three parts:\n\n- new pipes\n\n- new pumps\n\n“And a new reservoir,” said Ana Ruiz.",
        ["Our plan has three parts:", "- new pipes", "- new pumps", "And a new reservoir,"],
    ),
}


@pytest.mark.parametrize("case", RUN_ON.values(), ids=RUN_ON.keys())
def test_a_quote_runs_on_across_paragraphs(case: tuple[str, list[str]]) -> None:
    text, parts = case
    (quote,) = find_quotes(text)
    assert [text[a:b] for a, b in quote.parts] == parts
    assert quote.text == " ".join(parts)
    assert quote.span == (quote.parts[0][0], quote.parts[-1][1])
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_a_block_quote_after_a_lead_in_has_no_marks() -> None:
    text = (
        "Water minister Ana Ruiz said:\n\n"
        "The new reservoir will store a full year of supply for the valley.\n\n"
        "We expect the first water to flow before the autumn rains.\n\n"
        "Notes to editors\n\n"
        "The reservoir project began in 2021.\n"
    )
    (quote,) = find_quotes(text)
    assert [text[a:b] for a, b in quote.parts] == [
        "The new reservoir will store a full year of supply for the valley.",
        "We expect the first water to flow before the autumn rains.",
    ]
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.title) == (
        "Ana Ruiz",
        "Water minister",
    )


NOT_QUOTES = {
    "scare-quote": "The so-called “fast lane” will close, Ana Ruiz said on Monday.",
    "defined-term": "Harbor Foods Inc. (the “Company”) said today it would open two plants.",
    "product-name": "The company’s “FlexPlan” bundle goes on sale in May.",
    "programme-title": "Ana Ruiz will present the documentary “Rivers of Light” at the festival.",
    "nickname": "Dale “Dusty” Ruiz said the rodeo would go ahead.",
    "quoted-title-with-speaker-nearby": 'With the theme of "Build Better", Harbor Foods continues to grow.',
    "title-after-a-colon": "Ana Ruiz will present her paper: “Rivers of Light in the Valley” at the fair.",
    "slogan-announced": "The slogan “Build it here in the valley” was announced by the mayor.",
    "hashtag-with-a-cue": "“#BuildBolder,” said Harbor Foods Inc., launching its spring campaign.",
    "hashtag-phrase-with-a-cue": "“#BuildBolder Every Day!” said Harbor Foods Inc. of its campaign.",
    "colour-name-with-a-cue": "“Midnight Harbor Blue,” the company said of its new colour.",
    "colour-names-in-a-list": "The kettle comes in “Harbor Red and Sunrise Coral,” Fenwick Tools said.",
    "tagline-as-a-speaker": "“Shop the spring range today and save more,” Greater Transparency said.",
}


SPEECH_THAT_LOOKS_LIKE_A_NAME = {
    "title-case-exclamation": ("“Thank You, Lumen City!” said Ana Ruiz.", "Thank You, Lumen City!"),
    "short-sentence": ("“We Are Ready.” said Ana Ruiz.", "We Are Ready."),
}


@pytest.mark.parametrize(
    "case", SPEECH_THAT_LOOKS_LIKE_A_NAME.values(), ids=SPEECH_THAT_LOOKS_LIKE_A_NAME.keys()
)
def test_a_finished_sentence_in_title_case_is_speech(case: tuple[str, str]) -> None:
    text, quote = case
    assert [q.text for q in find_quotes(text)] == [quote]


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_names_titles_and_terms_are_not_quotes(text: str) -> None:
    assert [q for q in find_quotes(text) if q.speaker is not None] == []


UNBALANCED = {
    "opened-never-closed": ("He opened with “the plan is simple and moved on.", "quotes.unclosed"),
    "closed-never-opened": ("Sales rose” in March across the valley.", "quotes.unpaired"),
    "stray-closer-in-a-quote": ("“One,” she said. ” “Two,” she said.", "quotes.unpaired"),
}


@pytest.mark.parametrize("case", UNBALANCED.values(), ids=UNBALANCED.keys())
def test_unbalanced_marks_never_raise_and_are_reported(case: tuple[str, str]) -> None:
    text, code = case
    problems: list[Problem] = []
    find_quotes(text, report=problems.append)
    assert code in {p.code for p in problems}


def test_a_missing_opening_mark_is_recovered_from_the_paragraph_start() -> None:
    text = "Intro paragraph.\n\nWe are thrilled to open the new wing,” said Ana Ruiz."
    (quote,) = find_quotes(text)
    assert quote.text == "We are thrilled to open the new wing,"


def test_a_closing_mark_typed_as_an_opener_before_its_cue() -> None:
    text = "“We are disappointed by the decision, “said Ana Ruiz. “We will appeal it.”"
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["We are disappointed by the decision,", "We will appeal it."]


HOSTILE = {
    # id: (unit, repeats): about 1 MB of the characters the patterns love; marks
    # alone cost a few microseconds each in the pairing loop, so 100,000 of them
    "straight-doubles": ('"', 100_000),
    "curly-openers": ("“", 100_000),
    "apostrophes": ("'", 100_000),
    "pairs-in-one-paragraph": ("“Yes,” said Ana Ruiz. ", 45_000),
    "unpaired-with-spaces": ("“ ", 100_000),
    "stray-closers": ("word” ", 100_000),
    "marks-and-blank-lines": ("“a\n\n", 100_000),
    "capitalised-words": ("Ana Ruiz Harbor ", 70_000),
    "dots-dashes-and-colons": (". - : “ ", 130_000),
    "cues-names-and-titles": ("“We agree,” said Ana Ruiz, chief of Harbor Co. ", 22_000),
    "digits-newlines-and-at": ("“555-0100 @ 12.5%\n", 55_000),
    "pronouns-everywhere": ("“We agree on this,” she said. ", 33_000),
    "name-particles-and-prefixes": ("Ana de ten al-Ruiz d'Arcy Vos ", 35_000),
    "org-title-person": ("said VWB director Ana Ruiz said Astronomer Tomas Berg ", 20_000),
    "generic-organisation-speakers": (
        "“We agree on this,” the organisation said. “Yes,” the zoo said. ",
        19_000,
    ),
    "generic-speakers-and-an-org": ("Lumen Zoo “We agree on this,” the zoo said. ", 25_000),
    "colon-lead-ins": ("And from the Chair:\n\n“We agree on this.”\n\n", 23_000),
}


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_finishes_within_the_pattern_timeout(case: tuple[str, int]) -> None:
    unit, repeats = case
    problems: list[Problem] = []
    find_quotes(Document(unit * repeats, timeout=5.0), report=problems.append)
    assert not [p for p in problems if p.code.endswith("timeout")]


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_stays_linear(case: tuple[str, int]) -> None:
    unit, repeats = case
    small, large = (Document(unit * (repeats // n)) for n in (40, 10))
    cost = [min(_seconds(doc) for _ in range(3)) for doc in (small, large)]
    # four times the input: about four times the cost; a quadratic scan would cost sixteen
    assert cost[1] < 8 * cost[0] + 0.01


def test_a_five_megabyte_quote() -> None:
    text = "“" + "word " * 999_999 + "word,” said Ana Ruiz."
    (quote,) = find_quotes(Document(text, timeout=5.0))
    assert len(quote.text) == 5_000_000
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def _seconds(doc: Document) -> float:
    # CPU time of this process: other work on a busy machine must not look like a quadratic scan
    started = time.process_time()
    find_quotes(doc)
    return time.process_time() - started


def test_passages_are_in_text_order_and_slice_back() -> None:
    text = "“One two three,” said Ana Ruiz. ‘Four five six,’ said Tomas Berg. «Seven eight nine,» she said."
    doc = Document(text)
    passages = find_passages(doc, lambda problem: None)
    assert [text[p.parts[0][0] : p.parts[0][1]] for p in passages] == [
        "One two three,",
        "Four five six,",
        "Seven eight nine,",
    ]
    assert [p.opened for p in passages] == sorted(p.opened for p in passages)


EVERY_FORM = [
    ("We promised the valley a train, and today the valley has one,", "Ruth Calloway", "Calloway", "said"),
    ("Every seat on the first\nrun was booked within an hour.", "Ruth Calloway", "Calloway", "said"),
    ("The line carries 4,000 people a day from the first week,", "Ruth Calloway", "Calloway", "added"),
    ("and we expect that number to\ndouble by the autumn.", "Ruth Calloway", "Calloway", "added"),
    ("Nobody will have to drive into town for a hospital appointment again,", "Dale Ruiz", "he", "said"),
    ("That matters to\nevery family here.", "Dale Ruiz", "he", "said"),
    (
        "The town has waited for this line since my grandparents were young. "
        "We will build the new market square beside the station by next spring.",
        "Tomas Berg",
        "Tomas Berg",
        "said",
    ),
    ("The fares are the lowest of any regional line in the state.", "Ines Okafor", "Ines Okafor", None),
    ("Freight will follow the passengers, as it always has.", "Ruth Calloway", "Ruth Calloway", None),
]


def test_a_release_with_every_form_reads_as_a_journalist_would() -> None:
    text = (FIXTURES / "quotes-every-form.txt").read_text("utf-8")
    found = [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.text if q.speaker else None, q.cue)
        for q in find_quotes(text)
    ]
    assert found == EVERY_FORM


AFTER_A_SPEAKER = {
    "hard-wrapped-title": (
        "“We approved the plan,” said Ana Ruiz, chair of the Valley Water Board.\n\n"
        "The board also adopted the report\n“Water for All in the Valley Today” at its meeting.\n"
    ),
    "defined-terms-in-a-statute": (
        "“We will prosecute every case,” said Tomas Berg, district attorney.\n\n"
        "Penal Code Section 99 defines:\n"
        "(1) “Coercion” covers any plan meant to make someone fear that injury will come to them.\n"
        "(2) “Deprivation of the liberty of another” includes restriction of another person's liberty.\n"
    ),
}


@pytest.mark.parametrize("text", AFTER_A_SPEAKER.values(), ids=AFTER_A_SPEAKER.keys())
def test_titles_and_terms_do_not_inherit_the_last_speaker(text: str) -> None:
    assert len([q for q in find_quotes(text) if q.speaker is not None]) == 1


PIECES = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", " ", "\n", "\n\n", "> ", ":", ",", ".", " — "]
PIECES += ["said", " Ana Ruiz", " he", " the company", "We agree", "Dr", " Minister", " according to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_any_text_gives_quotes_whose_spans_slice_back(pieces: list[str]) -> None:
    text = "".join(pieces)
    for quote in find_quotes(text):
        assert quote.text == " ".join(text[a:b] for a, b in quote.parts)
        assert quote.parts and quote.span == (quote.parts[0][0], quote.parts[-1][1])
        if quote.speaker is not None:
            a, b = quote.speaker.span
            assert text[a:b] == quote.speaker.text
        if quote.cue_span is not None:
            assert text[quote.cue_span[0] : quote.cue_span[1]] == quote.cue


_LONG_LEAD = "In a long statement issued for the board of the harbour trust on a grey Monday morning, "


@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        ("Ana Ruiz said " + "that " * 30, "said"),  # plain words after a cue far back
        ("Ana Ruiz said in a long statement issued for the board on a grey Monday morning, ", None),
        (_LONG_LEAD + "Ana Ruiz said: ", "said"),
        (_LONG_LEAD + "Ana Ruiz comments, ", "comments"),  # a noun-like form as the cue, last
    ],
)
def test_a_long_lead_in_is_read_from_its_last_words(lead: str, cue: str | None) -> None:
    text = lead + '"We are ready."'
    found = before_quote(Document(text), 0, len(lead))
    assert (found.cue and text[found.cue[0] : found.cue[1]] if found else None) == cue
