"""clean() end to end: the seed golden case, the Result contract, batching."""

from __future__ import annotations

import json
import math

import pytest

from filter import Block, ContentType, Label, Result, clean, clean_many

SEED_PARAGRAPH_STARTS = (
    "U.S. forces conducted airstrikes against Kataib Hezbollah",
    "The Iraqi government denounced the strikes",
    "The U.S. described the strikes as necessary and proportionate",
    "“We do not seek to escalate conflict in the region.",
    "“We will treat these operations as acts of aggression",
    "“While positive steps have been taken",
    "“While the major powers, including the United States",
    "Sudani’s national security adviser Qassem al-Araji",
    "“The U.S. side should pile on pressure",
    "The Biden administration pleaded with the Iraqi government",
)
SEED_PROMO = ("Read Also:", "Iconic Food Chain Closes Due To Crime In Blue State", "Donald Trump Jr. Weighs In On VP Pick")


def test_seed_keeps_exactly_the_ten_paragraphs_in_order(seed_text: str) -> None:
    result = clean(seed_text)
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 10
    for paragraph, start in zip(paragraphs, SEED_PARAGRAPH_STARTS):
        assert paragraph.startswith(start)


@pytest.mark.parametrize("promo", SEED_PROMO, ids=["read-also", "headline-1", "headline-2"])
def test_seed_drops_the_read_also_block(seed_text: str, promo: str) -> None:
    result = clean(seed_text)
    assert promo not in result.text
    (segment,) = [s for s in result.segments if s.text == promo]
    assert not segment.kept
    assert segment.reason and segment.reason.startswith("boilerplate: promo")


def test_seed_kept_segments_are_news_or_opinion(seed_text: str) -> None:
    result = clean(seed_text)
    kept = [s for s in result.segments if s.kept]
    assert len(kept) == 10
    assert all(s.label in (Label.NEWS, Label.OPINION) for s in kept)


def test_seed_as_bytes_equals_seed_as_str(seed_text: str) -> None:
    assert clean(seed_text.encode("utf-8")).text == clean(seed_text).text


def test_scores_are_probabilities(seed_text: str) -> None:
    for segment in clean(seed_text).segments:
        assert set(segment.scores) == set(Label)
        assert math.isclose(sum(segment.scores.values()), 1.0, abs_tol=1e-6)
        assert all(0.0 <= p <= 1.0 for p in segment.scores.values())
        assert segment.label == max(segment.scores, key=segment.scores.get)


def test_result_is_frozen(seed_text: str) -> None:
    result = clean(seed_text)
    with pytest.raises(AttributeError):
        result.text = "changed"  # type: ignore[misc]


def test_to_dict_is_json_safe_and_complete(seed_text: str) -> None:
    result = clean(seed_text, url="https://example.org/a")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["url"] == "https://example.org/a"
    assert data["content_type"] == "text"
    assert data["text"] == result.text
    assert set(data["summary"]) == {"shares", "label", "is_article", "section"}
    assert len(data["segments"]) == len(result.segments)
    assert set(data["segments"][0]) == {"text", "label", "scores", "kept", "reason", "tag", "path", "link_density"}


@pytest.mark.parametrize(
    ("source", "content_type", "expected"),
    [
        ("<html><body><p>Hello there, world.</p></body></html>", None, ContentType.HTML),
        ("Hello there.\nA second line of plain text.", None, ContentType.TEXT),
        ("<p>tagged</p> but treated as text", "text", ContentType.TEXT),
        ("Plain words only, but the caller says html.", "html", ContentType.HTML),
    ],
    ids=["html-sniffed", "text-sniffed", "text-forced", "html-forced"],
)
def test_content_type(source: str, content_type: str | None, expected: ContentType) -> None:
    assert clean(source, content_type=content_type).content_type is expected


def test_keep_selects_labels(seed_text: str) -> None:
    only_filler = clean(seed_text, keep=["filler"])
    # Boilerplate stays out whatever the labels asked for.
    assert "Read Also:" not in only_filler.text
    news_only = clean(seed_text, keep=[Label.NEWS])
    assert all(s.label is Label.NEWS for s in news_only.segments if s.kept)


def test_clean_many_equals_clean_one_by_one(seed_text: str) -> None:
    html = "<html><body><article><p>" + "Officials said the bridge will reopen next week after repairs. " * 5 + "</p></article></body></html>"
    batch = clean_many([seed_text, html])
    single = [clean(seed_text), clean(html)]
    assert [r.to_dict() for r in batch] == [r.to_dict() for r in single]


def test_deterministic(seed_text: str) -> None:
    assert clean(seed_text).to_dict() == clean(seed_text).to_dict()


def test_returns_result(seed_text: str) -> None:
    assert isinstance(clean(seed_text), Result)


# --- hostile input: not a page at all, and every encoding through clean() ---

from filter import BinaryInputError, EmptyInputError, FilterError  # noqa: E402
from tests.test_decode import CASES as ENCODING_CASES  # noqa: E402

NOT_A_PAGE = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), BinaryInputError, "PNG image", id="png"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, "PDF document", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), BinaryInputError, "ZIP archive", id="zip"),
    pytest.param(b"", EmptyInputError, "input is empty", id="empty"),
    pytest.param(b" \r\n\t \n", EmptyInputError, "only whitespace", id="whitespace"),
    pytest.param(b"\xef\xbb\xbf", EmptyInputError, "nothing but a byte-order mark", id="utf8-bom-only"),
    pytest.param(b"\xef\xbb\xbf  \n", EmptyInputError, "nothing but a byte-order mark", id="utf8-bom-and-whitespace"),
    pytest.param(b"\xff\xfe", EmptyInputError, "byte-order mark", id="utf16-bom-only"),
    pytest.param("   ", EmptyInputError, "only whitespace", id="whitespace-str"),
]


@pytest.mark.parametrize(("source", "error", "message"), NOT_A_PAGE)
def test_not_a_page_gives_a_specific_error(source: bytes | str, error: type[FilterError], message: str) -> None:
    with pytest.raises(error, match=message):
        clean(source)


@pytest.mark.parametrize(("data", "expected"), ENCODING_CASES)
def test_encodings_through_clean(data: bytes, expected: str) -> None:
    text = " ".join(segment.text for segment in clean(data).segments)
    assert expected in text
    assert "Ã" not in text and "â€" not in text  # no mojibake


def test_gb2312_declared_after_15kb_of_ascii_markup() -> None:
    head = "<html><head><script>" + "var padding = 'ascii only';\n" * 600 + "</script>"
    assert len(head) > 15_000
    page = head + '<meta charset="gb2312"></head><body><p>北京今天发布了新的预算。</p></body></html>'
    assert "北京今天发布了新的预算。" in " ".join(s.text for s in clean(page.encode("gb2312")).segments)


def test_cp1252_curly_quotes_and_euro_without_declaration() -> None:
    page = "<html><body><p>The “budget” rose to 5 € — officials’ figures.</p></body></html>".encode("cp1252")
    assert "The “budget” rose to 5 € — officials’ figures." in [s.text for s in clean(page).segments]


def test_a_path_is_not_a_page() -> None:
    from pathlib import Path

    with pytest.raises(TypeError, match="str or bytes"):
        clean(Path("page.html"))  # type: ignore[arg-type]


JAPANESE = "北浜市議会は24日の本会議で、総額約820億円の新年度一般会計予算案を賛成多数で可決した。老朽化した小中学校の校舎改修に重点を置いた。"
THAI = "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายอันยาวนานและเงินจะถูกนำไปใช้กับโรงเรียนและถนนทั่วภูมิภาค"


@pytest.mark.parametrize(
    ("paragraphs", "is_article"),
    [
        pytest.param([JAPANESE] * 3, True, id="japanese-article"),
        pytest.param([THAI] * 3, True, id="thai-article"),
        pytest.param(["The council met."] * 3, False, id="english-too-short"),
        pytest.param(["北浜市議会"] * 3, False, id="japanese-too-short"),
    ],
)
def test_article_verdict_counts_words_in_any_script(paragraphs: list[str], is_article: bool) -> None:
    """Scripts without spaces between words: a paragraph is not one word."""
    from filter.document import Segment
    from filter.pipeline import _summary

    segments = [Segment(text, Label.NEWS, {}, True, None, "p", "html>body>p", 0.0) for text in paragraphs]
    assert _summary(segments, [True] * len(segments)).is_article is is_article


SENTENCE = "The council said on Tuesday that the old bridge would reopen in the spring."
LINKED_HEADLINE = "Bridge to reopen in the spring after repairs"


@pytest.mark.parametrize(
    ("rows", "is_article"),
    [
        pytest.param([(SENTENCE, 0.0)] * 3, True, id="three-one-sentence-paragraphs"),
        pytest.param([(SENTENCE, 0.0)] * 2, False, id="two-are-too-few"),
        pytest.param([(SENTENCE, 0.0), (LINKED_HEADLINE, 1.0)] * 3, False, id="cards-break-the-row"),
        pytest.param([("The council met on Tuesday and the mayor spoke", 0.0)] * 3, False, id="no-sentence-end"),
        pytest.param([("The council met.", 0.0)] * 4, False, id="too-short-to-be-a-sentence-paragraph"),
        pytest.param([("据介绍，开通初期列车最小行车间隔为6分钟，首班车6时发车。", 0.0)] * 3, True, id="chinese-sentences"),
        pytest.param([("「通学路が元に戻り、子どもたちを安心して送り出せる」", 0.0)] * 3, True, id="japanese-quotes"),
    ],
)
def test_a_story_in_one_sentence_paragraphs_is_an_article(rows: list[tuple[str, float]], is_article: bool) -> None:
    """Three sentence paragraphs in a row make an article however short they
    are; a linked headline between them (a section front's cards) does not."""
    from filter.document import Segment
    from filter.pipeline import _summary

    segments = [Segment(text, Label.NEWS, {}, True, None, "p", "html>body>p", density) for text, density in rows]
    assert _summary(segments, [True] * len(segments)).is_article is is_article


@pytest.mark.parametrize(
    ("text", "opinion_read"),
    [
        pytest.param(JAPANESE, False, id="japanese"),
        pytest.param("记者从南湖市轨道交通集团获悉，地铁5号线二期工程将于6月28日开通试运营，届时通勤时间将缩短约25分钟。", False, id="chinese"),
        pytest.param(THAI, False, id="thai"),
        pytest.param("Городская администрация сообщила во вторник, что ремонт моста завершится к концу июня.", True, id="russian"),
        pytest.param("The council's plan is a reckless waste of money, and everyone knows it.", True, id="english"),
    ],
)
def test_opinion_is_not_claimed_for_scripts_the_classifier_cannot_read(text: str, opinion_read: bool) -> None:
    """Chinese and Japanese reporting scored 1.0 as opinion: it is news now."""
    scores = clean(text, content_type="text").segments[0].scores
    assert (scores[Label.OPINION] > 0.0) is opinion_read
    assert sum(scores.values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("news", "opinion", "filler", "expected"),
    [
        pytest.param(1.0, 0.0, 0.0, Label.NEWS, id="all-news"),
        pytest.param(0.7, 0.3, 0.0, Label.NEWS, id="news-with-a-view"),
        pytest.param(0.6, 0.4, 0.0, Label.OPINION, id="column-mostly-reported"),
        pytest.param(0.2, 0.2, 0.1, Label.OPINION, id="half-opinion"),
        pytest.param(0.2, 0.1, 0.7, Label.FILLER, id="mostly-filler"),
        pytest.param(0.4, 0.2, 0.4, Label.OPINION, id="filler-tied-is-not-largest"),
        pytest.param(0.0, 0.0, 0.0, Label.NEWS, id="no-text"),
    ],
)
def test_verdict(news: float, opinion: float, filler: float, expected: Label) -> None:
    """An opinion column mixes view and reported fact: a third of opinion
    makes the document opinion; filler must be the largest share."""
    from filter.pipeline import verdict

    assert verdict({Label.NEWS: news, Label.OPINION: opinion, Label.FILLER: filler}) is expected


COLUMN = (
    "The mayor's plan to close the central library is a disgrace, and the council should be ashamed of "
    "rubber-stamping it.\n\n"
    "What galls me most is the pretence that this is about money. It is about priorities, and this "
    "administration has made its priorities painfully clear.\n\n"
    "The library has 40,000 books and eleven staff, and it opened in 1904, according to the council.\n\n"
    "Campaigners delivered a petition with 8,000 signatures to the town hall last week, the council said."
)


def test_a_column_with_reported_facts_is_opinion() -> None:
    result = clean(COLUMN)
    labels = [s.label for s in result.segments]
    assert Label.NEWS in labels and Label.OPINION in labels
    assert result.summary.label is Label.OPINION


FRAGMENT = (
    "The city council approved the new budget on Tuesday after a long debate, officials said, and the money will go "
    "to schools and roads across the region.",
    "The mayor said the vote was close, and that the council would revisit the plan in the spring if revenue fell "
    "short of the forecast.",
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("".join(f"<p>{p}</p>" for p in FRAGMENT), id="bare-paragraphs"),
        pytest.param("<div>" + "".join(f"<p>{p}</p>" for p in FRAGMENT) + "</div>", id="in-a-div"),
        pytest.param("<html><body>" + "".join(f"<p>{p}</p>" for p in FRAGMENT) + "</body></html>", id="whole-page"),
    ],
)
def test_a_fragment_with_no_boilerplate_is_kept(html: str) -> None:
    """Callers pass fragments and bare articles too; with no furniture around
    them, all of it is the article."""
    result = clean(html)
    assert result.summary.is_article
    assert all(p in result.text for p in FRAGMENT)


SUMMARY = "The council voted on Tuesday to approve a new budget that raises spending on road repairs by 12 percent this year."


def cards(parents: list[int]) -> tuple[list, list[Block]]:
    """Linked headlines, each followed by a summary whose parent element is the given number."""
    from filter.document import Segment

    segments, blocks = [], []
    for i, parent in enumerate(parents):
        headline = f"Headline number {i} about the budget"
        segments += [Segment(headline, Label.NEWS, {}, True, None, "h2", "html>body>h2", 1.0),
                     Segment(SUMMARY, Label.NEWS, {}, True, None, "p", "html>body>p", 0.0)]
        blocks += [Block(headline, tag="h2", link_density=1.0, nodes=(0, 1, 100 + i, 200 + i)),
                   Block(SUMMARY, nodes=(0, 1, parent, 300 + i))]
    return segments, blocks


@pytest.mark.parametrize(
    ("parents", "is_article"),
    [
        pytest.param([10, 11, 12, 13], False, id="cards-in-their-own-elements"),
        pytest.param([10, 10, 10, 10], True, id="roundup-in-one-element"),
        pytest.param([10, 11], True, id="two-cards-are-not-a-front"),
    ],
)
def test_a_page_of_teaser_cards_is_not_an_article(parents: list[int], is_article: bool) -> None:
    from filter.pipeline import _summary

    segments, blocks = cards(parents)
    assert _summary(segments, [True] * len(segments), blocks).is_article is is_article


def fused_cards(parents: list[int], more: str = "") -> tuple[list, list[Block]]:
    """Cards set as a linked headline and its summary in one block (a table
    cell), each in the element numbered ``parents[i]``."""
    from filter.document import Segment

    segments, blocks = [], []
    for i, parent in enumerate(parents):
        headline = f"Headline number {i} about the budget"
        text = f"{headline} {SUMMARY}{more}"
        chars = len(text) - text.count(" ")
        lead = len(headline) - headline.count(" ")
        linked = lead + len(more) - more.count(" ")
        segments.append(Segment(text, Label.NEWS, {}, True, None, "td", "html>body>table>tr>td", linked / chars))
        blocks.append(Block(text, tag="td", link_density=linked / chars, nodes=(0, 1, parent, 300 + i), lead_link=lead))
    return segments, blocks


@pytest.mark.parametrize(
    ("parents", "more", "is_article"),
    [
        pytest.param([10, 11, 12, 13], "", False, id="cells-of-their-own"),
        pytest.param([10, 11, 12, 13], " more...", False, id="with-a-more-link"),
        pytest.param([10, 10, 10, 10], "", True, id="roundup-in-one-element"),
    ],
)
def test_a_page_of_cards_in_one_block_each_is_not_an_article(parents: list[int], more: str, is_article: bool) -> None:
    from filter.pipeline import _summary

    segments, blocks = fused_cards(parents, more)
    assert _summary(segments, [True] * len(segments), blocks).is_article is is_article


def test_paragraphs_that_open_on_a_link_are_no_cards() -> None:
    """A story's paragraphs may open on a linked name; with more links in them they are prose, not cards."""
    from filter.boilerplate import fused_card

    text = "Harbour board members met on Tuesday and agreed, after a long debate with the council and the unions, to close two piers."
    chars = len(text) - text.count(" ")
    block = Block(text, link_density=60 / chars, lead_link=20)
    assert not fused_card(block, len(text.split()))


class _Scores:
    """A stand-in for both models: every block gets the same probabilities."""

    threshold = 0.5

    def __init__(self, content: float, proba: tuple[float, float, float]) -> None:
        self.content, self.proba = content, proba

    def content_probability(self, pages):
        import numpy as np

        return [np.full(len(blocks), self.content) for blocks in pages]

    def predict_proba(self, blocks, lengths, *, deadline):
        import numpy as np

        return np.tile(self.proba, (len(blocks), 1))


@pytest.mark.parametrize(
    ("kind", "content", "reason", "expected"),
    [
        pytest.param(ContentType.HTML, 0.8, None, (0.64, 0.16, 0.2), id="page-text-keeps-the-block-filler-score"),
        pytest.param(ContentType.HTML, 0.8, "boilerplate: promo link", (0.08, 0.02, 0.9), id="rule-dropped-keeps-the-classifier-score"),
        pytest.param(ContentType.HTML, 0.3, None, (0.08, 0.02, 0.9), id="rule-kept-is-scored-by-the-classifier"),
        pytest.param(ContentType.HTML, 0.3, "boilerplate: link list", (0.3, 0.0, 0.7), id="model-dropped-keeps-the-block-score"),
        pytest.param(ContentType.TEXT, 0.8, None, (0.08, 0.02, 0.9), id="plain-text-is-the-classifier-alone"),
    ],
)
def test_filler_score_of_a_page_block(
    kind: ContentType, content: float, reason: str | None, expected: tuple[float, float, float], monkeypatch
) -> None:
    """On a page, what the block classifier and the rules take for article
    text has the block classifier's P(boilerplate) as filler score (0.2): a
    segment classifier sure it is filler (0.9) does not drop it. News and opinion
    share the rest as the segment classifier has them (4:1). What a rule
    keeps against the block classifier (an article's lead) is the segment
    classifier's to score; what both drop keeps the block classifier's."""
    from filter import boilerplate, pipeline
    from filter.limits import Deadline

    monkeypatch.setattr(boilerplate, "decide", lambda blocks, p, t: [reason] * len(blocks))
    monkeypatch.setattr(boilerplate, "decide_text", lambda blocks: [reason] * len(blocks))
    models = _Scores(content, (0.08, 0.02, 0.9))
    blocks = [Block("The council approved the budget on Tuesday.")]
    ((reasons, scores),) = pipeline._score([("", kind, blocks, None)], models, models, Deadline(None))
    assert scores[0].tolist() == pytest.approx(expected)
