"""Words written next to a phone number, and the kind of line each one names.

Keys are lower-case and without the trailing colon; ``None`` means the word
marks a phone number without saying which kind (``Tel``, ``Phone``).
"""

from __future__ import annotations

from typing import Literal

LabelKind = Literal["mobile", "fax", "toll_free", "landline"] | None

LABELS: dict[str, LabelKind] = {
    # mobile
    "m": "mobile",
    "mob": "mobile",
    "mobile": "mobile",
    "mobile phone": "mobile",
    "cell": "mobile",
    "cellphone": "mobile",
    "cell phone": "mobile",
    "handy": "mobile",
    "c": "mobile",
    # fax
    "f": "fax",
    "fax": "fax",
    "facsimile": "fax",
    "telefax": "fax",
    # toll-free
    "toll-free": "toll_free",
    "toll free": "toll_free",
    "freephone": "toll_free",
    "freecall": "toll_free",
    # a fixed line
    "o": "landline",
    "office": "landline",
    "landline": "landline",
    "direct": "landline",
    "direct line": "landline",
    "switchboard": "landline",
    "desk": "landline",
    # a phone of unsaid kind
    "t": None,
    "p": None,
    "tel": None,
    "tel.": None,
    "telephone": None,
    "telefon": None,
    "téléphone": None,
    "phone": None,
    "ph": None,
    "call": None,
    "hotline": None,
    "helpline": None,
    "out of hours": None,
    "after hours": None,
    "enquiries": None,
    "inquiries": None,
}
"""Label words as written before a number (``M: 07700 900123``, ``Fax (03) 9000 1234``)."""

SINGLE_LETTER_LABELS = frozenset(k for k in LABELS if len(k) == 1)
"""``T``, ``M``, ``F`` ... count only with a colon right after them (``T: 020 ...``)."""

CONTEXT_WORDS = (
    "phone",
    "tel",
    "fax",
    "mob",
    "cell",
    "contact",
    "call",
    "ring",
    "enquiries",
    "inquiries",
    "hotline",
    "helpline",
    "switchboard",
    "office",
)
"""Words that make a line about phoning: a number there may be old or unusual but is still a number."""

NOT_PHONE_WORDS = frozenset(
    {
        "no",
        "no.",
        "nos",
        "number",
        "case",
        "docket",
        "file",
        "lot",
        "batch",
        "upc",
        "ean",
        "gtin",
        "isbn",
        "issn",
        "cusip",
        "isin",
        "sedol",
        "ticker",
        "serial",
        "model",
        "sku",
        "item",
        "order",
        "invoice",
        "patent",
        "ref",
        "reference",
        "account",
        "acct",
        "registration",
        "abn",
        "acn",
        "ein",
        "nct",
        "version",
        "v",
        "ver",
        "build",
        "release",
        "id",
        "code",
        "zip",
        "postcode",
        "isrc",
        "doi",
        "pmid",
        "p",
        "n",
    }
)
"""A word just before a digit run that says it is an identifier, not a phone number.

``number`` counts only when no phone word stands before it (``phone number`` is fine);
the candidate filter checks that.
"""

NOT_PHONE_AFTER = (
    "%",
    "per cent",
    "percent",
    "million",
    "billion",
    "trillion",
    "thousand",
    "shares",
    "people",
    "units",
)
"""Words right after a digit run that make it a quantity."""
