"""The pipeline: the extractors in order, each one replaceable or switched off.

The order is what each needs from another: the dateline gives the country,
the country gives the phone region, phones and emails are grouped into
contacts, and the release's date and country pin down the embargo instant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from pressparse.contacts import find_contacts
from pressparse.dateline import find_dateline, find_release_date
from pressparse.document import Document
from pressparse.emails import find_emails
from pressparse.embargo import find_embargo
from pressparse.errors import ContentError, PatternTimeout
from pressparse.options import Options
from pressparse.phones import find_phones
from pressparse.quotes import find_quotes
from pressparse.region import infer_region
from pressparse.report import Report
from pressparse.types import (
    Contact,
    Dateline,
    Email,
    Embargo,
    Phone,
    Problem,
    Quote,
    Release,
    ReleaseDate,
)

T = TypeVar("T")


class DatelineFinder(Protocol):
    def __call__(self, text: Document, /, *, report: Report) -> Dateline | None: ...


class ReleaseDateFinder(Protocol):
    def __call__(self, text: Document, /, *, report: Report) -> ReleaseDate | None: ...


class RegionFinder(Protocol):
    def __call__(self, text: Document, /, *, dateline: Dateline | None) -> str | None: ...


class PhoneFinder(Protocol):
    def __call__(self, text: Document, /, *, region: str | None, report: Report) -> tuple[Phone, ...]: ...


class EmailFinder(Protocol):
    def __call__(self, text: Document, /, *, report: Report) -> tuple[Email, ...]: ...


class ContactFinder(Protocol):
    def __call__(
        self,
        text: Document,
        /,
        *,
        phones: tuple[Phone, ...],
        emails: tuple[Email, ...],
        region: str | None,
        report: Report,
    ) -> tuple[Contact, ...]: ...


class QuoteFinder(Protocol):
    def __call__(self, text: Document, /, *, report: Report) -> tuple[Quote, ...]: ...


class EmbargoFinder(Protocol):
    def __call__(
        self,
        text: Document,
        /,
        *,
        issued: dt.date | None,
        country: str | None,
        report: Report,
    ) -> Embargo | None: ...


_CHARS_PER_TIMEOUT = 100_000
"""The timeout is per 100,000 characters: a linear pattern on a long input
needs proportionally longer, and only a runaway one should be stopped."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """The extractors in order. Replace a slot to swap one, set it to ``None`` to skip it.

    >>> from pressparse import Pipeline
    >>> no_quotes = Pipeline().replace(quotes=None)
    >>> no_quotes.parse('"Hello," she said.').quotes
    ()
    """

    options: Options = field(default_factory=Options)
    dateline: DatelineFinder | None = find_dateline
    release_date: ReleaseDateFinder | None = find_release_date
    region: RegionFinder | None = infer_region
    phones: PhoneFinder | None = find_phones
    emails: EmailFinder | None = find_emails
    contacts: ContactFinder | None = find_contacts
    quotes: QuoteFinder | None = find_quotes
    embargo: EmbargoFinder | None = find_embargo

    def replace(self, **changes: object) -> Pipeline:
        """A copy with some slots (or ``options``) changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def parse(self, text: str, /, *, problems: Iterable[Problem] = ()) -> Release:
        """Parse one release. ``problems`` are carried in from an earlier step, such as decoding."""
        found: list[Problem] = list(problems)
        text = self._check_size(text, found)
        doc = Document(text, timeout=self.options.timeout * max(1.0, len(text) / _CHARS_PER_TIMEOUT))
        release = _Run(doc, found, self.options).through(self)
        if self.options.strict and release.problems:
            raise ContentError(release.problems)
        return release

    def parse_many(self, texts: Iterable[str], /) -> Iterator[Release]:
        """Parse releases one by one as they come; nothing is read ahead."""
        for text in texts:
            yield self.parse(text)

    def _check_size(self, text: object, found: list[Problem]) -> str:
        if not isinstance(text, str):
            raise TypeError(
                f"pressparse.parse() takes str, not {type(text).__name__}; "
                "for bytes use pressparse.parse_bytes(), for a file pressparse.read_release()"
            )
        limit = self.options.max_chars
        if len(text) > limit:
            found.append(
                Problem(
                    "input.truncated",
                    f"the input has {len(text):,} characters; only the first {limit:,} were read",
                    None,
                )
            )
            return text[:limit]
        return text


class _Run:
    """One parse: the document, the problems found so far, and the order of steps."""

    def __init__(self, doc: Document, problems: list[Problem], options: Options) -> None:
        self.doc = doc
        self.problems = problems
        self.options = options

    def through(self, p: Pipeline) -> Release:
        doc, report = self.doc, self.problems.append
        dateline = self.step("dateline", p.dateline, lambda f: f(doc, report=report))
        issued = self.step("release_date", p.release_date, lambda f: f(doc, report=report))
        region = self.options.region or self.step("region", p.region, lambda f: f(doc, dateline=dateline))
        phones = self.step("phones", p.phones, lambda f: f(doc, region=region, report=report)) or ()
        emails = self.step("emails", p.emails, lambda f: f(doc, report=report)) or ()
        contacts = (
            self.step(
                "contacts",
                p.contacts,
                lambda f: f(doc, phones=phones, emails=emails, region=region, report=report),
            )
            or ()
        )
        quotes = self.step("quotes", p.quotes, lambda f: f(doc, report=report)) or ()
        issued_date = issued.date if issued else (dateline.date if dateline else None)
        country = dateline.country if dateline and dateline.country else region
        embargo = self.step(
            "embargo", p.embargo, lambda f: f(doc, issued=issued_date, country=country, report=report)
        )
        return Release(
            text=doc.text,
            dateline=dateline,
            issued=issued,
            embargo=embargo,
            quotes=quotes,
            phones=phones,
            emails=emails,
            contacts=contacts,
            problems=tuple(self.problems),
        )

    def step(self, name: str, finder: F | None, call: Callable[[F], T]) -> T | None:
        """Run one extractor; a failure costs that field, never the release."""
        if finder is None:
            return None
        try:
            return call(finder)
        except PatternTimeout:
            self.problems.append(
                Problem(f"{name}.timeout", f"the {name} extractor gave up: a pattern ran past its time limit")
            )
        except Exception as exc:  # noqa: BLE001 - one broken extractor must not lose the record
            self.problems.append(
                Problem(f"{name}.failed", f"the {name} extractor failed: {type(exc).__name__}: {exc}")
            )
        return None


F = TypeVar("F")
