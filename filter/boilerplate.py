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
comment sections, named as such by their class names or their heading,
pull quotes that repeat the article, runs of linked teaser headlines after
the article or set as cards or under a promo header, the story's headline,
and a subheading whose text is all dropped.
Their wording is data in ``patterns.py``.
For plain text, the segmenter's promo-block marks are the decision.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .document import Block
from .patterns import (
    AUTHOR_BIO_TOKENS,
    BOILERPLATE_TAGS,
    BOILERPLATE_TOKENS,
    BYLINE,
    CAPTION_MAX_WORDS,
    CAPTION_TAGS,
    CAPTION_TOKENS,
    COMMENT_TOKENS,
    DIALOG_TOKENS,
    LEAD_TOKENS,
    NEAR_TOKENS,
    PULL_QUOTE_TOKENS,
    GALLERY_COUNTER,
    AD_LABEL,
    AD_LABEL_MAX_CHARS,
    READING_TIME,
    SENTENCE_END,
    SIGN_UP_TOKENS,
    count_words,
    has_call_to_action,
    ends_on_credit,
    is_consent,
    is_button,
    is_post_metadata,
    is_comment_byline,
    is_comment_heading,
    is_comment_name,
    is_credit,
    is_date_line,
    is_dated_byline,
    is_disclosure,
    is_form_or_pitch,
    is_promo_rule,
    is_promo_rule_header,
    is_prompt,
)
from .segment import HEADING_TAGS

CALL_TO_ACTION = "boilerplate: call to action"
COMMENTS = "boilerplate: comments"
DISCLOSURE = "boilerplate: disclosure"
AUTHOR_BIO = "boilerplate: author bio"
CONSENT_PROMPT = "boilerplate: consent prompt"
CAPTION = "boilerplate: caption or credit"
DIALOG = "boilerplate: dialog"
"""The reason of a block inside a ``<dialog>`` element: a box laid over the
page (a consent or sign-up modal), never the page's article. The training
pages hold no kept block inside one, so the model never learned it."""
CONSENT_SHARE = 0.5
"""An element whose blocks are at least this much consent wording (by
characters) is a consent banner, and all its blocks go with it."""
CONSENT_DIALOG_SHARE = 0.2
"""The same share for an element inside a dialog (``DIALOG_TOKENS``): a
consent dialog's sentences that name no cookie ("If you're happy with
this …") may outweigh those that do, but an article that quotes a banner
quotes a paragraph in five or more of its own."""
PAGE_TOKEN_SHARE = 0.5
"""A dialog token on at least this share of the blocks the model keeps
outside the elements with consent wording is the page's own, not a
dialog's: ``modal-open`` on the body while a dialog is shown, a theme's
``site-overlay`` wrapper around everything."""
SIGN_UP_SHARE = 0.3
"""An element whose blocks are at least this much calls to action (by
characters), and whose class names say so (``SIGN_UP_TOKENS``), is a sign-up
box: its other blocks go with the prompt."""
SIGN_UP_OTHER_MAX_CHARS = 400
"""A sign-up box holds at most this much besides its prompts: an article's
element with a sign-up class on it holds more."""
LINK_LIST_DENSITY = 0.5
"""Above this share of linked text, a dropped block is called a link list."""
DUPLICATE = "duplicate: repeats an earlier paragraph"
DUPLICATE_MIN_WORDS = 7
"""Only a paragraph this long is dropped as a repeat. Shorter lines repeat
on purpose: a table's cells ("Yes", "Pros:"), a form's labels, a song's
chorus. Dropping those too cost wcxb-dev articles 0.003 of AEB F1 (0.9348
against 0.9382, end to end)."""
PULL_QUOTE = "duplicate: pull quote"
ARTICLE_BEFORE_COMMENTS_WORDS = 20
"""A comment heading opens a section only after a kept paragraph of this
many words: the article comes before its comments."""
NO_SECTION = -1
"""No comment section is open (the walk numbers elements from 0)."""
BYLINE_WITHIN = 10
"""How many blocks after a comment heading are looked at for a comment's byline."""


def _named(block: Block, names: frozenset[str]) -> bool:
    """Whether one of the block's nearest class and id tokens (``NEAR_TOKENS``) is one of ``names``."""
    return not names.isdisjoint(block.tokens[:NEAR_TOKENS])


OUTSIDE = "boilerplate: outside the article"
"""The reason of a block the model drops with no more telling cue (followed by its probability)."""
FURNITURE = "boilerplate: page furniture"
DATED_BYLINE = "boilerplate: byline"
"""The reason of a kept byline with the story's date ("By Haley Hoekstra • March 12, 2025"; ``patterns.is_dated_byline``)."""
DATE_LINE = "boilerplate: date line"
"""The reason of a kept block that is only a labelled date ("Last updated:
April 21, 2025"; ``patterns.is_date_line``)."""
HEADLINE = "boilerplate: headline"
"""The reason of the page's first ``<h1>`` when the model keeps it: the
story's headline is not its body, as a byline or a date line is not
(``_headline``)."""
LEAD_MIN_WORDS = 8
LEAD_MAX_WORDS = 60
LEAD_LINK_DENSITY = 0.2
"""An article's lead (``_leads``) is 8 to 60 words, at most a fifth of them linked."""
ARTICLE_TAGS = frozenset({"article", "main"})


def _captions_over_credits(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Drops, as a caption, a short kept block (under ``CAPTION_MAX_WORDS``)
    whose element holds only it and the credit line after it (``<div><img>
    <p>The ribbon was cut by …</p><p>Fot. UM Lipowiec</p></div>``), or a
    gallery's counter too (``<span>2 / 12</span><p>…</p><span>Picture:
    …</span>``): the picture's caption, set apart from its credit. With
    held-out block probabilities it drops 14 kept blocks of the 2,487
    wcxb-dev and trafilatura-eval pages, 11 of them captions outside the
    truth, and 3 of trafilatura-eval's truth, which keeps some captions (and a
    blog's closing "PS:" set beside a credit): trafilatura-eval recall 0.9524
    to 0.9517 (F1 0.9377 to 0.9373), wcxb-dev articles unchanged. The issue
    asks for captions to go, so this stays; a section's heading over its
    picture's credit is not a caption (without that test, 15 more of
    trafilatura-eval's subheadings went)."""
    for i in range(1, len(blocks)):
        if reasons[i] != CAPTION or not is_credit(blocks[i].text) or reasons[i - 1] is not None:
            continue
        caption, parent = blocks[i - 1], blocks[i].parent
        before = i - 2
        if before >= 0 and blocks[before].parent == parent and GALLERY_COUNTER.match(blocks[before].text) is not None:
            before -= 1
        if (
            parent is not None
            and caption.parent == parent
            and caption.tag not in HEADING_TAGS  # a section's heading over its picture's credit
            and caption.text.count(" ") < CAPTION_MAX_WORDS
            and (before < 0 or blocks[before].parent != parent)
            and (i + 1 >= len(blocks) or blocks[i + 1].parent != parent)
        ):
            reasons[i - 1] = CAPTION


GALLERY_COUNTER_MAX_CHARS = 40
GALLERY_MAX_BLOCKS = 400
"""A gallery is at most this many blocks: a larger element is not looked
at, which keeps a page of thousands of counters linear (8,000 slides in
one article took 7 s without it)."""
GALLERY_KEPT_PER_COUNTER = 2
GALLERY_KEPT_MORE = 2
"""A gallery holds, beside its counters, at most two kept blocks for each
(a caption, a credit) and two more (its title, an arrow): ``_galleries``."""


def _element_range(blocks: Sequence[Block], element: int, lo: int, hi: int, limit: int = sys.maxsize) -> tuple[int, int]:
    """The blocks ``lo:hi``, which lie in ``element``, grown on both sides
    to all of the element's blocks (those whose ``nodes`` hold it), or until
    the range is more than ``limit`` blocks: the range of an element around
    a block, for the rules that widen it one ancestor at a time."""
    start, stop = lo, hi
    while start > 0 and element in blocks[start - 1].nodes and stop - start <= limit:
        start -= 1
    while stop < len(blocks) and element in blocks[stop].nodes and stop - start <= limit:
        stop += 1
    return start, stop


def _galleries(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Drops, as captions, what the model keeps of a picture gallery: the
    largest element around a gallery's counter ("1 / 12", "Bild 1 von 8";
    ``GALLERY_COUNTER``) that holds no kept block of
    ``ARTICLE_BEFORE_COMMENTS_WORDS`` words, when the page keeps such a
    block outside it. A slide sets its counter, caption and credit in one
    element, beside the others and under the gallery's title and arrows
    (``<div class="gallery"><h3>… in pictures</h3><div class="slide"><span>1
    / 12</span><p>…</p><span>Picture: …</span></div>…<button>Next</button>``),
    so ``_captions_over_credits`` does not see the caption alone with its
    credit. A slideshow that is the page's whole story keeps its captions.

    Three guards keep what is not a gallery: the counter must name a picture
    or use a slash ("Photo 3 of 10", "2 / 12"), since a bare "1 of 20"
    counts a forum's pages or a recipe's steps on the development pages; the
    element grows only while it keeps at most ``GALLERY_KEPT_PER_COUNTER``
    blocks a counter and no ``<h1>``; and it needs two counters or a credit
    (a product page's one-picture carousel, "Image 01 of 01", has neither).
    With held-out block probabilities, on the 2,487 wcxb-dev and
    trafilatura-eval pages this changes nothing: without the guards it took
    recipe steps and a product's title and reviews (7 blocks of the truth, 2
    outside). On the probe pages it drops two galleries' titles, captions
    and arrows."""
    done = 0
    story: list[int] | None = None  # kept long blocks before each block, counted once a counter is found
    for seed, block in enumerate(blocks):
        text = block.text
        # A counter is short and ends on a digit: the two tests spare the regex nearly every block.
        # A bare "1 of 20" is as often a forum's or a recipe's page or step.
        if seed < done or not text[-1:].isdigit() or len(text) > GALLERY_COUNTER_MAX_CHARS or GALLERY_COUNTER.match(text) is None:
            continue
        if text.strip()[:1].isdigit() and "/" not in text:
            continue
        lo, hi = seed, seed + 1
        counters, kept = 1, 0
        for element in reversed(block.nodes):
            start, stop = _element_range(blocks, element, lo, hi, GALLERY_MAX_BLOCKS)
            if stop - start > GALLERY_MAX_BLOCKS:
                break
            added = (*range(start, lo), *range(hi, stop))
            if any(reasons[j] is None and (_is_long(blocks[j].text) or blocks[j].tag == "h1") for j in added):
                break
            counted = [GALLERY_COUNTER.match(blocks[j].text) is not None for j in added]
            more = sum(counted)
            more_kept = sum(reasons[j] is None and not counter for j, counter in zip(added, counted))
            if kept + more_kept > GALLERY_KEPT_PER_COUNTER * (counters + more) + GALLERY_KEPT_MORE:
                break
            counters, kept = counters + more, kept + more_kept
            lo, hi = start, stop
        done = hi
        if story is None:
            story = list(itertools.accumulate((reasons[j] is None and _is_long(b.text) for j, b in enumerate(blocks)), initial=0))
        if (counters > 1 or CAPTION in reasons[lo:hi]) and story[lo] + story[-1] - story[hi] > 0:
            for j in range(lo, hi):
                if reasons[j] is None:
                    reasons[j] = CAPTION


def _named_caption(block: Block) -> bool:
    """A short block (under ``CAPTION_MAX_WORDS``) named as a caption or a
    credit (``CAPTION_TOKENS``): ``<p class="bildunterschrift">``,
    ``<span class="pie-foto">``, ``<p class="cutline">``."""
    return _named(block, CAPTION_TOKENS) and block.text.count(" ") < CAPTION_MAX_WORDS


@functools.lru_cache(maxsize=1 << 10)
def _path_tags(path: str) -> frozenset[str]:
    """The tags of a tag path. Cached: a page's blocks share a few dozen paths."""
    return frozenset(path.split(">"))


def _in_furniture(block: Block) -> bool:
    """Whether the block sits in a ``nav``, ``footer``, ``aside`` … (``BOILERPLATE_TAGS``)."""
    return not BOILERPLATE_TAGS.isdisjoint(_path_tags(block.path))


def _why(block: Block, probability: float) -> str:
    if is_promo_rule(block.text):
        return "boilerplate: promo link"
    if block.link_density > LINK_LIST_DENSITY:
        return "boilerplate: link list"
    if has_call_to_action(block.text):
        return CALL_TO_ACTION
    if _in_furniture(block) or _named(block, BOILERPLATE_TOKENS):
        return FURNITURE
    return f"{OUTSIDE} (content probability {probability:.2f})"


def _chars_by_parent(blocks: Sequence[Block], flags: Sequence[bool]) -> tuple[dict[int, int], dict[int, int]]:
    """Characters of the flagged blocks and of all blocks, by parent element
    (``Block.parent``): how much of an element a banner or a box is."""
    flagged: dict[int, int] = {}
    size: dict[int, int] = {}
    for block, flag in zip(blocks, flags):
        parent = block.parent
        if parent is not None:
            size[parent] = size.get(parent, 0) + len(block.text)
            if flag:
                flagged[parent] = flagged.get(parent, 0) + len(block.text)
    return flagged, size


def consent_banner(blocks: Sequence[Block], candidates: Sequence[bool]) -> list[bool]:
    """Which blocks belong to a cookie or consent banner: those with consent
    wording (``patterns.is_consent``), and every block of an element whose
    blocks are mostly such wording (``CONSENT_SHARE``), or inside a dialog
    a fifth of it (``CONSENT_DIALOG_SHARE``), which takes in a banner's
    heading and the sentences that name no cookie ("Your choices apply to
    this site only"). An article that quotes a banner keeps its other
    paragraphs: they outweigh the quote.

    Only pages where one of the ``candidates`` (the blocks the model would
    keep) has consent wording, or sits in an element named as a dialog
    (``DIALOG_TOKENS``), are looked at further: the wording test on every
    block cost 0.6 ms a wcxb-dev page, 4% of ``clean()``. The dialog's
    name is needed when the model dropped the banner's sentences that name
    cookies (as calls to action) and kept only those that do not ("If you
    choose to accept all …"), and so is a kept block under a consent
    manager's class names (``_consent_marked``), which a banner's second
    layer may be (``_consent_regions``).
    """
    flags = [candidate and is_consent(block.text) for block, candidate in zip(blocks, candidates)]
    if not any(flags) and not any(
        candidate and (_named(block, DIALOG_TOKENS) or _consent_marked(block.tokens)) for block, candidate in zip(blocks, candidates)
    ):
        return flags
    flags = [flag or (not candidate and is_consent(block.text)) for block, candidate, flag in zip(blocks, candidates, flags)]
    consent, size = _chars_by_parent(blocks, flags)
    dialogs = _dialogs(blocks, candidates, set(consent))
    banners = {
        parent
        for parent, chars in consent.items()
        if chars >= (CONSENT_DIALOG_SHARE if parent in dialogs else CONSENT_SHARE) * size[parent]
    }
    flags = [flag or block.parent in banners for block, flag in zip(blocks, flags)]
    _banner_options(blocks, flags, banners, size)
    for lo, hi in _consent_regions(blocks, flags):
        flags[lo:hi] = [True] * (hi - lo)
    return flags


CONSENT_OPTIONS_SHARE = 1.5
"""A banner's options (``_banner_options``) hold at most this many times
the characters of the banner's own lines."""


def _banner_options(blocks: Sequence[Block], flags: list[bool], banners: set[int], size: dict[int, int]) -> None:
    """Flags the blocks nested deeper in a banner's element (``banners``):
    a banner made by hand sets its purposes as ``<label>`` lines in an
    element of their own ("Analíticas. Nos ayudan a saber …"), which its
    class names do not mark as a consent manager's (``_consent_regions``).
    Only when those blocks hold no ``<article>`` or ``<main>`` and at most
    ``CONSENT_OPTIONS_SHARE`` times the characters of the banner's own
    lines: an element whose own lines are a cookie notice may hold the
    page. On the 2,487 wcxb-dev and trafilatura-eval pages, with held-out
    block probabilities, this drops one more kept block, outside the truth
    (a donation box's heading below a banner). One walk over the blocks,
    whatever the number of banners."""
    nested: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        if not flags[i]:
            around = banners.intersection(block.nodes[:-1])
            if around:
                nested.setdefault(min(around), []).append(i)
    for banner, inside in nested.items():
        if (
            not any(_in_article(blocks[i]) for i in inside)
            and sum(len(blocks[i].text) for i in inside) <= CONSENT_OPTIONS_SHARE * size[banner]
        ):
            for i in inside:
                flags[i] = True


CONSENT_REGION_MARKS: tuple[str, ...] = (
    "cookie", "consent", "gdpr", "klaro", "cmplz", "usercentrics", "osano", "termly", "truste", "borlabs", "didomi",
    "onetrust", "cybot", "iubenda", "sp_message", "qc-cmp",
)
CONSENT_REGION_PREFIXES: tuple[str, ...] = ("cmp", "cky-", "uc-", "fc-", "cn-")
"""Parts of class and id names that consent managers give every element of
their banners (``cookie-modal``, ``cky-consent-bar``, ``uc-banner``,
``cmplz-cookiebanner``, ``osano-cm-dialog``, ``cmpbox``): anywhere in a
name, or, for the short ones, at its start."""


_CONSENT_REGION_MARK = re.compile("|".join(map(re.escape, CONSENT_REGION_MARKS)))
"""Any of ``CONSENT_REGION_MARKS``, found in one search."""


@functools.lru_cache(maxsize=1 << 10)
def _consent_marked(tokens: tuple[str, ...]) -> bool:
    """Whether a class or id name on a block's chain marks a consent manager
    (``_consent_mark``). Cached: a page's blocks share a few dozen chains.

    The marks are searched for in the names joined by spaces, which no mark
    holds, so a mark found there lies within one name: a chain's 38 names
    took 8 µs instead of 28 with ``_consent_mark`` on each (0.2 ms a
    wcxb-dev page, whose blocks bring about 11 chains not cached)."""
    return (
        any(map(str.startswith, tokens, itertools.repeat(CONSENT_REGION_PREFIXES)))
        or _CONSENT_REGION_MARK.search(" ".join(tokens)) is not None
    )


def _consent_mark(token: str) -> bool:
    return token.startswith(CONSENT_REGION_PREFIXES) or _CONSENT_REGION_MARK.search(token) is not None


def _consent_regions(blocks: Sequence[Block], flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The blocks (as ranges ``lo:hi``) of the consent managers' boxes around
    the blocks with consent wording: the largest element around such a block
    all of whose blocks share a class or id name that marks a consent
    manager (``CONSENT_REGION_MARKS``) and that not every block of the page
    has (a page's own ``gdpr-enabled`` body class), and that holds no
    ``<article>`` or ``<main>``. A banner's second layer (Klaro's,
    Usercentrics', CookieYes' purpose descriptions) sets each description in
    an element of its own with no consent wording, where the parent-element
    test above does not reach it: on the probe pages this took nine consent
    managers' banners whole (Klaro, Usercentrics, Complianz, CookieYes,
    Funding Choices, Sourcepoint, Osano, Termly, consentmanager). On the
    2,487 development pages it drops 3 more blocks (trafilatura-eval's,
    unlabelled), and held-out F1 is unchanged. Of 500 of them, 3 have a
    kept block under a consent manager's names, which makes
    ``consent_banner`` test every block's wording. Content inside a
    ``gdpr-…`` element without consent wording is left alone."""
    regions: list[tuple[int, int]] = []
    page_wide: set[str] | None = None
    done = 0
    for seed, flag in enumerate(flags):
        if not flag or seed < done or _in_article(blocks[seed]):
            continue
        # Each element around the seed holds the blocks of the one inside it
        # and maybe more on either side: the range, the names its blocks
        # share and the test for <article> grow with the added blocks only.
        lo, hi = seed, seed + 1
        common = set(blocks[seed].tokens)
        best: tuple[int, int] | None = None
        for element in reversed(blocks[seed].nodes[:-1]):
            start, stop = _element_range(blocks, element, lo, hi)
            added = [*blocks[start:lo], *blocks[hi:stop]]
            if any(map(_in_article, added)):
                break
            common.intersection_update(*(b.tokens for b in added))
            if page_wide is None:
                page_wide = set(blocks[0].tokens).intersection(*(b.tokens for b in blocks[1:]))
            if not any(map(_consent_mark, common - page_wide)):
                break
            lo, hi = start, stop
            best = (lo, hi)
        if best is not None:
            regions.append(best)
            done = best[1]
    return regions


def _in_article(block: Block) -> bool:
    """Whether a block lies in an ``<article>`` or ``<main>`` element."""
    return not ARTICLE_TAGS.isdisjoint(_path_tags(block.path))


def _dialogs(blocks: Sequence[Block], candidates: Sequence[bool], parents: set[int]) -> set[int]:
    """Which of ``parents`` (elements numbered as in ``Block.nodes``) sit in a
    dialog: each of their blocks has a ``DIALOG_TOKENS`` token among its near
    tokens that is not the page's own (``PAGE_TOKEN_SHARE``)."""
    outside = [
        block for block, candidate in zip(blocks, candidates)
        if candidate and block.parent not in parents
    ]
    on_outside = Counter(token for block in outside for token in set(block.tokens) if token in DIALOG_TOKENS)
    page_wide = {token for token, count in on_outside.items() if count >= PAGE_TOKEN_SHARE * len(outside)}
    tokens = DIALOG_TOKENS - page_wide
    inside = dict.fromkeys(parents, True)
    for block in blocks:
        parent = block.parent
        if parent in inside:
            inside[parent] = inside[parent] and _named(block, tokens)
    return {parent for parent, all_inside in inside.items() if all_inside}


NO_WORDS = "boilerplate: no words"
_CODE_SYMBOLS = frozenset("=<>")
"""Symbols that a line of code is made of ("=>", "<>"): not an icon."""


def _only_symbols(text: str) -> bool:
    """Whether the text is only symbols and invisible characters: icons,
    arrows, ratings and buttons ("→", "★★★★★", "✓", "×", "$$"), a
    zero-width joiner, a private-use glyph of an icon font. Such a block is
    not text. Letters, digits and punctuation are kept: an article may set
    "* * *", "—" or a lone quotation mark between its paragraphs, and a
    line of code ("});") keeps its brackets. The first letter ends the test."""
    return all(unicodedata.category(char)[0] in "SZC" and char not in _CODE_SYMBOLS for char in text)


PULL_QUOTE_WORDS = 6
"""A pull quote repeats the article when its first or its last this many
words stand in the page's other text (all of them, when it has fewer)."""
_WORD = re.compile(r"\w+")


def pull_quotes(blocks: Sequence[Block], candidates: Sequence[bool]) -> list[bool]:
    """Which blocks are a pull quote that repeats the article: a run of
    adjacent blocks named as one (``PULL_QUOTE_TOKENS``), its attribution
    included, whose longest block repeats words of the other blocks. A quote
    set in the same style that is said nowhere else (a testimonial, a reader's
    words) stays: it is text of its own."""
    flags = [False] * len(blocks)
    marked = [_named(block, PULL_QUOTE_TOKENS) for block in blocks]
    if not any(m and c for m, c in zip(marked, candidates)):
        return flags
    rest = " " + " ".join(" ".join(_WORD.findall(b.text.lower())) for b, m in zip(blocks, marked) if not m) + " "
    i = 0
    while i < len(blocks):
        if not marked[i]:
            i += 1
            continue
        end = i
        while end + 1 < len(blocks) and marked[end + 1]:
            end += 1
        words = _WORD.findall(max((b.text for b in blocks[i : end + 1]), key=len).lower())
        ends = {" ".join(words[:PULL_QUOTE_WORDS]), " ".join(words[-PULL_QUOTE_WORDS:])}
        if words and any(f" {e} " in rest for e in ends):
            flags[i : end + 1] = [True] * (end + 1 - i)
        i = end + 1
    return flags


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


def _repeats(text: str, seen: set[str]) -> bool:
    """Whether a paragraph of ``DUPLICATE_MIN_WORDS`` or more was kept before."""
    return text in seen and text.count(" ") + 1 >= DUPLICATE_MIN_WORDS


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
    pulled = pull_quotes(blocks, candidates)
    # Python floats: comparing numpy's one by one took longer. With the
    # paths' tags cached (``_path_tags``), decide took 2.72 instead of 2.78
    # ms a page on wcxb-dev and trafilatura-eval pages (median of three A/B runs).
    for index, (block, probability, banner) in enumerate(zip(blocks, content.tolist(), consent_banner(blocks, candidates))):
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
            reasons.append(CALL_TO_ACTION)
        elif block.tag in CAPTION_TAGS or is_credit(block.text):
            reasons.append(CAPTION)
        elif probability < threshold:
            reasons.append(_why(block, probability))
        # The rules below only decide what the model would keep: asked of
        # every block they cost up to 0.7 ms a page, and of a block the model
        # drops they would only change its reason.
        elif banner:
            reasons.append(CONSENT_PROMPT)
        elif "dialog" in _path_tags(block.path):
            reasons.append(DIALOG)
        elif is_form_or_pitch(block.text) or is_button(block.text):
            reasons.append(CALL_TO_ACTION)
        elif is_disclosure(block.text):
            reasons.append(DISCLOSURE)
        elif _named(block, AUTHOR_BIO_TOKENS):
            reasons.append(AUTHOR_BIO)
        elif ends_on_credit(block.text) or _named_caption(block):
            reasons.append(CAPTION)
        elif not COMMENT_TOKENS.isdisjoint(block.tokens):
            reasons.append(COMMENTS)
        elif (
            READING_TIME.match(block.text) is not None
            or GALLERY_COUNTER.match(block.text) is not None
            or is_post_metadata(block.text)
            or len(block.text) <= AD_LABEL_MAX_CHARS and block.tag not in HEADING_TAGS and AD_LABEL.fullmatch(block.text) is not None
        ):
            reasons.append(FURNITURE)
        elif is_date_line(block.text):
            reasons.append(DATE_LINE)
        elif is_dated_byline(block.text):
            reasons.append(DATED_BYLINE)
        elif section != NO_SECTION:
            held.append(len(reasons))
            reasons.append(COMMENTS)
        elif _only_symbols(block.text):
            reasons.append(NO_WORDS)
        elif pulled[index]:
            reasons.append(PULL_QUOTE)
        elif _repeats(block.text, seen):
            reasons.append(DUPLICATE)
        else:
            seen.add(block.text)
            reasons.append(None)
            if (not article or held) and _is_long(block.text):
                article = True
                for j in held:
                    text = blocks[j].text
                    reasons[j] = DUPLICATE if _repeats(text, seen) else None
                    seen.add(text)
                held.clear()
    if CAPTION in reasons:
        _captions_over_credits(blocks, reasons)
    _galleries(blocks, reasons)
    if CALL_TO_ACTION in reasons:
        _sign_up_boxes(blocks, reasons)
    teasers = [_is_teaser(block) for block in blocks]  # asked once, read by the three list rules
    _promo_lists(blocks, reasons, teasers)
    _teaser_runs(blocks, reasons, teasers)  # before: a heading over a run of teasers goes with it
    _mostly_dropped_lists(blocks, reasons, teasers)
    _orphan_headings(blocks, reasons)
    _leads(blocks, reasons)  # after: a lead set as a subheading over the dateline stays
    _first_paragraphs(blocks, reasons)
    _headline(blocks, reasons)  # last: the lead rule finds the headline by its tag
    return reasons


TEASERS = "boilerplate: teaser links"
TEASER_LINK_DENSITY = 0.9
TEASER_MIN_WORDS = 2
TEASER_MAX_WORDS = 25
"""A teaser is a block of 2 to 25 words, at least nine tenths of it linked:
one linked headline (``Iconic Food Chain Closes Due To Crime``). A single
linked word is a tag or a menu entry; a longer block is a linked sentence."""
TEASER_BODY_RATIO = 2.0
"""The article's paragraphs (of ``ARTICLE_BEFORE_COMMENTS_WORDS`` words) hold
at least this many times a run's characters for the run to be dropped."""
TEASER_RUN = 3
"""A run of teasers is at least this many kept teasers in a row, with no
other kept block between them: a list of teasers, not a linked sentence or
a linked subheading with its paragraph under it."""


def _is_teaser(block: Block) -> bool:
    """Whether a block is a teaser (``TEASER_LINK_DENSITY``, ``TEASER_MAX_WORDS``).
    Its spaces rule out a long block without ``count_words``."""
    if block.link_density < TEASER_LINK_DENSITY:
        return False
    text = block.text
    spaced = text.count(" ") + 1  # the words of text in a spaced script, a lower bound of ``count_words``
    if spaced > TEASER_MAX_WORDS:
        return False
    return TEASER_MIN_WORDS <= (spaced if text.isascii() else count_words(text)[0]) <= TEASER_MAX_WORDS


def _is_long(text: str) -> bool:
    """Whether a block has ``ARTICLE_BEFORE_COMMENTS_WORDS`` words: a paragraph
    of the article. Its spaces answer most blocks without ``count_words``."""
    if text.count(" ") + 1 >= ARTICLE_BEFORE_COMMENTS_WORDS:
        return True
    return not text.isascii() and count_words(text)[0] >= ARTICLE_BEFORE_COMMENTS_WORDS


def _teaser_runs(blocks: Sequence[Block], reasons: list[str | None], teasers: Sequence[bool]) -> None:
    """Drops runs of teaser headlines (``TEASER_RUN`` kept teasers in a row,
    ``_is_teaser``) that have no header naming them ("Related", "More from"
    are the promo rules'), in two shapes, both after the article's first
    paragraph of ``ARTICLE_BEFORE_COMMENTS_WORDS`` words:

    - after the article: no kept paragraph that long follows the run (an
      author's "more posts" list, a site's trending links under the story);
    - cards: between each two teasers the model dropped a block that is no
      teaser (the card's summary, date or category): a grid of cards with
      linked titles, which holds the page's other stories wherever it stands.

    A run whose teasers mostly repeat a heading of the page is its table of
    contents, which the truth of the training pages keeps, and stays. So does
    a run on a page whose paragraphs of that length hold less than
    ``TEASER_BODY_RATIO`` times the run's characters: a list page's links are
    its content and its paragraph an introduction. A list of links between
    two paragraphs of the story stays (a paragraph follows it and its items
    are next to each other), and so do a roundup's linked subheadings (the
    paragraphs under them break the run) and a page without a paragraph that
    long.

    Measured on wcxb-dev articles with held-out block probabilities: the
    model keeps 4,617 blocks at least nine tenths linked, 1,755 of them
    outside the truth. Dropping every run of three or more teasers took 926
    blocks outside the truth but 1,321 in it (tables of contents, a story's
    own lists). These shapes take 186 outside and 23 in it (a blogger's own
    "more posts" lists, FAQ questions set as links): AEB precision 0.9278 to
    0.9289, recall unchanged, and trafilatura-eval snippet precision 0.916
    to 0.919. Without the table-of-contents test the rule took 70 blocks of
    the truth; without the body ratio a list page's cards went (wcxb-dev
    listing recall 0.311 to 0.301).

    One walk over the blocks, then a look at the runs found: 0.11 ms a
    wcxb-dev page (``decide`` takes 3.2 ms).
    """
    runs: list[tuple[list[int], int]] = []  # the teasers of a run, and the card gaps between them
    run: list[int] = []
    gaps = pending = 0  # non-teasers dropped between the run's teasers, and since its last one
    first_body = last_body = -1
    body_chars = 0
    headings: Counter[str] = Counter()
    for i, (block, reason, teaser) in enumerate(zip(blocks, reasons, teasers)):
        if block.tag in HEADING_TAGS:
            headings[block.text.casefold()] += 1
        if reason is not None:
            if run and not teaser:
                pending += 1
            continue
        if teaser:
            if run:
                gaps += pending
            run.append(i)
            pending = 0
            continue
        if len(run) >= TEASER_RUN:
            runs.append((run, gaps))
        run, gaps, pending = [], 0, 0
        if _is_long(block.text):
            if first_body < 0:
                first_body = i
            last_body = i
            body_chars += len(block.text)
    if len(run) >= TEASER_RUN:
        runs.append((run, gaps))
    if first_body < 0:
        return
    for run, gaps in runs:
        if run[0] < first_body or (run[0] < last_body and gaps < len(run) - 1):
            continue
        if body_chars < TEASER_BODY_RATIO * sum(len(blocks[i].text) for i in run):
            continue  # the links are the page's content, its paragraphs an introduction
        contents = sum(
            headings[blocks[i].text.casefold()] > (blocks[i].tag in HEADING_TAGS) for i in run
        )
        if 2 * contents >= len(run):
            continue  # a table of contents: its entries are the page's headings
        for i in run:
            reasons[i] = TEASERS


PROMO_LIST = "boilerplate: promo block"
"""The reason of a teaser under a promo header, as the plain-text segmenter gives it."""
PROMO_LIST_MAX_TEASERS = 12
"""At most this many teasers go with one header (``segment.PROMO_BLOCK_MAX_LINES`` for plain text)."""


def _promo_lists(blocks: Sequence[Block], reasons: list[str | None], teasers: Sequence[bool]) -> None:
    """Drops the teasers the model kept under a promo header ("Related",
    "More from The Courier", "Lesen Sie auch"; ``patterns.is_promo_rule_header``,
    a header alone, which the rules already drop): the kept teasers
    (``_is_teaser``) after it, inside the header's parent element, up to
    ``PROMO_LIST_MAX_TEASERS``, until the first kept block that is not one.
    What the model dropped in between (a card's image credit, its date) does
    not end the list; leaving the header's parent does. Plain text has done
    this since the segmenter marked promo blocks; a page now does it too, so
    "Related" over three linked headlines the model took for the story loses
    them whatever their number or markup.

    Measured with held-out block probabilities: on wcxb-dev it drops 71 kept
    blocks outside the truth and 11 in it (2 on articles; 7 are MDN's "See
    also" lists, which documentation pages' truth keeps), and trafilatura-eval
    went from 0.9347 to 0.9353. Without the parent element it took every
    linked heading after a "More on …" box until a paragraph: 32 truth blocks
    of articles (a ranking whose entries are linked headings). A header alone
    in a wrapper of its own heads the wrapper's parent (``_header_section``):
    that dropped 11 more kept blocks outside wcxb-dev's truth and 3 in it (a
    listing, a collection and a service page), and 4 more on
    trafilatura-eval, whose precision went from 0.9227 to 0.9231. A card's
    unlinked summary under its headline goes with the headline and does not
    end the list (``_card_summary``: Yahoo's "More from" stream): that
    dropped 83 more kept blocks outside wcxb-dev's and trafilatura-eval's
    truth and 3 in it (listing pages), for wcxb-dev articles 0.9458 to
    0.9460 (precision 0.9305 to 0.9309), trafilatura-eval 0.9375 to 0.9377."""
    left = 0
    section = NO_SECTION
    teaser = -1  # the last teaser of the list
    for i, block in enumerate(blocks):
        if block.drop is None and block.parent is not None and is_promo_rule_header(block.text):
            left, section, teaser = PROMO_LIST_MAX_TEASERS, _header_section(blocks, i), -1
        elif left and not _in_section(block.nodes, section):
            left = 0
        elif left and (teasers[i] or reasons[i] is None and (fused_card(block, count_words(block.text)[0]) or _dated_teaser(block))):
            teaser = i
            if reasons[i] is None:
                reasons[i] = PROMO_LIST
                left -= 1
        elif left and reasons[i] is None:
            if teaser >= 0 and _card_summary(blocks, teaser, i, section):
                reasons[i] = PROMO_LIST
            else:
                left = 0


FUSED_HEADLINE_MIN_CHARS = 15
FUSED_SUMMARY_MIN_SHARE = 0.3
FUSED_OTHER_LINK_CHARS = 12
CARD_HEADLINE_MAX_WORDS = 20
CARD_SUMMARY_MAX_WORDS = 60
"""A teaser card's headline and summary are at most this many words: the
article verdict's cards (``pipeline._teaser_cards``), a card in one block
(``fused_card``, both together) and a card's summary under a promo header
(``_card_summary``)."""


def fused_card(block: Block, words: int) -> bool:
    """A teaser card in one block: it opens on a linked headline of at least
    ``FUSED_HEADLINE_MIN_CHARS`` characters (``Block.lead_link``), has no
    other link but a short "more…" (``FUSED_OTHER_LINK_CHARS``), and at
    least ``FUSED_SUMMARY_MIN_SHARE`` of it is the unlinked summary after the
    headline (a table cell of an old section front: ``<a>Headline</a><br>
    Summary <a>more...</a>``; a related-posts item, ``<li><a>Title</a>
    <small>Excerpt…</small></li>``). ``words`` is the block's word count."""
    if block.lead_link < FUSED_HEADLINE_MIN_CHARS or words > CARD_HEADLINE_MAX_WORDS + CARD_SUMMARY_MAX_WORDS:
        return False
    chars = len(block.text) - block.text.count(" ")
    linked = block.link_density * chars
    return (
        linked <= block.lead_link + FUSED_OTHER_LINK_CHARS
        and linked <= (1 - FUSED_SUMMARY_MIN_SHARE) * chars
    )


DATED_TEASER_TAIL_CHARS = 25
"""A linked headline's unlinked tail under a promo header: a date or a source."""


def _dated_teaser(block: Block) -> bool:
    """A linked headline followed by a short unlinked tail that ends on a
    digit, a date, and nothing else (``<li><a>Mill closing to cost town
    $300,000 a year</a> <span>May 14, 2009</span></li>``): under a promo
    header, one of its teasers, which the tail keeps under
    ``TEASER_LINK_DENSITY``. Any short tail took 7 blocks of wcxb-dev's
    truth (a reading list's "by Tom Swartz", a documentation page's "— an
    article explaining …"); a date's takes none."""
    if block.lead_link < FUSED_HEADLINE_MIN_CHARS or not block.text[-1:].isdigit():
        return False
    chars = len(block.text) - block.text.count(" ")
    return block.lead_link >= block.link_density * chars - 1 and chars - block.lead_link <= DATED_TEASER_TAIL_CHARS


PROMO_SUMMARY_LINK_DENSITY = 0.2


def _card_summary(blocks: Sequence[Block], teaser: int, i: int, section: int) -> bool:
    """Whether block ``i`` is the summary of the card whose headline is the
    teaser ``teaser``: short, hardly linked, and in an element with the
    headline that lies inside the list's ``section`` (the card), not merely
    in the section itself, as an article's next paragraph after an inline
    "Related" link would be."""
    block = blocks[i]
    if block.link_density > PROMO_SUMMARY_LINK_DENSITY or count_words(block.text)[0] > CARD_SUMMARY_MAX_WORDS:
        return False
    shared = [a for a, b in zip(blocks[teaser].nodes, block.nodes) if a == b]
    return bool(shared) and shared[-1] != section and section in shared


def _header_section(blocks: Sequence[Block], header: int) -> int:
    """The element a promo header heads: its parent, or, when the header
    sits alone in a wrapper of its own (Medium's ``<div><h2>More from
    …</h2></div>`` before the cards; G1's ``<div><p><strong>LEIA
    TAMBÉM:</strong></p></div>`` between the story's paragraphs, each in a
    wrapper of its own, with the list in the next), the wrapper's parent.
    The list still ends at the first kept block that is no teaser. Until
    this round the story had to be outside that parent; without the test,
    with held-out block probabilities, one more kept block of the 2,487
    development pages goes, outside the truth."""
    nodes = blocks[header].nodes
    if len(nodes) >= 3 and 0 < header < len(blocks) - 1:
        after = blocks[header + 1].nodes
        if not _in_section(after, nodes[-2]) and _in_section(after, nodes[-3]):
            return nodes[-3]
    return nodes[-2]


LIST_MIN_TEASERS = 3
"""A list of links has at least this many teasers in one parent element."""


def _mostly_dropped_lists(blocks: Sequence[Block], reasons: list[str | None], teasers: Sequence[bool]) -> None:
    """Drops the kept teasers (``_is_teaser``) of a list whose other teasers
    the model or the rules dropped: at least ``LIST_MIN_TEASERS`` teasers in
    one parent element, no fewer of them dropped than kept (``TEASERS``).
    The model scores the items of a list of links one by one, and one scored
    just over the threshold was kept while the items around it went (a
    "Most read" box whose first item scored 0.52 and the others 0.44 and
    0.39). Measured with held-out block probabilities: 278 kept blocks
    outside the truth of wcxb-dev articles and 83 in it; wcxb-dev articles
    0.9457 to 0.9458 (precision 0.9303 to 0.9305), trafilatura-eval 0.9368
    to 0.9370. Only a teaser whose two neighbours were dropped teasers of
    its parent, a first version, took 87 outside and 23 in it, for the same
    F1 on articles.

    The same walk drops a link the model kept alone among at least
    ``LIST_MIN_TEASERS`` dropped links set in the same element
    (``Block.nodes``) one per line, one word or more: an old table layout's
    navigation column, ``<td><a>Home</a><br><a>News</a><br>…<a>Archives</a>
    </td>``, whose last entry scored 0.51 while the others went. On the
    2,487 wcxb-dev and trafilatura-eval pages, with held-out block
    probabilities, this changes nothing; letting a third of the links be
    kept took a documentation page's three kept links (in its truth) and no
    other block."""
    kept: dict[int, list[int]] = {}
    dropped: dict[int, int] = {}
    lone: dict[int, list[int]] = {}  # the same, by the links' own element
    gone_links: dict[int, int] = {}
    for i, (block, teaser) in enumerate(zip(blocks, teasers)):
        if block.link_density < TEASER_LINK_DENSITY or not block.nodes:
            continue
        if block.text.count(" ") < TEASER_MAX_WORDS:
            element = block.nodes[-1]
            if reasons[i] is None:
                lone.setdefault(element, []).append(i)
            else:
                gone_links[element] = gone_links.get(element, 0) + 1
        if block.parent is None or not teaser:
            continue
        if reasons[i] is None:
            kept.setdefault(block.parent, []).append(i)
        else:
            dropped[block.parent] = dropped.get(block.parent, 0) + 1
    for parent, items in kept.items():
        gone = dropped.get(parent, 0)
        if gone >= len(items) and gone + len(items) >= LIST_MIN_TEASERS:
            for i in items:
                reasons[i] = TEASERS
    for element, items in lone.items():
        if len(items) == 1 and gone_links.get(element, 0) >= LIST_MIN_TEASERS:
            reasons[items[0]] = TEASERS


SUBHEADINGS = HEADING_TAGS - {"h1"}
ORPHAN_HEADING = "boilerplate: heading of dropped text"
ORPHAN_HEADING_MAX_WORDS = 20
"""A longer "heading" is a paragraph set in a heading's tag, and stands on its own."""


def _orphan_headings(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Drops a kept subheading whose text is all dropped: the blocks after it
    inside its parent element, up to the next heading, are all boilerplate
    (a newsletter card's title over its pitch, "Related" over its links,
    "Leave a reply" over a comment form). A heading with nothing after it in
    its parent is left alone: its text may sit in the next element."""
    for i, block in enumerate(blocks):
        if (
            reasons[i] is not None
            or block.tag not in SUBHEADINGS
            or block.parent is None
            or count_words(block.text)[0] > ORPHAN_HEADING_MAX_WORDS
        ):
            continue
        parent = block.parent
        named = False
        for j in range(i + 1, len(blocks)):
            after, reason = blocks[j], reasons[j]
            if parent not in after.nodes or after.tag in HEADING_TAGS:
                break
            if reason is None:
                named = False
                break
            if reason != NO_WORDS:  # a separator or an icon says nothing of what the heading heads
                named = named or not reason.startswith(OUTSIDE)
        if named:
            reasons[i] = ORPHAN_HEADING


def _article_element(block: Block) -> int | None:
    """The number of the innermost ``<article>`` or ``<main>`` around a block."""
    tags = block.path.split(">")
    if len(tags) != len(block.nodes):
        return None
    return next((node for tag, node in zip(reversed(tags), reversed(block.nodes)) if tag in ARTICLE_TAGS), None)


def _leads(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Gives back an article's lead (standfirst, dek, excerpt) that the model
    took for the headline's furniture: a block named as a lead
    (``LEAD_TOKENS``), or a subheading right after the ``<h1>`` in the
    headline's own element (El País's ``h2.a_st``: ``_subtitle``), between
    the page's first ``<h1>`` and the first kept paragraph of
    ``ARTICLE_BEFORE_COMMENTS_WORDS`` words, in the same
    ``<article>`` or ``<main>`` element, of ``LEAD_MIN_WORDS`` to
    ``LEAD_MAX_WORDS`` words, hardly linked, not a byline, and not inside
    a ``nav``, ``footer`` or ``aside`` (a lead's class names may call it
    furniture: Substack's ``newsletter-post``). The training
    pages' truth holds such leads about as often as not, so the model
    learned to drop them; the product keeps a story's lead. A lead the
    subheading rule took for the heading of the byline under it
    (``ORPHAN_HEADING``) is given back too: with held-out block
    probabilities that took trafilatura-eval's recall from 0.9517 to 0.9521
    and changed nothing on wcxb-dev articles. A page with no ``<article>`` or
    ``<main>`` (a Substack post's subtitle ``<h3>``) gets its subtitle back,
    but not a block named as a lead, which nothing then ties to the story:
    trafilatura-eval 0.9372 to 0.9374 F1, all wcxb-dev pages 0.8396 to
    0.8397, wcxb-dev articles unchanged."""
    headline = next((i for i, block in enumerate(blocks) if block.tag == "h1"), None)
    if headline is None:
        return
    body = next(
        (
            i
            for i in range(headline + 1, len(blocks))
            if reasons[i] is None and _is_long(blocks[i].text)
        ),
        None,
    )
    if body is None:
        return
    article = _article_element(blocks[body])
    for i in range(headline + 1, body):
        block, reason = blocks[i], reasons[i]
        if (
            reason is not None
            and (reason.startswith(OUTSIDE) or reason == ORPHAN_HEADING or (reason == FURNITURE and not _in_furniture(block)))
            and block.link_density <= LEAD_LINK_DENSITY
            # With no <article> or <main> to bound the story, only the headline's own subheading.
            and (_subtitle(blocks, headline, i) or (article is not None and _named(block, LEAD_TOKENS)))
            and LEAD_MIN_WORDS <= count_words(block.text)[0] <= LEAD_MAX_WORDS
            and BYLINE.search(block.text) is None
            and _article_element(block) == article
        ):
            reasons[i] = None


FIRST_PARAGRAPH_MIN_WORDS = 10


def _first_paragraphs(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Gives back the paragraphs right before the story's first kept
    paragraph (of ``ARTICLE_BEFORE_COMMENTS_WORDS`` words), in its parent
    element, that the model alone dropped: ``<p>`` elements of
    ``FIRST_PARAGRAPH_MIN_WORDS`` words or more that end a sentence
    (``patterns.SENTENCE_END``), back to the first block that is not one.
    A Japanese story's first paragraph after a list of share buttons scored
    0.48. The model rarely drops a sentence paragraph there: with held-out
    block probabilities this gives back one paragraph of the 2,487 wcxb-dev
    and trafilatura-eval pages, a line of the truth, and F1 is unchanged at
    four decimals (taking a first kept paragraph of 10 words instead of 20,
    6 paragraphs, 4 in the truth)."""
    first = next((i for i, reason in enumerate(reasons) if reason is None and blocks[i].tag == "p" and _is_long(blocks[i].text)), None)
    if first is None:
        return
    parent = blocks[first].parent
    for i in range(first - 1, -1, -1):
        block, reason = blocks[i], reasons[i]
        if not (
            reason is not None
            and reason.startswith(OUTSIDE)
            and block.tag == "p"
            and block.parent == parent
            and block.text[-1:] in SENTENCE_END
            and count_words(block.text)[0] >= FIRST_PARAGRAPH_MIN_WORDS
        ):
            return
        reasons[i] = None


def _subtitle(blocks: Sequence[Block], headline: int, i: int) -> bool:
    """Whether block ``i`` is a subheading set right after the headline, in the headline's own element."""
    block = blocks[i]
    return i == headline + 1 and block.tag in SUBHEADINGS and block.parent is not None and block.parent == blocks[headline].parent


def _headline(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Drops the page's first ``<h1>``, the story's headline, when the model
    keeps it (``HEADLINE``). The body is what is under the headline: the
    development sets' truth leaves the headline out (wcxb-dev's on 732 of its
    793 articles with a title), and so does trafilatura's output. The
    model drops most headlines already (590 of the 758 first ``<h1>`` of
    wcxb-dev articles, with held-out block probabilities), and of the 168 it
    kept 125 were outside the truth and 24 in it. With held-out block
    probabilities this took wcxb-dev articles from 0.9440 to 0.9446 AEB F1
    (precision 0.9279 to 0.9292) and left trafilatura-eval at 0.9333. Only
    the first: a page that sets every subheading in an ``<h1>`` keeps the
    others (dropping them all cost 0.0008 on all wcxb-dev pages). The block
    stays in ``Result.segments`` with its scores. AEB, run once after the
    rule was chosen, went from 0.9391 to 0.9432 at the gate."""
    for i, block in enumerate(blocks):
        if block.tag == "h1":
            if reasons[i] is None:
                reasons[i] = HEADLINE
            return


def _sign_up_boxes(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """Drops, as calls to action, the kept blocks of a sign-up box: an element
    named as one (``SIGN_UP_TOKENS``) whose text is at least ``SIGN_UP_SHARE``
    calls to action, and little else (``SIGN_UP_OTHER_MAX_CHARS``). A
    newsletter box's title ("The Climate Brief") and its small print
    ("Privacy Notice: …") go with its pitch. The class names are
    needed: without them, headings and answers of product pages went with a
    prompt beside them."""
    if not any(reason is None and _named(block, SIGN_UP_TOKENS) for block, reason in zip(blocks, reasons)):
        return  # no kept block is named as a box's
    prompt, size = _chars_by_parent(blocks, [reason == CALL_TO_ACTION for reason in reasons])
    boxes = {
        parent
        for parent, chars in prompt.items()
        if chars >= SIGN_UP_SHARE * size[parent] and size[parent] - chars <= SIGN_UP_OTHER_MAX_CHARS
    }
    for i, block in enumerate(blocks):
        if (
            reasons[i] is None
            and block.parent in boxes
            and _named(block, SIGN_UP_TOKENS)
        ):
            reasons[i] = CALL_TO_ACTION


def decide_text(blocks: Sequence[Block]) -> list[str | None]:
    """For plain text, a line is content unless the segmenter marked it (a
    promo header and its teasers, a "Read also: …" line) or its wording is
    boilerplate by the same rules as a page's: a call to action, a comment
    form's note or a newsletter pitch, a disclosure, a photo credit, or
    consent wording."""
    reasons: list[str | None] = []
    for block in blocks:
        text = block.text
        if block.drop is not None:
            reasons.append(block.drop)
        elif is_prompt(text) or is_form_or_pitch(text) or is_button(text):
            reasons.append(CALL_TO_ACTION)
        elif is_credit(text) or ends_on_credit(text):
            reasons.append(CAPTION)
        elif is_disclosure(text):
            reasons.append(DISCLOSURE)
        elif is_consent(text):
            reasons.append(CONSENT_PROMPT)
        else:
            reasons.append(None)
    return reasons
