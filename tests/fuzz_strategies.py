"""Hypothesis strategies and property checks shared by tests/test_fuzz.py and benchmarks/fuzz.py."""

from __future__ import annotations

import html
import re
import unicodedata

from hypothesis import strategies as st

from filter import FilterError, Label, Limits, Result, clean
from filter.decode import to_text

ALL_LABELS = tuple(Label)

TAGS = ("p", "div", "span", "a", "b", "i", "br", "li", "ul", "h1", "h2", "table", "tr", "td", "script", "style",
        "nav", "footer", "article", "section", "small", "img", "pre", "blockquote", "noscript", "svg", "title", "head",
        "body", "html", "form", "iframe", "template", "hr")
ATTRS = ("class", "id", "style", "hidden", "aria-hidden", "href", "colspan", "title", "role", "charset")
ENTITIES = ("&amp;", "&lt;", "&gt;", "&nbsp;", "&eacute;", "&#8217;", "&#x20AC;", "&#0;", "&#xD800;", "&bogus;", "&", "&#99999999;")
WORDS = ("The", "council", "approved", "budget", "said", "Read", "Also:", "Related", "newsletter", "I", "think",
         "mööse", "日本語", "€", "“quoted”", "Subscribe", "now", "officials", "Tuesday", "cookie", "more", "from")

_text = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=12),
    st.sampled_from(ENTITIES),
    st.sampled_from(("<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "\n", "\r\n", "\t", " ", "\x00", "\ufeff", '"', "'", "=")),
)


def _attr(name: str, value: str) -> str:
    return f' {name}="{value}"'


_attribute = st.builds(_attr, st.sampled_from(ATTRS), st.one_of(st.sampled_from(("nav", "display:none", "true", "9007199254740991", "footer sidebar", "")), st.text(max_size=8)))


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """HTML-ish strings: random nested tags, attributes, entities and text, sometimes unbalanced."""
    parts: list[str] = []
    open_tags: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(("<!DOCTYPE html>", "<?xml version='1.0' encoding='utf-8'?>", "<html>", '<meta charset="iso-8859-1">', ""))))
    for _ in range(draw(st.integers(0, 40))):
        action = draw(st.integers(0, 3))
        if action == 0 or not open_tags and action == 1:
            tag = draw(st.sampled_from(TAGS))
            attrs = "".join(draw(st.lists(_attribute, max_size=3)))
            parts.append(f"<{tag}{attrs}>")
            open_tags.append(tag)
        elif action == 1:
            tag = open_tags.pop()
            if draw(st.integers(0, 9)):  # sometimes left unclosed
                parts.append(f"</{tag}>")
        else:
            parts.append(" ".join(draw(st.lists(_text, min_size=1, max_size=12))))
    if draw(st.booleans()):
        parts.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(parts)


plain_texts = st.lists(
    st.one_of(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join), st.text(max_size=40), st.just("")),
    max_size=20,
).map("\n".join)

raw_bytes = st.one_of(
    st.binary(max_size=300),
    html_pages().flatmap(lambda page: st.sampled_from(("utf-8", "utf-16", "latin-1", "cp1252", "shift_jis", "gb18030")).map(
        lambda codec: page.encode(codec, "replace"))),
    st.builds(lambda head, body: head + body, st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"")), st.binary(max_size=100)),
)

inputs = st.one_of(html_pages(), plain_texts, st.text(max_size=200), raw_bytes)

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
"""What the HTML tokenizer reads as a tag: ``<`` then a letter, ``/``, ``!`` or
``?``. ``a < b`` is text (stripping it as a tag once made the oracle report
``council<head>The`` → ``councilThe`` as invented)."""
_QUOTED_TAG = re.compile(r"""<[A-Za-z/!?](?:[^>"']|"[^"]*"|'[^']*')*>""")
"""The same, where a quoted attribute value may hold ``>``: in
``approved<span class=">">council`` the tag ends at the second ``>``, and
the words join."""
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile(r"<(script|style|title|textarea|template|noscript|iframe|svg|math)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
"""Elements whose content a reader never sees. They vanish from the text
without leaving a space, as in a browser: ``Read<script>x</script>é``
reads ``Readé``, which the references that keep ``x`` miss."""


_OPEN_TAG = re.compile(r"""<([a-z][\w-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*/?>""", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\s+([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


_ROOT_TAGS = frozenset({"html", "head", "body"})
"""A parser drops these tags where they are out of place, with their attributes, and keeps their content."""


def _is_hidden(attributes: str) -> bool:
    for name, value in _ATTRIBUTE.findall(attributes):
        name, value = name.lower(), value.strip("\"'")
        if name == "hidden" or (name == "aria-hidden" and value.lower() == "true") or (name == "style" and _HIDDEN_STYLE.search(value)):
            return True
    return False


def _without_hidden(text: str) -> str:
    """``text`` without the elements hidden by an attribute or a style (up to
    the first closing tag of their name, which is near enough for a check).
    The segmenter leaves a hidden inline element out of its line without a
    space, as a browser does: ``Subscribe<span hidden>The</span>council``
    reads ``Subscribecouncil``."""
    out, position = [], 0
    while (opening := _OPEN_TAG.search(text, position)) is not None:
        closing = re.compile(rf"</{re.escape(opening.group(1))}\s*>", re.IGNORECASE).search(text, opening.end())
        if closing is None or opening.group(1).lower() in _ROOT_TAGS or not _is_hidden(opening.group(2)):
            out.append(text[position : opening.end()])
            position = opening.end()
            continue
        out.append(text[position : opening.start()])
        position = closing.end()
    out.append(text[position:])
    return "".join(out)


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _composed(text: str) -> str:
    """Soft hyphens out and composed to NFC, as the HTML segmenter gives its
    text: "00000&shy;0" reads "000000", and U+F900 becomes U+8C48."""
    return unicodedata.normalize("NFC", text.replace("\xad", ""))


def reference_texts(source: str | bytes) -> tuple[str, ...]:
    """The input's text six ways, whitespace removed: as it is (plain text
    keeps ``&amp;``), with entities decoded, with everything that looks like a
    tag removed (so that ``K<small>evin</small>`` gives ``Kevin``), the same
    with quoted attribute values read as such, also without the content of
    invisible elements, and also without that of hidden ones; and each of
    them ``_composed``."""
    text = to_text(source)
    untagged = _squash(html.unescape(_TAG.sub("", text)))
    quoted = _squash(html.unescape(_QUOTED_TAG.sub("", text)))
    visible = _squash(html.unescape(_QUOTED_TAG.sub("", _INVISIBLE.sub("", text))))
    shown = _squash(html.unescape(_QUOTED_TAG.sub("", _without_hidden(_INVISIBLE.sub("", text)))))
    as_is = (_squash(text), _squash(html.unescape(text)), untagged, quoted, visible, shown)
    return as_is + tuple(map(_composed, as_is))


UNTIMED = Limits(max_seconds=None)
"""The repeated calls run without the time budget: a wall-clock budget can
refuse the second call on a loaded machine, which is no lack of determinism."""


def check(source: str | bytes, *, full: bool = True) -> None:
    """Every property of ``clean()`` on one input; raises AssertionError when one fails.

    1. It returns a Result or raises a FilterError subclass, nothing else.
    2. Nothing is invented: every word of every kept segment occurs in the input's text.
    3. It is deterministic.
    4. Cleaning the cleaned text again, as plain text and keeping every label, keeps it.
       With the default labels it need not: a segment's label depends on its
       neighbours, and the first pass removed some of them (the filler).

    ``full=False`` checks 1 and 2 only: one call of ``clean()`` instead of five.
    """
    try:
        result = clean(source)
    except FilterError:
        return
    assert isinstance(result, Result)

    references = reference_texts(source)
    for segment in result.segments:
        if segment.kept:
            for word in _WORD.findall(segment.text):
                assert any(word in ref for ref in references), f"invented word {word!r} in {segment.text!r}"

    if not full:
        return
    assert clean(source, limits=UNTIMED).to_dict() == result.to_dict(), "not deterministic"

    kept_all = clean(source, keep=ALL_LABELS, limits=UNTIMED)
    if kept_all.text.strip():
        again = clean(kept_all.text, content_type="text", keep=ALL_LABELS, limits=UNTIMED)
        assert again.text == kept_all.text, f"not idempotent: {kept_all.text!r} -> {again.text!r}"
