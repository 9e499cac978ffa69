"""Who the release names, indexed: a surname resolves to the fullest form, a pronoun to a person.

``Names`` answers each question by the cheapest route: the occurrences of
one surname for ``fullest``, a window of text before a pronoun for who was
last reported speaking, and a full scan of every capitalised run only for a
role (``the company's CEO``) whose holder may be named anywhere.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from pressparse.document import Document
from pressparse.names import (
    JOINERS,
    NAME_RUN,
    has_role,
    is_acronym,
    is_org_words,
    is_person,
    key,
    lower_word_at,
    run_floor,
    run_goes_on,
    run_words,
    split_words,
    words_of,
)
from pressparse.types import Span
from pressparse.vocab.honorifics import NAME_SUFFIXES
from pressparse.vocab.reporting_verbs import REPORTING_VERBS
from pressparse.vocab.titles import ORG_NOUNS, ORG_WORDS, TITLE_WORDS

_ACRONYM_IN_BRACKETS = regex.compile(r"\((?P<short>\p{Lu}[\p{Lu}\p{Ll}\p{N}&]{1,9})\)")
_FULL_NAME_BEFORE = regex.compile(
    r"""
    (?<![\p{L}])
    (?P<full>
      \p{Lu}[\p{L}&'-]{0,30}
      (?: [ ]{1,2} (?: (?:of|for|and|the|on)[ ]{1,2} ){0,2} \p{Lu}[\p{L}&'-]{0,30} ){1,7}
    )
    [ ]{0,2} \Z                                  # "Valley Water Board" just before "(VWB)"
    """,
    regex.VERBOSE,
)


class Known(NamedTuple):
    """A person's name seen in the release, with where and with what title."""

    words: tuple[str, ...]
    start: int
    title: str | None
    said: bool = True
    """Named as someone who speaks (``Name said that...``): who a later ``he``/``she`` most likely is."""
    leads: bool = False
    """Named first in a sentence (``Marta Lindqvist of ... opened``): the sentence's subject."""


class NameIndex:
    """Every person-like name in the release, to resolve short forms to the fullest one.

    Built once per release: one scan of the capitalised runs, then dictionaries
    and sorted lists so each lookup costs a bisection, not a pass over the names.
    """

    def __init__(self, doc: Document, pos: int = 0, endpos: int | None = None) -> None:
        self.people: list[Known] = []
        self.orgs: list[tuple[int, str]] = []
        for m in doc.finditer(NAME_RUN, pos=pos, endpos=endpos):
            start, end = m.span()
            run = m.group()
            if run.isalpha() or is_acronym(run):
                self._single(doc, start, end)
            else:
                self._run(doc, start, end)
        self._by_surname: dict[str, list[Known]] | None = None  # built by the first ``fullest``
        self._full_keys: set[tuple[str, ...]] = set()
        self._speakers = _Ordered([k for k in self.people if k.said])
        self._subjects = _Ordered([k for k in self.people if k.leads and len(k.words) > 1])
        self._titled = _Ordered([k for k in self.people if has_role(k.title) and len(k.words) > 1])
        self._holders: dict[str, _Ordered] = {}

    def _single(self, doc: Document, start: int, end: int) -> None:
        """One capitalised word: only an organisation that speaks (``Acme said``) is worth keeping."""
        word = doc.text[start:end]
        if (is_acronym(word) or key(word) in ORG_WORDS) and _speaks(doc.folded, start, end):
            self.orgs.append((start, word))

    def _run(self, doc: Document, start: int, end: int) -> None:
        words = run_words(doc.text, start, end)
        a, b, title, is_org, _ = split_words(words)
        name = words[a:b]
        if is_org:
            if _speaks(doc.folded, start, end):
                self.orgs.append((start, " ".join(name)))
            return
        if not is_person(name) or (len(name) < 2 and not title):
            return  # what follows the name is read only for a person who may be kept
        said = _speaks(doc.folded, start, end)
        if len(name) < 2 and not said:
            return
        title = title or _apposed_title(doc.folded, end)
        leads = _starts_sentence(doc.folded, start)
        at = words_of(doc.text, start, end).spans[a][0] if a else start  # a run starts with its first word
        self.people.append(Known(name, at, title, said, leads))

    def latest_org(self, before: int) -> tuple[int, str] | None:
        """The last organisation reported as speaking before ``before`` (``Harbor Foods said``)."""
        i = bisect.bisect_left(self.orgs, (before, ""))
        return self.orgs[i - 1] if i else None

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The longest known name that this one abbreviates (``Lindqvist`` -> ``Marta Lindqvist``)."""
        if self._by_surname is None:
            self._by_surname = {}
            for known in self.people:
                self._by_surname.setdefault(_surname_key(known.words), []).append(known)
            self._full_keys = {tuple(key(w) for w in k.words) for k in self.people if len(k.words) >= 2}
        best = words
        for known in self._by_surname.get(_surname_key(words), ()):
            if len(known.words) > len(best) and _abbreviates(words, known.words):
                if len(known.words) > 2 and tuple(key(w) for w in known.words[1:]) in self._full_keys:
                    continue  # "Geologist Ana Ruiz" beside "Ana Ruiz": a title, not a first name
                best = known.words
        return best

    def latest_titled(self, before: int) -> Known | None:
        """The last person named with a title before ``before``."""
        return self._titled.latest(before)

    def latest_speaker(self, before: int) -> Known | None:
        """The last person reported as speaking before ``before``: what ``she said`` most likely means."""
        return self._speakers.latest(before)

    def latest_subject(self, after: int, before: int) -> Known | None:
        """The last person who opens a sentence in ``[after, before)``."""
        found = self._subjects.latest(before)
        return found if found is not None and found.start >= after else None

    def holder_of(self, role: str, before: int) -> Known | None:
        """Who holds ``role`` (``chief executive``): the last one named before ``before``, else the first."""
        if role not in self._holders:
            self._holders[role] = _Ordered(
                [k for k in self._titled.items if role in (k.title or "").casefold()]
            )
        holders = self._holders[role]
        return holders.latest(before) or (holders.items[0] if holders.items else None)


class Near:
    """The names an index holds within ``[lo, hi)``."""

    def __init__(self, index: NameIndex, lo: int, hi: int) -> None:
        self.index, self.lo, self.hi = index, lo, hi

    def _within(self, known: Known | None, lo: int) -> Known | None:
        return known if known is not None and known.start >= lo else None

    def latest_speaker(self) -> Known | None:
        return self._within(self.index.latest_speaker(self.hi), self.lo)

    def latest_subject(self, after: int) -> Known | None:
        return self._within(self.index.latest_subject(after, self.hi), max(self.lo, after))

    def latest_titled(self) -> Known | None:
        return self._within(self.index.latest_titled(self.hi), self.lo)

    def latest_org(self) -> str | None:
        found = self.index.latest_org(self.hi)
        return found[1] if found is not None and found[0] >= self.lo else None


class _Ordered:
    """Names in text order, to find the last one before an offset by bisection."""

    def __init__(self, items: list[Known]) -> None:
        self.items = items
        self.starts = [k.start for k in items]

    def latest(self, before: int) -> Known | None:
        i = bisect.bisect_left(self.starts, before)
        return self.items[i - 1] if i else None


def _agent_noun(word: str) -> bool:
    """``Beekeeper``, ``Sculptor``, ``Florist``: shaped like a noun for a person's work."""
    return len(word) > 5 and word.lower().endswith(_AGENT_ENDINGS)


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _surname_key(words: tuple[str, ...]) -> str:
    for word in reversed(words):
        k = key(word)
        if k not in NAME_SUFFIXES:
            return k
    return ""


def _acronyms(doc: Document) -> dict[str, str]:
    """``Valley Water Board (VWB)``: each acronym the release defines, with its full name."""
    found: dict[str, str] = {}
    for m in doc.finditer(_ACRONYM_IN_BRACKETS):
        short = m.group("short")
        full = doc.search(_FULL_NAME_BEFORE, pos=max(0, m.start() - 120), endpos=m.start())
        words = full.group("full").split() if full is not None else []
        while words and words[0][:1].casefold() != short[:1].casefold():
            words.pop(0)  # "Harlan County Valley Water Board (VWB)": the name starts at V
        if words and key(words[0]) not in JOINERS:
            found.setdefault(short, " ".join(words))
    return found


_SPEECH_AFTER = regex.compile(
    r"""
    [ ,]{0,3} (?: \( [^()\n]{0,40} \) [ ,]{0,3} )?     # "Acme Corp. (NASDAQ: ACME) today announced"
    (?P<first> \p{Ll}{1,15} ) (?: [ ]{1,3} (?P<second> \p{Ll}{1,15} ) )?
    """,
    regex.VERBOSE,
)
_SPEECH_BEFORE = regex.compile(r"(?i:according[ ]to)[ ,]{1,3}(?:\p{Lu}\p{L}*[ ,]{1,3}){0,3}\Z")


_APPOSITION = regex.compile(r"[^,.;:\n(]*")
"""What follows a name's comma up to the next stop: its title, if it opens with a title word."""
_VERB_BEFORE = regex.compile(r"[\"',][ ]{0,3}(?P<verb>\p{Ll}{2,12})[ ]{1,3}\Z")
_ADVERBS = frozenset({"also", "further", "then", "later", "previously", "today", "yesterday"})


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?"


def _speaks(text: str, start: int, end: int) -> bool:
    """``Name said the plan...`` or ``According to Acme President, Name``: indirect speech."""
    nxt = text[end : end + 4].lstrip(" ,")[:1]  # a verb or a bracket must come next, for the pattern to match
    m = _SPEECH_AFTER.match(text, end, min(len(text), end + 80)) if nxt == "(" or nxt.islower() else None
    if m and (
        m.group("first") in REPORTING_VERBS
        or (m.group("first") in _ADVERBS and m.group("second") in REPORTING_VERBS)
    ):
        return True  # "Name said", "Name also said"
    # each pattern runs only where the text holds what it needs: "according", or a mark before a verb
    lo = max(0, start - 60)
    if "ccord" in text[lo:start].lower() and _SPEECH_BEFORE.search(text, lo, start) is not None:
        return True
    lo = max(0, start - 24)
    before = text[lo:start]
    if '"' not in before and "'" not in before and "," not in before:
        return False
    m = _VERB_BEFORE.search(text, lo, start)
    return m is not None and m.group("verb") in REPORTING_VERBS  # '"Q," said Name'


def _apposed_title(text: str, end: int) -> str | None:
    """``Jane Doe, chief executive of Acme``: the title set off by a comma after a name."""
    if not text.startswith(", ", end):
        return None
    found = _APPOSITION.match(text, end + 2, min(len(text), end + 90))
    title = found.group().strip() if found is not None else ""
    first = title.split(" ", 1)[0] if title else ""
    return title if key(first) in TITLE_WORDS else None


def _abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short``'s surname ends ``full`` and its other words appear in ``full`` in order."""
    s = [key(w) for w in short if key(w) not in NAME_SUFFIXES]
    f = [key(w) for w in full if key(w) not in NAME_SUFFIXES]
    if not s or not f or s[-1] != f[-1]:
        return False
    it = iter(f[:-1])
    return all(any(w == x or (len(w) <= 2 and x.startswith(w)) for x in it) for w in s[:-1])


class Names:
    """Name lookups for one release, each paying only for what it needs.

    ``fullest`` searches just the occurrences of a surname; the full scan of
    every capitalised run (``NameIndex``), which pronouns and roles need, is
    built on first use. A release attributed only by full names never builds it.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._index: NameIndex | None = None
        self._acronyms: dict[str, str] | None = None
        self._forms: dict[str, list[tuple[str, ...]]] = {}
        self._fullest: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._titles: dict[tuple[str, ...], str] = {}
        self._endings: dict[str, str | None] = {}
        self._common: dict[str, bool] = {}
        self._issuer: str | None = None
        self._issuer_read = False
        self._windows = 0

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(self.doc)
        return self._index

    def expand(self, name: str) -> str:
        """An organisation's full name for its acronym (``VWB`` -> ``Valley Water Board``), if given."""
        if self._acronyms is None:
            self._acronyms = _acronyms(self.doc)
        return self._acronyms.get(name, name)

    def ending_in(self, head: str) -> str | None:
        """The first organisation named with ``head`` as its last word: ``Lumen Zoo`` for ``the zoo``.

        Only for heads that are not generic organisation words: ``the company``
        is whichever company spoke last, not the first name ending in Company.
        """
        if key(head) in ORG_NOUNS or not head.isalpha():
            return None
        if head not in self._endings:
            self._endings[head] = self._first_ending_in(f" {head.capitalize()}")
        return self._endings[head]

    def _first_ending_in(self, pattern: str) -> str | None:
        text = self.doc.folded
        i = text.find(pattern)
        for _ in range(_MAX_OCCURRENCES):
            if i < 0:
                break
            end = i + len(pattern)
            if end == len(text) or not text[end].isalpha():
                found = self._run_ending_at(end)
                if found is not None:
                    return found
            i = text.find(pattern, end)
        return None

    def _run_ending_at(self, end: int) -> str | None:
        for m in NAME_RUN.finditer(self.doc.folded, max(0, end - _NAME_REACH), end):
            if m.end() == end:
                words = m.group().split()
                words = words[1:] if key(words[0]) == "the" else words
                return " ".join(words) if len(words) >= 2 else None
        return None

    def issuer(self) -> str | None:
        """The organisation the release is about: of the first few it names, the one named most often.

        What ``the organisation said`` stands for when no organisation was
        reported speaking before it; ties go to the first named.
        """
        if not self._issuer_read:
            self._issuer, self._issuer_read = self._most_named_org(), True
        return self._issuer

    def _most_named_org(self) -> str | None:
        seen: list[str] = []
        for m in self.doc.finditer(NAME_RUN):
            words = run_words(self.doc.text, m.start(), m.end())
            if key(words[0]) == "the":
                words = words[1:]  # "The Coastal Trust" is named "Coastal Trust"
            name = " ".join(words)
            if len(words) >= 2 and is_org_words(words) and name not in seen:
                seen.append(name)
            if len(seen) >= _ISSUER_CANDIDATES:
                break
        if not seen:
            return None
        return max(seen, key=lambda name: (self.doc.text.count(name), -seen.index(name)))

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The longest form of this name in the release (``Lindqvist`` -> ``Marta Lindqvist``)."""
        found = self._fullest.get(words)
        if found is None:
            found = self._fullest[words] = self._find_fullest(words)
        return found

    def _find_fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        forms = self._forms_of(_surname_key(words))
        keys: set[tuple[str, ...]] | None = None  # made only for a form of three words or more
        best = words
        for form in forms:
            if len(form) > len(best) and _abbreviates(words, form):
                if len(form) > 2:
                    if keys is None:
                        keys = {tuple(key(w) for w in f) for f in forms}
                    if tuple(key(w) for w in form[1:]) in keys:
                        continue  # "Geologist Ana Ruiz" beside "Ana Ruiz": a title, not a first name
                best = form
        return best

    def _forms_of(self, surname: str) -> list[tuple[str, ...]]:
        """Every person's name in the release that ends in ``surname``, in text order."""
        if surname in self._forms or not surname:
            return self._forms.get(surname, [])
        forms: list[tuple[str, ...]] = []
        text, low, size = self.doc.folded, self.doc.lower, len(surname)
        pos, seen = 0, 0
        while seen < _MAX_OCCURRENCES:
            i = low.find(surname, pos)
            if i < 0:
                break
            pos, seen, end = i + 1, seen + 1, i + size
            if (i and text[i - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
                continue  # inside a longer word
            run = self._run_holding(i, end)
            form = None if run is None else self._person_in(*run)
            if form is not None:
                forms.append(form)
        self._forms[surname] = forms
        return forms

    def _run_holding(self, start: int, end: int) -> Span | None:
        """The capitalised run holding ``[start, end)`` if it has two words or more."""
        text = self.doc.folded
        if text[start].islower() and lower_word_at(text, start, end):
            return None  # any run holds a capital within a few characters of ``start``
        lo, first = run_floor(text, start, _NAME_REACH)
        if first and not run_goes_on(text, start, end):
            return None  # "Ruiz said": a run of one word holds no full name
        for m in NAME_RUN.compiled.finditer(text, lo, min(len(text), end + 6)):  # a short window: untimed
            if m.start() > start:
                break  # runs come in order: none later holds ``start``
            if m.start() <= start < m.end():
                return m.span()
        return None

    def _person_in(self, start: int, end: int) -> tuple[str, ...] | None:
        """The person a run names, with the title the release gives them kept for ``title_of``."""
        words = run_words(self.doc.text, start, end)
        a, b, title, is_org, _ = split_words(words)
        words = words[a:b]
        if is_org or len(words) < 2 or not is_person(words):
            return None
        if len(words) >= 3 and _agent_noun(words[0]) and self._in_lower_case(words[0]):
            words = words[1:]  # "Beekeeper Ana Ruiz" where the text also says "a beekeeper"
        title = title or _apposed_title(self.doc.folded, end)
        if title and has_role(title):
            self._titles.setdefault(words, title)
        return words

    def _in_lower_case(self, word: str) -> bool:
        """The release also writes ``word`` in lower case: a common noun, not a first name."""
        low = word.lower()
        if low == word or not low.isalpha():
            return False
        if low not in self._common:
            self._common[low] = self._written_lower(low)
        return self._common[low]

    def _written_lower(self, low: str) -> bool:
        text = self.doc.folded
        i = text.find(low)
        for _ in range(_MAX_OCCURRENCES):
            if i < 0:
                return False
            end = i + len(low)
            if not (i and text[i - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                return True
            i = text.find(low, end)
        return False

    def title_of(self, words: tuple[str, ...]) -> str | None:
        """The first title the release gives this full name (``Ruth Calloway, chief executive``)."""
        self._forms_of(_surname_key(words))
        return self._titles.get(words)

    def near(self, after: int, before: int) -> Near:
        """The names in ``[after, before)``, at most ``_REACH`` characters back: what a pronoun can mean.

        The first few questions scan just that window; after that the whole
        release is scanned once and every later question is a bisection.
        """
        lo = max(0, after, before - _REACH)
        if self._index is None and self._windows < _WINDOWS:
            self._windows += 1
            return Near(NameIndex(self.doc, lo, before), lo, before)
        return Near(self.index, lo, before)

    def holder_of(self, role: str, before: int) -> Known | None:
        """Who the release names as holding ``role``, anywhere in it."""
        return self.index.holder_of(role, before)


_WINDOWS = 4
"""Window scans before one scan of the whole release is cheaper."""
_ISSUER_CANDIDATES = 12
"""Organisations read from the top of a release when looking for its issuer."""
_REACH = 2000
"""Characters before a pronoun or a role searched for the person it stands for."""
_MAX_OCCURRENCES = 200
"""Occurrences of one surname examined; a release names a person far fewer times."""
_NAME_REACH = 100
"""Characters before a surname searched for the rest of the name and its title."""
