"""Line boundaries near a position, looked for within a bounded window.

Every look-back is bounded so that a text with one enormous line costs
linear time, not quadratic: past the window, the window's edge stands in
for the line's edge.
"""

from __future__ import annotations

WINDOW = 400


def line_start(text: str, pos: int, window: int = WINDOW) -> int:
    """The start of the line holding ``pos``, or ``pos - window`` if the line is longer."""
    lo = max(0, pos - window)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo


def line_end(text: str, pos: int, window: int = WINDOW) -> int:
    """The end of the line holding ``pos`` (before its newline), or ``pos + window``."""
    hi = min(len(text), pos + window)
    j = text.find("\n", pos, hi)
    return j if j >= 0 else hi
