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
    ("surmise", "surmises", "surmised"),
    ("pledge", "pledges", "pledged"),
    ("vow", "vows", "vowed"),
    ("promise", "promises", "promised"),
    ("hail", "hails", "hailed"),
    ("lament", "laments", "lamented"),
    ("concede", "concedes", "conceded"),
    ("boast", "boasts", "boasted"),
    ("muse", "muses", "mused"),
    ("retort", "retorts", "retorted"),
    ("counter", "counters", "countered"),
    ("assure", "assures", "assured"),
    ("proclaim", "proclaims", "proclaimed"),
    ("tweet", "tweets", "tweeted"),
    ("post", "posts", "posted"),
    ("testify", "testifies", "testified"),
    ("summarise", "summarises", "summarised", "summarize", "summarizes", "summarized"),
    ("recommend", "recommends", "recommended"),
    ("advise", "advises", "advised"),
    ("remind", "reminds", "reminded"),
    ("indicate", "indicates", "indicated"),
    ("explain", "explaining"),
    ("speak", "speaks", "spoke"),
)

ALL_FORMS: frozenset[str] = frozenset(form for forms in _STEMS for form in forms)
"""Every form, lower case, including those that are usually nouns (see ``NOT_CUES``)."""

NOT_CUES: frozenset[str] = frozenset(
    {"post", "posts", "counter", "state", "note", "share", "shares", "point", "points", "promise"}
    | {"hail", "muse", "speak", "remarks", "comments", "report", "reports", "answer", "cite", "ask"}
)
"""Forms that are more often nouns or other verbs (``the state``, ``share price``) than cues on their own.

They still count right after a quote (``"Q," she posted``) where no other reading fits.
"""

LEAD_IN_PHRASES: tuple[str, ...] = ("according to",)
"""Phrases that name the speaker before a quote without a verb (``According to X, "Q"``)."""

REPORTING_VERBS: frozenset[str] = ALL_FORMS - NOT_CUES
"""The cues a quote's attribution is anchored on, lower case."""

BEFORE_INFINITIVE: frozenset[str] = frozenset(
    {"continue", "continues", "continued", "urge", "urges", "urged", "promise", "promises", "promised"}
    | {"pledge", "pledges", "pledged", "vow", "vows", "vowed", "agree", "agrees", "agreed", "claim"}
    | {"claims", "claimed", "ask", "asks", "asked", "warn", "warns", "warned", "remind", "reminded"}
)
"""Cues that, before ``to``, are verbs of doing (``continues to grow``); ``said to`` stays a cue."""
