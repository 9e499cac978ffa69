"""People's and organisations' names: capitalised runs, titles split off, short forms resolved.

A name run is a sequence of capitalised words (with initials, particles such
as ``van`` or ``bin``, and ``of``/``for``/``and`` inside organisation names).
Titles and honorifics in front of the person's name (``Deputy Prime Minister
Lena Varga``) go to the title. A surname alone resolves to the fullest form of
that name anywhere in the release, the way an editor reads ``Lindqvist said``.
"""

from __future__ import annotations

import string
from functools import lru_cache
from typing import NamedTuple

import regex

from pressparse.lazy import LazyPattern
from pressparse.types import Span
from pressparse.vocab.honorifics import HONORIFICS, POST_NOMINALS
from pressparse.vocab.titles import (
    ABSTRACT_SUFFIXES,
    JOB_NOUNS,
    JOB_SUFFIXES,
    NOT_ABSTRACT,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
)

# The parts of a name run, written out in place rather than called as
# ``(?&name)`` subroutines: the regex module saves and restores every group
# on each call, which made the pattern twice as costly to run. The word lists
# are written as tries (words sharing a first letter share a branch): the
# engine tries a flat list's words one by one at every word of every run, and
# the tries made a scan a fifth cheaper. Each list's words are spelt out in
# tests/test_name_run.py, which checks the tries accept exactly those.
_GAP = r"(?: [ \t]{1,2} | [ \t]? \n [ \t]{0,2} )"  # doubled spaces, hard wraps; three spaces break
_TITLE_ABBREVIATION = r"""(?: M(?:rs?|s) | Dr | Prof | S(?:en|t|r|gt) | Re(?:p|v) | Gov | Hon | Jr | Inc
    | Co(?:rp|l)? | Ltd | Gen | Lt | Capt )"""
_PREFIX = r"(?: a[lrstdz] | el | bin | ibn | abu | d | l )"
_RUN_WORD = rf"""(?:
      (?: \p{{Lu}} \. ){{1,4}}                  # initials: J.K., T.R.B. (a capital alone needs its dot)
    | {_TITLE_ABBREVIATION} \.
    | \p{{Lu}} [\p{{L}}\p{{M}}\p{{N}}'&-]{{1,30}}     # O'Hara, Lindqvist-Berg, Ji-woo, AT&T
    | {_PREFIX} ['-] \p{{Lu}} [\p{{L}}\p{{M}}'-]{{1,30}}  # al-Rashid, d'Arcy
)"""
_FUNCTION = r"""(?: A(?:nd|fter|n|s|t)? | B(?:ut|y|efore) | F(?:or|rom) | H(?:e|er|is) | I(?:n|f|ts?)
    | O(?:n|r|ur) | She | T(?:o|he(?:se|ir|y)?|his|hat|hose) | W(?:e|hen|hile|ith) )"""
_PARTICLE = r"""(?: of | for | the | d(?:e(?:l(?:la)?|n)?|a|i|o|u|os|as) | v[ao]n | t(?:e[nr]?|he) | der
    | op | zu | l[ea] | bin(?:ti)? | ibn | al | el | y )"""

# The first letters a particle or a word after a gap can have: a guard that ends a run at a
# lower-case word (``said``) before every particle, function word and word shape is tried in turn.
_PARTICLE_STARTS = "[abdefilotvyz]"
_STARTS = r"[\p{Lu}abdefilotvyz]"

NAME_RUN = LazyPattern(
    rf"""
    (?=\p{{Lu}})                                   # fail fast where no capital starts
    (?<![\p{{L}}\p{{N}}'])                          # start at a word boundary
    {_RUN_WORD}
    (?: {_GAP} (?={_STARTS}) (?: (?={_PARTICLE_STARTS}) {_PARTICLE} {_GAP} ){{0,2}}
        (?!{_FUNCTION}\b(?!\.)) {_RUN_WORD} ){{0,9}}
    """,
    regex.VERBOSE,
)
"""A run of capitalised words, bounded to ten words so a long title line stays linear."""

_OUTSIDE_RUNS = ',;:()"!?'
"""Characters no name run holds (a run is letters, digits, ``'&-.``, spaces, tabs and newlines)."""
_ENDS_NO_RUN = frozenset(_OUTSIDE_RUNS + "/\\[]{}<>*#@%$+=|~^_`")
"""ASCII characters no word of a run ends with, so no run goes on past them."""
PARTICLE_WORDS = frozenset(
    {"of", "for", "the", "de", "da", "di", "do", "du", "del", "della", "dos", "das", "van", "von", "der"}
    | {"den", "ten", "ter", "te", "op", "zu", "le", "la", "bin", "binti", "ibn", "al", "el", "y"}
)
"""The words ``_PARTICLE`` accepts: the only lower-case words inside a run."""
_GOES_ON = regex.compile(
    rf"""
    [\p{{L}}\p{{M}}\p{{N}}'&.-]* {_GAP}                 # the rest of the word, a gap
    (?: \p{{Lu}} | {_PREFIX} ['-] \p{{Lu}} | {_PARTICLE} {_GAP} )   # what a next word of a run starts with
    """,
    regex.VERBOSE,
)
"""Where a run holding the word before may go on to a next word (a loose test: it never says no wrongly)."""
_STARTS_NO_WORD = frozenset(
    [""] + [c for c in string.ascii_lowercase + string.digits + string.punctuation if c not in "abdefilotvyz"]
)
"""What follows a space where no next word of a run can start (``said``, a digit, a mark): or nothing."""

_NON_SPACE = regex.compile(r"\S+")
JOINERS = frozenset({"of", "for", "and", "the"})
_PARTICLES = frozenset(
    {"de", "da", "di", "do", "du", "del", "della", "dos", "das", "van", "von", "der", "ten", "ter"}
    | {"den", "te", "op", "zu", "le", "la", "bin", "binti", "ibn", "al", "el", "y"}
)
_AFTER_NAME = HONORIFICS | POST_NOMINALS
"""Capitalised letters after a name (``QC``, ``SAN``) that are no part of it."""
_CUES_BEFORE_NAMES = frozenset({"Said", "Says"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_NAMES_CACHED = 256
"""Names whose analysis is kept: about a release's worth, far fewer than a corpus holds."""


class Words(NamedTuple):
    """A capitalised run cut into words, each with its span on the text."""

    spans: tuple[Span, ...]
    words: tuple[str, ...]

    def sub(self, a: int, b: int) -> Words:
        return Words(self.spans[a:b], self.words[a:b])

    @property
    def span(self) -> Span:
        return self.spans[0][0], self.spans[-1][1]


class NamePart(NamedTuple):
    """A run split into the title in front of it and the name itself."""

    name: Words
    title: str | None
    is_org: bool
    organization: str | None = None


def words_of(text: str, start: int, end: int) -> Words:
    """Split ``text[start:end]`` on whitespace, keeping each word's span."""
    seg = text[start:end]
    if "\x1c" in seg or "\x1d" in seg or "\x1e" in seg or "\x1f" in seg:
        # the only characters str.split takes for spaces that the pattern's \s does not
        spans = tuple((m.start(), m.end()) for m in _NON_SPACE.finditer(text, start, end))
        return Words(spans, tuple(text[a:b] for a, b in spans))
    words = tuple(seg.split())
    found: list[Span] = []
    pos = 0
    for word in words:
        i = seg.find(word, pos)  # only spaces stand between ``pos`` and the word
        pos = i + len(word)
        found.append((start + i, start + pos))
    return Words(tuple(found), words)


def run_floor(text: str, start: int, reach: int) -> tuple[int, bool]:
    """Where a ``NAME_RUN`` scan may start, at most ``reach`` back, and still find the run holding ``start``.

    A run goes on across a space only from a word that can end one: a
    lower-case word other than a particle, or a word ending in punctuation
    such as a comma, ends every run before it. A scan that starts just after
    the last such word finds the same runs from there on as one started
    earlier, without the costly attempts at every capital before it. The
    second answer is true when that word is the one just before ``start``'s
    own: no run holds a word before it.
    """
    floor = max(0, start - reach)
    seg = text[floor:start]
    words = seg.split()
    pos = len(seg)
    if words and not seg[-1].isspace():  # the part of ``start``'s word before it: "(", "O'", "Lindqvist-"
        head = words.pop()
        if head[-1] in _ENDS_NO_RUN:
            return start, True
        pos -= len(head)
    last = len(words) - 1
    for i in range(last, 0 if floor else -1, -1):  # the first word may be cut short: not read
        word = words[i]
        pos = seg.rfind(word, 0, pos)
        if word[-1] in _ENDS_NO_RUN or (word.isascii() and word.islower() and word not in PARTICLE_WORDS):
            return floor + pos + len(word), i == last
    return floor, not floor and not words


def run_goes_on(text: str, start: int, end: int) -> bool:
    """A run holding the word ``[start, end)`` may hold a next word too (``False`` is certain)."""
    after = text[end : end + 2]
    if not after or after[0] in _ENDS_NO_RUN or (after[0] == " " and after[1:] in _STARTS_NO_WORD):
        return False  # "Ruiz, ...", "Ruiz said"
    if after[0] == "." and end - start > 4 and text[start:end].isalpha():
        return False  # only initials and short abbreviations such as "Jr." take a dot into a run
    return _GOES_ON.match(text, end) is not None


def lower_word_at(text: str, start: int, end: int) -> bool:
    """No run holds ``[start, end)``: the word around it has no capital and is no particle (a web address)."""
    left, right = text[max(0, start - 40) : start], text[start : end + 40]
    head = left.rsplit(None, 1)[-1] if left and not left[-1].isspace() else ""
    word = head + right.split(None, 1)[0]
    return word.isascii() and word.islower() and word not in PARTICLE_WORDS


@lru_cache(maxsize=4096)  # a pure function of one word, asked of the same few words again and again
def key(word: str) -> str:
    """A word as the vocabularies hold it: lower case, without a trailing dot or possessive."""
    word = word.lower()
    if word[-1:] == ".":
        word = word.rstrip(".")
    if word[-2:] in ("'s", "’s"):
        return word[:-2]
    return word


@lru_cache(maxsize=_NAMES_CACHED)
def is_org_words(words: tuple[str, ...]) -> bool:
    """An organisation: an organisation word, an acronym, or a joiner inside the run."""
    if any(key(w) in ORG_WORDS for w in words):
        return True
    if any(key(w) in JOINERS for w in words[1:-1]):
        return True
    return len(words) == 1 and is_acronym(words[0])


def is_acronym(word: str) -> bool:
    letters = word.replace("&", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper() and "." not in word


def run_words(text: str, start: int, end: int) -> tuple[str, ...]:
    """``words_of(text, start, end).words``, without the spans."""
    seg = text[start:end]
    if "\x1c" in seg or "\x1d" in seg or "\x1e" in seg or "\x1f" in seg:
        return words_of(text, start, end).words
    return tuple(seg.split())


def split_title(run: Words) -> NamePart:
    """Titles and honorifics in front go to the title; post-nominals (``QC``, ``AO``) are dropped."""
    a, b, title, is_org, organization = split_words(run.words)
    return NamePart(run.sub(a, b), title, is_org, organization)


_Plan = tuple[int, int, str | None, bool, str | None]
"""Where a run's name starts and ends among its words, its title, whether it is an organisation, and which."""


@lru_cache(maxsize=_NAMES_CACHED)  # one release asks about the same few names from several places
def split_words(words: tuple[str, ...]) -> _Plan:
    """``split_title`` on bare words, without spans: the plan ``_Plan`` describes."""
    end = len(words)
    if end >= 3 and words[0] in _CUES_BEFORE_NAMES:
        a, b, title, is_org, organization = split_words(words[1:])
        return a + 1, b + 1, title, is_org, organization  # '"Q." Said Alex Berg': the cue, not a first name
    while end > 1 and key(words[end - 1]) in _AFTER_NAME and words[end - 1].isupper():
        end -= 1
    end, trailing = _trailing_title(words, end)
    cut = 1 if end >= 3 and is_job_word(words[0]) else 0
    for i in range(end - 1):
        k = key(words[i])
        if k in TITLE_WORDS or k in HONORIFICS or (i > 0 and is_job_word(words[i])):
            cut = i + 1  # "Harbor Town Innovator Fenwick": a headline's description, then the name
    cut = _past_portfolio(words, cut, end)
    if cut < end and is_org_words(words[:end]) and not _person_after_title(words, cut, end):
        head = _person_before_joiner(words, end)
        return head if head is not None else (0, end, None, True, None)
    title = " ".join(words[:cut]) or trailing
    return cut, end, title, is_org_words(words[cut:end]), None


def is_job_word(word: str) -> bool:
    """``Astronomer``, ``Seismologist``: an occupation, capitalised only because it opens a sentence."""
    k = key(word)
    if not (k.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    return k in JOB_NOUNS or (len(k) >= 7 and k.endswith(JOB_SUFFIXES) and not k.endswith("vist"))


def _trailing_title(words: tuple[str, ...], end: int) -> tuple[int, str | None]:
    """``Vera Holm AVC Chief Executive``: a title (and its organisation) after the name, unpunctuated."""
    t = end
    while t > 0 and key(words[t - 1]) in TITLE_WORDS:
        t -= 1
    if t == end or t < 2:
        return end, None
    if t > 2 and (any(c.isdigit() for c in words[t - 1]) or is_acronym(words[t - 1])):
        t -= 1  # the organisation written before the title
    return t, " ".join(words[t:end])


def _past_portfolio(words: tuple[str, ...], cut: int, end: int) -> int:
    """``Minister for Water Resources Lena Varga``: the portfolio after ``for``/``of`` is title too.

    Portfolios run to several words, names to two as a rule, so the name is
    taken as the last two words (three with an initial: ``Lena M. Varga``).
    """
    if not (0 < cut < end - 2 and key(words[cut]) in JOINERS):
        return cut
    start = end - 2
    if start - 1 > cut + 1 and _is_initial(words[start]):
        start -= 1
    return start


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _person_before_joiner(words: tuple[str, ...], end: int) -> _Plan | None:
    """``Marta Lindqvist of the Coastal Trust``: a person, then the organisation after ``of``."""
    j = next((i for i, w in enumerate(words[:end]) if key(w) in JOINERS), 0)
    if j < 2:
        return None
    a, b, title, is_org, _ = split_words(words[:j])
    if is_org or b - a < 2:
        return None
    org = " ".join(w for w in words[j + 1 : end] if key(w) != "the") or None
    return a, b, title, False, org


def _person_after_title(words: tuple[str, ...], cut: int, end: int) -> bool:
    """``Acme Corp CEO Jane Doe``: an organisation word before the title, a person after it."""
    if cut == 0:
        return False
    rest = words[cut:end]
    return 1 <= len(rest) <= 4 and not is_org_words(rest)


@lru_cache(maxsize=_NAMES_CACHED)
def is_person(words: tuple[str, ...]) -> bool:
    first = words[0] if words else ""
    return (
        1 <= len(words) <= 5
        and first[:1].isupper()
        and not is_org_words(words)
        and key(first) not in _PARTICLES | JOINERS | PRONOUNS
        and not any(_is_abstract(w) for w in words)
    )


def _is_abstract(word: str) -> bool:
    """``Transparency``, ``Innovation``, ``Leadership``: a tagline's nouns, never a person's name."""
    k = key(word)
    return len(k) >= 7 and k.isalpha() and k.endswith(ABSTRACT_SUFFIXES) and k not in NOT_ABSTRACT


def has_role(title: str | None) -> bool:
    """A title that names a position (``Minister``, ``director``), not only a modifier (``National``)."""
    return title is not None and any(key(w) in ROLE_NOUNS or key(w) in HONORIFICS for w in title.split())
