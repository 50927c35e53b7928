"""Which blocks are boilerplate.

Two passes, in the manner of jusText: each block is first classed on its own
as ``good`` (article-like prose), ``bad`` (furniture, promo, link lists) or
``short`` (too little to tell); then every short block takes its class from
its neighbours, because a short line between two article paragraphs is
usually article and a short line among links is not.

The result is one reason per block: None for content, else why it was
dropped. The reasons are shown to users in ``Segment.reason``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from .document import Block
from .patterns import BOILERPLATE_TOKENS, CALL_TO_ACTION, COLUMN_TOKENS, STRONG_BOILERPLATE_TOKENS, is_promo_line
from .segment import HEADING_TAGS

GOOD_MIN_WORDS = 25
"""A block of at least this many words, with few links, is article prose."""
MAX_LINK_DENSITY = 0.33
"""Above this share of linked text a block is a link list (jusText uses 0.2
for its stricter notion of 'good'; ours also has to keep paragraphs that link
their sources)."""
SHORT_MAX_WORDS = 10
"""Blocks below this many words carry too little text to judge alone."""
CTA_MAX_WORDS = 60
"""Calls to action are short; a long paragraph that mentions a newsletter is prose."""
TOKEN_OVERRIDE_WORDS = 40
"""A paragraph this long keeps its place even inside a container whose class
says sidebar or promo (real content lives in ``sidebar-wrapper`` too); the
``STRONG_BOILERPLATE_TOKENS`` (comments, consent) win however long it is."""
NEAR_TOKENS = 8
"""Only the nearest class and id tokens decide; a ``has-sidebar`` on <body>
says nothing about a paragraph deep inside the article."""
COLUMN_SHARE = 0.5
"""A column token (``sidebar`` …) carried by more than this share of the
page's prose words marks the article's own column, not furniture."""
INTERRUPTION_MAX_BLOCKS = 2
"""Up to this many bad blocks between article paragraphs (an inline ad, a
``Read also:`` link) interrupt the article; they are not its edge, so the
context pass looks past them."""


class _Class(Enum):
    GOOD = "good"
    BAD = "bad"
    SHORT = "short"


def _is_prose(block: Block) -> bool:
    """Good-sized prose, judged on its text alone (no class or id tokens)."""
    words = len(block.text.split())
    return (
        block.drop is None
        and words >= GOOD_MIN_WORDS
        and block.link_density <= MAX_LINK_DENSITY
        and not is_promo_line(block.text)
        and not (words < CTA_MAX_WORDS and CALL_TO_ACTION.search(block.text))
    )


def _article_columns(blocks: Sequence[Block]) -> frozenset[str]:
    """The column tokens that wrap most of the page's prose: there they name
    the article's column, not a sidebar."""
    words_by_token: dict[str, int] = {}
    total = 0
    for block in blocks:
        if not _is_prose(block):
            continue
        words = len(block.text.split())
        total += words
        for token in set(block.tokens[:NEAR_TOKENS]) & COLUMN_TOKENS:
            words_by_token[token] = words_by_token.get(token, 0) + words
    return frozenset(token for token, words in words_by_token.items() if words > COLUMN_SHARE * total)


def _first_pass(block: Block, columns: frozenset[str] = frozenset()) -> tuple[_Class, str | None]:
    if block.drop is not None:
        return _Class.BAD, block.drop
    words = len(block.text.split())
    if is_promo_line(block.text):
        return _Class.BAD, "boilerplate: promo link"
    if block.link_density > MAX_LINK_DENSITY:
        return _Class.BAD, "boilerplate: link list"
    if words < CTA_MAX_WORDS and CALL_TO_ACTION.search(block.text):
        return _Class.BAD, "boilerplate: call to action"
    near = block.tokens[:NEAR_TOKENS]
    if any(token in STRONG_BOILERPLATE_TOKENS for token in near):
        return _Class.BAD, "boilerplate: site furniture"
    if words < TOKEN_OVERRIDE_WORDS and any(token in BOILERPLATE_TOKENS and token not in columns for token in near):
        return _Class.BAD, "boilerplate: site furniture"
    if words >= GOOD_MIN_WORDS:
        return _Class.GOOD, None
    return _Class.SHORT, None


def _nearest(classes: Sequence[_Class], step: int) -> list[_Class | None]:
    """For each block, what lies beyond it in the direction of ``step`` (-1
    before, +1 after), skipping short blocks: GOOD when a good block is
    reached past at most ``INTERRUPTION_MAX_BLOCKS`` bad ones (an inline ad or
    promo inside the article), else BAD when any bad block lies that way, else
    None. One pass, so a page of a million short list items costs linear time."""
    nearest: list[_Class | None] = [None] * len(classes)
    good_seen = bad_seen = False
    bads_since_good = 0
    order = range(len(classes)) if step < 0 else range(len(classes) - 1, -1, -1)
    for i in order:
        if good_seen and bads_since_good <= INTERRUPTION_MAX_BLOCKS:
            nearest[i] = _Class.GOOD
        elif bad_seen or good_seen:
            nearest[i] = _Class.BAD
        if classes[i] is _Class.GOOD:
            good_seen, bads_since_good = True, 0
        elif classes[i] is _Class.BAD:
            bad_seen = True
            bads_since_good += 1
    return nearest


def decide(blocks: Sequence[Block]) -> list[str | None]:
    """One reason per block: None for article content, else why it is dropped."""
    columns = _article_columns(blocks)
    first = [_first_pass(block, columns) for block in blocks]
    classes = [cls for cls, _ in first]
    befores = _nearest(classes, -1)
    afters = _nearest(classes, +1)
    reasons: list[str | None] = []
    for i, (block, (cls, reason)) in enumerate(zip(blocks, first)):
        if cls is _Class.GOOD:
            reasons.append(None)
            continue
        if cls is _Class.BAD:
            reasons.append(reason)
            continue
        before = befores[i]
        after = afters[i]
        if block.tag in HEADING_TAGS and after is _Class.GOOD:
            reasons.append(None)
        elif before is _Class.GOOD and after is _Class.GOOD:
            reasons.append(None)
        elif (before is _Class.GOOD or after is _Class.GOOD) and len(block.text.split()) >= SHORT_MAX_WORDS:
            reasons.append(None)
        else:
            reasons.append("boilerplate: short text outside the article")
    return reasons


def decide_text(blocks: Sequence[Block]) -> list[str | None]:
    """For plain text every line is content unless the segmenter marked it."""
    return [block.drop for block in blocks]
