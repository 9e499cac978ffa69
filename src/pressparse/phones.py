"""Telephone and fax numbers, validated by phonenumbers, in E.164."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

import regex

# phonenumbers is imported where a candidate is read, not on import (some 50 ms): a release
# with no digit run worth reading never needs it. Every use below starts from _parse.
if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

from pressparse.document import Document, as_document
from pressparse.phone_candidates import (
    EXTENSION,
    LOCAL_NANP,
    Candidate,
    make_candidate,
    plausible,
    run_spans,
    split_run,
)
from pressparse.phone_context import label_after, label_before, phone_line
from pressparse.places import LinePlaces, line_region
from pressparse.region import infer_region
from pressparse.report import Report, ignore
from pressparse.types import Phone, PhoneKind, Span
from pressparse.vanity import VANITY, vanity_digits, vanity_windows

_MAX_DIGITS_ONE_NUMBER = 13

_Read: TypeAlias = "tuple[PhoneNumber, str | None, PhoneKind]"
"""A number as phonenumbers read it, its region, and the kind its number type gives."""


@dataclass(slots=True)
class _Context:
    """One call's document, default region, and what was already checked (contact blocks repeat)."""

    doc: Document
    default: str | None
    memo: dict[tuple[str, bool, tuple[str | None, ...]], tuple[_Read | None, bool]] = field(
        default_factory=dict
    )
    lines: LinePlaces = field(default_factory=dict)
    """What each line's head says of its region (see ``line_region``)."""


_MIN_HALF = 8
_MIN_DIGITS, _MAX_DIGITS = 8, 15
"""E.164 allows at most 15 digits; fewer than 8 is a local number without its area code."""


def find_phones(
    text: str | Document, /, *, region: str | None = None, report: Report = ignore
) -> tuple[Phone, ...]:
    """Every phone and fax number, in text order.

    ``region`` (``"GB"``) is the country for numbers written without a
    country code; without it the release's own place decides (see
    :func:`~pressparse.region.infer_region`), and a line that opens with a
    place (``In Seoul, ...``) decides for the numbers on it.

    >>> [p.e164 for p in find_phones("Media: Jo Bloggs, 0161 496 0000", region="GB")]
    ['+441614960000']
    """
    doc = as_document(text)
    ctx = _Context(doc, region if region is not None else infer_region(doc))
    found = list(_vanity_numbers(doc))
    taken = [p.span for p in found]
    # the runs are collected first so that reading them does not count against the pattern's timeout
    for start, end in run_spans(doc):
        if any(a < end and start < b for a, b in taken):
            continue
        new = list(_numbers_in_run(ctx, start, end))
        if not new:
            new = list(_local_number(doc, start, end, found))
        found.extend(new)
    return tuple(sorted(found, key=lambda p: p.span))


def _local_number(doc: Document, start: int, end: int, before: list[Phone]) -> Iterator[Phone]:
    """A seven-digit North American number on a phone line takes the area code of the one before it."""
    if not LOCAL_NANP.fullmatch(doc.folded, start, end) or not phone_line(doc.folded, start, 600):
        return
    nanp = [p for p in before if p.e164.startswith("+1") and len(p.e164) == 12 and p.span[1] <= start]
    if not nanp:
        return
    number = _parse(nanp[-1].e164[2:5] + doc.folded[start:end], "US")
    if number is None:
        return
    region, number_type = _reader().region_and_type(number)
    if number_type != _UNKNOWN:
        kind = label_before(doc.folded, start)[1] or _kind_of_type(number_type)
        yield _phone(doc, (start, end), number, kind=kind, region=region)


def _vanity_numbers(doc: Document) -> Iterator[Phone]:
    windows = vanity_windows(doc)
    if not windows:
        return
    region_and_type = _reader().region_and_type
    for m in _in_windows(doc, windows):
        digits = vanity_digits(m.group("prefix"), m.group("rest"))
        number = _parse(digits, "AU" if m.group("prefix").isdigit() else "US")
        if number is None:
            continue
        region, number_type = region_and_type(number)
        if number_type != _UNKNOWN:
            yield _phone(doc, (m.start(), m.end()), number, kind="toll_free", region=region)


def _in_windows(doc: Document, windows: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    for lo, hi in windows:
        yield from doc.finditer(VANITY, pos=lo, endpos=hi)


def _numbers_in_run(ctx: _Context, start: int, end: int) -> Iterator[Phone]:
    pieces = split_run(ctx.doc.folded, start, end)
    if len(pieces) > 1:
        found = [p for a, b in pieces for p in _numbers_in_piece(ctx, a, b)]
        if found:
            yield from found
            return
    yield from _numbers_in_piece(ctx, start, end)


def _numbers_in_piece(ctx: _Context, start: int, end: int) -> Iterator[Phone]:
    cand = make_candidate(ctx.doc.folded, start, end)
    if cand is None:
        return
    phone = _read(ctx, cand)
    if phone is not None:
        yield phone
    elif len(cand.digits) > _MAX_DIGITS_ONE_NUMBER:
        yield from _split_two(ctx, cand)


def _split_two(ctx: _Context, cand: Candidate) -> Iterator[Phone]:
    """Two numbers written one after the other: cut where both halves read as numbers."""
    text, total = ctx.doc.folded, len(cand.digits)
    if total > 2 * _MAX_DIGITS_ONE_NUMBER:
        return
    left_digits = 0
    for i in range(cand.start, cand.end - 1):
        left_digits += text[i].isdigit()
        if text[i + 1] not in " \t/" or not (left_digits >= _MIN_HALF and total - left_digits >= _MIN_HALF):
            continue
        left, right = make_candidate(text, cand.start, i + 1), make_candidate(text, i + 2, cand.end)
        first = _read(ctx, left) if left else None
        second = _read(ctx, right) if right and first else None
        if first and second:
            yield from (first, second)
            return


def _read(ctx: _Context, cand: Candidate) -> Phone | None:
    """The candidate as a Phone when phonenumbers (or, on a phone line, its plan's lengths) agree."""
    text = ctx.doc.folded
    if not _MIN_DIGITS <= len(cand.digits) <= _MAX_DIGITS:
        return None  # a year, an amount: no label can make it a number, so look for none
    labelled, label_kind = label_before(text, cand.start)
    after_labelled, after_kind = label_after(text, cand.end)
    if not plausible(text, cand, labelled=labelled or after_labelled):
        return None
    read = _validated(ctx, cand, labelled or after_labelled)
    if read is None:
        return None
    number, region, type_kind = read
    ext = _extension(text, cand.end)
    end = ext.end() if ext else cand.end
    kind = label_kind or after_kind or type_kind
    return _phone(
        ctx.doc, (cand.start, end), number, ext=ext.group("ext") if ext else None, kind=kind, region=region
    )


def _extension(text: str, end: int) -> regex.Match[str] | None:
    # EXTENSION takes at most five spaces and commas before its x or ext: most numbers have neither
    if text[end : end + 6].lstrip(" \t,")[:1] not in {"x", "X", "e", "E"}:
        return None
    return EXTENSION.match(text, end, min(len(text), end + 24))


def _validated(ctx: _Context, cand: Candidate, labelled: bool) -> _Read | None:
    text = ctx.doc.folded
    if cand.international:
        regions: tuple[str | None, ...] = (None,)
    else:
        # the contact's own place first, then the release's, then North America by shape
        found = dict.fromkeys(r for r in (line_region(text, cand.start, ctx.lines), ctx.default) if r)
        if _nanp_guess(text, cand):
            found.setdefault("US")
        regions = tuple(found)
    key = (cand.digits, cand.international, regions)
    if key not in ctx.memo:
        ctx.memo[key] = _check(cand, regions)
    read, possible_only = ctx.memo[key]
    # A number from before a numbering change, or from a reserved drama range, is still
    # what the release gives to call: keep it when it is labelled or on a contact line.
    if read is not None and possible_only and not (labelled or phone_line(text, cand.start)):
        return None
    return read


def _check(cand: Candidate, regions: tuple[str | None, ...]) -> tuple[_Read | None, bool]:
    """The number read in the first region where it is valid, else one its plan's lengths allow.

    Regions are tried one at a time, so the usual number, valid in the first,
    is parsed once. Its type is UNKNOWN exactly when the number is not valid
    for the region it belongs to, so one walk gives validity, region and kind.
    """
    import phonenumbers  # noqa: PLC0415 - see the imports

    parse, region_and_type, outside_plan = _reader()
    digits = "+" + cand.digits if cand.international else cand.digits
    first: PhoneNumber | None = None
    for r in regions:
        number = parse(digits, r)
        if number is None:
            continue
        first = first or number
        region, number_type = region_and_type(number)
        if number_type != _UNKNOWN:
            return (number, region, _kind_of_type(number_type)), False
    possible = phonenumbers.ValidationResult.IS_POSSIBLE
    if (
        first is not None
        and phonenumbers.is_possible_number_with_reason(first) == possible
        and not outside_plan(first)
    ):
        return (first, regions[0], "unknown"), True
    return None, False


def _nanp_guess(text: str, cand: Candidate) -> str | None:
    """With no region at all, a 3-3-4 number is read as North American."""
    digits = cand.digits
    nanp = len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))
    return "US" if nanp and text[cand.start] != "0" else None


def _parse(digits: str, region: str | None) -> PhoneNumber | None:
    return _reader().parse(digits, region)


class _Reader(NamedTuple):
    """What reads a number: phone_digits' parse and phone_types' tests, which load phonenumbers."""

    parse: Callable[[str, str | None], PhoneNumber | None]
    region_and_type: Callable[[PhoneNumber], tuple[str | None, int]]
    outside_plan: Callable[[PhoneNumber], bool]


@cache
def _reader() -> _Reader:
    """The reader, loaded on the first number (see the imports), then kept.

    A ``from`` import of a module inside a function goes through the import
    system on every call (about a microsecond); a cached call costs a tenth of that.
    """
    from pressparse.phone_digits import parse_digits  # noqa: PLC0415 - see the imports
    from pressparse.phone_types import outside_plan, region_and_type  # noqa: PLC0415

    return _Reader(parse_digits, region_and_type, outside_plan)


_UNKNOWN = 99
"""phonenumbers' ``PhoneNumberType.UNKNOWN``, written out so that checking it needs no import."""
_KIND_OF_TYPE: dict[int, PhoneKind] = {0: "landline", 1: "mobile", 3: "toll_free"}
"""FIXED_LINE, MOBILE and TOLL_FREE; every other type (``FIXED_LINE_OR_MOBILE`` too) is "unknown"."""


def _kind_of_type(number_type: int) -> PhoneKind:
    return _KIND_OF_TYPE.get(number_type, "unknown")


def _phone(
    doc: Document,
    span: Span,
    number: PhoneNumber,
    *,
    ext: str | None = None,
    kind: PhoneKind,
    region: str | None = None,
) -> Phone:
    import phonenumbers  # noqa: PLC0415 - see the imports

    return Phone(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        span=span,
        text=doc.text[span[0] : span[1]],
        extension=ext,
        kind=kind,
        region=region or phonenumbers.region_code_for_number(number),
    )
