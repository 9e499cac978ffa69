"""Reporting verbs that introduce or close a direct quote, in every form a release uses.

Kept as plain data (as textacy does) so a new verb is a one-line change.
Forms are listed in full rather than derived: English inflection of these
verbs is irregular enough (``said``, ``told``, ``wrote``) that a list is clearer.
"""

from __future__ import annotations

_STEMS: tuple[tuple[str, ...], ...] = (
    ("say", "says", "said", "saying"),
    ("add", "adds", "added", "adding"),
    ("note", "notes", "noted", "noting"),
    ("state", "states", "stated"),
    ("comment", "comments", "commented"),
    ("explain", "explains", "explained"),
    ("continue", "continues", "continued"),
    ("emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized"),
    ("highlight", "highlights", "highlighted"),
    ("remark", "remarks", "remarked"),
    ("announce", "announces", "announced"),
    ("conclude", "concludes", "concluded"),
    ("declare", "declares", "declared"),
    ("urge", "urges", "urged"),
    ("warn", "warns", "warned"),
    ("tell", "tells", "told"),
    ("observe", "observes", "observed"),
    ("acknowledge", "acknowledges", "acknowledged"),
    ("admit", "admits", "admitted"),
    ("affirm", "affirms", "affirmed"),
    ("agree", "agrees", "agreed"),
    ("argue", "argues", "argued"),
    ("assert", "asserts", "asserted"),
    ("believe", "believes", "believed"),
    ("claim", "claims", "claimed"),
    ("confirm", "confirms", "confirmed"),
    ("contend", "contends", "contended"),
    ("describe", "describes", "described"),
    ("insist", "insists", "insisted"),
    ("maintain", "maintains", "maintained"),
    ("mention", "mentions", "mentioned"),
    ("point", "points", "pointed"),
    ("predict", "predicts", "predicted"),
    ("recall", "recalls", "recalled"),
    ("reflect", "reflects", "reflected"),
    ("reiterate", "reiterates", "reiterated"),
    ("reply", "replies", "replied"),
    ("respond", "responds", "responded"),
    ("reveal", "reveals", "revealed"),
    ("report", "reports", "reported"),
    ("outline", "outlines", "outlined"),
    ("commend", "commends", "commended"),
    ("share", "shares", "shared"),
    ("stress", "stresses", "stressed"),
    ("suggest", "suggests", "suggested"),
    ("write", "writes", "wrote"),
    ("ask", "asks", "asked"),
    ("answer", "answers", "answered"),
    ("caution", "cautions", "cautioned"),
    ("exclaim", "exclaims", "exclaimed"),
    ("joke", "jokes", "joked"),
    ("quip", "quips", "quipped"),
    ("recount", "recounts", "recounted"),
    ("underline", "underlines", "underlined"),
    ("underscore", "underscores", "underscored"),
    ("welcome", "welcomes", "welcomed"),
    ("praise", "praises", "praised"),
    ("cite", "cites", "cited"),
    ("elaborate", "elaborates", "elaborated"),
    ("enthuse", "enthuses", "enthused"),
)

REPORTING_VERBS: frozenset[str] = frozenset(form for forms in _STEMS for form in forms)
"""Every form, lower case: the cue a quote's attribution is anchored on."""

LEAD_IN_PHRASES: tuple[str, ...] = ("according to",)
"""Phrases that name the speaker before a quote without a verb (``According to X, "Q"``)."""
