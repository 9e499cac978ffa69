"""Email addresses, validated offline by email-validator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

import regex

from pressparse.document import Document, as_document
from pressparse.email_patterns import (
    DOT_WORD,
    GLUED_HEAD,
    OBFUSCATED,
    OBFUSCATION_HINTS,
    PLAIN,
    SIMPLE_ADDRESS,
    WHITESPACE,
)
from pressparse.report import Report, ignore
from pressparse.types import Email, Problem

if TYPE_CHECKING:
    from email_validator import ValidatedEmail

_LOCAL_REACH = 160
_DOMAIN_REACH = 300
"""How far an address can reach either side of its ``@`` (RFC 5321: 64 and 255, with room for wrapping)."""


def find_emails(text: str | Document, /, *, report: Report = ignore) -> tuple[Email, ...]:
    """Every email address, in text order.

    ``mailto:`` links count once where the address is also their text; the
    obfuscated forms (``name [at] example [dot] org``) are read as the
    address they stand for, with the span of the whole written form.
    Nothing is looked up: deliverability checks stay off, so no DNS query.

    >>> [e.normalized for e in find_emails("Write to press [at] example [dot] org.")]
    ['press@example.org']
    """
    doc = as_document(text)
    found: list[Email] = []
    for email in _plain(doc, report):
        if not _repeats_link_text(doc, email, found):
            found.append(email)
    taken = [e.span for e in found]
    for email in _obfuscated(doc):
        if not any(a < email.span[1] and email.span[0] < b for a, b in taken):
            found.append(email)
    return tuple(sorted(found, key=lambda e: e.span))


def _around_at_signs(doc: Document) -> Iterator[regex.Match[str]]:
    """PLAIN matches, looked for only around each ``@``: most of a release is words, not addresses."""
    # an address holds one "@": its window runs from just after the "@" before to the "@" after
    text, done, prev = doc.folded, 0, -1
    at = text.find("@")
    while at >= 0:
        nxt = text.find("@", at + 1)
        if at >= done:
            lo = _after_last_space(text, max(done, prev + 1, at - _LOCAL_REACH), at)
            hi = min(len(text) if nxt < 0 else nxt, at + _DOMAIN_REACH)
            m = doc.search(PLAIN, pos=lo, endpos=hi)
            if m is not None and m.start() <= at < m.end():
                done = m.end()
                yield m
        prev, at = at, nxt


def _after_last_space(text: str, lo: int, at: int) -> int:
    """Where the word holding the ``@`` at ``at`` starts, or ``lo``.

    A local part holds no space, so every match starts after the last one:
    searching from there finds the same match without trying each position
    of the words before it.
    """
    return max(lo, text.rfind(" ", lo, at) + 1, text.rfind("\n", lo, at) + 1, text.rfind("\t", lo, at) + 1)


def _plain(doc: Document, report: Report) -> Iterator[Email]:
    checked: dict[str, str | None] = {}  # contact blocks are often printed twice: validate once
    for m in _around_at_signs(doc):
        start, end = m.span()
        glued = GLUED_HEAD.match(m.group("local"))  # anchored at its start: search would try every position
        start += glued.end() if glued else 0
        if "\n" in m.group() and _whole_before_break(doc, start, end):
            end = doc.folded.index("\n", start)
            end = len(doc.folded[start:end].rstrip(" \t.")) + start
        written = doc.folded[start:end]
        if written.split() != [written]:  # str.split's spaces include every one \s matches
            written = WHITESPACE.sub("", written)
        if written not in checked:
            checked[written] = _valid(written)
        normalized = checked[written]
        if normalized is None:
            report(
                Problem(
                    "email.invalid", f"{written!r} looks like an email address but is not one", (start, end)
                )
            )
            continue
        yield Email(normalized, (start, end), doc.text[start:end])


def _whole_before_break(doc: Document, start: int, end: int) -> bool:
    """Whether the part before a line break is a whole address (then the next line is prose)."""
    head = doc.folded[start : doc.folded.index("\n", start)].rstrip(" \t.")
    m = PLAIN.fullmatch(head)
    return m is not None and _valid(head) is not None


def _repeats_link_text(doc: Document, email: Email, found: list[Email]) -> bool:
    """``[a@example.org](mailto:a@example.org)``: the link target repeats its text."""
    start = email.span[0]
    if doc.folded[max(0, start - 7) : start].lower() != "mailto:":
        return False
    return bool(found) and found[-1].normalized.lower() == email.normalized.lower()


def _obfuscated(doc: Document) -> Iterator[Email]:
    for m in _around_hints(doc):
        domain = DOT_WORD.sub(".", m.group("domain"))
        if domain == m.group("domain") and "(" not in m.group() and "[" not in m.group():
            continue
        normalized = _valid(f"{m.group('local')}@{domain}")
        if normalized is not None:
            yield Email(normalized, m.span(), doc.text[m.start() : m.end()])


def _around_hints(doc: Document) -> Iterator[regex.Match[str]]:
    """OBFUSCATED matches, looked for only around a written "at": the full pattern is costly."""
    lower = doc.lower
    hits = _hint_starts(lower)
    windows: list[tuple[int, int]] = []
    for i in hits:
        lo, hi = max(0, i - _LOCAL_REACH), min(len(lower), i + _DOMAIN_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        yield from _in_window(doc, lo, hi)


def _in_window(doc: Document, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """``doc.finditer(OBFUSCATED, pos=lo, endpos=hi)``, searched only from where a match can start.

    Every match has a bracket opening its "at", and a local part without
    blanks just before it (and up to two spaces): no match starts before
    the last blank ahead of the first such bracket, and none is left once
    no bracket is. The pattern, tried at every position of a window, cost
    as much as the rest of the obfuscated search.
    """
    lower, pos = doc.lower, lo
    while True:
        bracket = _at_bracket(lower, pos, hi)
        if bracket < 0:
            return
        m = doc.search(OBFUSCATED, pos=_after_last_space(lower, pos, max(pos, bracket - 2)), endpos=hi)
        if m is None:
            return
        yield m
        pos = m.end()


_AT_OPENERS = "[({<"
"""The brackets an obfuscated "at" opens with (see email_patterns._AT)."""


def _at_bracket(lower: str, lo: int, hi: int) -> int:
    """Where the first bracket in ``lower[lo:hi]`` followed by "at" (after up to two blanks) stands, or -1."""
    first = hi
    for opener in _AT_OPENERS:
        i = lower.find(opener, lo, first)
        while i >= 0 and not lower[i + 1 : i + 5].lstrip(" \t").startswith("at"):
            i = lower.find(opener, i + 1, first)
        if i >= 0:
            first = i
    return first if first < hi else -1


_SPACED_CLOSES = frozenset(h[-1] for h in OBFUSCATION_HINTS if h.startswith("at "))
"""The brackets a hint may have a space before (``at )``): every hint is ``at``, a space or not, a bracket."""
_CLOSES = "".join(sorted({h[-1] for h in OBFUSCATION_HINTS}))


def _hint_starts(lower: str) -> list[int]:
    """Where each of OBFUSCATION_HINTS starts, in order.

    Found from the closing brackets that end them: ``str.find`` skips to a
    bracket at once, where a hint that opens with "at" stops it at every
    "a" of the text; at each bracket, a slice or two says whether ``at``
    stands before it.
    """
    hits: list[int] = []
    for close in _CLOSES:
        end = lower.find(close)
        while end >= 0:
            if end >= 2 and lower[end - 2 : end] == "at":
                hits.append(end - 2)
            elif end >= 3 and close in _SPACED_CLOSES and lower[end - 3 : end] == "at ":
                hits.append(end - 3)
            end = lower.find(close, end + 1)
    return sorted(hits)


def _valid(address: str) -> str | None:
    address = address.strip(".")
    simple = _simple_normalized(address)
    if simple is not None:
        return simple
    validate_email, EmailNotValidError = _validator()
    try:
        # check_deliverability=False: no DNS, no network, the same answer every time
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


_MAX_ADDRESS = 254
"""email-validator's limit on a whole address, in UTF-8 bytes (one a character in ASCII)."""


def _simple_normalized(address: str) -> str | None:
    """email-validator's normalized form of a plain ASCII address, or ``None`` where it must say.

    Most addresses are SIMPLE_ADDRESS's plain ASCII: for those its many
    checks (Unicode categories and IDNA mapping character by character, some
    hundred thousand instructions a call) come to a known answer, the domain
    lower-cased and an RFC 2142 mailbox name (``info``) too. A ``--`` in the
    domain (Punycode, reserved labels) and the special-use names are left to it.
    """
    if len(address) > _MAX_ADDRESS or SIMPLE_ADDRESS.fullmatch(address) is None:
        return None
    local, _, domain = address.partition("@")
    domain = domain.lower()
    special, mailboxes = _validator_rules()
    if "--" in domain or any(domain == d or domain.endswith("." + d) for d in special):
        return None
    return f"{local.lower() if local.lower() in mailboxes else local}@{domain}"


@cache
def _validator() -> tuple[Callable[..., ValidatedEmail], type[Exception]]:
    """email-validator's entry point and error, loaded on the first address, not on import.

    Importing it compiles its own patterns (some 60 ms), which a release without an address never
    needs; kept here, since a ``from`` import of a package on every call goes through importlib.
    """
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415

    return validate_email, EmailNotValidError


@cache
def _validator_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    """email-validator's special-use domain names and its case-blind mailbox names (RFC 2142)."""
    from email_validator import SPECIAL_USE_DOMAIN_NAMES  # noqa: PLC0415 - see _validator
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES  # noqa: PLC0415

    return tuple(SPECIAL_USE_DOMAIN_NAMES), frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)
