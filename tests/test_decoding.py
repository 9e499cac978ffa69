"""Bytes to text: every encoding scraped releases come in, and binary files refused."""

from __future__ import annotations

import codecs

import pytest

import pressparse
from pressparse import DecodeError, decode

TEXT = "LONDON, 5 January 2021 – “Café prices rose,” said Zoë Brontë.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
    ],
    ids=[
        "utf-8",
        "utf-8 with BOM",
        "utf-16 with BOM",
        "utf-16-le without BOM",
        "utf-16-be without BOM",
        "utf-32",
    ],
)
def test_unicode_encodings_decode_without_problems(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.problems == ()


def test_windows_1252_is_the_recorded_fallback() -> None:
    decoded = decode(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"
    assert [p.code for p in decoded.problems] == ["input.encoding"]


def test_latin_1_takes_what_windows_1252_cannot() -> None:
    data = "Caf\xe9 \x81".encode("latin-1")
    decoded = decode(data)
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Caf\xe9 \x81"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["pdf", "png", "jpeg", "random bytes"],
)
def test_binary_files_are_refused_with_a_clear_reason(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=what):
        decode(data)


def test_crlf_and_lone_cr_keep_their_offsets() -> None:
    text = "FOR IMMEDIATE RELEASE\r\n\r\nLine one\rLine two"
    release = pressparse.parse_bytes(text.encode("utf-8"))
    assert release.text == text


def test_nul_bytes_and_the_empty_file_still_parse() -> None:
    assert pressparse.parse_bytes(b"").text == ""
    assert pressparse.parse_bytes(b"A release\x00 with a NUL").text == "A release\x00 with a NUL"


def test_decode_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match="takes bytes"):
        decode("already text")  # type: ignore[arg-type]
