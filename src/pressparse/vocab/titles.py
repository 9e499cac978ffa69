"""Job titles and organisation words, used to split a name from its title or organisation.

``TITLE_WORDS`` are words that make a capitalised run a title rather than part
of a name (``Harlan County Sheriff Dale Ruiz``: the name starts after the last
one). ``ORG_WORDS`` mark a run as an organisation (``Acme Corp.``).
All lower case, compared without a trailing dot.
"""

from __future__ import annotations

TITLE_WORDS: frozenset[str] = frozenset(
    {
        # government and public office
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary",
        "senator", "congressman", "congresswoman", "congressmember", "representative",
        "governor", "lieutenant", "mayor", "deputy", "assistant", "associate", "shadow",
        "attorney", "district", "state", "solicitor", "prosecutor", "sheriff", "commissioner",
        "commander", "superintendent", "inspector", "detective", "constable", "officer",
        "ambassador", "envoy", "consul", "delegate", "speaker", "leader", "whip", "treasurer",
        "auditor", "comptroller", "clerk", "registrar", "ombudsman", "coroner", "magistrate",
        "judge", "justice", "councillor", "councilor", "alderman", "member", "spokesperson",
        "spokesman", "spokeswoman", "spokesperson's", "advocate", "high", "special",
        "general", "acting", "interim", "former", "incoming", "outgoing", "chief", "senior",
        "junior", "executive", "principal", "national", "regional", "federal", "county",
        # business and institutions
        "da", "ag", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cso", "evp", "svp", "vp", "md", "gm",
        "chair", "chairman", "chairwoman", "chairperson", "co-chair", "director", "manager",
        "head", "founder", "co-founder", "cofounder", "owner", "partner", "managing",
        "president-elect", "board", "trustee", "fellow", "professor", "lecturer",
        "provost", "rector", "researcher", "scientist", "analyst", "economist", "engineer",
        "editor", "adviser", "advisor", "consultant", "coordinator", "administrator",
        "captain", "coach", "counsel", "lawyer", "physician", "doctor", "nurse", "surgeon",
        "campaigner", "organiser", "organizer", "convenor", "convener", "volunteer",
        "general-secretary", "secretary-general", "operating", "financial",
        "technology", "marketing", "commercial", "operations", "sales", "strategy",
        "programme", "program", "project", "product", "research", "policy", "communications",
        "media", "press", "public", "affairs", "relations", "development", "business",
        "investment", "investor", "global", "group", "division", "unit",
    }
)  # fmt: skip

ORG_WORDS: frozenset[str] = frozenset(
    {
        "inc", "inc.", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp",
        "plc", "gmbh", "ag", "sa", "nv", "bv", "pty", "lp", "group", "holdings", "partners",
        "department", "ministry", "office", "agency", "authority", "commission", "council",
        "committee", "board", "bureau", "service", "services", "administration", "government",
        "court", "police", "parliament", "senate", "congress", "assembly", "association",
        "society", "institute", "institution", "foundation", "trust", "fund", "union",
        "federation", "alliance", "coalition", "network", "centre", "center", "clinic",
        "hospital", "university", "college", "school", "academy", "bank", "watch", "party",
        "organisation", "organization", "club", "league", "church", "museum", "library",
        "laboratories", "laboratory", "labs", "systems", "technologies", "solutions",
        "international", "industries", "enterprises", "communications", "media",
        "team", "secretariat", "tribunal",
    }
)  # fmt: skip

ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ceo": ("chief executive", "chief executive officer"),
    "cfo": ("chief financial officer",),
    "coo": ("chief operating officer",),
    "cto": ("chief technology officer",),
    "chair": ("chairman", "chairwoman", "chairperson"),
    "spokesperson": ("spokesman", "spokeswoman"),
}
"""Abbreviated roles and the long forms a release may use for the same holder."""

ORG_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "department", "ministry", "agency", "government", "council",
        "commission", "committee", "board", "office", "organisation", "organization",
        "group", "association", "union", "bank", "university", "foundation", "charity",
        "coalition", "campaign", "authority", "service", "team", "institute", "society",
        "federation", "alliance", "network", "centre", "center", "court", "police",
    }
)  # fmt: skip
"""Common nouns that, after ``the``, stand for the issuing organisation (``the Department said``)."""

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president", "minister", "premier", "chancellor", "secretary", "senator", "congressman",
        "congresswoman", "representative", "governor", "mayor", "attorney", "solicitor",
        "prosecutor", "sheriff", "commissioner", "commander", "superintendent", "inspector",
        "detective", "officer", "ambassador", "envoy", "consul", "speaker", "leader",
        "treasurer", "auditor", "comptroller", "ombudsman", "judge", "justice", "councillor",
        "councilor", "spokesperson", "spokesman", "spokeswoman", "advocate", "ceo", "cfo",
        "coo", "cto", "cio", "cmo", "chair", "chairman", "chairwoman", "chairperson",
        "director", "manager", "head", "founder", "co-founder", "cofounder", "owner",
        "partner", "trustee", "professor", "lecturer", "researcher", "scientist", "analyst",
        "economist", "editor", "adviser", "advisor", "consultant", "coordinator",
        "administrator", "captain", "coach", "counsel", "lawyer", "physician", "doctor",
        "campaigner", "organiser", "organizer", "convenor", "convener", "executive", "da",
        "member", "principal", "dean", "author", "fellow", "vp", "evp", "svp", "md", "gm",
    }
)  # fmt: skip
"""Title words that name a position, as opposed to modifiers such as ``National`` or ``Deputy``."""

JOB_NOUNS: frozenset[str] = frozenset(
    {
        "astronomer", "astronaut", "architect", "artist", "author", "writer", "novelist", "poet",
        "composer", "conductor", "musician", "singer", "songwriter", "actor", "actress", "dancer",
        "designer", "photographer", "filmmaker", "director", "producer", "painter", "sculptor",
        "farmer", "grower", "rancher", "fisherman", "builder", "carpenter", "plumber", "electrician",
        "teacher", "student", "pupil", "graduate", "historian", "philosopher", "mathematician",
        "geographer", "oceanographer", "chemist", "physicist", "biologist", "geologist", "botanist",
        "zoologist", "ecologist", "psychologist", "sociologist", "anthropologist", "archaeologist",
        "epidemiologist", "virologist", "entrepreneur", "investor", "inventor", "explorer",
        "journalist", "reporter", "broadcaster", "columnist", "chef", "pilot", "athlete",
        "player", "runner", "swimmer", "cyclist", "climber", "sailor", "veteran", "pharmacist",
        "dentist", "midwife", "paramedic", "firefighter", "activist", "campaigner", "resident",
        "homeowner", "patient", "survivor", "mother", "father", "parent", "philanthropist",
        "businessman", "businesswoman", "attorney", "lawyer", "surgeon", "nurse", "doctor",
        "innovator", "pioneer", "expert", "specialist", "curator", "librarian", "volunteer",
        "laureate", "winner", "champion", "medallist", "medalist", "finalist", "recipient",
    }
)  # fmt: skip
"""Occupations written capitalised before a name at a sentence start (``Astronomer Erik Berg``).

Unlike ``TITLE_WORDS`` they are no office, so they are read as a title only
before a name of two words or more: a first name may be a job word too.
"""

JOB_SUFFIXES: tuple[str, ...] = ("ologist", "ician", "arian", "grapher", "nomer", "ist")
"""Endings of occupation nouns (``seismologist``, ``statistician``, ``choreographer``)."""

ABSTRACT_SUFFIXES: tuple[str, ...] = ("ency", "ancy", "ity", "tion", "sion", "ness", "ism", "ship", "ment")
"""Endings of abstract nouns (``Transparency``, ``Leadership``): capitalised in taglines, not in names."""

NOT_ABSTRACT: frozenset[str] = frozenset({"guinness", "inness", "clement", "trinity", "felicity", "charity"})
"""Names that happen to end like an abstract noun."""
