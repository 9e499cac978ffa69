"""HTML input: what each kind of markup becomes in the text the extractors read."""

from __future__ import annotations

import difflib
import json
import time
from pathlib import Path

import pytest
import regex

import pressparse
from pressparse.cli import main
from pressparse.html_text import html_to_text
from pressparse.inputs import decode_html, kind_of, text_of
from tests.conftest import CORPUS_TEXTS, FIXTURES, assert_spans_slice_back, needs_corpus

HTML = FIXTURES / "html"


def case(html: str, text: str, id: str) -> object:
    return pytest.param(html, text, id=id)


STRUCTURE = [
    case("<p>One.</p><p>Two.</p>", "One.\n\nTwo.", "paragraphs"),
    case("<div>One.<div>Two.</div>Three.</div>", "One.\n\nTwo.\n\nThree.", "nested-divs"),
    case("<p>A<br>B<br/>C</p>", "A\nB\nC", "line-breaks"),
    case("<p>A<br><br>B</p>", "A\n\nB", "two-breaks-a-blank-line"),
    case(
        "<p>  Spread\n   over\tlines&nbsp;and&nbsp;&nbsp;spaces </p>",
        "Spread over lines and spaces",
        "whitespace",
    ),
    case("<p>In<b>line</b> <i>marks</i>, kept.</p>", "Inline marks, kept.", "inline"),
    case("<ul><li>first</li><li>second</li></ul>", "- first\n\n- second", "list-items"),
    case("<ol><li><p>numbered</p></li><li></li></ol><p>after</p>", "- numbered\n\nafter", "item-paragraph"),
    case(
        "<p>He said:</p><blockquote><p>\u201cFirst part.</p><p>\u201cSecond part.\u201d</p></blockquote>",
        "He said:\n\n\u201cFirst part.\n\n\u201cSecond part.\u201d",
        "blockquote-paragraphs",
    ),
    case(
        "<blockquote><p>\u201cShe told us \u2018wait\u2019,\u201d he said.</p>"
        '<blockquote><p>"Inner," said the other.</p></blockquote></blockquote>',
        '\u201cShe told us \u2018wait\u2019,\u201d he said.\n\n"Inner," said the other.',
        "nested-blockquotes-and-quotes",
    ),
    case(
        "<table><tr><th>Name</th><th>Phone</th></tr><tr><td>Ana Ruiz</td><td>555-0101</td></tr></table>",
        "Name\tPhone\nAna Ruiz\t555-0101",
        "table",
    ),
    case("<pre>  kept   as\n  written</pre><p>then</p>", "kept   as\n  written\n\nthen", "pre"),
    case("<h1>Headline</h1><h2>Sub</h2><p>Body</p>", "Headline\n\nSub\n\nBody", "headings"),
    case("<p>Fish &amp; chips &eacute; &#8212; &#x2019;</p>", "Fish & chips é — ’", "character-references"),
]

DROPPED = [
    case("<script>var phone = '555-0100';</script><p>Kept.</p>", "Kept.", "script"),
    case("<style>p { color: red }</style><p>Kept.</p>", "Kept.", "style"),
    case("<head><title>Site title</title></head><body><p>Kept.</p></body>", "Kept.", "head-and-title"),
    case("<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><p>Kept.</p>", "Kept.", "nav"),
    case("<div role='navigation'><div>Menu</div></div><p>Kept.</p>", "Kept.", "role-navigation"),
    case("<main><p>Kept.</p></main><footer>&copy; 2026 Example Ltd</footer>", "Kept.", "page-footer"),
    case(
        "<article><p>Body.</p><footer>Contact: Ana Ruiz, 555-0101</footer></article>",
        "Body.\n\nContact: Ana Ruiz, 555-0101",
        "article-footer-kept",
    ),
    case("<p hidden>Draft note</p><p>Kept.</p>", "Kept.", "hidden"),
    case("<!-- editor: 555-0100 --><p>Kept.</p>", "Kept.", "comment"),
    case("<p>Before<!-- note -->after</p>", "Before after", "comment-mid-line"),
    case("<?php echo $title; ?><p>Kept.</p>", "Kept.", "processing-instruction"),
    case("<!DOCTYPE html><p>Kept.</p>", "Kept.", "doctype"),
    case("<p>Kept.</p><button>Back to top</button>", "Kept.", "button"),
]

LINKS = [
    case(
        '<p><a href="mailto:press@example.org">Email us</a></p>',
        "Email us <press@example.org>",
        "mailto-other-text",
    ),
    case(
        '<p><a href="mailto:press@example.org">press@example.org</a></p>',
        "press@example.org",
        "mailto-shown",
    ),
    case(
        '<p><a href="MAILTO:Press%40example.org?subject=Hello%20there">Write</a></p>',
        "Write <Press@example.org>",
        "mailto-encoded-with-subject",
    ),
    case(
        '<p><a href="mailto:a@example.org,b@example.com">both desks</a></p>',
        "both desks <a@example.org> <b@example.com>",
        "mailto-two-addresses",
    ),
    case('<p><a href="mailto:x@example.org"><img src="m.png"></a></p>', "<x@example.org>", "mailto-icon"),
    case(
        '<p>Call <a href="tel:+15555550123">our desk</a> today.</p>',
        "Call our desk (+15555550123) today.",
        "tel",
    ),
    case(
        '<p><a href="tel:+44-161-496-0321">0161 496 0321</a></p>',
        "0161 496 0321",
        "tel-shown-in-national-form",
    ),
    case(
        '<p><a href="tel:+1-555-555-0142;ext=12">Press line</a></p>',
        "Press line (+1-555-555-0142)",
        "tel-extension-parameter",
    ),
    case('<p><a href="https://example.org/">Our site</a></p>', "Our site", "web-link-no-target"),
    case('<p><a href="tel:">Call</a></p>', "Call", "empty-tel"),
]

BROKEN = [
    case("<p>One<p>Two", "One\n\nTwo", "unclosed-paragraphs"),
    case("<div><p>a</div></p>b", "a\n\nb", "crossed-tags"),
    case("</span></div>Text", "Text", "stray-end-tags"),
    case("<p>x<script>var a = '</p>';", "x", "unclosed-script"),
    case("<p><a href='mailto:x@example.org'>mail us", "mail us <x@example.org>", "unclosed-link"),
    case(
        "<p><a href=mailto:x@example.org>one<a href=tel:+15555550100>two</a>",
        "one <x@example.org> two (+15555550100)",
        "link-in-link",
    ),
    case(
        "<p>Intro</p><nav><ul><li>rest of a broken page",
        "Intro\n\n- rest of a broken page",
        "unclosed-nav-kept",
    ),
    case("<p>Kept.</p><!-- never closed <p>hidden", "Kept.", "unclosed-comment"),
    case("<p>a < b and c > d</p>", "a < b and c > d", "bare-angle-brackets"),
    case("<p>Total: 5 <", "Total: 5 <", "trailing-angle"),
    case(
        "<input hidden><p>Kept after a hidden void element.</p>",
        "Kept after a hidden void element.",
        "hidden-void",
    ),
    # browsers drop a tag cut off by the end of the page; html.parser shows it
    case("<p title='unclosed>Text</p>", "<p title='unclosed>Text", "unclosed-attribute-as-text"),
    case("", "", "empty"),
]


@pytest.mark.parametrize(("html", "text"), STRUCTURE)
def test_structure_is_kept(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("html", "text"), DROPPED)
def test_what_is_not_release_text_is_dropped(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("html", "text"), LINKS)
def test_mailto_and_tel_targets_reach_the_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("html", "text"), BROKEN)
def test_broken_markup_is_read_as_browsers_do(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_a_whole_page() -> None:
    text = html_to_text((HTML / "library-launch.html").read_text(encoding="utf-8"))
    assert text.startswith(
        "Riverton Borough Council\n\nRiverton opens its first tool library\n\nFOR IMMEDIATE"
    )
    assert "RIVERTON, Ore., May 4, 2026 \u2014 Residents can now borrow" in text
    assert "\u201cA ladder sits" in text and "\u2018I only needed it once,\u2019" in text
    assert "- garden equipment\n\n- sewing and repair kits" in text
    assert "Opening hours\nMonday to Friday: 10am to 6pm\nSaturday: 9am to 1pm" in text
    assert "Email the press office <press@riverton.example.org>" in text
    assert "Call the newsroom (+15035550142)" in text
    assert "Desk: (503) 555-0143\n" in text
    for dropped in ("dataLayer", "555-0199", "555-0100", "Share this page", "News\n", "font-family"):
        assert dropped not in text


def test_parse_html_keeps_the_extracted_text_and_spans_slice_it() -> None:
    page = (HTML / "library-launch.html").read_text(encoding="utf-8")
    release = pressparse.parse_html(page)
    assert release.text == html_to_text(page)
    assert_spans_slice_back(release)
    assert pressparse.parse_html(page.encode("utf-8")).text == release.text


def test_parse_html_refuses_what_is_not_html() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        pressparse.parse_html(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        pytest.param("page.html", b"plain words", "html", id="html-suffix"),
        pytest.param("PAGE.HTM", b"plain words", "html", id="htm-upper"),
        pytest.param("msg.eml", b"From: a@example.org\n\nhi", "email", id="eml"),
        pytest.param("saved.txt", b"<!DOCTYPE html><p>x", "html", id="doctype-sniffed"),
        pytest.param("saved.txt", b"\xef\xbb\xbf\n  <html lang=en>", "html", id="bom-and-html-sniffed"),
        pytest.param("-", b"<HTML>", "html", id="stdin-sniffed"),
        pytest.param("notes.txt", b"Use <html> tags", "text", id="tag-later-is-text"),
        pytest.param("release.txt", b"LONDON - Hello.", "text", id="plain"),
    ],
)
def test_kind_by_suffix_then_first_bytes(name: str, head: bytes, kind: str) -> None:
    assert kind_of(name, head) == kind


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param("<p>caf\u00e9</p>".encode(), "caf\u00e9", "utf-8", id="utf-8"),
        pytest.param(
            b'<meta charset="windows-1252"><p>\x93caf\xe9\x94</p>',
            "\u201ccaf\u00e9\u201d",
            "windows-1252",
            id="meta",
        ),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\x93x\x94</p>',
            "\u201cx\u201d",
            "cp1252",
            id="latin-1-read-as-windows-1252",
        ),
        pytest.param(
            b'<meta charset="koi8-r"><p>\xf0\xd2\xc9</p>', "\u041f\u0440\u0438", "koi8-r", id="koi8-r"
        ),
        pytest.param(b'<meta charset="no-such"><p>caf\xe9</p>', "caf\u00e9", "cp1252", id="unknown-label"),
    ],
)
def test_html_bytes_are_decoded_by_their_meta_charset(data: bytes, text: str, encoding: str) -> None:
    decoded = decode_html(data)
    assert (html_to_text(decoded.text), decoded.encoding) == (text, encoding)
    assert text_of("page.html", data).text == text


def test_the_command_line_reads_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    page = HTML / "library-launch.html"
    assert main(["parse", str(page)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["id"], record["source"], record["problems"]) == ("library-launch", str(page), [])
    assert pressparse.read_release(page).text == html_to_text(page.read_text(encoding="utf-8"))


MB = 1_000_000
HOSTILE = {
    # the openings html.parser would rescan to the end once each
    "unclosed-comments": "<p>x</p>" + "<!--" * (MB // 4),
    "comments-then-one-close": "<!--" * (MB // 4) + "-->",
    "declarations": "<!" * (MB // 2) + ">",
    "processing-instructions": "<?x" * (MB // 3),
    "cdata-sections": "<![CDATA[>" * (MB // 10),
    "openings-left-by-removals": "<! <!---->" * (MB // 10),
    "halves-joined-by-removals": "<!<!---->--" * (MB // 11),
    "unclosed-navs": "<nav>" * (MB // 5),
    "unclosed-hidden-divs": "<div role=navigation>" * (MB // 21),
    "mailto-links": "<a href='mailto:a@example.org'>x" * (MB // 32),
    "digits-dots-quotes-at": "555-0100. \"'@ Capital Word \u2014 " * (MB // 31),
}


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_megabyte_finishes(html: str) -> None:
    started = time.perf_counter()
    html_to_text(html)
    assert time.perf_counter() - started < 10


# The ten real pages in ../shared each have the plain-text version beside
# them. The extracted text must read like it, and the extractors must find
# the same things in both. Differences that are explained in
# docs/input-formats.md are listed here by page, as xfail(strict=True).
CORPUS_PAGES = sorted(CORPUS_TEXTS.glob("*.html")) if CORPUS_TEXTS.is_dir() else []
KNOWN_FIELD_DIFFERENCES: dict[str, str] = {}
SAME_WORDS = 0.97
LINK_TARGET = regex.compile(r"<([^<>\s@]{1,64}@[^<>\s]{1,255})>|\((\+?[0-9][0-9 ().-]{3,30})\)")


def page_param(page: Path) -> object:
    reason = KNOWN_FIELD_DIFFERENCES.get(page.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(page, id=page.stem[:3], marks=marks)


@needs_corpus
@pytest.mark.parametrize("page", [pytest.param(p, id=p.stem[:3]) for p in CORPUS_PAGES])
def test_a_real_page_reads_like_its_plain_text_version(page: Path) -> None:
    html = html_to_text(page.read_text(encoding="utf-8")).split()
    plain = page.with_suffix(".txt").read_text(encoding="utf-8").split()
    assert difflib.SequenceMatcher(None, html, plain, autojunk=False).ratio() >= SAME_WORDS


@needs_corpus
@pytest.mark.parametrize("page", [page_param(p) for p in CORPUS_PAGES])
def test_a_real_page_gives_what_its_plain_text_version_gives(page: Path) -> None:
    from_html = pressparse.read_release(page)
    from_text = pressparse.read_release(page.with_suffix(".txt"))
    assert_spans_slice_back(from_html)
    added = link_targets(from_html.text)
    assert compared(from_html, added) == compared(from_text, added)


def link_targets(text: str) -> set[str]:
    """What the HTML path wrote after a link (``<a@x.org>``, ``(+1555...)``): not in the plain text."""
    return {email or phone for email, phone in LINK_TARGET.findall(text)}


def compared(release: pressparse.Release, added: set[str]) -> dict[str, object]:
    d = release.dateline
    return {
        "dateline": d and (d.location, d.date),
        "quotes": [q.text for q in release.quotes],
        "phones": [p.e164 for p in release.phones if p.text not in added],
        "emails": [e.normalized for e in release.emails if e.text not in added],
    }
