"""National ways of writing numbers that show which country a release comes from.

Each pattern matches a number written without its country code in the
layout one numbering plan uses; ``infer_region`` counts them as signals.
"""

from __future__ import annotations

NATIONAL_FORMATS: tuple[tuple[str, str], ...] = (
    # NANP: (503) 555-0147, 503-555-0147, 503.555.0147, 214/555-0162
    ("US", r"(?:\(\d{3}\)[ \t]?|\d{3}[-./])\d{3}[-.]\d{4}(?!\d)"),
    # Australia: (03) 9000 1234, 02 9000 1234, 0412 000 111, 1300 000 000
    ("AU", r"(?:\(0[2378]\)|0[2378])[ \t]?\d{4}[ \t]?\d{4}(?!\d)"),
    ("AU", r"04\d{2}[ \t]?\d{3}[ \t]?\d{3}(?!\d)"),
    ("AU", r"1[38]00[ \t]?\d{3}[ \t]?\d{3}(?!\d)"),
    # United Kingdom: 020 7946 0000, 0161 496 0000, 07700 900123, 0300 330 3000
    ("GB", r"020[ \t]?\d{4}[ \t]?\d{4}(?!\d)"),
    ("GB", r"01\d{2,3}[ \t]?\d{3}[ \t]?\d{3,4}(?!\d)"),
    ("GB", r"07\d{3}[ \t]?\d{6}(?!\d)"),
    ("GB", r"0[38]\d{2}[ \t]?\d{3}[ \t]?\d{4}(?!\d)"),
)
"""(region, pattern) pairs; every pattern is a fixed-length shape, linear by construction.

The patterns are tried only where no digit or ``+`` stands just before (see ``region._FORMATS``).
"""

PLACE_WEIGHT = 1
NATIONAL_FORMAT_WEIGHT = 2
COUNTRY_CODE_WEIGHT = 2
EMAIL_DOMAIN_WEIGHT = 2
HEAD_BONUS = 2
"""How much each kind of signal counts; a place in the release's first lines counts more."""
