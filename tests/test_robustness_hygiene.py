"""No network, no surprises: parsing opens no socket, prints nothing, logs nothing, writes no file."""

from __future__ import annotations

import builtins
import contextlib
import io
import logging
import signal
import socket
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from email_validator import EmailNotValidError, validate_email

import pressparse
from pressparse import Options
from pressparse.batch import Source, parse_sources
from tests.conftest import ROOT, corpus_texts, fixture_texts

# Realistic text with every kind of address a validator might be tempted to look up.
CONTACTS = """\
FOR IMMEDIATE RELEASE

NORTH HARBOUR, 5 March 2025 - "The ferry will run all night," said Jane Doe.

Media contacts:
Jane Doe, press officer, press@example.org, +44 161 496 0000
Sam Poe, investor relations, sam.poe@mail.example.com, (555) 010-0199
Info: info@xn--bcher-kva.example, "quoted name"@example.net, user+tag@sub.example.co.uk
"""


def _every_text() -> list[str]:
    return [CONTACTS] + [p.read_text("utf-8") for p in fixture_texts() + corpus_texts()[:20]]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way to open a socket or resolve a name is recorded and raises.

    Recorded as well as raised, since a library may swallow the exception
    (a deliverability check that fails "softly").
    """
    attempts: list[str] = []

    def no_network(*args: object, **kwargs: object) -> object:
        attempts.append(repr(args)[:80])
        raise NetworkUsed(f"parsing tried to use the network: {args!r}")

    class NoSocket(socket.socket):
        # A class, not a function: code that names socket.socket in type hints still imports.
        def __init__(self, *args: object, **kwargs: object) -> None:
            no_network(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, no_network)
    yield attempts


def test_parsing_opens_no_socket(offline: list[str], tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    path.write_text(CONTACTS, "utf-8")
    releases = [pressparse.read_release(path)]
    for text in _every_text():
        releases += [pressparse.parse(text), pressparse.parse_bytes(text.encode("utf-8"))]
    records = list(parse_sources([Source(str(path))], Options(), jobs=1))
    assert offline == []
    assert [p for r in releases for p in r.problems if p.code.endswith(".failed")] == []
    assert "error" not in records[0]


def test_the_offline_guard_catches_an_email_deliverability_check(offline: list[str]) -> None:
    # email-validator swallows the failed lookup, which is why attempts are recorded.
    with contextlib.suppress(NetworkUsed, EmailNotValidError):
        validate_email("press@example.org", check_deliverability=True, timeout=1)
    assert offline != []


@pytest.fixture
def no_file_writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Opening any file for writing is recorded (and refused)."""
    attempts: list[str] = []
    real_open = builtins.open

    def guarded(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(flag in mode for flag in "wax+"):
            attempts.append(f"{file} ({mode})")
            raise PermissionError("pressparse must not write files")
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)
    yield attempts


def test_parsing_prints_nothing_logs_nothing_warns_nothing_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_file_writes: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    handlers = _all_handlers()
    levels = _all_levels()
    sigint, sigterm = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        for text in _every_text():
            pressparse.parse(text)
            pressparse.parse(text, strict=False, region="GB")
    assert capsys.readouterr() == ("", "")
    assert [str(w.message) for w in warned] == []
    assert _all_handlers() == handlers, "no logging handler added"
    assert _all_levels() == levels, "no logging level changed"
    assert no_file_writes == []
    assert list(tmp_path.iterdir()) == []
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == (sigint, sigterm)


def _all_handlers() -> dict[str, list[logging.Handler]]:
    loggers = {"": logging.getLogger(), **logging.Logger.manager.loggerDict}
    return {name: list(getattr(lg, "handlers", [])) for name, lg in loggers.items()}


def _all_levels() -> dict[str, int]:
    loggers = {"": logging.getLogger(), **logging.Logger.manager.loggerDict}
    return {name: getattr(lg, "level", 0) for name, lg in loggers.items()}


def test_importing_and_using_pressparse_configures_no_logging_in_a_fresh_interpreter() -> None:
    code = (
        "import logging, pressparse, pressparse.cli, pressparse.batch\n"
        "pressparse.parse('NORTH HARBOUR, 5 March 2025 - press@example.org, +44 161 496 0000')\n"
        "named = [n for n, lg in logging.Logger.manager.loggerDict.items() if getattr(lg, 'handlers', [])]\n"
        "print(logging.getLogger().handlers, named, logging.getLogger().level)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert (done.stdout, done.stderr) == ("[] [] 30\n", "")
