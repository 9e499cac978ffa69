"""The patterns that find email addresses as written, plain, linked or obfuscated."""

from __future__ import annotations

import regex

from pressparse.lazy import LazyPattern

_LOCAL = r"[\w+\-'!#$%&*=?^`{|}~]{1,64}(?:\.[\w+\-'!#$%&*=?^`{|}~]{1,64}){0,8}"
_LABEL = r"[^\W_](?:[^\W_]|-){0,62}"  # a DNS label: letters, digits, hyphens; never "_"

PLAIN = LazyPattern(
    rf"""
    (?<![\w.+\-'@])                 # the start of the local part, not inside one
    (?P<local>{_LOCAL})
    @(?:[ \t]{{0,3}}\n[ \t]{{0,3}})?  # a line may wrap right after the @
    (?P<domain>{_LABEL}(?:\.(?:[ \t]{{0,3}}\n[ \t]{{0,3}})?{_LABEL}){{1,8}})
    (?![^\W_]|-|\.[^\W_])           # the domain ends here, before a trailing dot, comma or "_"
    """,
    regex.VERBOSE,
)
"""An address as RFC 5322 writes it (dot-atom form), which may wrap after ``@`` or a dot."""

_AT = r"[ \t]{0,2}[\[({<][ \t]{0,2}at[ \t]{0,2}[\])}>][ \t]{0,2}"
_DOT = r"(?:[ \t]{0,2}[\[({<][ \t]{0,2}dot[ \t]{0,2}[\])}>][ \t]{0,2}|\.)"

OBFUSCATED = LazyPattern(
    rf"""
    (?<![\w.+\-'@])
    (?P<local>{_LOCAL})
    {_AT}
    (?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,8}})
    (?![^\W_]|-)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""``name [at] org [dot] org`` and ``name(at)org.org``: the at-sign and dots written as words."""

GLUED_HEAD = regex.compile(r"^[_*]{1,3}|^[A-Z][a-z]{1,20}[A-Z]{2,6}(?=[a-z][a-z0-9.\-]{1,40}$)")
"""What sticks to the front of an address where layout was lost: markdown emphasis (``_a@b.org``),
or a name and job title run together with it (``Jo BloggsCEOjo@example.org``)."""

OBFUSCATION_HINTS = ("at)", "at]", "at}", "at>", "at )", "at ]")
"""The close of a bracketed "at": plain substrings, cheap to look for; without one, no obfuscation."""

DOT_WORD = regex.compile(r"[ \t]{0,2}[\[({<][ \t]{0,2}dot[ \t]{0,2}[\])}>][ \t]{0,2}", regex.IGNORECASE)
WHITESPACE = regex.compile(r"\s+")

_ATOM = r"[A-Za-z0-9_+\-]{1,64}"
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
SIMPLE_ADDRESS = regex.compile(
    rf"{_ATOM}(?:\.{_ATOM}){{0,8}}@(?:{_HOST_LABEL}\.){{1,8}}(?:[A-Za-z0-9][A-Za-z0-9\-]{{0,61}})?[A-Za-z]"
)
"""A plain ASCII address: dot-joined atoms of letters, digits, ``_+-``, then host labels of at most
63 characters, the last ending with a letter. email-validator accepts every such address (its
length, ``--`` and special-use names aside) and changes nothing in it but the case of the domain."""
