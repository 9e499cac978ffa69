"""Hostile input for the robustness tests: runs of what patterns love, and every pattern to feed them to.

The patterns are found by introspection, not listed by hand, so an
extractor merged tomorrow is covered the day it lands.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import regex

import pressparse
from pressparse.lazy import LazyPattern

HOSTILE_MB = float(os.environ.get("PRESSPARSE_HOSTILE_MB", "0.1"))
"""Megabytes of each hostile run fed to each pattern.

A tenth of a megabyte keeps CI near twenty seconds with a hundred patterns
by 25 runs, and a pattern with an unbounded run before a test that fails
(``[ \t]+-`` over spaces) already takes minutes there; a pattern that is
only mildly quadratic shows at full size, which the fuzz campaign runs
(1 MB, or 10 MB) and ``PRESSPARSE_HOSTILE_MB=1`` runs locally (ten minutes).
"""

PIPELINE_KB = float(os.environ.get("PRESSPARSE_PIPELINE_KB", "100"))
"""Kilobytes of each hostile run fed to the whole pipeline (every extractor, so smaller)."""

# The unit each run repeats: the characters and shapes the extractors' patterns look for.
RUNS: dict[str, str] = {
    "straight quotes": '"',
    "curly quotes": "“”‘’",
    "quote then comma": '"Yes," ',
    "digits": "0123456789",
    "digits and spaces": "555 01",
    "phone shapes": "+1 (555) 010-",
    "at signs": "@",
    "address shapes": "a.b@c",
    "dots": ".",
    "word dots": "Mr. ",
    "spaces": " ",
    "newlines": "\n",
    "blank lines with spaces": " \n \n",
    "dashes": "-",
    "em dashes": "— ",
    "capitalised words": "Harbour ",
    "capitals and commas": "NORTH HARBOUR, ",
    "said words": "Said Okafor Said ",
    "month and day": "March 5, ",
    "embargo words": "EMBARGOED UNTIL ",
    "contact labels": "Contact: T: ",
    "wire dateline": "--(WIRE)--",
    "very long line": "and the council said that ",
    "NUL and controls": "\x00\x01\x1b",
    "bidi marks": "\u202e\u2066x\u2069",
}


# A real release after the run: the regex module skips a search at once when
# a literal the pattern needs (``@``, ``said``) is nowhere in the text, which
# would hide a pattern that is quadratic on text that does hold it.
RELEASE_TAIL = (Path(__file__).resolve().parent.parent / "fixtures" / "example-release.txt").read_text(
    "utf-8"
)


def hostile(unit: str, megabytes: float) -> str:
    """``unit`` repeated to about ``megabytes`` million characters, then a real release."""
    size = int(megabytes * 1_000_000)
    return (unit * (size // len(unit) + 1))[:size] + RELEASE_TAIL


@dataclass(frozen=True)
class Found:
    """A compiled pattern held by a module, and where: ``pressparse.quotes._QUOTE``."""

    where: str
    pattern: object


def pressparse_modules() -> list[ModuleType]:
    """Every submodule of pressparse, imported (the command-line entry point excepted)."""
    names = [info.name for info in pkgutil.walk_packages(pressparse.__path__, "pressparse.")]
    return [importlib.import_module(name) for name in sorted(names) if name != "pressparse.__main__"]


def module_patterns() -> list[Found]:
    """Every compiled pattern (``regex`` or ``re``) a pressparse module holds at module level.

    Patterns inside module-level tuples, lists, sets and dict values count
    too; a pattern imported from another module is listed once. A
    :class:`~pressparse.lazy.LazyPattern` (compiled on first use) is
    compiled here and listed as the pattern it compiles to.
    """
    seen: set[int] = set()
    found: list[Found] = []
    for module in pressparse_modules():
        for name, value in vars(module).items():
            for where, pattern in _patterns_in(f"{module.__name__}.{name}", value, depth=2):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found.append(Found(where, pattern))
    return found


def _patterns_in(where: str, value: object, *, depth: int) -> Iterator[tuple[str, object]]:
    if isinstance(value, (regex.Pattern, re.Pattern)):
        yield where, value
    elif isinstance(value, LazyPattern):
        yield where, value.compiled
    elif depth > 0 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(f"{where}[{key!r}]", item, depth=depth - 1)
    elif depth > 0 and isinstance(value, (tuple, list, set, frozenset)):
        for n, item in enumerate(value):
            yield from _patterns_in(f"{where}[{n}]", item, depth=depth - 1)


_MATCHING_METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


def whole_text_calls_without_timeout() -> list[str]:
    """Pattern calls on a whole document (``X.folded`` or ``X.text``) that bypass the timeout.

    ``Document.finditer``/``Document.search`` apply the timeout; a direct
    ``PATTERN.finditer(doc.folded)`` does not, so a slow pattern there
    would hang instead of becoming a problem. A call given a window
    (``pos``, ``endpos``) is taken as deliberate: it reads a few characters
    around a match already made.
    """
    calls = []
    for module in pressparse_modules():
        if module.__name__ == "pressparse.document":
            continue  # the one place that runs patterns on the whole text, with the timeout
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and is_untimed_whole_text_call(node):
                calls.append(f"{module.__name__} line {node.lineno}: {ast.unparse(node)[:80]}")
    return calls


def is_untimed_whole_text_call(node: ast.Call) -> bool:
    """``PATTERN.method(x.folded or x.text)``: the whole text, no window, no ``timeout=``."""
    if not isinstance(node.func, ast.Attribute) or node.func.attr not in _MATCHING_METHODS:
        return False
    replacing = node.func.attr in {"sub", "subn"}
    arguments = node.args[1:] if replacing else node.args
    if len(arguments) != 1:
        return False  # no subject, or a window given after it
    keywords = {k.arg for k in node.keywords}
    if keywords & {"timeout", "pos", "endpos"}:
        return False
    subject = arguments[0]
    return isinstance(subject, ast.Attribute) and subject.attr in {"folded", "text"}
