"""An HTML release page to the plain text the extractors read.

The standard library's ``html.parser`` does the parsing: on the corpus pages
it takes about 0.4 ms a page, noise beside the extractors, and it never
raises on broken markup (see docs/input-formats.md for the comparison with
selectolax and lxml). This module only decides what each element becomes:
blocks become paragraphs, ``<br>`` a line break, list items ``- `` lines,
table rows lines with tab-separated cells; scripts, styles, navigation and
page footers are dropped; ``mailto:`` and ``tel:`` link targets the visible
text does not show are written after it, so the extractors find them.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import unquote

import regex

from pressparse.html_vocabulary import (
    BLOCKS,
    DROPPED,
    DROPPED_ROLES,
    KEPT_IF_UNCLOSED,
    PAGE_FOOTERS,
    SECTIONING,
    VOID,
)

# Runs of markup whitespace collapse to one space, as a browser shows them;
# U+00A0 (&nbsp;) counts too, since pages use it to space words and lines.
_SPACES = regex.compile(r"[ \t\n\r\f\u00a0]+")

# Comments, processing instructions (<?php ... ?>), declarations and CDATA
# sections are taken out before parsing, as browsers read them: a comment up
# to its "-->", the others up to the first ">" (HTML's "bogus comment").
# html.parser rescans to the end of the page for each such opening it cannot
# close, which is quadratic on hostile input; after _defuse every opening
# has a close after it, so one pass over the text removes them all. Each is
# replaced by a space, so no removal can join two halves into a new opening.
_COMMENT = regex.compile(r"<!--.*?--!?>", regex.DOTALL)
_BOGUS = regex.compile(r"<[!?][^>]*>")

# A phone link is taken as shown when its last digits appear in the link text.
_SHOWN_DIGITS = 7


def html_to_text(html: str, /) -> str:
    """The text of an HTML page, with paragraph breaks, lists and block quotes kept."""
    if not isinstance(html, str):
        raise TypeError(f"html_to_text() takes str, not {type(html).__name__}; decode bytes first")
    renderer = _Renderer()
    # each step leaves every opening the next one looks for with a close after it
    html = _close_tail(_COMMENT.sub(" ", _defuse(html)))
    renderer.feed(_close_tail(_BOGUS.sub(" ", html)))
    renderer.close()
    return renderer.text()


def _close_tail(html: str) -> str:
    """A ``<`` after the last ``>`` can never close: it is text."""
    last = html.rfind(">")
    if "<" in html[last + 1 :]:
        return html[: last + 1] + html[last + 1 :].replace("<", "&lt;")
    return html


def _defuse(html: str) -> str:
    """Close what can never close: no ``<`` after the last ``>``, no comment after the last ``-->``."""
    html = _close_tail(html)
    closed = max(html.rfind("-->"), html.rfind("--!>"))
    unclosed = html.find("<!--", closed + 1 if closed >= 0 else 0)
    # a browser hides everything after a comment that never closes
    return html if unclosed < 0 else html[:unclosed]


class _Text:
    """The text being written: words, pending spaces and pending line breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.breaks = 0  # newlines owed before the next word (2: new paragraph)
        self.space = False  # a space owed before the next word on the same line
        self.prefix = ""  # written before the next word, at the start of its line
        self.apart = False  # a link target was added: the next word must not touch it

    def word_run(self, words: str) -> None:
        """Append text that holds no markup whitespace at its edges."""
        if self.size and self.breaks:
            self._put("\n" * self.breaks)
            self.space = False
        elif (self.space or (self.apart and words[0].isalnum())) and self.size:
            self._put(" ")
        if self.prefix and (self.breaks or not self.size or self.parts[-1].endswith("\n")):
            self._put(self.prefix)
        self.prefix = ""
        self.breaks = 0
        self.space = self.apart = False
        self._put(words)

    def raw(self, text: str) -> None:
        """Append preformatted text as it is."""
        if self.size and self.breaks:
            self._put("\n" * self.breaks)
        self.breaks = 0
        self.space = False
        self._put(text)

    def block(self, prefix: str = "") -> None:
        # <li><p>...: the item's "- " waits for the paragraph's first word
        self.breaks = 2
        self.prefix = prefix or self.prefix

    def line(self) -> None:
        # <br> after <br> opens a blank line; a paragraph break already owed stays
        self.breaks = min(2, self.breaks + 1)

    def cell(self) -> None:
        if self.size and not self.breaks:
            self._put("\t")
            self.space = False

    def _put(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)


class _Link:
    """An open ``<a href="mailto:...">`` or ``tel:`` link and the text it shows."""

    def __init__(self, kind: str, targets: list[str]) -> None:
        self.kind = kind
        self.targets = targets
        self.shown: list[str] = []

    def missing(self) -> list[str]:
        shown = "".join(self.shown)
        if self.kind == "mailto":
            return [t for t in self.targets if t.lower() not in shown.lower()]
        digits = "".join(c for c in shown if c.isdigit())
        return [t for t in self.targets if _digits(t)[-_SHOWN_DIGITS:] not in digits]

    def render(self) -> str:
        if self.kind == "mailto":
            return " ".join(f"<{t}>" for t in self.missing())
        return " ".join(f"({t})" for t in self.missing())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _link_of(href: str) -> _Link | None:
    scheme, colon, rest = href.strip().partition(":")
    scheme = scheme.lower()
    if not colon or scheme not in ("mailto", "tel"):
        return None
    # mailto:a@x.org,b@y.org?subject=... (RFC 6068); tel:+1-555-0100;ext=1 (RFC 3966)
    body = unquote(rest.split("?", 1)[0] if scheme == "mailto" else rest.split(";", 1)[0])
    targets = [t.strip() for t in body.split(",")] if scheme == "mailto" else [body.strip()]
    targets = [t for t in targets if t and (scheme == "mailto" or _digits(t))]
    return _Link(scheme, targets) if targets else None


class _Renderer(HTMLParser):
    """Walks the tag events once; every counter tolerates unbalanced markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = _Text()
        self.pre = 0
        self.sectioning = 0
        self.skip_tag: str | None = None
        self.skip_depth = 0
        # what a dropped element held, kept only until it closes
        self.skipped: list[tuple[str, str, list[tuple[str, str | None]]]] = []
        self.link: _Link | None = None
        self.replaying = False

    def text(self) -> str:
        while self.skip_tag in KEPT_IF_UNCLOSED:
            # an unclosed <nav> or <footer> swallowed the rest of a broken page: keep it
            self._replay()
        self._end_link()
        return "".join(self.out.parts).strip()

    def _replay(self) -> None:
        # replayed once: what is kept now is not dropped again, or nested
        # unclosed <nav>s would be replayed once each (quadratic)
        events, self.skipped, self.skip_tag = self.skipped, [], None
        self.replaying = True
        for kind, value, attrs in events:
            if kind == "start":
                self.handle_starttag(value, attrs)
            elif kind == "end":
                self.handle_endtag(value)
            else:
                self.handle_data(value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            self.skip_depth += tag == self.skip_tag
            self.skipped.append(("start", tag, attrs))
            return
        if self._drops(tag, dict(attrs)):
            self.skip_tag, self.skip_depth, self.skipped = tag, 1, []
            return
        self._open(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            self.skip_depth -= tag == self.skip_tag
            self.skipped.append(("end", tag, []))
            if self.skip_depth <= 0:
                self.skip_tag = None
            return
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_tag is not None:
            self.skipped.append(("data", data, []))
            return
        if self.link is not None:
            self.link.shown.append(data)
        if self.pre:
            self.out.raw(data)
            return
        self._words(data)

    def _words(self, data: str) -> None:
        collapsed = _SPACES.sub(" ", data)
        if collapsed.startswith(" "):
            self.out.space = True
        words = collapsed.strip(" ")
        if words:
            self.out.word_run(words)
            self.out.space = collapsed.endswith(" ")

    def _drops(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in VOID:
            return False  # it never closes, so it could never end the dropping
        if self.replaying and tag in KEPT_IF_UNCLOSED:
            return False
        if tag in DROPPED or "hidden" in attrs:
            return True
        if tag in PAGE_FOOTERS and not self.sectioning:
            return True
        return (attrs.get("role") or "").lower() in DROPPED_ROLES

    def _open(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag in SECTIONING:
            self.sectioning += 1
        if tag == "a":
            self._end_link()
            self.link = _link_of(attrs.get("href") or "")
        elif tag == "br":
            self.out.line()
        elif tag == "li":
            self.out.block("- ")
        elif tag in ("td", "th"):
            self.out.cell()
        elif tag == "tr":
            self.out.line()
        elif tag in BLOCKS:
            self.out.block()
        if tag == "pre":
            self.pre += 1

    def _close(self, tag: str) -> None:
        if tag in SECTIONING:
            self.sectioning = max(0, self.sectioning - 1)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a":
            self._end_link()
        elif tag in BLOCKS:
            self.out.prefix = ""  # an empty list item leaves no stray "- "
            self.out.block()

    def _end_link(self) -> None:
        link, self.link = self.link, None
        if link is not None:
            rendered = link.render()
            if rendered:
                self.out.space = True
                self.out.word_run(rendered)
                self.out.apart = True
