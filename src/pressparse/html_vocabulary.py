"""What each HTML element becomes in the extracted text: plain data."""

from __future__ import annotations

BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "ul",
    }
)
"""Elements that stand as paragraphs of their own: a blank line before and after."""

DROPPED = frozenset(
    {
        "button",
        "canvas",
        "datalist",
        "head",
        "iframe",
        "map",
        "math",
        "nav",
        "noscript",
        "object",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
        "title",
    }
)
"""Elements whose content is never release text: code, controls, navigation."""

PAGE_FOOTERS = frozenset({"footer"})
"""Dropped outside ``<article>``/``<main>`` only: an article's own footer
often holds the media contacts, the page's holds the copyright line."""

SECTIONING = frozenset({"article", "main"})

DROPPED_ROLES = frozenset({"navigation", "contentinfo", "search", "menubar", "menu", "toolbar"})
"""ARIA landmark roles that mark navigation and site footers on ``<div>`` pages."""

KEPT_IF_UNCLOSED = frozenset({"nav", "footer", "div", "section", "ul", "p", "span", "aside"})
"""Dropped elements (by tag or role) whose content is kept when the page ends
before they close: on broken markup, losing the rest of a release is worse
than keeping a menu. Scripts and styles are never kept."""

VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
"""Elements without an end tag (HTML Living Standard, 13.1.2)."""
