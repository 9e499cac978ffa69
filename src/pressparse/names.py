"""People's and organisations' names: capitalised runs, titles split off, short forms resolved.

A name run is a sequence of capitalised words (with initials, particles such
as ``van`` or ``bin``, and ``of``/``for``/``and`` inside organisation names).
Titles and honorifics in front of the person's name (``Deputy Prime Minister
Lena Varga``) go to the title. A surname alone resolves to the fullest form of
that name anywhere in the release, the way an editor reads ``Robertson said``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from pressparse.document import Document
from pressparse.types import Span
from pressparse.vocab.honorifics import HONORIFICS, NAME_SUFFIXES
from pressparse.vocab.reporting_verbs import REPORTING_VERBS
from pressparse.vocab.titles import ORG_WORDS, ROLE_NOUNS, TITLE_WORDS

NAME_RUN = regex.compile(
    r"""
    (?=\p{Lu})                                   # fail fast where no capital starts
    (?<![\p{L}\p{N}'])                          # start at a word boundary
    (?&word)
    (?: (?&gap) (?: (?&particle) (?&gap) ){0,2} (?!(?&function)\b(?!\.)) (?&word) ){0,9}
    (?(DEFINE)
      (?<gap> [ \t]{1,3} | [ \t]? \n [ \t]{0,2} )   # scraped text doubles spaces and hard-wraps
      (?<word>
          (?: \p{Lu} \. ){1,4}                  # initials: A.R., M.R.C.
        | (?: Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Rev|Hon|St|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Lt|Col|Capt|Sgt) \.
        | \p{Lu} [\p{L}\p{M}\p{N}'&-]{1,30}     # O'Neill, Narrell-Mead, Jae-in, AT&T (one letter: an initial)
      )
      (?<function> In|On|At|As|If|But|And|Or|We|It|He|She|They|This|That|These|Those|Our|His|Her|Its
                 |Their|When|While|With|To|By|From|After|Before|For|A|An|The)
      (?<particle> of|for|the|de|da|di|do|du|del|della|dos|das|van|von|der|den|le|la|bin|binti|ibn|al|el|y)
    )
    """,
    regex.VERBOSE,
)
"""A run of capitalised words, bounded to ten words so a long title line stays linear."""

_NON_SPACE = regex.compile(r"\S+")
_ACRONYM_IN_BRACKETS = regex.compile(r"\((?P<short>\p{Lu}[\p{Lu}\p{Ll}\p{N}&]{1,9})\)")
_FULL_NAME_BEFORE = regex.compile(
    r"""
    (?<![\p{L}])
    (?P<full>
      \p{Lu}[\p{L}&'-]{0,30}
      (?: [ ]{1,2} (?: (?:of|for|and|the|on)[ ]{1,2} ){0,2} \p{Lu}[\p{L}&'-]{0,30} ){1,7}
    )
    [ ]{0,2} \Z                                  # "Group of Eight" just before "(Go8)"
    """,
    regex.VERBOSE,
)
_JOINERS = frozenset({"of", "for", "and", "the"})
_PARTICLES = frozenset(
    {"de", "da", "di", "do", "du", "del", "della", "dos", "das", "van", "von", "der"}
    | {"den", "le", "la", "bin", "binti", "ibn", "al", "el", "y"}
)
PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


@dataclass(frozen=True, slots=True)
class Words:
    """A capitalised run cut into words, each with its span on the text."""

    spans: tuple[Span, ...]
    words: tuple[str, ...]

    def sub(self, a: int, b: int) -> Words:
        return Words(self.spans[a:b], self.words[a:b])

    @property
    def span(self) -> Span:
        return self.spans[0][0], self.spans[-1][1]


@dataclass(frozen=True, slots=True)
class NamePart:
    """A run split into the title in front of it and the name itself."""

    name: Words
    title: str | None
    is_org: bool
    organization: str | None = None


def words_of(text: str, start: int, end: int) -> Words:
    """Split ``text[start:end]`` on whitespace, keeping each word's span."""
    spans = tuple((m.start(), m.end()) for m in _NON_SPACE.finditer(text, start, end))
    return Words(spans, tuple(text[a:b] for a, b in spans))


def key(word: str) -> str:
    """A word as the vocabularies hold it: lower case, without a trailing dot or possessive."""
    word = word.lower()
    if word[-1:] == ".":
        word = word.rstrip(".")
    if word[-2:] in ("'s", "’s"):
        return word[:-2]
    return word


def is_org_words(words: tuple[str, ...]) -> bool:
    """An organisation: an organisation word, an acronym, or a joiner inside the run."""
    if any(key(w) in ORG_WORDS for w in words):
        return True
    if any(key(w) in _JOINERS for w in words[1:-1]):
        return True
    return len(words) == 1 and _is_acronym(words[0])


def _is_acronym(word: str) -> bool:
    letters = word.replace("&", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper() and "." not in word


def split_title(run: Words) -> NamePart:
    """Titles and honorifics in front go to the title; post-nominals (``QC``, ``AO``) are dropped."""
    words = run.words
    end = len(words)
    while end > 1 and key(words[end - 1]) in HONORIFICS and words[end - 1].isupper():
        end -= 1
    end, trailing = _trailing_title(words, end)
    cut = 0
    for i in range(end - 1):
        k = key(words[i])
        if k in TITLE_WORDS or k in HONORIFICS:
            cut = i + 1
    cut = _past_portfolio(words, cut, end)
    name = run.sub(cut, end)
    if name.words and is_org_words(run.words[:end]) and not _person_after_title(run, cut, end):
        head = _person_before_joiner(run, end)
        return head if head is not None else NamePart(run.sub(0, end), None, True)
    title = " ".join(words[:cut]) or trailing
    return NamePart(name, title, is_org_words(name.words))


def _trailing_title(words: tuple[str, ...], end: int) -> tuple[int, str | None]:
    """``Vicki Thomson Go8 Chief Executive``: a title (and its organisation) after the name, unpunctuated."""
    t = end
    while t > 0 and key(words[t - 1]) in TITLE_WORDS:
        t -= 1
    if t == end or t < 2:
        return end, None
    if t > 2 and (any(c.isdigit() for c in words[t - 1]) or _is_acronym(words[t - 1])):
        t -= 1  # the organisation written before the title
    return t, " ".join(words[t:end])


def _past_portfolio(words: tuple[str, ...], cut: int, end: int) -> int:
    """``Minister for Immigration Amanda Vanstone``: the portfolio after ``for``/``of`` is title too."""
    if 0 < cut < end - 2 and key(words[cut]) in _JOINERS:
        i = cut + 1
        while i < end - 2 and key(words[i]) in _JOINERS | TITLE_WORDS:
            i += 1
        return i + 1
    return cut


def _person_before_joiner(run: Words, end: int) -> NamePart | None:
    """``Keir Becker of the University of Miami``: a person, then the organisation after ``of``."""
    j = next((i for i, w in enumerate(run.words[:end]) if key(w) in _JOINERS), 0)
    if j < 2:
        return None
    head = split_title(run.sub(0, j))
    if head.is_org or len(head.name.words) < 2:
        return None
    org = " ".join(w for w in run.words[j + 1 : end] if key(w) != "the") or None
    return NamePart(head.name, head.title, False, org)


def _person_after_title(run: Words, cut: int, end: int) -> bool:
    """``Acme Corp CEO Jane Doe``: an organisation word before the title, a person after it."""
    if cut == 0:
        return False
    rest = run.words[cut:end]
    return 1 <= len(rest) <= 4 and not is_org_words(rest)


def is_person(words: tuple[str, ...]) -> bool:
    first = words[0] if words else ""
    return (
        1 <= len(words) <= 5
        and first[:1].isupper()
        and not is_org_words(words)
        and key(first) not in _PARTICLES | _JOINERS | PRONOUNS
    )


@dataclass(frozen=True, slots=True)
class Known:
    """A person's name seen in the release, with where and with what title."""

    words: tuple[str, ...]
    start: int
    title: str | None
    said: bool = True
    """Named as someone who speaks (``Name said that...``): who a later ``he``/``she`` most likely is."""
    leads: bool = False
    """Named first in a sentence (``Keir Becker of ... developed``): the sentence's subject."""


class NameIndex:
    """Every person-like name in the release, to resolve short forms to the fullest one.

    Built once per release: one scan of the capitalised runs, then dictionaries
    and sorted lists so each lookup costs a bisection, not a pass over the names.
    """

    def __init__(self, doc: Document, pos: int = 0, endpos: int | None = None) -> None:
        self.people: list[Known] = []
        self.orgs: list[tuple[int, str]] = []
        for m in doc.finditer(NAME_RUN, pos=pos, endpos=endpos):
            if m.group().isalpha() or _is_acronym(m.group()):
                self._single(doc, m.start(), m.end())
            else:
                self._run(doc, m.start(), m.end())
        self._by_surname: dict[str, list[Known]] = {}
        for known in self.people:
            self._by_surname.setdefault(_surname_key(known.words), []).append(known)
        self._full_keys = {tuple(key(w) for w in k.words) for k in self.people if len(k.words) >= 2}
        self._speakers = _Ordered([k for k in self.people if k.said])
        self._subjects = _Ordered([k for k in self.people if k.leads and len(k.words) > 1])
        self._titled = _Ordered([k for k in self.people if has_role(k.title) and len(k.words) > 1])
        self._holders: dict[str, list[Known]] = {}

    def _single(self, doc: Document, start: int, end: int) -> None:
        """One capitalised word: only an organisation that speaks (``Acme said``) is worth keeping."""
        word = doc.text[start:end]
        if (_is_acronym(word) or key(word) in ORG_WORDS) and _speaks(doc.folded, start, end):
            self.orgs.append((start, word))

    def _run(self, doc: Document, start: int, end: int) -> None:
        part = split_title(words_of(doc.text, start, end))
        said = _speaks(doc.folded, start, end)
        if part.is_org:
            if said:
                self.orgs.append((start, " ".join(part.name.words)))
            return
        if not is_person(part.name.words) or (len(part.name.words) < 2 and not (said and part.title)):
            return
        title = part.title or _apposed_title(doc.folded, end)
        leads = _starts_sentence(doc.folded, start)
        self.people.append(Known(part.name.words, part.name.span[0], title, said, leads))

    def latest_org(self, before: int) -> str | None:
        """The last organisation reported as speaking before ``before`` (``Amnesty International said``)."""
        found = [name for start, name in self.orgs if start < before]
        return found[-1] if found else None

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The longest known name that this one abbreviates (``Robertson`` -> ``Phil Robertson``)."""
        best = words
        for known in self._by_surname.get(_surname_key(words), ()):
            if len(known.words) > len(best) and _abbreviates(words, known.words):
                if len(known.words) > 2 and tuple(key(w) for w in known.words[1:]) in self._full_keys:
                    continue  # "Astronomer Erik Asphaug" beside "Erik Asphaug": a title, not a first name
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
            self._holders[role] = [k for k in self._titled.items if role in (k.title or "").casefold()]
        holders = self._holders[role]
        earlier = [k for k in holders if k.start < before]
        return earlier[-1] if earlier else (holders[0] if holders else None)


class _Ordered:
    """Names in text order, to find the last one before an offset by bisection."""

    def __init__(self, items: list[Known]) -> None:
        self.items = items
        self.starts = [k.start for k in items]

    def latest(self, before: int) -> Known | None:
        i = bisect.bisect_left(self.starts, before)
        return self.items[i - 1] if i else None


def _surname_key(words: tuple[str, ...]) -> str:
    keys = [key(w) for w in words if key(w) not in NAME_SUFFIXES]
    return keys[-1] if keys else ""


def _acronyms(doc: Document) -> dict[str, str]:
    """``Group of Eight (Go8)``: each acronym the release defines, with its full name."""
    found: dict[str, str] = {}
    for m in doc.finditer(_ACRONYM_IN_BRACKETS):
        short = m.group("short")
        full = doc.search(_FULL_NAME_BEFORE, pos=max(0, m.start() - 120), endpos=m.start())
        words = full.group("full").split() if full is not None else []
        while words and words[0][:1].casefold() != short[:1].casefold():
            words.pop(0)  # "Acme Industries Group of Eight (Go8)": the name starts at G
        if words and key(words[0]) not in _JOINERS:
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


_VERB_BEFORE = regex.compile(r"[\"',][ ]{0,3}(?P<verb>\p{Ll}{2,12})[ ]{1,3}\Z")
_ADVERBS = frozenset({"also", "further", "then", "later", "previously", "today", "yesterday"})


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?"


def _speaks(text: str, start: int, end: int) -> bool:
    """``Name said the plan...`` or ``According to Worth President, Name``: indirect speech."""
    m = _SPEECH_AFTER.match(text, end, min(len(text), end + 80))
    if m and (
        m.group("first") in REPORTING_VERBS
        or (m.group("first") in _ADVERBS and m.group("second") in REPORTING_VERBS)
    ):
        return True  # "Name said", "Name also said"
    if _SPEECH_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    m = _VERB_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group("verb") in REPORTING_VERBS  # '"Q," said Name'


def has_role(title: str | None) -> bool:
    """A title that names a position (``Minister``, ``director``), not only a modifier (``National``)."""
    return title is not None and any(key(w) in ROLE_NOUNS or key(w) in HONORIFICS for w in title.split())


def _apposed_title(text: str, end: int) -> str | None:
    """``Jane Doe, chief executive of Acme``: the title set off by a comma after a name."""
    if not text.startswith(", ", end):
        return None
    stop = end + 2
    limit = min(len(text), end + 90)
    while stop < limit and text[stop] not in ",.;:\n(":
        stop += 1
    title = text[end + 2 : stop].strip()
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
        self._lower: str | None = None
        self._index: NameIndex | None = None
        self._acronyms: dict[str, str] | None = None
        self._forms: dict[str, list[tuple[str, ...]]] = {}

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(self.doc)
        return self._index

    def expand(self, name: str) -> str:
        """An organisation's full name for its acronym (``Go8`` -> ``Group of Eight``), if given."""
        if self._acronyms is None:
            self._acronyms = _acronyms(self.doc)
        return self._acronyms.get(name, name)

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The longest form of this name in the release (``Robertson`` -> ``Phil Robertson``)."""
        forms = self._forms_of(_surname_key(words))
        keys = {tuple(key(w) for w in f) for f in forms}
        best = words
        for form in forms:
            if len(form) > len(best) and _abbreviates(words, form):
                if len(form) > 2 and tuple(key(w) for w in form[1:]) in keys:
                    continue  # "Astronomer Erik Asphaug" beside "Erik Asphaug": a title, not a first name
                best = form
        return best

    def _forms_of(self, surname: str) -> list[tuple[str, ...]]:
        """Every person's name in the release that ends in ``surname``, in text order."""
        if surname in self._forms or not surname:
            return self._forms.get(surname, [])
        if self._lower is None:
            self._lower = self.doc.folded.lower()
        forms: list[tuple[str, ...]] = []
        pos, seen = 0, 0
        while seen < _MAX_OCCURRENCES:
            i = self._lower.find(surname, pos)
            if i < 0:
                break
            pos, seen = i + 1, seen + 1
            form = self._form_at(i, i + len(surname))
            if form is not None:
                forms.append(form)
        self._forms[surname] = forms
        return forms

    def _form_at(self, start: int, end: int) -> tuple[str, ...] | None:
        text = self.doc.folded
        if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
            return None
        for m in self.doc.finditer(NAME_RUN, pos=max(0, start - _NAME_REACH), endpos=min(len(text), end + 6)):
            if m.start() <= start < m.end():
                part = split_title(words_of(self.doc.text, m.start(), m.end()))
                if not part.is_org and len(part.name.words) >= 2 and is_person(part.name.words):
                    return part.name.words
        return None

    def near(self, after: int, before: int) -> NameIndex:
        """The names in ``[after, before)``, at most ``_REACH`` characters back: what a pronoun can mean."""
        return NameIndex(self.doc, max(0, after, before - _REACH), before)

    def holder_of(self, role: str, before: int) -> Known | None:
        """Who the release names as holding ``role``, anywhere in it."""
        return self.index.holder_of(role, before)


_REACH = 2000
"""Characters before a pronoun or a role searched for the person it stands for."""
_MAX_OCCURRENCES = 200
"""Occurrences of one surname examined; a release names a person far fewer times."""
_NAME_REACH = 100
"""Characters before a surname searched for the rest of the name and its title."""
