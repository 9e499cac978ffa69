"""The one function that owns the JSON record shape.

The keys the accuracy scorer reads (``dateline.location``, ``embargo.until``,
``quotes[].speaker.name``, ``phones[].e164`` ...) are always present; spans
and the text as written ride along as extra keys.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    Span,
    Speaker,
)

Record = dict[str, Any]


def to_record(release: Release, /, *, id: str | None = None, source: str | None = None) -> Record:
    """The JSON-ready record of one release (the shape ``pressparse parse`` writes)."""
    record: Record = {}
    if id is not None:
        record["id"] = id
    if source is not None:
        record["source"] = source
    record.update(
        {
            "dateline": _dateline(release.dateline),
            "issued": _issued(release.issued),
            "embargo": _embargo(release.embargo),
            "quotes": [_quote(q) for q in release.quotes],
            "phones": [_phone(p) for p in release.phones],
            "emails": [_email(e) for e in release.emails],
            "contacts": [_contact(c) for c in release.contacts],
            "problems": [_problem(p) for p in release.problems],
        }
    )
    return record


def error_record(message: str, /, *, code: str, id: str | None = None, source: str | None = None) -> Record:
    """The record for an input that could not be parsed at all: empty fields and the reason."""
    record = to_record(Release(text="", problems=(Problem(code, message),)), id=id, source=source)
    record["error"] = {"code": code, "message": message}
    return record


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dateline(d: Dateline | None) -> Record | None:
    if d is None:
        return None
    return {
        "location": d.location,
        "date": _iso(d.date),
        "wire": d.wire,
        "city": d.city,
        "region": d.region,
        "country": d.country,
        "span": _span(d.span),
        "text": d.text,
    }


def _issued(d: ReleaseDate | None) -> Record | None:
    return None if d is None else {"date": _iso(d.date), "span": _span(d.span), "text": d.text}


def _embargo(e: Embargo | None) -> Record | None:
    if e is None:
        return None
    return {"status": e.status, "until": _iso(e.until), "span": _span(e.span), "text": e.text}


def _speaker(s: Speaker | None) -> Record | None:
    if s is None:
        return None
    return {
        "name": s.name,
        "title": s.title,
        "organization": s.organization,
        "span": _span(s.span),
        "text": s.text,
    }


def _quote(q: Quote) -> Record:
    return {
        "text": q.text,
        "speaker": _speaker(q.speaker),
        "cue": q.cue,
        "cue_span": _span(q.cue_span),
        "span": _span(q.span),
        "parts": [_span(p) for p in q.parts],
    }


def _phone(p: Phone) -> Record:
    return {
        "e164": p.e164,
        "extension": p.extension,
        "kind": p.kind,
        "region": p.region,
        "span": _span(p.span),
        "text": p.text,
    }


def _email(e: Email) -> Record:
    return {"normalized": e.normalized, "span": _span(e.span), "text": e.text}


def _contact(c: Contact) -> Record:
    return {
        "name": c.name,
        "title": c.title,
        "organization": c.organization,
        "location": c.location,
        "languages": list(c.languages),
        "phones": [_phone(p) for p in c.phones],
        "emails": [_email(e) for e in c.emails],
        "handles": list(c.handles),
        "span": _span(c.span),
        "text": c.text,
    }


def _problem(p: Problem) -> Record:
    return {"code": p.code, "message": p.message, "span": _span(p.span)}
