"""``filter.boilerplate.decide`` on hand-built blocks.

Each case is a page in miniature: a few blocks in reading order and, for each,
whether it is kept (its reason is None). The blocks say only what matters for
the case (tag, link density, class tokens); everything else is a default.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from filter import Block
from filter.boilerplate import CTA_MAX_WORDS, GOOD_MIN_WORDS, SHORT_MAX_WORDS, TOKEN_OVERRIDE_WORDS, decide

_WORDS = (
    "the council said on tuesday that work on the new bridge would start in the spring and take about two years "
    "to finish while the old crossing stays open to buses cyclists and people on foot until the new one is ready "
    "and officials added that the cost had risen since the plan was first published"
).split()


def prose(words: int = 40, **fields: object) -> Block:
    """A paragraph of article-like prose with this many words."""
    text = " ".join(_WORDS[i % len(_WORDS)] for i in range(words)).capitalize() + "."
    return Block(text=text, **fields)  # type: ignore[arg-type]


def line(text: str, **fields: object) -> Block:
    return Block(text=text, **fields)  # type: ignore[arg-type]


def link(text: str, **fields: object) -> Block:
    """A block that is all link (a nav item, a teaser headline)."""
    return Block(text=text, tag="li", link_density=1.0, **fields)  # type: ignore[arg-type]


QUOTE = line("“We are devastated,” said Linda Carr.")  # fewer than SHORT_MAX_WORDS words
CLOSER = line("The council expects the lanes to be finished by the end of next year.")  # more

CASES = [
    # --- the first pass, one block at a time
    pytest.param([prose(GOOD_MIN_WORDS)], [True], id="prose-of-good-length-kept"),
    pytest.param([prose(60, link_density=0.6)], [False], id="linked-prose-is-a-link-list"),
    pytest.param(
        [prose(), line("Read also: Bridge Street traders stage protest"), prose()],
        [True, False, True],
        id="read-also-promo-dropped",
    ),
    pytest.param(
        [prose(), line("Sign up for our newsletter to get the day's top stories in your inbox every morning."), prose()],
        [True, False, True],
        id="call-to-action-dropped",
    ),
    pytest.param(
        [line(prose(CTA_MAX_WORDS).text + " The story was first reported in a council newsletter.")],
        [True],
        id="long-paragraph-mentioning-a-newsletter-kept",
    ),
    pytest.param(
        [prose(30, tokens=("widget", "sidebar")), prose(60)],
        [False, True],
        id="sidebar-prose-of-middling-length-dropped",
    ),
    pytest.param(
        [prose(TOKEN_OVERRIDE_WORDS, tokens=("promo",)), prose(60)],
        [True, True],
        id="long-paragraph-in-a-promo-class-kept",
    ),
    pytest.param(
        [prose(), prose(80, tokens=("comment-body", "comment", "body"))],
        [True, False],
        id="long-comment-dropped-however-long",
    ),
    pytest.param(
        [prose(90, tokens=("consent-banner", "consent", "banner")), prose(30)],
        [False, True],
        id="long-consent-notice-dropped-however-long",
    ),
    pytest.param(
        [prose(30, tokens=("sidebar-wrapper", "sidebar", "wrapper")) for _ in range(3)]
        + [link("Harbour wall repairs begin", tokens=("widget", "sidebar"))],
        [True, True, True, False],
        id="sidebar-wrapper-holding-most-prose-is-the-article-column",
    ),
    pytest.param(
        [prose(), line("", drop="boilerplate: hidden element"), prose()],
        [True, False, True],
        id="segmenter-drop-respected",
    ),
    # --- the context pass
    pytest.param(
        [prose(), line("It was the third rise in two years."), prose()],
        [True, True, True],
        id="short-between-two-good-kept",
    ),
    pytest.param(
        [prose(), line("Fares rose."), line("So did parking."), prose()],
        [True, True, True, True],
        id="several-short-between-two-good-kept",
    ),
    pytest.param(
        [link("News"), link("Sport"), line("Weather"), link("Business"), link("Culture")],
        [False, False, False, False, False],
        id="short-among-links-dropped",
    ),
    pytest.param(
        [link("News"), line("Follow the latest"), link("Sport"), prose()],
        [False, False, False, True],
        id="short-between-links-before-article-dropped",
    ),
    pytest.param(
        [link("Home"), line("Why the change?", tag="h2"), prose()],
        [False, True, True],
        id="heading-before-good-kept",
    ),
    pytest.param(
        [prose(), line("What parents say", tag="h3"), prose()],
        [True, True, True],
        id="subheading-inside-body-kept",
    ),
    pytest.param(
        [prose(), line("Around the region", tag="h3"), link("Harbour wall repairs begin"), link("New hotel owner")],
        [True, False, False, False],
        id="heading-before-links-dropped",
    ),
    pytest.param(
        [prose(), line("Comments are closed."), link("Privacy"), link("Terms"), link("Contact")],
        [True, False, False, False, False],
        id="very-short-after-article-dropped",
    ),
    pytest.param(
        [prose(), CLOSER, link("Privacy"), link("Terms"), link("Contact")],
        [True, True, False, False, False],
        id="short-sentence-closing-article-kept",
    ),
    pytest.param(
        [line("By Marta Okafor", tag="div"), prose()],
        [False, True],
        id="very-short-before-article-dropped",
    ),
    pytest.param(
        [prose(), prose(), line("Advertisement", tokens=("ad-label", "ad")), QUOTE, prose()],
        [True, True, False, True, True],
        id="quote-after-inline-ad-kept",
    ),
    pytest.param(
        [prose(), line("Read also: Pothole backlog at record high"), CLOSER, link("Privacy"), link("Terms")],
        [True, False, True, False, False],
        id="closing-sentence-after-inline-promo-kept",
    ),
    pytest.param(
        [prose(), link("Share"), link("Tweet"), link("Email"), QUOTE, prose()],
        [True, False, False, False, False, True],
        id="three-bad-blocks-are-an-edge-not-an-interruption",
    ),
]


@pytest.mark.parametrize(("blocks", "kept"), CASES)
def test_decide(blocks: list[Block], kept: list[bool]) -> None:
    blocks = [replace(block, index=i) for i, block in enumerate(blocks)]
    reasons = decide(blocks)
    assert [reason is None for reason in reasons] == kept, reasons


@pytest.mark.parametrize(("blocks", "kept"), CASES)
def test_dropped_blocks_say_why(blocks: list[Block], kept: list[bool]) -> None:
    for reason in decide(blocks):
        assert reason is None or reason.startswith("boilerplate: ")


def test_short_limit_is_where_the_closing_sentence_rule_starts() -> None:
    assert len(QUOTE.text.split()) < SHORT_MAX_WORDS <= len(CLOSER.text.split())


def test_no_blocks() -> None:
    assert decide([]) == []
