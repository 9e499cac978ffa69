"""Bytes to text under damage: stray legacy bytes, magic numbers that are also words, cut prefixes."""

from __future__ import annotations

import codecs

import pytest

import pressparse
from pressparse.decoding import whole_prefix


@pytest.mark.parametrize(
    ("data", "text", "encoding", "message"),
    [
        (
            "“Fares fall,” said the port.".encode() + b" \x96 2025",
            "“Fares fall,” said the port. – 2025",
            "utf-8",
            "1 stray byte is not UTF-8 (the first at offset 33); read as cp1252",
        ),
        (
            "Café".encode() + b" \x93quoted\x94" * 8,
            "Café" + " “quoted”" * 8,
            "utf-8",
            "16 stray bytes are not UTF-8 (the first at offset 6); read as cp1252",
        ),
        (
            "Café".encode() + b" \x93quoted\x94" * 9,
            "CafÃ©" + " “quoted”" * 9,
            "cp1252",
            "the bytes are not UTF-8 (first bad byte at offset 6); read as cp1252",
        ),
        (
            b"Plain ASCII with one \x92 apostrophe",
            "Plain ASCII with one ’ apostrophe",
            "cp1252",
            "the bytes are not UTF-8 (first bad byte at offset 21); read as cp1252",
        ),
    ],
    ids=["one pasted dash", "sixteen strays", "seventeen: not UTF-8", "no sign of UTF-8"],
)
def test_utf8_with_a_few_windows_1252_bytes_keeps_its_utf8(
    data: bytes, text: str, encoding: str, message: str
) -> None:
    decoded = pressparse.decode(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert [(p.code, p.message) for p in decoded.problems] == [("input.encoding", message)]


@pytest.mark.parametrize(
    "data",
    [b"MZ Group opens a new office", b"RIFF Raff, the band, announces a tour", b"GIF8 is not a format"],
    ids=["MZ", "RIFF", "GIF8"],
)
def test_a_release_that_starts_like_a_magic_number_is_still_text(data: bytes) -> None:
    assert pressparse.decode(data).text == data.decode()


@pytest.mark.parametrize(
    "data",
    [b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", b"RIFF\x24\x08\x00\x00WAVEfmt ", b"GIF89a\x01\x00\x01\x00"],
    ids=["Windows program", "WAV sound", "GIF image"],
)
def test_the_binary_files_behind_those_magic_numbers_are_refused(data: bytes) -> None:
    with pytest.raises(pressparse.DecodeError, match="not text"):
        pressparse.decode(data)


TEXT = "Zoë said “yes” — 😀 ok. " * 60


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_prefix_cut_at_any_byte_decodes_without_a_broken_character(encoding: str) -> None:
    data = TEXT.encode(encoding)
    for cut in range(len(data) - 40, len(data) + 1):
        decoded = pressparse.decode(whole_prefix(data[:cut]))
        assert decoded.problems == (), (encoding, cut)
        assert TEXT.startswith(decoded.text), (encoding, cut)
        assert len(decoded.text) >= len(TEXT) - (len(data) - cut) - 1, (encoding, cut)


def test_utf16_without_a_bom_but_with_typographic_quotes_is_read_not_refused() -> None:
    data = TEXT.encode("utf-16-le")
    assert not data.startswith(codecs.BOM_UTF16_LE)
    assert pressparse.decode(data).text == TEXT
