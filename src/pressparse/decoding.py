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
# Magics that are also plain words ("MZ", "RIFF") need a second sign, so a
# release that opens with "MZ Group" or "RIFF" is still read as text.
_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)
_WORDLIKE_MAGIC = (
    (b"MZ", b"\x00", "a Windows program"),  # an executable header holds NUL bytes at once
    (b"RIFF", b"WAVE", "a RIFF media file"),  # the kind follows the size: WAVE, AVI, WEBP
    (b"RIFF", b"AVI ", "a RIFF media file"),
    (b"RIFF", b"WEBP", "a WebP image"),
)
_SNIFF = 4096
_MAX_STRAYS = 16
"""More bytes than this that are not UTF-8 mean the file is not UTF-8 at all."""
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
    return _utf8_with_strays(data, where) or _legacy(data, where)


def _legacy(data: bytes, where: int) -> Decoded:
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        message = f"the bytes are not UTF-8 (first bad byte at offset {where}); read as {encoding}"
        return Decoded(text, encoding, (Problem("input.encoding", message),))
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _utf8_with_strays(data: bytes, where: int) -> Decoded | None:
    """UTF-8 with a few stray Windows-1252 bytes, as when a quote mark was pasted from Word.

    Reading the whole file as Windows-1252 would turn every correct UTF-8
    character into mojibake (``â€œ``), so when the rest is clearly UTF-8
    only the stray bytes are read as Windows-1252 (or Latin-1).
    """
    view, parts, pos = memoryview(data), [], 0
    for _ in range(_MAX_STRAYS + 1):  # each pass reads up to the next stray byte, or to the end
        try:
            parts.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
        except UnicodeDecodeError as exc:
            parts.append(codecs.utf_8_decode(view[pos : pos + exc.start], "strict", True)[0])
            pos += exc.start
            parts.append(_one_byte(data[pos]))
            pos += 1
            continue
        if all(part.isascii() for part in parts[::2]):
            return None  # no sign of UTF-8: the whole file is legacy-encoded
        strays = "1 stray byte is" if len(parts) == 3 else f"{len(parts) // 2} stray bytes are"
        message = f"{strays} not UTF-8 (the first at offset {where}); read as cp1252"
        return Decoded("".join(parts), "utf-8", (Problem("input.encoding", message),))
    return None


def _one_byte(byte: int) -> str:
    # Five bytes are undefined in Windows-1252; Latin-1 reads them as C1 controls.
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def whole_prefix(data: bytes, /) -> bytes:
    """``data`` cut at a byte limit, less the character the cut split in half."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                return _whole_utf8(data)
            return _whole_units(data, 4 if encoding == "utf-32" else 2, big_endian=bom[0] in (0, 0xFE))
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return _whole_units(data, 2, big_endian=bom_less == "utf-16-be")
    return _whole_utf8(data)


def _whole_units(data: bytes, unit: int, *, big_endian: bool) -> bytes:
    data = data[: len(data) - len(data) % unit]
    if unit == 2 and len(data) >= 2:
        # A UTF-16 lead surrogate (D800-DBFF) whose partner was cut off.
        high = data[-2] if big_endian else data[-1]
        if 0xD8 <= high <= 0xDB:
            data = data[:-2]
    return data


def _whole_utf8(data: bytes) -> bytes:
    # Walk back over continuation bytes (10xxxxxx) to the lead byte; drop
    # the sequence it starts when fewer bytes follow it than it announces.
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return data
        if byte >= 0xC0:
            needs = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data if back >= needs else data[:-back]
    return data


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
    for magic, sign, what in _WORDLIKE_MAGIC:
        if head.startswith(magic) and sign in head[len(magic) : 16]:
            raise DecodeError(f"this is {what}, not text; convert it to text first")
    if _utf16_without_bom(data):
        return
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    if head and controls > max(8, len(head) // 10):
        raise DecodeError(
            f"this looks like a binary file ({controls} control bytes in the first {len(head)}), not text"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly Latin text, so a zero beside most bytes.

    Typographic quotes, dashes and emoji have a non-zero high byte, so the
    zero lane is asked to hold only most bytes, while the other lane must
    hold almost none (random binary has a zero in 1 byte of 256).
    """
    head = data[: _SNIFF - _SNIFF % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None
