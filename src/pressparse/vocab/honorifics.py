"""Honorifics written before a name; they go to a speaker's ``title``, never its ``name``.

Compared case-insensitively without a trailing dot (``Dr`` and ``Dr.`` alike).
"""

from __future__ import annotations

HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "prof", "professor", "sir", "dame",
        "lord", "lady", "rev", "reverend", "fr", "father", "sister", "brother", "hon",
        "honourable", "honorable", "rt", "right", "sen", "rep", "gov", "gen", "col",
        "capt", "lt", "sgt", "cllr", "councillor", "councilor", "sheikh", "rabbi", "imam",
        "pastor", "bishop", "archbishop", "cardinal", "justice", "judge", "mp", "mla", "ao",
        "sheikha", "sheik", "shaikh", "dato", "datuk", "haji", "hajjah", "ayatollah", "mufti",
        "swami", "pandit",
        "ac", "am", "oam", "qc", "kc", "sc", "obe", "mbe", "cbe", "frs",
    }
)  # fmt: skip

NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
"""Suffixes that stay part of the name as written (``Tomas Berg Jr.``)."""

POST_NOMINALS: frozenset[str] = frozenset(
    {
        "san", "cfa", "cpa", "mba", "frcs", "frcp", "facp", "fcpa", "fca", "faicd", "gaicd",
        "ceng", "rn", "dds", "dvm", "jp", "mvo", "lvo", "cvo", "kcb", "gcb", "kbe", "dbe", "cmg",
        "kcmg", "mnzm", "onzm", "cnzm", "frsa", "fmedsci", "freng",
    }
)  # fmt: skip
"""Letters written in capitals after a name (``SAN``: Senior Advocate of Nigeria; ``CFA``), dropped from it.

Kept apart from ``HONORIFICS``: ``San`` before a name is a place (``San Mateo``), not a title.
"""
