"""The words that open a contact block or line, and the words that end one.

Patterns built from these are case-insensitive; entries are plain text.
"""

from __future__ import annotations

from pressparse.vocab.calendar_words import MONTHS, WEEKDAYS

HEADERS: tuple[str, ...] = (
    "media contacts",
    "media contact",
    "media enquiries",
    "media inquiries",
    "media relations",
    "media rsvp",
    "press contacts",
    "press contact",
    "press enquiries",
    "press inquiries",
    "press office",
    "investor contacts",
    "investor contact",
    "investor relations contact",
    "investor inquiries",
    "investor enquiries",
    "contact information",
    "contact details",
    "contact info",
    "contacts",
    "contact",
    "enquiries",
    "inquiries",
    "for more information, please contact",
    "for more information, contact",
    "for more information",
    "for further information or interviews, please contact",
    "for further information, please contact",
    "for further information, contact",
    "for further information",
    "further information",
    "for media enquiries",
    "for media inquiries",
    "for interviews",
    "for comment",
)
"""What a contact block or line starts with (``Media Contact:``, ``## Contacts``)."""

STOPS: tuple[str, ...] = (
    "about ",
    "source",
    "view original content",
    "view source version",
    "original/source",
    "[original",
    "forward-looking",
    "safe harbor",
    "disclaimer",
    "###",
    "-30-",
    "- ends -",
    "ends",
    "notes to editors",
    "note to editors",
    "logo",
    "photo",
    "![",
    "http",
    "www.",
    "copyright",
    "©",
)
"""Line openings that end a contact block."""

DESK_WORDS: frozenset[str] = frozenset(
    {
        "relations",
        "media",
        "press",
        "office",
        "communications",
        "desk",
        "team",
        "newsroom",
        "department",
        "unit",
        "centre",
        "center",
        "bureau",
        "service",
        "services",
        "enquiries",
        "inquiries",
        "hotline",
        "helpline",
    }
)
"""Words that make a capitalised phrase a desk (``Investor Relations``, ``AFP Media``)."""

NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "contact",
        "contacts",
        "details",
        "information",
        "phone",
        "telephone",
        "telefon",
        "telefono",
        "tel",
        "mobile",
        "mob",
        "cell",
        "fax",
        "email",
        "e-mail",
        "mail",
        "twitter",
        "web",
        "website",
        "url",
        "for",
        "and",
        "or",
        "the",
        "at",
        "in",
        "on",
        "of",
        "please",
        "call",
        "investor",
        "investors",
        "media",
        "press",
        "chief",
        "officer",
        "executive",
        "president",
        "vice",
        "senior",
        "director",
        "manager",
        "head",
        "secretary",
        "general",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "ceo",
        "cfo",
        "coo",
        "inc",
        "inc.",
        "ltd",
        "llc",
        "corp",
        "corp.",
        "ag",
        "plc",
        "group",
        "holdings",
        "company",
        "visit",
        "our",
        "us",
        "here",
        "out",
        "hours",
        "switchboard",
        "office",
        "public",
        "document",
        "enquiries",
        "inquiries",
        "americas",
        "europe",
        "africa",
        "asia",
        "minister",
        "minister's",
        "ministers",
        "view",
        "source",
        "version",
        "original",
        *WEEKDAYS,
        *MONTHS,
    }
)
"""Capitalised words that are never part of a person's name in a contact block."""

HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "mx",
        "hon",
        "the hon",
        # ranks and offices written before a name
        "commander",
        "cmdr",
        "sergeant",
        "sgt",
        "detective",
        "det",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "inspector",
        "constable",
        "senator",
        "sen",
        "rep",
        "mayor",
        "councillor",
        "councilor",
        "judge",
        "rev",
    }
)
"""Titles before a name; the contact's ``name`` is given without them."""

LANGUAGES: frozenset[str] = frozenset(
    {
        "english",
        "french",
        "spanish",
        "german",
        "italian",
        "portuguese",
        "arabic",
        "russian",
        "chinese",
        "mandarin",
        "cantonese",
        "japanese",
        "korean",
        "thai",
        "vietnamese",
        "indonesian",
        "malay",
        "hindi",
        "urdu",
        "bengali",
        "turkish",
        "persian",
        "farsi",
        "dutch",
        "swedish",
        "polish",
        "ukrainian",
        "hebrew",
        "greek",
        "swahili",
        "burmese",
        "khmer",
        "tagalog",
    }
)
"""Languages a contact speaks, as HRW-style contact lines list them (``(English, Thai)``)."""

FIRM_WORDS: frozenset[str] = frozenset(
    {
        "inc",
        "corp",
        "corporation",
        "llc",
        "llp",
        "ltd",
        "limited",
        "plc",
        "ag",
        "gmbh",
        "sa",
        "nv",
        "group",
        "holdings",
        "company",
        "partners",
        # the investor-relations and PR agencies that sign contact blocks ("X Associates, Inc.")
        "associates",
        "advisors",
        "advisers",
        "consulting",
        "consultants",
        "strategies",
        "association",
        "foundation",
        "university",
        "college",
        "council",
        "commission",
        "institute",
        "bank",
        "trust",
        "society",
        "international",
        "solutions",
        "clinic",
        "hospital",
        "agency",
        "ministry",
        "affairs",  # "Department of Foreign Affairs", "Public Affairs"
    }
)
"""Words that end an organisation's name (``Acme Corp``, ``Harbor Foundation``): it may be the contact."""

ADDRESS_WORDS: frozenset[str] = frozenset(
    {
        "national",
        "federal",
        "county",
        "city",
        "state",
        "government",
        "house",
        "place",
        "street",
        "road",
        "avenue",
        "tower",
        "building",
        "level",
        "suite",
        "floor",
        "square",
        "plaza",
        "outside",
        "inside",
    }
)
"""Words of public bodies' adjectives and of addresses: a run holding one is never a person."""

ORG_WORDS: frozenset[str] = FIRM_WORDS | ADDRESS_WORDS
"""Words that make a capitalised run an organisation or an address, never a person."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        "head",
        "director",
        "manager",
        "officer",
        "executive",
        "president",
        "chief",
        "secretary",
        "adviser",
        "advisor",
        "leader",
        "coordinator",
        "specialist",
        "vp",
        "svp",
        "evp",
    }
)
"""Words that make a phrase a job title (``Head of Corporate Communications``), never a desk."""

LABEL_ONLY_WORDS: frozenset[str] = frozenset(
    {"contact", "contacts", "enquiries", "inquiries", "and", "&", "of", "for"}
)
"""Words that do not count toward a desk's name: ``Media enquiries`` is a label, ``AFP Media`` a desk."""

GENERAL_LINE_LABELS: tuple[str, ...] = (
    "switchboard",
    "main switchboard",
    "main line",
    "main number",
    "reception",
    "hotline",
    "helpline",
    "general enquiries",
    "general inquiries",
    "public enquiries",
    "public inquiries",
    "customer service",
)
"""Labels of an organisation's general lines: such a number belongs to a desk, never to a person."""

DEPARTMENT_WORDS: frozenset[str] = frozenset(
    {
        "marketing",
        "communications",
        "corporate",
        "sales",
        "finance",
        "operations",
        "relations",
        "investor",
        "public",
        "affairs",
        "media",
        "strategy",
        "policy",
        "research",
        "human",
        "resources",
        "external",
        "internal",
        "global",
        "brand",
        "and",
        "&",
    }
)
"""Words of a department (``Marketing and Corporate Communications``): after a title, part of it."""

CHANNEL_WORDS: frozenset[str] = frozenset(
    {"email", "e-mail", "phone", "tel", "telephone", "mobile", "cell", "fax", "web", "website"}
)
"""A channel's label: where one starts, an organisation's name written before it has ended."""
