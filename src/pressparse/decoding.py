"""Bytes to text: byte-order marks, UTF-8, then the legacy Western encodings.

Scraped releases arrive in every encoding the web has used. UTF-8 is tried
first because a non-UTF-8 text almost never decodes as valid UTF-8 by
chance; Windows-1252 comes next (what "Latin-1" web pages really are), and
Latin-1, which decodes any byte, last. Each fallback is recorded.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from pressparse.errors import DecodeError
from pressparse.types import Problem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of the binary files most often found in press-kit folders.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_SNIFF = 4096
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding that was used, and what went wrong."""

    text: str
    encoding: str
    problems: tuple[Problem, ...] = ()


def decode(data: bytes, /) -> Decoded:
    """Decode a release's bytes, or raise :class:`DecodeError` for a binary file."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    _refuse_binary(data)
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return _strict(data, bom_less)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(
            text,
            encoding,
            (
                Problem(
                    "input.encoding",
                    f"the bytes are not UTF-8 (first bad byte at offset {where}); read as {encoding}",
                ),
            ),
        )
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _strict(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        return Decoded(
            text,
            encoding,
            (
                Problem(
                    "input.encoding",
                    f"invalid {encoding} at byte {exc.start}; bad bytes were replaced with U+FFFD",
                ),
            ),
        )


def _refuse_binary(data: bytes) -> None:
    head = data[:_SNIFF]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise DecodeError(f"this is {what}, not text; convert it to text first")
    if _utf16_without_bom(data):
        return
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    if head and controls > max(8, len(head) // 10):
        raise DecodeError(
            f"this looks like a binary file ({controls} control bytes in the first {len(head)}), not text"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text with a zero beside every byte."""
    head = data[: _SNIFF - _SNIFF % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None
