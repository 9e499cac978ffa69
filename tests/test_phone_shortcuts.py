"""The cheap tests in front of the phone and place patterns never change what the patterns find."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import regex

from pressparse.document import Document
from pressparse.email_patterns import OBFUSCATED, OBFUSCATION_HINTS
from pressparse.emails import _hint_starts, _in_window
from pressparse.lines import line_start
from pressparse.phone_candidates import (
    _DATE,
    _STRONG_SEP,
    _STRONG_SEP_MARKS,
    _WORD_BEFORE,
    EXTENSION,
    _phone_shaped,
    _thousands,
    _word_before,
    _year,
)
from pressparse.phone_context import LABEL_AFTER, LABEL_BEFORE, _bracket_follows, _label_may_end
from pressparse.phones import _extension
from pressparse.places import (
    _PUNCTUATION,
    LINE_PLACE,
    _forms,
    capitalised_places,
    may_open_with_place,
    place_country,
)
from pressparse.region import _SECOND_LEVEL, _second_level_dots
from pressparse.vanity import VANITY, vanity_windows
from pressparse.vocab.phone_labels import LABELS

_PIECES = [
    *"abXYZ .:#(\n\t$€5-)",
    "no",
    "No.",
    "number",
    "EUR",
    "usd ",
    "Tel",
    "tel.",
    "T",
    "t:",
    "Case",
    "# ",
    "  ",
    "(US)",
    "ſ",
    "K",
    "é",
    "x",
    "ext.",
    " / ",
    "   ",
    ". ",
    *LABELS,
]


def _salad(rnd: random.Random, most: int) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(most)))


def test_the_word_before_a_number_is_what_the_search_finds() -> None:
    rnd = random.Random(5)
    for _ in range(20_000):
        text = _salad(rnd, 10) + "5"
        start = len(text) - 1
        lo = max(0, start - 18)
        want, got = _WORD_BEFORE.search(text, lo, start), _word_before(text, lo, start)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), text


def test_the_label_shortcuts_never_hide_a_match() -> None:
    rnd = random.Random(6)
    for _ in range(20_000):
        head, tail = _salad(rnd, 8), _salad(rnd, 4)
        text = head + "5" + tail
        start = len(head)
        lo = line_start(text, start, 28)
        if LABEL_BEFORE.search(text, lo, start) is not None:
            assert _label_may_end(text[lo:start]), text
        if LABEL_AFTER.match(text, start + 1, min(len(text), start + 25)) is not None:
            assert _bracket_follows(text, start + 1), text
        want = EXTENSION.match(text, start + 1, min(len(text), start + 25))
        assert (want and want.span()) == ((got := _extension(text, start + 1)) and got.span()), text
        if _STRONG_SEP.search(tail) is not None:
            assert any(mark in tail for mark in _STRONG_SEP_MARKS), tail


def _places_by_splitting(text: str) -> set[str]:
    """What capitalised_places must find: every word split out and met with the forms."""
    for mark in _PUNCTUATION:
        text = text.replace(mark, " ")
    words, forms = text.split(), _forms()
    found = {w.lower().rstrip(".") for w in words if w in forms.single_cased}
    for i, word in enumerate(words):
        if word in forms.multi_first:
            found.update(
                key
                for size in (2, 3)
                if (key := " ".join(words[i : i + size]).lower().rstrip(".")) in forms.multi_word
            )
    return found


def test_capitalised_places_are_those_of_every_word() -> None:
    forms = _forms()
    words = [*sorted(forms.cased)[:200], *sorted(forms.multi_word), "New", "NEW", "York.", "x", "Étah"]
    words += [w.title() for w in sorted(forms.multi_word)]
    gaps = [
        " ",
        "  ",
        ",",
        ", ",
        "\n",
        "\t",
        "(",
        "'",
        "\x1c",
        "\x85",
        "\xa0",
        "\u2028",
        "-",
        ".",
        "_",
        "#",
        " " * 70,
    ]
    rnd = random.Random(7)
    for _ in range(5000):
        text = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randrange(1, 8)))
        assert capitalised_places(text) == _places_by_splitting(text), text


def test_capitalised_places_stay_linear_on_a_long_run_of_place_names() -> None:
    small, large = ("New York " * n for n in (20_000, 80_000))
    cost = [min(_cpu_seconds(capitalised_places, text) for _ in range(3)) for text in (small, large)]
    # four times the input: about four times the cost; copying the rest of the text per name cost sixteen
    assert cost[1] < 8 * cost[0] + 0.01


def _cpu_seconds(find: Callable[[str], object], text: str) -> float:
    started = time.process_time()
    find(text)
    return time.process_time() - started


def test_digit_groups_and_years_by_str_methods_are_the_patterns() -> None:
    groups, year = regex.compile(r"\d+"), regex.compile(r"(?:1[6-9]|20)\d\d")
    rnd = random.Random(8)
    for _ in range(20_000):
        piece = "5" + "".join(rnd.choice("0123456789 -./()\t+٣") for _ in range(rnd.randrange(16)))
        shaped_by_patterns = _phone_shaped_by_patterns(piece, groups, year)
        assert _phone_shaped(piece, labelled=False) == shaped_by_patterns, piece
        assert all(_year(g) == bool(year.fullmatch(g)) for g in groups.findall(piece)), piece


def _phone_shaped_by_patterns(piece: str, groups: regex.Pattern[str], year: regex.Pattern[str]) -> bool:
    found = groups.findall(piece)
    if _DATE.match(piece) or (len(found) > 1 and all(year.fullmatch(g) for g in found)):
        return False
    return len(found) > 1 and len(found[-1]) > 1 and not _thousands(found)


def test_obfuscation_hints_are_found_where_each_one_stands() -> None:
    rnd = random.Random(9)
    for _ in range(5000):
        lower = "".join(rnd.choice(["at", "a", "t", " ", ")", "]", "}", ">", "x", "at )"]) for _ in range(12))
        want = sorted(i for h in OBFUSCATION_HINTS for i in range(len(lower)) if lower.startswith(h, i))
        assert _hint_starts(lower) == want, lower


def test_obfuscated_addresses_in_a_window_are_those_its_full_scan_finds() -> None:
    rnd = random.Random(15)
    pieces = [*"aAtT \t\n()[]<>.-!é", "at", "(at)", " [ at ] ", "(AT)", " (dot) ", "jo", "x.org", "j'o", "  "]
    matched = 0
    for _ in range(20_000):
        doc = Document("".join(rnd.choice(pieces) for _ in range(rnd.randrange(16))))
        lo = rnd.randrange(len(doc.text) + 1) if rnd.random() < 0.5 else 0
        hi = rnd.randrange(lo, len(doc.text) + 1) if rnd.random() < 0.5 else len(doc.text)
        want = [m.span() for m in doc.finditer(OBFUSCATED, pos=lo, endpos=hi)]
        assert [m.span() for m in _in_window(doc, lo, hi)] == want, (doc.text, lo, hi)
        matched += bool(want)
    assert matched > 100


def test_a_line_that_may_not_open_with_a_place_names_none() -> None:
    forms = _forms()
    names = [
        *sorted(forms.multi_word)[:60],
        *sorted(forms.cased)[:120],
        "St.",
        "Minn.",
        "Hong-Kong",
        "Paris-Nord",
    ]
    words = [*names, "In", "from", "Media", "Tel", "office", "Jo", "x", "-", "•", "é"]
    gaps = [" ", "  ", "\t", ":", ": ", ",", " (", "-", " office:", "\n", ".", "'"]
    rnd = random.Random(10)
    for _ in range(20_000):
        line = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randrange(1, 5)))
        m = LINE_PLACE.match(line, 0, 80)
        if m is not None and place_country(m.group("place")):
            assert may_open_with_place(line, 0), line


def test_vanity_matches_in_the_windows_are_those_of_the_whole_text() -> None:
    pieces = [
        "1-800-",
        "800-",
        "(800) ",
        "+1 888 ",
        "1300 ",
        "1800-",
        "FLOWERS",
        "AHA-USA1",
        "CALL",
        "8",
        "x",
        " ",
        "-",
    ]
    pieces += ["(242-8721)", "Axel", "Call ", "\n", "55", "0"]
    rnd = random.Random(12)
    for _ in range(5000):
        doc = Document("".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 14))))
        whole = [m.span() for m in doc.finditer(VANITY)]
        windowed = [
            m.span() for lo, hi in vanity_windows(doc) for m in doc.finditer(VANITY, pos=lo, endpos=hi)
        ]
        assert windowed == whole, doc.text


def test_second_level_dots_are_those_the_pattern_finds() -> None:
    labels = "|".join(_SECOND_LEVEL)
    pattern = regex.compile(rf"\.(?=(?:{labels})\.)")
    rnd = random.Random(13)
    for _ in range(5000):
        lower = "".join(
            rnd.choice([".", "gov", "co", "com", "uk", "x", " ", "@", "govt", "ne", "n"]) for _ in range(12)
        )
        assert _second_level_dots(Document(lower)) == [m.start() for m in pattern.finditer(lower)], lower
