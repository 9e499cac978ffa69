"""Who says each quote: every attribution form press releases use, in the project's own words.

Names, places and organisations are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressparse.attribution import _FORM_BYTES, may_report
from pressparse.document import Document
from pressparse.mentions import _WORD, _form, words_in
from pressparse.names import split_title, words_of
from pressparse.quotes import find_quotes
from pressparse.types import Problem
from pressparse.vocab.reporting_verbs import ALL_FORMS, REPORTING_VERBS


@dataclass(frozen=True)
class Case:
    text: str
    quote: str
    name: str
    mention: str
    cue: str | None = None
    title: str | None = None
    organization: str | None = None


ONE_QUOTE = {
    "according-to-after-the-quote": Case(
        "“We will open the new plant in the spring,” according to Jane Doe, CEO of Acme.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        None,
        "CEO",
        "Acme",
    ),
    "possessive-organisation-title-comma-person": Case(
        "“We will open the new plant in the spring,” said Fenwick's chief executive, Jane Doe.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        "said",
        "chief executive",
        "Fenwick",
    ),
    "proper-adjective-then-title": Case(
        "“We will open the new plant in the spring,” said Nobel laureate Jane Doe.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        "said",
        "Nobel laureate",
        None,
    ),
    "described-occupation-before-name": Case(
        "“We will open the new plant in the spring,” said award-winning architect Jane Doe.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        "said",
        "award-winning architect",
        None,
    ),
    "organisation-founder-and-ceo": Case(
        "“We will open the new plant in the spring,” said Fenwick founder and CEO Jane Doe.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        "said",
        "Fenwick founder and CEO",
        None,
    ),
    "organisation-president-and-ceo": Case(
        "“We will open the new plant in the spring,” said Fenwick Corp. President and CEO Jane Doe.",
        "We will open the new plant in the spring,",
        "Jane Doe",
        "Jane Doe",
        "said",
        None,
        None,
    ),
    "honorific-sheikha": Case(
        "“We will open the new plant in the spring,” said Sheikha Noor al-Hadid.",
        "We will open the new plant in the spring,",
        "Noor al-Hadid",
        "Noor al-Hadid",
        "said",
        "Sheikha",
        None,
    ),
    "occupation-before-the-name-is-a-title": Case(
        "Seismologist Ines Okafor, a research fellow at Lumen Labs, mapped the fault line.\n\n"
        "“The fault is far older than we thought,” Okafor said.",
        "The fault is far older than we thought,",
        "Ines Okafor",
        "Okafor",
        "said",
    ),
    "organisation-then-title-then-person": Case(
        "“We start planting in May,” said Lumen Labs research director Ines Okafor.",
        "We start planting in May,",
        "Ines Okafor",
        "Ines Okafor",
        "said",
        "research director",
        "Lumen Labs",
    ),
    "acronym-then-title-then-person": Case(
        "“The reservoir is full again,” said VWB director Tomas Berg, a hydrologist.",
        "The reservoir is full again,",
        "Tomas Berg",
        "Tomas Berg",
        "said",
        "director",
        "VWB",
    ),
    "capitalised-said-after-a-finished-sentence": Case(
        "“Sales rose in every region this year.” Said Alex Berg, CEO of Fenwick Tools.",
        "Sales rose in every region this year.",
        "Alex Berg",
        "Alex Berg",
        "Said",
        "CEO",
        "Fenwick Tools",
    ),
    "particles-de-ten": Case(
        "“The tour opens in Lisbon,” said Maarten Vos de ten Brink, partner at Orla Studio.",
        "The tour opens in Lisbon,",
        "Maarten Vos de ten Brink",
        "Maarten Vos de ten Brink",
        "said",
    ),
    "particle-al-hyphen": Case(
        "“The clinic opens on Sunday,” said Dr Karim al-Sayegh.",
        "The clinic opens on Sunday,",
        "Karim al-Sayegh",
        "Karim al-Sayegh",
        "said",
    ),
    "said-name-title-of-org": Case(
        "“We will hire 40 engineers this year,” said Ruth Calloway, "
        "chief financial officer of Brightline Rail.",
        "We will hire 40 engineers this year,",
        "Ruth Calloway",
        "Ruth Calloway",
        "said",
        "chief financial officer",
        "Brightline Rail",
    ),
    "name-said": Case(
        "“Demand is strong in every region,” Tomas Berg said.",
        "Demand is strong in every region,",
        "Tomas Berg",
        "Tomas Berg",
        "said",
    ),
    "said-org": Case(
        "“The recall is voluntary and limited to one batch,” said Harbor Foods Inc.",
        "The recall is voluntary and limited to one batch,",
        "Harbor Foods Inc.",
        "Harbor Foods Inc.",
        "said",
    ),
    "the-org-said-in-a-statement": Case(
        "“Service will resume on Monday morning,” the Department of Transport said in a statement.",
        "Service will resume on Monday morning,",
        "Department of Transport",
        "the Department of Transport",
        "said",
    ),
    "name-title-at-org-said-colon": Case(
        "Ines Okafor, head of research at Lumen Labs, said: “The results surprised all of us.”",
        "The results surprised all of us.",
        "Ines Okafor",
        "Ines Okafor",
        "said",
        "head of research",
        "Lumen Labs",
    ),
    "name-said-comma": Case(
        "Tomas Berg said, “We are not finished with this project.”",
        "We are not finished with this project.",
        "Tomas Berg",
        "Tomas Berg",
        "said",
    ),
    "according-to": Case(
        "According to Ines Okafor, “The trial exceeded every target we set.”",
        "The trial exceeded every target we set.",
        "Ines Okafor",
        "Ines Okafor",
    ),
    "name-commented": Case(
        "Ines Okafor commented, “This changes our plans for the year.”",
        "This changes our plans for the year.",
        "Ines Okafor",
        "Ines Okafor",
        "commented",
    ),
    "dash-attribution": Case(
        "“We build for the long term.” — Ruth Calloway, Chief Executive, Brightline Rail",
        "We build for the long term.",
        "Ruth Calloway",
        "Ruth Calloway",
    ),
    "name-line-after-quote": Case(
        "“We build for the long term and we always have.”\nRuth Calloway, Chief Executive, Brightline Rail\n",
        "We build for the long term and we always have.",
        "Ruth Calloway",
        "Ruth Calloway",
    ),
    "colon-lead-in-from-name": Case(
        "And from Mira Osei:\n\n“We thank every volunteer who made this possible.”",
        "We thank every volunteer who made this possible.",
        "Mira Osei",
        "Mira Osei",
    ),
    "colon-lead-in-from-role": Case(
        "Mira Osei, chair of the Harbor Trust, opened the meeting.\n\nAnd from the Chair:\n\n"
        "“We thank every volunteer who made this possible.”",
        "We thank every volunteer who made this possible.",
        "Mira Osei",
        "the Chair",
    ),
    "county-sheriff-before-name": Case(
        "Harlan County Sheriff Dale Ruiz said, “Nobody was hurt in the fire.”",
        "Nobody was hurt in the fire.",
        "Dale Ruiz",
        "Dale Ruiz",
        "said",
        "Harlan County Sheriff",
    ),
    "lower-case-title-before-name": Case(
        "“The collection doubles in size this spring,” museum director Ines Okafor said.",
        "The collection doubles in size this spring,",
        "Ines Okafor",
        "Ines Okafor",
        "said",
        "museum director",
    ),
    "deputy-prime-minister": Case(
        "Deputy Prime Minister Lena Varga said: “The bridge opens in June.”",
        "The bridge opens in June.",
        "Lena Varga",
        "Lena Varga",
        "said",
        "Deputy Prime Minister",
    ),
    "title-after-name": Case(
        "“Freight volumes rose for a third year,” said Ruth Calloway, "
        "chief financial officer of Brightline Rail.",
        "Freight volumes rose for a third year,",
        "Ruth Calloway",
        "Ruth Calloway",
        "said",
        "chief financial officer",
        "Brightline Rail",
    ),
    "surname-resolves": Case(
        "Marta Lindqvist, director of the Coastal Trust, opened the site.\n\n"
        "“The dunes are recovering faster than expected,” Lindqvist said.",
        "The dunes are recovering faster than expected,",
        "Marta Lindqvist",
        "Lindqvist",
        "said",
    ),
    "pronoun-resolves-to-sentence-subject": Case(
        "Marta Lindqvist joined the Coastal Trust in 2019. “We count every nest by hand,” she said.",
        "We count every nest by hand,",
        "Marta Lindqvist",
        "she",
        "said",
    ),
    "role-resolves-to-holder": Case(
        "Brightline Rail appointed Ruth Calloway, chief executive officer, to lead the expansion.\n\n"
        "“The new line pays for itself within a decade,” the company's CEO said.",
        "The new line pays for itself within a decade,",
        "Ruth Calloway",
        "the company's CEO",
        "said",
    ),
    "told-an-addressee": Case(
        "“We expect a decision before the summer,” Tomas Berg told the Harbor Gazette.",
        "We expect a decision before the summer,",
        "Tomas Berg",
        "Tomas Berg",
        "told",
    ),
    "said-to-a-committee": Case(
        "“The budget is balanced for the first time,” Tomas Berg said to the finance committee.",
        "The budget is balanced for the first time,",
        "Tomas Berg",
        "Tomas Berg",
        "said",
    ),
    "honorific-dr": Case(
        "“Every patient will be seen within a week,” said Dr. Ana Ruiz.",
        "Every patient will be seen within a week,",
        "Ana Ruiz",
        "Ana Ruiz",
        "said",
        "Dr.",
    ),
    "honorific-senator": Case(
        "“This bill protects small farms,” said Senator Mark Ellison.",
        "This bill protects small farms,",
        "Mark Ellison",
        "Mark Ellison",
        "said",
        "Senator",
    ),
    "honorific-prof-and-ms": Case(
        "Prof Lena Varga and Ms Ana Ruiz met in May. “The survey covers every county,” said Prof Varga.",
        "The survey covers every county,",
        "Lena Varga",
        "Varga",
        "said",
    ),
    "colon-after-the-sentence-subject": Case(
        "At the final vote, even Finance Minister Lena Varga could not defend the levy: "
        "“There is no plan to repeal it this year.”",
        "There is no plan to repeal it this year.",
        "Lena Varga",
        "Lena Varga",
        None,
        "Finance Minister",
    ),
    "british-single-marks": Case(
        "‘We don’t expect the 1990s’ boom to return, and Marlow’s stores agree,’ said Ana Ruiz.",
        "We don’t expect the 1990s’ boom to return, and Marlow’s stores agree,",
        "Ana Ruiz",
        "Ana Ruiz",
        "said",
    ),
}


@pytest.mark.parametrize("case", ONE_QUOTE.values(), ids=ONE_QUOTE.keys())
def test_one_quote_and_its_speaker(case: Case) -> None:
    quotes = find_quotes(case.text)
    assert [q.text for q in quotes] == [case.quote]
    speaker = quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.text) == (case.name, case.mention)
    assert case.text[speaker.span[0] : speaker.span[1]] == case.mention
    assert quotes[0].cue == case.cue
    if case.title is not None:
        assert speaker.title == case.title
    if case.organization is not None:
        assert speaker.organization == case.organization


VERBS = [
    "said", "says", "added", "noted", "stated", "commented", "explained", "continued",
    "emphasised", "emphasized", "highlighted", "remarked", "announced", "concluded",
    "declared", "urged", "warned", "observed", "stressed", "acknowledged",
]  # fmt: skip


@pytest.mark.parametrize("verb", VERBS)
def test_reporting_verbs_are_cues(verb: str) -> None:
    text = f"“The harbour reopens to ferries next week,” {verb} Tomas Berg."
    (quote,) = find_quotes(text)
    assert quote.cue == verb
    assert quote.speaker is not None and quote.speaker.name == "Tomas Berg"
    assert quote.cue_span is not None and text[quote.cue_span[0] : quote.cue_span[1]] == verb


SEVERAL = {
    "split-quote-keeps-speaker": (
        "“Orders doubled in March,” said Tomas Berg. “We hired twelve people to keep up.”",
        [("Orders doubled in March,", "Tomas Berg"), ("We hired twelve people to keep up.", "Tomas Berg")],
    ),
    "follow-on-paragraph-inherits": (
        "“Orders doubled in March,” said Tomas Berg, sales director at Fenwick Tools.\n\n"
        "“We hired twelve people to keep up with the demand.”\n\n"
        "Fenwick Tools was founded in 1988.",
        [
            ("Orders doubled in March,", "Tomas Berg"),
            ("We hired twelve people to keep up with the demand.", "Tomas Berg"),
        ],
    ),
    "pronoun-after-two-speakers": (
        "“Ticket sales are up,” said Ana Ruiz, the festival director.\n\n"
        "Local grower Tomas Berg said the market would open earlier this year.\n\n"
        "“We start picking in May,” he said.",
        [("Ticket sales are up,", "Ana Ruiz"), ("We start picking in May,", "Tomas Berg")],
    ),
    "adding-continues-speaker": (
        "“The plant is safe,” said Ana Ruiz, adding: “Inspectors visit every month.”",
        [("The plant is safe,", "Ana Ruiz"), ("Inspectors visit every month.", "Ana Ruiz")],
    ),
    "the-organisation-is-the-issuer": (
        "LUMEN CITY, May 2 -- The Valley Water Board (VWB) today released its annual report.\n\n"
        "“Our reservoirs are full for the first time in a decade,” the organisation said.",
        [("Our reservoirs are full for the first time in a decade,", "Valley Water Board")],
    ),
    "the-group-is-the-organisation-named-most": (
        "LUMEN CITY, May 2 -- The Coastal Trust opened a reserve with help from Fenwick Tools Inc.\n\n"
        "The Coastal Trust manages ten reserves along the coast.\n\n"
        "“This is a great day for the coast and its birds,” the group said.",
        [("This is a great day for the coast and its birds,", "Coastal Trust")],
    ),
    "the-company-after-an-organisation-spoke": (
        "Harbor Foods Inc. said on Monday that it would recall one batch.\n\n"
        "“The recall is voluntary and limited,” the company said.",
        [("The recall is voluntary and limited,", "Harbor Foods Inc.")],
    ),
    "headline-description-before-a-name": (
        "Lumen City Tech Innovator Fenwick returns to the trade show\n\n"
        "“We are proud of this team and what it has achieved,” said Alex Berg, CEO of Fenwick.",
        [("We are proud of this team and what it has achieved,", "Alex Berg")],
    ),
    "speaker-joined-by-another": (
        "“We are proud of this team and what it has achieved,” said Ana Ruiz, joined by Tomas Berg.",
        [("We are proud of this team and what it has achieved,", "Ana Ruiz")],
    ),
    "subject-joined-on-stage-by-another": (
        "Ana Ruiz, joined on stage by Mayor Tomas Berg, said: “We are proud of what this team achieved.”",
        [("We are proud of what this team achieved.", "Ana Ruiz")],
    ),
    "reported-after-a-long-opening-phrase": (
        "At a briefing with Harbor Mayor Tomas Berg on Monday, Valley Water Board chair Ana Ruiz said "
        "the dam would be finished next year.\n\n"
        "“The works are on budget and the crews are ahead of the schedule we set.”",
        [("The works are on budget and the crews are ahead of the schedule we set.", "Ana Ruiz")],
    ),
    "reported-with-the-cue-before-the-name": (
        "As its name suggests, the Night Market is about more than food, said Ines Okafor, its founder. "
        "“Our stalls are a place to meet. Every week we welcome new traders.”",
        [("Our stalls are a place to meet. Every week we welcome new traders.", "Ines Okafor")],
    ),
    "subject-of-the-sentence-before": (
        "Prof. Ines Okafor reflected on the decade. “Ten years is a real milestone for a young school.”",
        [("Ten years is a real milestone for a young school.", "Ines Okafor")],
    ),
    "a-heading-glued-before-the-subject": (
        "Looking Ahead to the Next Decade   Ines Okafor closed the fair. “Ten years is a real milestone.”",
        [("Ten years is a real milestone.", "Ines Okafor")],
    ),
    "name-colon-on-the-quote-line": (
        "Jane Doe, CEO, Fenwick Corp.: “We will open the new plant in the spring.”",
        [("We will open the new plant in the spring.", "Jane Doe")],
    ),
    "and-director-is-a-second-person-not-a-title": (
        "“We welcome the ruling,” said Ana Ruiz and director Tomas Berg of the growers.",
        [("We welcome the ruling,", "Ana Ruiz")],
    ),
    "the-zoo-is-the-zoo-the-release-names": (
        "LUMEN CITY -- The Lumen Zoo welcomed twin otter cubs on Monday, with help from Harbor Foods Inc.\n\n"
        "“Both cubs are healthy and feeding well,” the zoo said.",
        [("Both cubs are healthy and feeding well,", "Lumen Zoo")],
    ),
    "pronoun-is-the-subject-not-the-object": (
        "Fenwick CEO Jane Doe thanked Mayor Tomas Berg for his support.\n\n"
        "“This plant means 200 jobs for the valley,” she said.",
        [("This plant means 200 jobs for the valley,", "Jane Doe")],
    ),
    "pronoun-after-a-titled-person-alone": (
        "Mayor Tomas Berg opened the new bridge on Monday.\n\n“It took us ten years to build,” he said.",
        [("It took us ten years to build,", "Tomas Berg")],
    ),
    "aside-after-the-subject": (
        "Jane Doe (pictured), CEO of Fenwick, said: “This plant means 200 jobs for the valley.”",
        [("This plant means 200 jobs for the valley.", "Jane Doe")],
    ),
    "plural-people-are-no-organisation": (
        "The Lumen Children's Trust visited the camp.\n\n"
        "They told the team “there is nowhere to play and nothing to do at all.” "
        "The children also spoke about the long wait.",
        [],
    ),
    "pronoun-after-a-new-subject-in-the-paragraph-before": (
        "“This is a great day for the whole valley,” said Jane Doe.\n\n"
        "Tomas Berg, the mayor, agreed.\n\n"
        "“We waited ten years for this day to come,” he said.",
        [
            ("This is a great day for the whole valley,", "Jane Doe"),
            ("We waited ten years for this day to come,", "Tomas Berg"),
        ],
    ),
    "occupation-the-text-also-writes-in-lower-case": (
        "Beekeeper Ana Ruiz keeps 40 hives. Like any beekeeper, she checks them daily.\n\n"
        "“The bees had a good summer this year,” Ruiz said.",
        [("The bees had a good summer this year,", "Ana Ruiz")],
    ),
    "first-name-that-is-also-a-verb": (
        "Rose Mary Ruiz keeps 40 hives. Sales of honey rose by a third.\n\n"
        "“The bees had a good summer this year,” Ruiz said.",
        [("The bees had a good summer this year,", "Rose Mary Ruiz")],
    ),
    "paragraphs-one-line-each": (
        "Director Ana Ruiz and Police Chief Tomas Berg today announced the charges.\n"
        "Director Ruiz said, “The case shows what our teams can do together.”\n"
        "Chief Berg said, “Our officers did careful work on this case.”\n",
        [
            ("The case shows what our teams can do together.", "Ana Ruiz"),
            ("Our officers did careful work on this case.", "Tomas Berg"),
        ],
    ),
    "two-speakers-two-quotes": (
        "“We welcome the ruling,” said Ana Ruiz, counsel for Harbor Foods.\n\n"
        "“We will appeal,” said Tomas Berg, a lawyer for the growers.",
        [("We welcome the ruling,", "Ana Ruiz"), ("We will appeal,", "Tomas Berg")],
    ),
}


@pytest.mark.parametrize("case", SEVERAL.values(), ids=SEVERAL.keys())
def test_speakers_carry_over(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, expected = case
    found = [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert found == expected


def test_an_unresolvable_pronoun_is_kept_as_written_with_a_problem() -> None:
    problems: list[Problem] = []
    (quote,) = find_quotes("“The vote is on Thursday,” he said.", report=problems.append)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.text) == ("he", "he")
    assert [p.code for p in problems] == ["quotes.speaker_unresolved"]


def test_an_addressee_is_never_the_speaker() -> None:
    (quote,) = find_quotes("“We expect a ruling soon,” Ana Ruiz told Harbor Radio on Monday.")
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_a_speaker_span_slices_back_on_a_document() -> None:
    doc = Document("“Demand is strong,” Tomas Berg said.\n\n“Prices will hold,” he added.")
    for quote in find_quotes(doc):
        assert quote.speaker is not None
        a, b = quote.speaker.span
        assert doc.text[a:b] == quote.speaker.text


RUNS = {
    "county-sheriff": ("Harlan County Sheriff Dale Ruiz", "Dale Ruiz", "Harlan County Sheriff", False),
    "deputy-prime-minister": (
        "Deputy Prime Minister Lena Varga",
        "Lena Varga",
        "Deputy Prime Minister",
        False,
    ),
    "minister-for-portfolio": ("Minister for Water Resources Lena Varga", "Lena Varga", None, False),
    "honorific-and-hon": ("Senator the Hon. Mark Ellison", "Mark Ellison", "Senator the Hon.", False),
    "title-after-name": ("Vera Holm AVC Chief Executive", "Vera Holm", "AVC Chief Executive", False),
    "minister-for-initial": ("Minister for Water Lena M. Varga", "Lena M. Varga", None, False),
    "post-nominals-dropped": ("Ana Ruiz QC", "Ana Ruiz", None, False),
    "post-nominal-san-dropped": ("Chidi Okafor Bello SAN", "Chidi Okafor Bello", None, False),
    "place-san-is-no-title": ("San Mateo Mayor Ana Ruiz", "Ana Ruiz", "San Mateo Mayor", False),
    "initials": ("J.K. Lindqvist", "J.K. Lindqvist", None, False),
    "person-of-organisation": ("Marta Lindqvist of the Coastal Trust", "Marta Lindqvist", None, False),
    "occupation-then-name": ("Astronomer Ines Okafor", "Ines Okafor", "Astronomer", False),
    "occupation-by-ending": ("Hydrologist Tomas Berg", "Tomas Berg", "Hydrologist", False),
    "first-name-ending-like-a-job": ("Walter Lin Okafor", "Walter Lin Okafor", None, False),
    "first-name-ending-ian": ("Julian Alba Ruiz", "Julian Alba Ruiz", None, False),
    "occupation-before-one-name-stays": ("Farmer Okafor", "Farmer Okafor", None, False),
    "capitalised-cue-before-name": ("Said Alex Berg", "Alex Berg", None, False),
    "particles-de-ten": ("Maarten Vos de ten Brink", "Maarten Vos de ten Brink", None, False),
    "particle-d-apostrophe": ("Lucia d'Amato", "Lucia d'Amato", None, False),
    "description-in-a-headline-run": ("Lumen City Tech Innovator Fenwick", "Fenwick", None, False),
    "organisation": ("Harbor Foods Inc.", "Harbor Foods Inc.", None, True),
    "organisation-with-of": ("Department of Transport", "Department of Transport", None, True),
}


@pytest.mark.parametrize("case", RUNS.values(), ids=RUNS.keys())
def test_titles_split_off_names(case: tuple[str, str, str | None, bool]) -> None:
    run, name, title, is_org = case
    part = split_title(words_of(run, 0, len(run)))
    assert " ".join(part.name.words) == name
    assert part.is_org == is_org
    if title is not None:
        assert part.title == title


@pytest.mark.parametrize(
    "text",
    [
        "he said",
        "5said so",
        "-Said the chair",
        "ſaid the chair",  # a long s folds to s
        "x" * 41 + "said",  # a word of the longest length, then a verb as a second word
        "a1" * 20 + "a" + "said",
        "the board SAID, comments",
        "résumé noted",
        "nothing here but words",
        "",
        "1234 -- ''",
    ],
)
def test_may_report_is_false_only_when_no_word_is_a_verb(text: str) -> None:
    words = [w[2] for w in words_in(Document(text), 0, len(text))]
    if any(w in REPORTING_VERBS for w in words):
        assert may_report(text)
    if any(w in ALL_FORMS for w in words):
        assert may_report(text, _FORM_BYTES)
    assert not may_report("nothing here but words")


@given(
    st.lists(
        st.sampled_from(
            ["said", "Says", "noted", "comments", "ſ", "é", "x" * 20, "1", "'", "-", " ", ",", "\n", "a"]
        ),
        max_size=30,
    )
)
def test_may_report_agrees_with_the_words_read(pieces: list[str]) -> None:
    test_may_report_is_false_only_when_no_word_is_a_verb("".join(pieces))


@given(
    st.lists(
        st.sampled_from(
            ["Said", "ana", "a", "na", "é", "ſ", "x" * 30, "7", "'", "-", " ", ",", "\n", "O'Neil"]
        ),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=5),
)
def test_words_in_reads_the_words_each_match_would(pieces: list[str], limit: int) -> None:
    # words_in places findall's words with str.find instead of a Match each: the same spans and forms
    text = "".join(pieces)
    doc = Document(text)
    matches = list(doc.finditer(_WORD))
    if limit:
        matches = matches[:limit]
    expected = [(m.start(), m.end(), _form(m.group())) for m in matches]
    assert words_in(doc, 0, len(text), limit=limit) == expected
