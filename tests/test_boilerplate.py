"""``filter.boilerplate.decide``: from content probabilities to the reasons users read."""

from __future__ import annotations

import numpy as np
import pytest

from filter import Block
from filter.boilerplate import CONSENT_PROMPT, DUPLICATE, decide, decide_text

PROSE = "The council said on Tuesday that work on the new bridge would start in the spring."
DISQUS_COMMENT_TOKENS = (
    "post-message", "post", "message", "publisher-anchor-color", "publisher", "anchor", "color",
    "post-message-container", "post", "message", "container", "post-body-inner", "post", "body", "inner",
    "post-body", "post", "body", "post-content", "post", "content", "post", "post-list", "post", "list",
    "conversation", "layout", "disqus_thread", "disqus", "thread", "gh-article", "gh", "article",
)
"""The tokens of a comment in static Disqus markup: ``disqus_thread`` is the
28th, and the nearest ten read like an article's."""


@pytest.mark.parametrize(
    ("block", "probability", "reason"),
    [
        pytest.param(Block(PROSE), 0.9, None, id="content-kept"),
        pytest.param(Block("Read also: Bridge Street traders stage protest"), 0.1, "boilerplate: promo link", id="promo"),
        pytest.param(Block("Home World Sport", link_density=1.0), 0.1, "boilerplate: link list", id="link-list"),
        pytest.param(Block("Sign up for our newsletter today."), 0.1, "boilerplate: call to action", id="call-to-action"),
        pytest.param(Block("© 2024 Example Media", path="html>body>footer>p"), 0.1, "boilerplate: page furniture", id="footer"),
        pytest.param(Block("Posted 3 hours ago", tokens=("comments",)), 0.1, "boilerplate: page furniture", id="comment-token"),
        pytest.param(Block(PROSE, drop="boilerplate: hidden element"), 0.9, "boilerplate: hidden element", id="segmenter-drop-wins"),
    ],
)
def test_reason(block: Block, probability: float, reason: str | None) -> None:
    assert decide([block], np.array([probability]), 0.5) == [reason]


def test_unexplained_drop_gives_the_probability() -> None:
    (reason,) = decide([Block(PROSE)], np.array([0.23]), 0.5)
    assert reason == "boilerplate: outside the article (content probability 0.23)"


def test_threshold_is_inclusive() -> None:
    assert decide([Block(PROSE)], np.array([0.5]), 0.5) == [None]


def test_repeated_paragraph_is_dropped_once_kept() -> None:
    blocks = [Block(PROSE), Block("Another paragraph of the story."), Block(PROSE)]
    assert decide(blocks, np.array([0.9, 0.9, 0.9]), 0.5) == [None, None, DUPLICATE]


def test_a_dropped_copy_does_not_hide_the_kept_one() -> None:
    blocks = [Block(PROSE), Block(PROSE)]
    assert decide(blocks, np.array([0.1, 0.9]), 0.5)[1] is None


def test_plain_text_keeps_what_the_segmenter_did_not_mark() -> None:
    blocks = [Block(PROSE, tag="line"), Block("Read Also:", tag="line", drop="boilerplate: promo block")]
    assert decide_text(blocks) == [None, "boilerplate: promo block"]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(Block("The chicks were spotted in a nest.", tag="figcaption"), id="figcaption"),
        pytest.param(Block("Photo: Daniel Frost"), id="photo-colon"),
        pytest.param(Block("Picture by Anna Webb"), id="picture-by"),
        pytest.param(Block("Enter your email address below to get our weekly newsletter."), id="prompt"),
        pytest.param(Block("We and our partners store and/or access information on a device, such as cookies."), id="consent"),
        pytest.param(Block("Accept all cookies"), id="consent-button"),
        pytest.param(Block("Smoke rises over the estate on Sunday. (Image: County Fire Service)"), id="caption-ending-on-credit"),
        pytest.param(Block("Leave a Reply"), id="comment-form-heading"),
        pytest.param(Block("Never miss a story: get our free daily email, delivered to you every morning."), id="newsletter-pitch"),
        pytest.param(Block(PROSE, tokens=("comment-content", "comment", "content")), id="comment-section"),
        pytest.param(Block(PROSE, tokens=("disqus_thread", "disqus", "thread")), id="disqus"),
        pytest.param(Block(PROSE, tokens=DISQUS_COMMENT_TOKENS), id="disqus-far-up"),
    ],
)
def test_dropped_whatever_the_model_says(block: Block) -> None:
    (reason,) = decide([block], np.array([0.99]), 0.5)
    assert reason is not None and reason.startswith("boilerplate:")


@pytest.mark.parametrize(
    "text",
    [
        "Photographers gathered outside the court on Monday as the verdict was read.",
        "The council will subscribe to the regional transport scheme from next year, officials said.",
        "Websites must ask users before they store information on a device, the court ruled on Tuesday.",
        "The regulator said the firm had no legitimate interest in keeping the data, and fined it 2 million euros.",
        "Officials said the picture: Grim for farmers who lost most of the harvest to the floods in the north of the county.",
        "The paper's free daily newsletter now reaches more than a million readers, its editor said on Tuesday.",
        "If you have tried the recipe, I would love to hear how it went for you and your family, so please leave a comment below "
        "and tell me which of the variations you made and whether the children liked it as much as mine did.",
    ],
    ids=[
        "photographers-sentence", "subscribe-as-news", "cookie-law-report", "legitimate-interest-report",
        "picture-in-prose", "newsletter-in-media-report", "blogger-asks-for-comments",
    ],
)
def test_prose_with_similar_words_is_kept(text: str) -> None:
    assert decide([Block(text)], np.array([0.99]), 0.5) == [None]


def banner_and_article(banner: list[str], article: list[str]) -> list[Block]:
    """Blocks as the segmenter numbers them: the banner's under element 2, the article's under element 9."""
    blocks = [Block(t, nodes=(0, 1, 2, 3 + i)) for i, t in enumerate(banner)]
    return blocks + [Block(t, nodes=(0, 1, 9, 10 + i)) for i, t in enumerate(article)]


CONSENT_PARAGRAPH = "With your permission we and our partners may use precise geolocation data."


def test_a_banner_takes_its_other_sentences_with_it() -> None:
    blocks = banner_and_article(
        ["Your choices on this site", CONSENT_PARAGRAPH, "Your preferences will apply to this website only."], [PROSE]
    )
    assert decide(blocks, np.full(4, 0.9), 0.5) == [CONSENT_PROMPT, CONSENT_PROMPT, CONSENT_PROMPT, None]


def test_an_article_quoting_a_banner_keeps_its_other_paragraphs() -> None:
    blocks = banner_and_article([], [PROSE, CONSENT_PARAGRAPH, PROSE + " It was delayed.", PROSE + " Again."])
    assert decide(blocks, np.full(4, 0.9), 0.5) == [None, CONSENT_PROMPT, None, None]


def test_a_banner_the_model_already_drops_is_not_looked_at() -> None:
    blocks = banner_and_article([CONSENT_PARAGRAPH, "Your preferences will apply to this website only."], [PROSE])
    reasons = decide(blocks, np.array([0.1, 0.1, 0.9]), 0.5)
    assert reasons[2] is None and CONSENT_PROMPT not in reasons


@pytest.mark.parametrize(
    "tokens",
    [("tone-comment", "tone", "comment"), ("single-post", "comments-open", "comments", "open"), ("commentary", "article")],
    ids=["opinion-column-class", "body-comments-open", "commentary"],
)
def test_comment_words_in_other_names_keep_the_story(tokens: tuple[str, ...]) -> None:
    assert decide([Block(PROSE, tokens=tokens)], np.array([0.9]), 0.5) == [None]
