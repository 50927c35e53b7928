"""A small stand-in HTML segmenter for building training data.

The package's own segmenter (``filter/segment.py``) is being written in
parallel; this one only has to produce the same *kind* of blocks (text, tag,
path, class/id tokens, link density, reading-order index) so that the
content-vs-boilerplate labels we derive from the extraction benchmarks look
like what the classifier sees at inference. When ``filter.segment`` lands,
``segdata.py`` should switch to it (one function: ``page_blocks``).
"""

from __future__ import annotations

import gzip
import re
import sys
from dataclasses import dataclass

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li td th dt dd blockquote pre div section article header "
    "footer nav aside figcaption caption address tr ul ol dl table form main body "
    "figure details summary fieldset hr br".split()
)
"""Tags that end the current block (``br`` too: it is how plain lines are cut)."""

SKIP_TAGS = frozenset("script style noscript template svg iframe head select option button input textarea".split())
"""Subtrees that never hold readable text."""

TOKEN_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class RawBlock:
    text: str
    tag: str
    path: str
    tokens: tuple[str, ...]
    link_density: float
    index: int


def read_html(path: str) -> str:
    raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def _tokens(el) -> list[str]:
    out = []
    for attr in ("class", "id"):
        v = el.get(attr)
        if v:
            out.extend(t for t in TOKEN_RE.findall(v.lower()) if len(t) > 1)
    return out


def page_blocks(html: str, min_chars: int = 1) -> list[RawBlock]:
    """Cut a page into blocks in reading order."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    blocks: list[RawBlock] = []
    buf: list[tuple[str, bool]] = []
    state = {"path": [], "tokens": []}

    def flush(tag: str, path: list[str], toks: list[str]) -> None:
        if not buf:
            return
        text = " ".join("".join(t for t, _ in buf).split())
        if len(text) >= min_chars:
            total = sum(len(t.strip()) for t, _ in buf) or 1
            linked = sum(len(t.strip()) for t, link in buf if link)
            blocks.append(
                RawBlock(text, tag, "/".join(path[-8:]), tuple(dict.fromkeys(toks[-12:])), min(1.0, linked / total), len(blocks))
            )
        buf.clear()

    def walk(el, path: list[str], toks: list[str], in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP_TAGS:
            if el.tail:
                buf.append((el.tail, in_link))
            return
        is_block = tag in BLOCK_TAGS
        path2 = path + [tag]
        toks2 = toks + _tokens(el)
        if is_block:
            flush(path[-1] if path else "body", path, toks)
        if el.text:
            buf.append((el.text, in_link or tag == "a"))
        for child in el:
            walk(child, path2, toks2, in_link or tag == "a")
        if is_block:
            flush(tag, path2, toks2)
        if el.tail:
            buf.append((el.tail, in_link))

    body = root.find(".//body")
    walk(body if body is not None else root, [], [], False)
    flush("body", ["body"], [])
    return blocks
