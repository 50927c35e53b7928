"""Which blocks are boilerplate, and why.

For HTML the decision is the learned block classifier's (``blocks.py``): a
block whose content probability is under the model's threshold is dropped.
This module turns that decision into the reason users read in
``Segment.reason``, naming the most telling cue, and drops paragraphs that
repeat an earlier kept one. Some blocks are dropped whatever the model
says, because the product defines them as boilerplate and the training pages
hold too few of them inside article bodies for the model to learn it: promo
lines ("Read also: …"), calls to action ("Enter your email …") and comment
forms, cookie and consent banners, figure captions and photo credits, and
comment sections, named as such by their class names or their heading.
Their wording is data in ``patterns.py``. For plain text, the segmenter's
promo-block marks are the decision.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .document import Block
from .patterns import (
    BOILERPLATE_TAGS,
    BOILERPLATE_TOKENS,
    CAPTION_TAGS,
    COMMENT_TOKENS,
    NEAR_TOKENS,
    count_words,
    has_call_to_action,
    ends_on_credit,
    is_consent,
    is_comment_byline,
    is_comment_heading,
    is_comment_name,
    is_credit,
    is_form_or_pitch,
    is_promo_rule,
    is_prompt,
)

COMMENTS = "boilerplate: comments"
CONSENT_PROMPT = "boilerplate: consent prompt"
CONSENT_SHARE = 0.5
"""An element whose blocks are at least this much consent wording (by
characters) is a consent banner, and all its blocks go with it."""
LINK_LIST_DENSITY = 0.5
"""Above this share of linked text, a dropped block is called a link list."""
DUPLICATE = "duplicate: repeats an earlier paragraph"
ARTICLE_BEFORE_COMMENTS_WORDS = 20
"""A comment heading opens a section only after a kept paragraph of this
many words: the article comes before its comments."""
NO_SECTION = -1
"""No comment section is open (the walk numbers elements from 0)."""
BYLINE_WITHIN = 10
"""How many blocks after a comment heading are looked at for a comment's byline."""


def _why(block: Block, probability: float) -> str:
    if is_promo_rule(block.text):
        return "boilerplate: promo link"
    if block.link_density > LINK_LIST_DENSITY:
        return "boilerplate: link list"
    if has_call_to_action(block.text):
        return "boilerplate: call to action"
    if any(tag in BOILERPLATE_TAGS for tag in block.path.split(">")):
        return "boilerplate: page furniture"
    if any(token in BOILERPLATE_TOKENS for token in block.tokens[:NEAR_TOKENS]):
        return "boilerplate: page furniture"
    return f"boilerplate: outside the article (content probability {probability:.2f})"


def consent_banner(blocks: Sequence[Block], candidates: Sequence[bool]) -> list[bool]:
    """Which blocks belong to a cookie or consent banner: those with consent
    wording (``patterns.is_consent``), and every block of an element whose
    blocks are mostly such wording, which takes in a banner's heading and
    the sentences that name no cookie ("Your choices apply to this site
    only"). An article that quotes a banner keeps its other paragraphs: they
    outweigh the quote.

    Only pages where one of the ``candidates`` (the blocks the model would
    keep) has consent wording are looked at further: the wording test on
    every block cost 0.6 ms a wcxb-dev page, 4% of ``clean()``.
    """
    flags = [candidate and is_consent(block.text) for block, candidate in zip(blocks, candidates)]
    if not any(flags):
        return flags
    flags = [flag or (not candidate and is_consent(block.text)) for block, candidate, flag in zip(blocks, candidates, flags)]
    consent: dict[int, int] = {}
    size: dict[int, int] = {}
    for block, flag in zip(blocks, flags):
        if len(block.nodes) >= 2:
            parent = block.nodes[-2]
            size[parent] = size.get(parent, 0) + len(block.text)
            if flag:
                consent[parent] = consent.get(parent, 0) + len(block.text)
    banners = {parent for parent, chars in consent.items() if chars >= CONSENT_SHARE * size[parent]}
    return [flag or (len(block.nodes) >= 2 and block.nodes[-2] in banners) for block, flag in zip(blocks, flags)]


def _section_opened_by(nodes: tuple[int, ...], last_owner: int) -> int:
    """The element a comment heading opens: the largest element around it
    (of ``nodes``, outermost first, without the heading's own) that holds no
    earlier block, or ``NO_SECTION``. The walk numbers elements as it opens
    them, so an element still open holds an earlier block exactly when that
    block's own element (its last node) was opened at or after it: when its
    number is at most ``last_owner``, the largest such number so far."""
    for node in nodes[:-1]:
        if node > last_owner:
            return node
    return NO_SECTION


def _in_section(nodes: tuple[int, ...], section: int) -> bool:
    """Whether a block lies in the element numbered ``section``: the element
    is among its nodes, or all of its nodes were opened after it (a comment
    nested deeper than the tag path reaches, as Disqus nests them, while the
    blocks before it were inside)."""
    return bool(nodes) and (section in nodes or nodes[0] > section)


def _byline_follows(blocks: Sequence[Block], heading: int, section: int) -> bool:
    """Whether one of the ``BYLINE_WITHIN`` blocks after the heading, in the
    section, is a comment's byline (``patterns.is_comment_byline``)."""
    for block in blocks[heading + 1 : heading + 1 + BYLINE_WITHIN]:
        if not _in_section(block.nodes, section):
            return False
        if is_comment_byline(block.text):
            return True
    return False


def decide(blocks: Sequence[Block], content: np.ndarray, threshold: float) -> list[str | None]:
    """One reason per block: None for article content, else why it is dropped.

    A comment section without telling class names is found by its heading
    (``patterns.is_comment_heading``: ``Comments (12)``, ``Join the
    discussion``): the largest element around the heading that begins with
    it is the section, and what the model keeps of it is dropped. Three
    guards keep a story's text that names comments: the heading counts only
    after a kept paragraph of ``ARTICLE_BEFORE_COMMENTS_WORDS`` words; when
    no element around the heading begins with it, the rest of its parent,
    which holds the story too, is the section only if a comment's byline
    (``patterns.is_comment_byline``: ``ashby_resident 2 hours ago``)
    follows the heading there, so a subheading inside the story's body takes
    nothing with it; and a kept paragraph that long after the section is the
    story going on, so the section's blocks are given back. A heading that
    is only a name (``Comments``), which a story's subheading can be too,
    needs the byline wherever it stands.
    """
    reasons: list[str | None] = []
    seen: set[str] = set()
    section = NO_SECTION
    last_owner = NO_SECTION
    article = False
    held: list[int] = []  # what the sections so far took from the model's keep
    candidates = (content >= threshold).tolist()
    for index, (block, probability, banner) in enumerate(zip(blocks, content, consent_banner(blocks, candidates))):
        nodes = block.nodes
        if section != NO_SECTION and not _in_section(nodes, section):
            section = NO_SECTION
        if (
            section == NO_SECTION
            and article
            and len(nodes) >= 2
            and block.drop is None
            and block.link_density <= LINK_LIST_DENSITY
            and is_comment_heading(block.text)
        ):
            section = _section_opened_by(nodes, last_owner)
            if section == NO_SECTION or is_comment_name(block.text):
                # Needs a byline: in the heading's parent, which holds the story too, or in its own section.
                around = nodes[-2] if section == NO_SECTION else section
                section = around if _byline_follows(blocks, index, around) else NO_SECTION
        if nodes and nodes[-1] > last_owner:
            last_owner = nodes[-1]
        if block.drop is not None:
            reasons.append(block.drop)
        elif is_promo_rule(block.text):
            reasons.append("boilerplate: promo link")
        elif is_prompt(block.text):
            reasons.append("boilerplate: call to action")
        elif block.tag in CAPTION_TAGS or is_credit(block.text):
            reasons.append("boilerplate: caption or credit")
        elif probability < threshold:
            reasons.append(_why(block, float(probability)))
        # The rules below only decide what the model would keep: asked of
        # every block they cost up to 0.7 ms a page, and of a block the model
        # drops they would only change its reason.
        elif banner:
            reasons.append(CONSENT_PROMPT)
        elif is_form_or_pitch(block.text):
            reasons.append("boilerplate: call to action")
        elif ends_on_credit(block.text):
            reasons.append("boilerplate: caption or credit")
        elif not COMMENT_TOKENS.isdisjoint(block.tokens):
            reasons.append(COMMENTS)
        elif section != NO_SECTION:
            held.append(len(reasons))
            reasons.append(COMMENTS)
        elif block.text in seen:
            reasons.append(DUPLICATE)
        else:
            seen.add(block.text)
            reasons.append(None)
            if (not article or held) and count_words(block.text)[0] >= ARTICLE_BEFORE_COMMENTS_WORDS:
                article = True
                for index in held:
                    text = blocks[index].text
                    reasons[index] = DUPLICATE if text in seen else None
                    seen.add(text)
                held.clear()
    return reasons


def decide_text(blocks: Sequence[Block]) -> list[str | None]:
    """For plain text every line is content unless the segmenter marked it."""
    return [block.drop for block in blocks]
