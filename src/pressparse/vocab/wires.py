"""Wire services as they sign their datelines, and the name each is normalised to.

Each key is the service's name folded for lookup (lower case, letters and
digits only); the value is the name the service uses for itself.
"""

from __future__ import annotations

WIRES: dict[str, str] = {
    "prnewswire": "PR Newswire",
    "prnewswirefirstcall": "PR Newswire",
    "prnewswireusnewswire": "PR Newswire",
    "businesswire": "Business Wire",
    "globenewswire": "GlobeNewswire",
    "globenewswireinc": "GlobeNewswire",
    "accesswire": "ACCESS Newswire",
    "accessnewswire": "ACCESS Newswire",
    "newsfile": "Newsfile",
    "newsfilecorp": "Newsfile",
    "newmediawire": "NewMediaWire",
    "mediaoutreach": "Media OutReach",
    "mediaoutreachnewswire": "Media OutReach",
    "prkarma": "PR Karma",
    "prismmediawire": "PRISM MediaWire",
    "einpresswire": "EIN Presswire",
    "einpresswirecom": "EIN Presswire",
    "newsdirect": "News Direct",
    "prweb": "PRWeb",
    "marketwired": "Marketwired",
    "marketwire": "Marketwired",
    "cnw": "Canada Newswire",
    "canadanewswire": "Canada Newswire",
    "cisionwire": "Cision",
    "prlog": "PRLog",
    "send2press": "Send2Press",
    "issuewire": "IssueWire",
    "mcclatchytribune": "McClatchy-Tribune",
    "ap": "AP",
    "theassociatedpress": "AP",
    "associatedpress": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "ians": "IANS",
    "pti": "PTI",
    "aap": "AAP",
    "dpa": "dpa",
}

WIRE_PATTERN = r"""(?i:
    pr[ ]?newswire(?:-[\w ]{1,30}?(?=[ ]?/))? | business[ ]?wire | globe[ ]?newswire(?:,?[ ]inc\.?)?
  | access[ ]?(?:news)?wire | newsfile(?:[ ]corp\.?)? | new[ ]?media[ ]?wire
  | media[ ]?outreach(?:[ ]newswire)?
  | pr[ ]karma | prism[ ]mediawire | ein[ ]?presswire(?:\.com)?
  | news[ ]direct | prweb | marketwired? | cnw(?:[ ]telbec)?
  | canada[ ]newswire | cision[ ]?wire | prlog | send2press | issuewire
  | (?:the[ ])?associated[ ]press | reuters | xinhua | ians | pti
)(?!\p{L})|(?-i:AP|AFP|UPI|AAP|dpa)(?!\p{L})"""
"""The names above as a pattern fragment; the short agency names must be written as they sign."""
