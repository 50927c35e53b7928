"""Segmentation: where the text of a page is split into blocks, and where words join."""

from __future__ import annotations

import pytest

from filter.segment import PATH_DEPTH, segment_html, segment_text


def texts(html: str) -> list[str]:
    return [block.text for block in segment_html(html)]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>K<small>evin</small> won</p>", ["Kevin won"], id="inline-element-joins"),
        pytest.param("<p>Read<script>var x = 1;</script>ing on</p>", ["Reading on"], id="script-vanishes"),
        pytest.param("<p>Read<style>p {}</style>ing on</p>", ["Reading on"], id="style-vanishes"),
        pytest.param("<p>Before</p>Between<div>After</div>", ["Before", "Between", "After"], id="loose-text-own-block"),
        pytest.param("<p>Watch<iframe src='x'></iframe>Later</p>", ["Watch", "Later"], id="iframe-is-a-box"),
        pytest.param("<p>Pick<select><option>one</option></select>Done</p>", ["Pick", "Done"], id="form-field-is-a-box"),
        pytest.param("<p>Play<video><source src='v.mp4'></video>Next</p>", ["Play", "Next"], id="video-is-a-box"),
        pytest.param("<p>虐待<rt>ぎゃくたい</rt>の話</p>", ["虐待の話"], id="ruby-reading-left-out"),
        pytest.param("<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>字</p>", ["漢字"], id="ruby-brackets-left-out"),
        pytest.param("<p>Given a set of <span style='display:none'>x_i</span> objects</p>", ["Given a set of objects"], id="hidden-inline-left-out-not-split"),
        pytest.param("<p>Share <a hidden href='/x'>on X</a>this story</p>", ["Share this story"], id="hidden-inline-link-left-out"),
        pytest.param("<p>Co\u00adop\u00aderation grew</p>", ["Cooperation grew"], id="soft-hyphens-removed"),
        pytest.param("<p>\u00ad Alone</p>", ["Alone"], id="soft-hyphen-before-space"),
        pytest.param("<p>Cafe\u0301 de Flore</p>", ["Caf\u00e9 de Flore"], id="composed-to-nfc"),
    ],
)
def test_word_boundaries(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


@pytest.mark.parametrize(
    ("attributes", "dropped"),
    [
        pytest.param('hidden id="S:0"', False, id="react-streamed-part-shown"),
        pytest.param('hidden id="S:1a"', False, id="react-streamed-hex-id-shown"),
        pytest.param("hidden", True, id="hidden-attribute"),
        pytest.param('hidden id="S:promo"', True, id="hidden-id-not-react"),
        pytest.param('hidden id="S:0" style="display:none"', True, id="streamed-but-display-none"),
        pytest.param('id="S:0" aria-hidden="true"', True, id="streamed-id-aria-hidden"),
    ],
)
def test_hidden_elements(attributes: str, dropped: bool) -> None:
    html = f"<body><p>Shown first.</p><div {attributes}><p>Second part.</p></div></body>"
    blocks = segment_html(html)
    assert [block.text for block in blocks] == ["Shown first.", "Second part."]
    assert (blocks[1].drop == "boilerplate: hidden element") is dropped


NOSCRIPT_POST = "The team shipped the fix on Tuesday after two weeks of tests. " * 4
"""More than ``NOSCRIPT_MIN_CHARS`` of text: what a blog rendered with JavaScript keeps in ``<noscript>``."""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<body><noscript>Please enable JavaScript to view the comments.</noscript><p>Body.</p></body>",
            ["Body."],
            id="short-message-skipped",
        ),
        pytest.param("<body><noscript><img src='pixel.gif'></noscript><p>Body.</p></body>", ["Body."], id="pixel-skipped"),
        pytest.param(
            f"<body><div id='app'></div><noscript><p>{NOSCRIPT_POST}</p></noscript></body>",
            [NOSCRIPT_POST.strip()],
            id="post-only-in-noscript-read",
        ),
        pytest.param(
            f"<body><noscript><div id='nojs'></noscript><h1>Title</h1><p>{NOSCRIPT_POST}</p></body>",
            ["Title", NOSCRIPT_POST.strip()],
            id="page-swallowed-by-unclosed-div-read",
        ),
        pytest.param(
            f"<body><noscript style='display:none'><p>{NOSCRIPT_POST}</p></noscript><p>Body.</p></body>",
            ["Body."],
            id="long-but-hidden-skipped",
        ),
    ],
)
def test_noscript(html: str, expected: list[str]) -> None:
    blocks = segment_html(html)
    assert [block.text for block in blocks] == expected
    assert all(block.drop is None for block in blocks)


WRAPPED = "Gym equipment refers to the various machines and tools used in a"
"""A line of hard-wrapped prose: 40 to 100 characters that do not end a sentence."""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            f"<p>{WRAPPED}<br>\nfitness facility, the guide said.<br>Next line</p>",
            [f"{WRAPPED} fitness facility, the guide said.", "Next line"],
            id="wrapped-prose-joins-until-a-sentence-ends",
        ),
        pytest.param(
            f"<p>{WRAPPED}<br>gym, <a href='/x'>linked words</a></p>",
            [f"{WRAPPED} gym, linked words"],
            id="wrapped-line-joins-across-a-link",
        ),
        pytest.param(
            "<p>10 Downing Street<br>London<br>SW1A 2AA</p>",
            ["10 Downing Street", "London", "SW1A 2AA"],
            id="short-lines-stay-apart",
        ),
        pytest.param(f"<p>{WRAPPED}<br><br>New paragraph</p>", [WRAPPED, "New paragraph"], id="double-break-splits"),
        pytest.param(f"<p>{WRAPPED}<br></p><p>Next</p>", [WRAPPED, "Next"], id="paragraph-end-splits"),
        pytest.param(f"<p>{WRAPPED}.<br>Next</p>", [f"{WRAPPED}.", "Next"], id="sentence-end-splits"),
    ],
)
def test_line_breaks(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


def test_joined_lines_keep_link_density() -> None:
    blocks = segment_html(f"<p>{WRAPPED}<br><a href='/x'>{WRAPPED}</a></p>")
    assert len(blocks) == 1
    assert blocks[0].link_density == pytest.approx(0.5, abs=0.02)


@pytest.mark.parametrize(
    ("html", "lead_link"),
    [
        pytest.param("<td><a href='/a'>Library to close</a> The branch shuts for a week.</td>", 14, id="card-headline"),
        pytest.param("<p>  <a href='/a'>Library</a> <a href='/b'>to close</a> for a week.</p>", 14, id="two-links-first"),
        pytest.param("<p>The council <a href='/x'>voted</a> on Tuesday.</p>", 0, id="link-inside-prose"),
        pytest.param("<p><a href='/a'>Whole line linked</a></p>", 15, id="all-linked"),
        pytest.param("<p><span>13.05.2024</span> <a href='/a'>Library to close</a> The branch shuts.</p>", 14, id="after-a-date"),
        pytest.param("<p>In 2024 <a href='/a'>Library to close</a> The branch shuts.</p>", 0, id="after-words"),
        pytest.param("<p><a href='/a'>Library</a> 12:30 <a href='/b'>to close</a> today.</p>", 7, id="a-time-after-the-link-ends-it"),
    ],
)
def test_lead_link_counts_the_link_a_block_opens_with(html: str, lead_link: int) -> None:
    (block,) = segment_html(html)
    assert block.lead_link == lead_link


def test_joined_lines_keep_their_lead_link() -> None:
    blocks = segment_html(f"<p><a href='/x'>{WRAPPED}</a><br>{WRAPPED}</p>")
    assert len(blocks) == 1
    assert blocks[0].lead_link == len(WRAPPED) - WRAPPED.count(" ")


def test_nodes_tell_equal_paths_apart() -> None:
    blocks = segment_html("<div><p>One body line.</p><p>Two body line.</p></div><div><p>A comment.</p></div>")
    assert [b.path for b in blocks] == ["html>body>div>p"] * 3
    assert all(len(b.nodes) == len(b.path.split(">")) for b in blocks)
    body, other = {b.nodes[-2] for b in blocks[:2]}, blocks[2].nodes[-2]
    assert len(body) == 1 and other not in body
    assert blocks[0].nodes[-1] != blocks[1].nodes[-1]


def test_nodes_follow_the_path_depth_limit() -> None:
    html = "<div>" * 30 + "<p>Deep text.</p>" + "</div>" * 30
    (block,) = segment_html(html)
    assert len(block.nodes) == len(block.path.split(">")) == PATH_DEPTH


@pytest.mark.parametrize(
    "header",
    ["Read Also:", "Baca juga:", "Czytaj też:", "Lea también"],
    ids=["english", "indonesian", "polish", "spanish"],
)
def test_plain_text_promo_block_in_any_listed_language(header: str) -> None:
    body = "The council voted on Tuesday to approve the new budget for the coming year, officials said."
    blocks = segment_text(f"{body}\n{header}\nIconic Food Chain Closes Due To Crime\nDonald Trump Jr. Weighs In On VP Pick")
    assert [b.drop for b in blocks] == [None] + ["boilerplate: promo block"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("  The council met.  ", "The council met.", id="one-line"),
        pytest.param("The council\nmet on Tuesday.", "The council met on Tuesday.", id="lines-joined"),
        pytest.param("", "", id="empty"),
    ],
)
def test_text_block_is_the_line_segment_text_makes(text: str, expected: str) -> None:
    from filter.segment import text_block

    block = text_block(text)
    assert (block.text, block.tag, block.path) == (expected, "line", "text")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<div>\n  <p>Body text</p>\n</div>", [("Body text", 0.0, 0)], id="indentation-makes-no-block"),
        pytest.param("<div><a href='/x'> \n </a><p>Body text</p></div>", [("Body text", 0.0, 0)], id="blank-link-counts-nowhere"),
        pytest.param("<p><a href='/x'>\n</a>Lead</p>", [("Lead", 0.25, 1)], id="linked-newline-still-counted"),
        pytest.param("<p>\u00ad</p><p>After</p>", [("After", 0.0, 0)], id="soft-hyphen-alone-makes-no-block"),
        pytest.param("<div><span hidden> </span><p>Body text</p></div>", [("Body text", 0.0, 0)], id="hidden-blank-inline"),
        pytest.param("<div hidden><p>Gone</p></div><p>Shown</p>", [("Gone", 0.0, 0), ("Shown", 0.0, 0)], id="hidden-block-then-sibling"),
        pytest.param(
            "<div style='display:none'><div hidden>x</div></div><p>a <b>b</b></p>", [("x", 0.0, 0), ("a b", 0.0, 0)],
            id="hidden-inside-hidden",
        ),
    ],
)
def test_whitespace_and_hidden_elements_leave_no_trace(html: str, expected: list[tuple[str, float, int]]) -> None:
    """Whitespace-only runs end without a block (``_Walker.flush`` answers
    them without normalising), and a skipped element's end is matched to its
    start, nested or not."""
    assert [(b.text, b.link_density, b.lead_link) for b in segment_html(html)] == expected


@pytest.mark.parametrize(
    ("attributes", "tokens"),
    [
        pytest.param('class="story-body__inner"', ("story-body__inner", "story", "body", "inner"), id="lone-class"),
        pytest.param('id="Main"', ("main",), id="lone-id"),
        pytest.param('class=""', (), id="empty-class"),
        pytest.param('role="main" class="post"', ("post", "main"), id="class-before-role-whatever-the-order"),
        pytest.param('itemprop="articleBody" id="a" class="b"', ("b", "a", "articlebody"), id="all-in-order"),
        pytest.param('href="/x" data-x="y"', (), id="no-token-attributes"),
    ],
)
def test_own_tokens_of_an_element(attributes: str, tokens: tuple[str, ...]) -> None:
    (block,) = segment_html(f"<body><section {attributes}><p>Text</p></section></body>")
    assert block.tokens == tokens
