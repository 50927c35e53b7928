"""Markup or plain text to blocks.

The HTML path parses with lxml and walks the tree once, iteratively (deeply
nested pages cannot overflow the stack). lxml was chosen over a bs4 tree on
measurement: on the 181 AEB pages lxml parses in 0.8 ms a page and
``BeautifulSoup(html, "lxml")`` needs 11.4 ms, more than our whole budget.

Each block is a paragraph-like run of text: a ``p``, a heading, a list item,
or the loose text of a container between two of its block children. Inline
elements join their text without spaces (``K<small>evin</small>`` is
``Kevin``); block boundaries never fuse words.
"""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata

from lxml import etree
from lxml import html as lxml_html

from .document import Block
from .errors import LimitError
from .limits import CHECK_EVERY, NO_DEADLINE, Deadline, too_many_segments
from .patterns import MAX_ATTRIBUTE_CHARS, is_promo_rule, is_promo_rule_header, looks_like_headline, split_tokens

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre",
        "td", "th", "tr", "caption", "figcaption", "address", "summary", "details",
        "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol",
        "dl", "table", "tbody", "thead", "tfoot", "figure", "form", "fieldset", "legend",
        "center", "body", "html", "hr", "br", "menu", "dialog", "hgroup", "option", "label",
        "button", "select", "textarea", "iframe", "video", "audio", "picture", "noscript",
    }
)
"""Elements that start a new block: text never runs across their boundary."""

SKIP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "head", "title", "meta", "link", "base", "input", "select",
        "textarea", "video", "audio", "source", "track", "map", "param", "rt", "rp",
    }
)
"""Elements whose content is never text a reader sees. ``rt`` and ``rp`` are
a ruby annotation's reading and its fallback brackets: the reading is shown
above the word, not in the line (``虐待<rt>ぎゃくたい</rt>`` reads 虐待).
``noscript`` is read after all when it holds an article's worth of text
(``NOSCRIPT_MIN_CHARS``)."""

NOSCRIPT_MIN_CHARS = 200
"""A ``<noscript>`` with this much text is read like any element. Blogs that
render with JavaScript put the post itself there, and libxml2 makes the rest of
the body a child of a ``<noscript>`` whose ``<div>`` is left open. A message
("Please enable JavaScript") or a tracking pixel stays skipped."""

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

PATH_DEPTH = 12
"""How many ancestors a block's tag path keeps (the nearest ones)."""
MAX_TOKENS = 40
"""How many class and id tokens a block keeps from its ancestors (nearest first)."""

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STREAMED_ID = re.compile(r"S:[0-9a-f]+")
"""The id React gives a part of the page streamed in after the shell (``S:0``, ``S:1a``)."""
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _parser() -> etree.HTMLParser:
    # no_network: lxml never fetches a DTD or an entity. huge_tree lifts
    # libxml2's limits on text node size and nesting so huge pages parse
    # instead of being cut short silently.
    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        default_doctype=False,
    )


MAX_DEPTH = 2048
"""libxml2's HTML parser stops nesting at this depth even with huge_tree; it
drops everything below, so such a page is refused rather than cut short."""


MAX_ATTRIBUTES = 1_000
"""libxml2 takes quadratic time in the number of distinct attributes on one
element (40,000 of them take 27 s in one uninterruptible call). Real elements
have a handful; attributes beyond this many are dropped before parsing."""

_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}>?" % (2 * MAX_ATTRIBUTES))
_ATTRIBUTE = re.compile(r"""\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\s*/""")


def _trim_attributes(text: str) -> str:
    """The page with every start tag cut to its first ``MAX_ATTRIBUTES``
    attributes. Only tags long enough to hold that many are looked at, and
    the page is copied only when one is cut: 78 of the 181 AEB pages have a
    run of 2,000 characters that could be such a tag (most inside scripts),
    and copying them all held a second copy of a large page (5 MiB for a
    1.4 MB one) at the peak of its parse."""
    pieces: list[str] = []
    last = 0
    for match in _LONG_TAG.finditer(text):
        tag = match.group(0)
        name_end = 1
        while name_end < len(tag) and not tag[name_end].isspace() and tag[name_end] not in "/>":
            name_end += 1
        count = 0
        for attribute in _ATTRIBUTE.finditer(tag, name_end):
            if attribute.end() == attribute.start():
                break
            count += 1
            if count == MAX_ATTRIBUTES:
                pieces += [text[last : match.start()], tag[: attribute.end()], ">"]
                last = match.end()
                break
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def parse_html(text: str) -> etree._Element | None:
    """The lxml tree of a page, or None when there is no element at all.

    Raises ``LimitError`` when the page nests deeper than ``MAX_DEPTH``:
    libxml2 would silently drop the content below that depth.
    """
    text = _trim_attributes(_XML_DECLARATION.sub("", text, count=1))
    parser = _parser()
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise LimitError(
                f"page nests elements more than {MAX_DEPTH:,} levels deep, beyond what the HTML parser "
                f"can build; the content below that depth cannot be read ({entry.message.strip()})"
            )
    return root


WRAPPED_LINE_MIN = 40
WRAPPED_LINE_MAX = 100
"""A line of hard-wrapped prose is this long and does not end a sentence."""
_SENTENCE_ENDS = ".!?:\"”’)"


def _wrapped_line(line: str) -> bool:
    return WRAPPED_LINE_MIN <= len(line) <= WRAPPED_LINE_MAX and line[-1] not in _SENTENCE_ENDS


def _normalise(parts: list[str]) -> str:
    """The block's text: whitespace runs made one space, soft hyphens (U+00AD,
    invisible unless a line breaks there) taken out, and composed to Unicode
    NFC, the form pages are nearly always in and that search and comparison
    expect (``e`` + U+0301 becomes ``é``)."""
    # str.split() and the regex ``\s`` take the same characters for
    # whitespace (both use Py_UNICODE_ISSPACE); split and join is faster.
    text = " ".join("".join(parts).split())
    if "\xad" in text:
        text = " ".join(text.replace("\xad", "").split())
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_TOKEN_ATTRIBUTES = ("class", "id", "role", "itemprop")
"""Attributes whose values name what an element is, in the order their tokens are kept."""


def _attributes(el: etree._Element) -> tuple[bool, tuple[str, ...]]:
    """Whether the element is hidden (``hidden``, except on a part React
    streams in, ``aria-hidden="true"``, ``display:none`` or
    ``visibility:hidden``), and its own class, id, role
    and itemprop tokens in that order. One read of the attribute list: asking
    for seven attributes one by one was the walk's largest cost."""
    items = el.items()
    if not items:
        return False, ()
    if len(items) == 1 and items[0][0] in _TOKEN_ATTRIBUTES:
        # A lone class (or id, role, itemprop): two elements in five with attributes.
        value = items[0][1]
        return False, (split_tokens(value[:MAX_ATTRIBUTE_CHARS]) if value else ())
    hidden = streamed = False
    values: dict[str, str] = {}
    for name, value in items:
        if name in _TOKEN_ATTRIBUTES:
            values.setdefault(name, value)
        elif name == "hidden":
            streamed = True
        elif name == "aria-hidden":
            hidden = hidden or value == "true"
        elif name == "style":
            hidden = hidden or (bool(value) and _HIDDEN_STYLE.search(value) is not None)
    if streamed:
        # React's streamed server rendering sends each part of the page that
        # was not ready in time as <div hidden id="S:0"> at the end of the
        # body, and a script moves it into place: it is shown, not hidden.
        hidden = hidden or _STREAMED_ID.fullmatch(values.get("id", "")) is None
    if hidden or not values:
        return hidden, ()
    if len(values) == 1:  # most often a lone class: no tuples to join
        (value,) = values.values()
        return False, (split_tokens(value[:MAX_ATTRIBUTE_CHARS]) if value else ())
    tokens: tuple[str, ...] = ()
    for name in _TOKEN_ATTRIBUTES:
        value = values.get(name)
        if value:
            tokens += split_tokens(value[:MAX_ATTRIBUTE_CHARS])
    return False, tokens


_DATE_CHARS = " \t\n\r\xa00123456789.:/-|,"
"""The characters of a numeric date or time ("13.05.2024", "12:30 |"): text
made only of them does not end the linked start of a block (``lead_link``)."""


SECTION_META_KEYS = frozenset({"article:section", "section", "parsely-section", "articlesection"})
"""``<meta>`` names (``property``, ``name`` or ``itemprop``, case-folded) whose
``content`` is the section the page files itself under."""
FACTS_MAX = 20
"""At most this many section values and JSON-LD scripts are kept, each of at
most ``FACT_MAX_CHARS``: a page of ten thousand ``<meta>`` tags stays linear."""
FACT_MAX_CHARS = 100_000
_FACT_TAGS = frozenset({"head", "meta", "script"})


@dataclasses.dataclass
class PageFacts:
    """What a page says about itself outside its text, gathered by
    ``segment_html`` on its one walk: the values of its section ``<meta>``
    tags and its JSON-LD scripts (``filter.section`` reads them). The walk
    skips ``<head>``, ``<meta>`` and ``<script>``; these are read as they are
    skipped, a ``<head>`` through lxml's own iteration over its ``<meta>``
    and ``<script>`` tags."""

    sections: list[str] = dataclasses.field(default_factory=list)
    json_ld: list[str] = dataclasses.field(default_factory=list)

    def read(self, el: etree._Element, tag: str) -> None:
        if tag == "head":
            for child in el.iter("meta", "script"):
                self.read(child, child.tag)
        elif tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop")
            content = el.get("content")
            if key and content and key.lower() in SECTION_META_KEYS and len(self.sections) < FACTS_MAX:
                self.sections.append(content[:FACT_MAX_CHARS])
        elif tag == "script":
            kind = el.get("type")
            if kind and "ld+json" in kind.lower() and el.text and len(self.json_ld) < FACTS_MAX:
                self.json_ld.append(el.text[:FACT_MAX_CHARS])


class _Walker:
    """State of the one walk over the tree that produces the blocks."""

    def __init__(self, max_segments: int | None = None) -> None:
        self.max_segments = max_segments
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.lead_link = 0  # linked characters before the block's first unlinked text
        self.leading = True  # no unlinked text in the block yet
        self.blank = True  # no text but whitespace in the block yet (see ``flush``)
        self.link_depth = 0
        # The open ancestors: (tag, cumulative class and id tokens).
        self.stack: list[tuple[str, tuple[str, ...]]] = []
        self.tags: list[str] = []  # the tags of self.stack, for joining paths
        self.serials: list[int] = []  # the walk's numbers of the elements of self.stack
        # Positions in self.stack of the open block elements, innermost last.
        self.owners: list[int] = []
        # Whether the last block ended on a <br> in a line of wrapped prose.
        self.wrapped = False

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.link_depth:
            self.parts.append(text)
            chars = len(text) - text.count(" ")
            self.link_chars += chars
            if self.leading:
                self.lead_link += chars
            if self.blank and not text.isspace():
                self.blank = False
        elif not self.leading:
            self.parts.append(text)
        elif not text.isspace():
            # Unlinked text: neither leading nor blank any more (blank
            # was already False when leading was), unless it is only a date
            # or a time before the first link ("13.05.2024 <a>Headline</a>",
            # a card's date set before its linked headline).
            self.parts.append(text)
            self.blank = False
            if self.lead_link or text.strip(_DATE_CHARS):
                self.leading = False
        elif self.parts:
            self.parts.append(text)
        # else whitespace before any text, which ``_normalise`` would take
        # out again: most of a page's text nodes are the indentation
        # between block elements, and left out they leave nothing to flush.

    def line_break(self) -> None:
        """A ``<br>``: the line so far ends a block, unless it is a line of
        hard-wrapped prose, which the next line continues (see ``flush``)."""
        line = self.flush()
        self.wrapped = line is not None and _wrapped_line(line)

    def flush(self, drop: str | None = None) -> str | None:
        """End the current block; returns its text (None when there is none).

        After a ``<br>`` that broke a line of hard-wrapped prose, the text is
        appended to the previous block instead: a paragraph typed with line
        breaks at 70 characters is one paragraph, not a dozen short lines.
        """
        wrapped, self.wrapped = self.wrapped, False
        if not self.parts:
            return None
        if self.blank:
            # Only whitespace, which normalises to no text: half the
            # flushes of a page (the indentation between block elements),
            # answered without joining and splitting it.
            self.parts = []
            self.link_chars = self.lead_link = 0
            self.leading = True
            return None
        text = _normalise(self.parts)
        link_chars, lead_link = self.link_chars, self.lead_link
        self.parts = []
        self.link_chars = self.lead_link = 0
        self.leading = self.blank = True
        if not text:
            return None
        if wrapped and drop is None and self.blocks:
            last = self.blocks[-1]
            chars = len(text) - text.count(" ")
            last_chars = len(last.text) - last.text.count(" ")
            merged = f"{last.text} {text}"
            density = (last.link_density * last_chars + link_chars) / max(1, last_chars + chars)
            lead = last.lead_link + lead_link if last.lead_link >= last_chars else last.lead_link
            self.blocks[-1] = dataclasses.replace(last, text=merged, link_density=min(1.0, density), lead_link=lead)
            return text
        owner = self.owners[-1] if self.owners else len(self.stack) - 1
        tag, tokens = self.stack[owner] if owner >= 0 else ("body", ())
        first = max(0, owner + 1 - PATH_DEPTH)
        path = ">".join(self.tags[first : owner + 1])
        if self.max_segments is not None and len(self.blocks) >= self.max_segments:
            raise too_many_segments(self.max_segments)
        # The fields in order (text, tag, path, tokens, link_density, index,
        # drop, nodes, lead_link): by name, a block took a third longer to make.
        density = min(1.0, link_chars / max(1, len(text) - text.count(" ")))
        nodes = tuple(self.serials[first : owner + 1])
        self.blocks.append(Block(text, tag, path, tokens, density, len(self.blocks), drop, nodes, lead_link))
        return text


def _readable_noscript(el: etree._Element) -> bool:
    """Whether a ``<noscript>`` holds ``NOSCRIPT_MIN_CHARS`` of text."""
    chars = 0
    for text in el.itertext():
        chars += len(text.strip())
        if chars >= NOSCRIPT_MIN_CHARS:
            return True
    return False


def segment_html(
    text: str, *, deadline: Deadline = NO_DEADLINE, max_segments: int | None = None, facts: PageFacts | None = None
) -> list[Block]:
    """The blocks of an HTML page in reading order. ``facts``, when given,
    gathers the page's section ``<meta>`` values and JSON-LD (``PageFacts``).

    Raises ``LimitError`` when the deadline passes during the walk, when the
    page yields more than ``max_segments`` blocks, or nests too deep.
    """
    root = parse_html(text)
    if root is None:
        return []
    deadline.check("parsing the page")
    walker = _Walker(max_segments)
    # Opening and closing an element is written out here rather than as the
    # walker's methods, on the walker's lists: two calls an element, and a
    # call to ``flush`` on every block element with nothing to flush. With
    # the indentation left out (``_Walker.add``) and a lone class read
    # without a dict (``_attributes``), segment_html took 6.5 instead of 6.8
    # ms a page (parse included) on wcxb-dev and trafilatura-eval pages.
    stack, tags, serials, owners = walker.stack, walker.tags, walker.serials, walker.owners
    add, flush = walker.add, walker.flush
    opened = 0  # the walk's number of the next element opened
    walk = etree.iterwalk(root, events=("start", "end"))
    # The element whose subtree was just skipped: iterwalk's next event is its end.
    skipped: etree._Element | None = None
    for steps, (event, el) in enumerate(walk, 1):
        if steps % CHECK_EVERY == 0:
            deadline.check("segmenting the page")
        tag = el.tag
        if not isinstance(tag, str):  # an entity or a stray comment node
            if event == "end":
                add(el.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in SKIP_TAGS and not (tag == "noscript" and _readable_noscript(el)):
                hidden, own = True, ()
            else:
                hidden, own = _attributes(el)
            if hidden:
                if facts is not None and tag in _FACT_TAGS:
                    facts.read(el, tag)
                walk.skip_subtree()
                skipped = el
                if tag in BLOCK_TAGS:  # an iframe, a video, a form field: a box between two texts
                    flush()
                    if tag not in SKIP_TAGS:  # shown as a dropped block, for the JSON output
                        add("".join(el.itertext()))
                        flush(drop="boilerplate: hidden element")
                # A hidden inline element (an icon's label, a screen-reader
                # span, MathML's fallback) is left out of the line it sits in:
                # ending the block there cut the paragraph in pieces.
                continue
            if tag == "br":
                walker.line_break()
                continue
            inherited = stack[-1][1] if stack else ()
            if tag in BLOCK_TAGS:
                if walker.parts:
                    flush()
                else:
                    walker.wrapped = False  # what flush does when there is nothing to flush
                owners.append(len(stack))
            stack.append((tag, (own + inherited)[:MAX_TOKENS] if own else inherited))
            tags.append(tag)
            serials.append(opened)
            opened += 1
            if tag == "a":
                walker.link_depth += 1
            inner = el.text
            if inner:
                add(inner)
        else:
            if el is skipped:
                skipped = None
            elif tag == "br":
                pass
            else:
                if tag == "a":
                    walker.link_depth -= 1
                if tag in BLOCK_TAGS:
                    if walker.parts:
                        flush()
                    else:
                        walker.wrapped = False
                    owners.pop()
                stack.pop()
                tags.pop()
                serials.pop()
            tail = el.tail
            if tail:
                add(tail)
    flush()
    return walker.blocks


TITLE_SCAN_CHARS = 200_000
"""How far into the page the ``<title>`` is looked for."""
_TITLE_OPEN = re.compile(r"<title(?:\s[^<>]{0,512})?>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def title_of(text: str) -> str | None:
    """The page's first ``<title>``, found without building a tree: one
    search for its start and one for its end, so a page of ten thousand
    unclosed ``<title>`` tags costs linear time."""
    head = text[:TITLE_SCAN_CHARS]
    opening = _TITLE_OPEN.search(head)
    if opening is None:
        return None
    closing = _TITLE_CLOSE.search(head, opening.end())
    if closing is None:
        return None
    title = _normalise([html.unescape(head[opening.end() : closing.start()])])
    return title or None


# --- plain text -----------------------------------------------------------

WRAPPED_SHARE = 0.6
"""A chunk is hard-wrapped prose when this share of its lines (all but the
last) are between the two lengths and do not end a sentence."""


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    wrapped = sum(1 for line in body if _wrapped_line(line))
    return wrapped >= WRAPPED_SHARE * len(body)


def _paragraphs(text: str) -> list[str]:
    paragraphs: list[str] = []
    chunk: list[str] = []
    for raw in text.splitlines() + [""]:
        line = _SPACE.sub(" ", raw).strip()
        if line:
            chunk.append(line)
            continue
        if chunk:
            if _hard_wrapped(chunk):
                paragraphs.append(" ".join(chunk))
            else:
                paragraphs.extend(chunk)
            chunk = []
    return paragraphs


PROMO_BLOCK_MAX_LINES = 12
"""At most this many headline-like lines after a promo header are teasers."""


def segment_text(text: str, *, deadline: Deadline = NO_DEADLINE, max_segments: int | None = None) -> list[Block]:
    """The blocks of a plain-text document: paragraphs, one per line unless
    the text is hard-wrapped. A promo header (``Read Also:``, ``Related:``,
    ``More from …``) and the headline-like lines after it are marked."""
    blocks: list[Block] = []
    in_promo = 0
    for index, paragraph in enumerate(_paragraphs(text)):
        if index % CHECK_EVERY == 0:
            deadline.check("segmenting the text")
        if max_segments is not None and index >= max_segments:
            raise too_many_segments(max_segments)
        drop = None
        if is_promo_rule_header(paragraph):
            drop = "boilerplate: promo block"
            in_promo = PROMO_BLOCK_MAX_LINES
        elif is_promo_rule(paragraph):
            drop = "boilerplate: promo link"
        elif in_promo and looks_like_headline(paragraph):
            drop = "boilerplate: promo block"
            in_promo -= 1
        else:
            in_promo = 0
        blocks.append(Block(text=paragraph, tag="line", path="text", index=index, drop=drop))
    return blocks


def text_block(text: str) -> Block:
    """The one block a line of plain text makes, as ``segment_text`` cuts it:
    how a sentence or a headline passed on its own reaches the classifier
    (``clean(sentence)``), and how the training command presents the
    labelled sentences and headlines. Several lines are joined into one."""
    blocks = segment_text(text)
    if len(blocks) == 1:
        return blocks[0]
    joined = " ".join(block.text for block in blocks)
    return Block(text=joined or text, tag="line", path="text", index=0)
