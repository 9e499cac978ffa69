"""Telephone and fax numbers, validated by phonenumbers, in E.164."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType, ValidationResult

from pressparse.document import Document, as_document
from pressparse.phone_candidates import (
    EXTENSION,
    LOCAL_NANP,
    RUN,
    Candidate,
    make_candidate,
    plausible,
    split_run,
)
from pressparse.phone_context import label_after, label_before, phone_line
from pressparse.places import line_region
from pressparse.region import infer_region
from pressparse.report import Report, ignore
from pressparse.types import Phone, PhoneKind, Span
from pressparse.vanity import VANITY, VANITY_PREFIXES, vanity_digits

_TYPE_KIND: dict[int, PhoneKind] = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
    PhoneNumberType.TOLL_FREE: "toll_free",
}
_MAX_DIGITS_ONE_NUMBER = 13
_MIN_HALF = 8


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
    default = region if region is not None else infer_region(doc)
    found = list(_vanity_numbers(doc))
    taken = [p.span for p in found]
    # the runs are collected first so that reading them does not count against the pattern's timeout
    for start, end in [m.span() for m in doc.finditer(RUN)]:
        if any(a < end and start < b for a, b in taken):
            continue
        new = list(_numbers_in_run(doc, start, end, default))
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
    if number is not None and phonenumbers.is_valid_number(number):
        yield _phone(doc, (start, end), number, None, _kind(number, label_before(doc.folded, start)[1]))


def _vanity_numbers(doc: Document) -> Iterator[Phone]:
    if not any(prefix in doc.folded for prefix in VANITY_PREFIXES):
        return
    for m in doc.finditer(VANITY):
        digits = vanity_digits(m.group("prefix"), m.group("rest"))
        region = "AU" if m.group("prefix").isdigit() else "US"
        number = _parse(digits, region)
        if number is not None and phonenumbers.is_valid_number(number):
            yield _phone(doc, (m.start(), m.end()), number, None, "toll_free")


def _numbers_in_run(doc: Document, start: int, end: int, default: str | None) -> Iterator[Phone]:
    pieces = split_run(doc.folded, start, end)
    if len(pieces) > 1:
        found = [p for a, b in pieces for p in _numbers_in_piece(doc, a, b, default)]
        if found:
            yield from found
            return
    yield from _numbers_in_piece(doc, start, end, default)


def _numbers_in_piece(doc: Document, start: int, end: int, default: str | None) -> Iterator[Phone]:
    cand = make_candidate(doc.folded, start, end)
    if cand is None:
        return
    phone = _read(doc, cand, default)
    if phone is not None:
        yield phone
    elif len(cand.digits) > _MAX_DIGITS_ONE_NUMBER:
        yield from _split_two(doc, cand, default)


def _split_two(doc: Document, cand: Candidate, default: str | None) -> Iterator[Phone]:
    """Two numbers written one after the other: cut where both halves read as numbers."""
    text, total = doc.folded, len(cand.digits)
    if total > 2 * _MAX_DIGITS_ONE_NUMBER:
        return
    left_digits = 0
    for i in range(cand.start, cand.end - 1):
        left_digits += text[i].isdigit()
        if text[i + 1] not in " \t/" or not (left_digits >= _MIN_HALF and total - left_digits >= _MIN_HALF):
            continue
        left, right = make_candidate(text, cand.start, i + 1), make_candidate(text, i + 2, cand.end)
        first = _read(doc, left, default) if left else None
        second = _read(doc, right, default) if right and first else None
        if first and second:
            yield from (first, second)
            return


def _read(doc: Document, cand: Candidate, default: str | None) -> Phone | None:
    """The candidate as a Phone when phonenumbers (or, on a phone line, its plan's lengths) agree."""
    text = doc.folded
    labelled, label_kind = label_before(text, cand.start)
    after_labelled, after_kind = label_after(text, cand.end)
    if not plausible(text, cand, labelled=labelled or after_labelled):
        return None
    number = _validated(text, cand, default, labelled or after_labelled)
    if number is None:
        return None
    ext = EXTENSION.match(text, cand.end, min(len(text), cand.end + 24))
    end = ext.end() if ext else cand.end
    kind = _kind(number, label_kind or after_kind)
    return _phone(doc, (cand.start, end), number, ext.group("ext") if ext else None, kind)


def _validated(text: str, cand: Candidate, default: str | None, labelled: bool) -> PhoneNumber | None:
    if cand.international:
        numbers = [_parse("+" + cand.digits, None)]
    else:
        # the contact's own place first, then the release's, then North America by shape
        regions = dict.fromkeys(r for r in (line_region(text, cand.start), default) if r)
        if _nanp_guess(text, cand):
            regions.setdefault("US")
        numbers = [_parse(cand.digits, r) for r in regions]
    parsed = [n for n in numbers if n is not None]
    valid = next((n for n in parsed if phonenumbers.is_valid_number(n)), None)
    if valid is not None or not parsed:
        return valid
    # A number from before a numbering change, or from a reserved drama range, is still
    # what the release gives to call: keep it when it is labelled or on a contact line
    # and has a length its plan allows.
    number = parsed[0]
    possible = phonenumbers.is_possible_number_with_reason(number) == ValidationResult.IS_POSSIBLE
    return number if possible and (labelled or phone_line(text, cand.start)) else None


def _nanp_guess(text: str, cand: Candidate) -> str | None:
    """With no region at all, a 3-3-4 number is read as North American."""
    digits = cand.digits
    nanp = len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))
    return "US" if nanp and text[cand.start] != "0" else None


def _parse(digits: str, region: str | None) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None


def _kind(number: PhoneNumber, label: PhoneKind | None) -> PhoneKind:
    if label is not None:
        return label
    return _TYPE_KIND.get(phonenumbers.number_type(number), "unknown")


def _phone(doc: Document, span: Span, number: PhoneNumber, ext: str | None, kind: PhoneKind) -> Phone:
    return Phone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        span=span,
        text=doc.text[span[0] : span[1]],
        extension=ext,
        kind=kind,
        region=phonenumbers.region_code_for_number(number),
    )
