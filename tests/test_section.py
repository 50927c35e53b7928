"""filter.section: where a page files itself under opinion, and what that does
to its labels (``pipeline.SECTION_OPINION_SHIFT``)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filter import clean
from filter.document import Label
from filter.pipeline import SECTION_OPINION_SHIFT, with_section
from filter.section import opinion_section
from filter.segment import FACTS_MAX, PageFacts, segment_html

COLUMN = [
    "The city's new policing plan is a public relations exercise dressed up as reform, and everyone at City Hall knows it.",
    "The mayor announced the plan on Tuesday at the station on 5th Street, where twelve officers stood behind him.",
    "Nobody believes it will work, least of all the officers asked to deliver it, who have seen four such plans in a decade.",
]


def page(head: str = "", body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in COLUMN)
    return f"<html><head><title>Plan</title>{head}</head><body><article><h1>Plan</h1>{paragraphs}</article>{body_extra}</body></html>"


def facts_of(html: str) -> PageFacts:
    facts = PageFacts()
    segment_html(html, facts=facts)
    return facts


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        pytest.param('<script type="application/ld+json">{"@type": "OpinionNewsArticle"}</script>', "", None,
                     "type OpinionNewsArticle", id="json-ld-type"),
        pytest.param('<script type="application/ld+json">{"@type": ["NewsArticle", "ReviewNewsArticle"]}</script>', "", None,
                     "type ReviewNewsArticle", id="json-ld-type-list"),
        pytest.param("", '<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Meinung"}</script>', None,
                     "section Meinung", id="json-ld-section-in-body"),
        pytest.param('<script type="application/ld+json">{"articleSection": ["World", "Opinion | Columnists"]}</script>', "", None,
                     "section Opinion | Columnists", id="json-ld-section-list"),
        pytest.param('<meta property="article:section" content="Opinion">', "", None, "section Opinion", id="meta-article-section"),
        pytest.param('<meta name="parsely-section" content="Letters to the Editor">', "", None,
                     "section Letters to the Editor", id="meta-parsely"),
        pytest.param('<META NAME="Section" CONTENT="News &gt; Tribunes">', "", None, "section News > Tribunes", id="meta-upper-case-entity"),
        pytest.param("", '<meta itemprop="articleSection" content="Editorials">', None, "section Editorials", id="microdata-in-body"),
        pytest.param("", "", "https://paper.example/opinion/2025/03/12/plan.html", "url /opinion/", id="url-opinion"),
        pytest.param("", "", "https://paper.example/commentisfree/2025/mar/12/plan", "url /commentisfree/", id="url-commentisfree"),
        pytest.param("", "", "paper.example/meinung/kommentar-123", "url /meinung/", id="url-no-scheme"),
        # what does not file a page under opinion
        pytest.param('<meta property="article:section" content="Politics">', "", None, None, id="news-section"),
        pytest.param('<meta property="article:tag" content="Opinion">', "", None, None, id="a-tag-not-a-section"),
        pytest.param('<meta property="article:section" content="Databases, Column, Perspectives">', "", None, None, id="tag-words-left-out"),
        pytest.param('<script>var s = {"articleSection": "Opinion"};</script>', "", None, None, id="plain-script-not-json-ld"),
        pytest.param("", "<p>The op-ed page's editor, Opinion section chief Ann Lee, resigned.</p>", None, None, id="words-of-the-article"),
        pytest.param("", "", "https://paper.example/news/opinion-poll-shows-lead", None, id="url-slug-not-a-directory"),
        pytest.param("", "", "https://paper.example/story?from=/opinion/", None, id="url-query"),
        pytest.param('<script type="application/ld+json">{"@type": "AnalysisNewsArticle"}</script>', "", None, None, id="analysis-is-news"),
    ],
)
def test_opinion_section(head: str, body: str, url: str | None, expected: str | None) -> None:
    assert opinion_section(facts_of(page(head, body)), url) == expected


def test_plain_text_has_only_its_url() -> None:
    assert opinion_section(None, None) is None
    assert opinion_section(None, "https://paper.example/editorials/x") == "url /editorials/"


def test_facts_are_bounded() -> None:
    facts = facts_of(page('<meta name="section" content="Opinion">' * (FACTS_MAX * 5)))
    assert len(facts.sections) == FACTS_MAX


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=4), st.lists(st.text(max_size=60), max_size=4), st.one_of(st.none(), st.text(max_size=80)))
def test_opinion_section_never_raises(json_ld: list[str], sections: list[str], url: str | None) -> None:
    found = opinion_section(PageFacts(sections=sections, json_ld=json_ld), url)
    assert found is None or isinstance(found, str)


def test_a_declared_page_is_opinion_with_raised_scores_and_the_same_text() -> None:
    plain = clean(page())
    declared = clean(page('<meta property="article:section" content="Opinion">'))
    assert plain.summary.section is None and declared.summary.section == "section Opinion"
    assert declared.summary.label is Label.OPINION
    assert declared.text == plain.text
    assert [s.kept for s in declared.segments] == [s.kept for s in plain.segments]
    for before, after in zip(plain.segments, declared.segments):
        assert after.scores[Label.FILLER] == pytest.approx(before.scores[Label.FILLER])
        content = before.scores[Label.NEWS] + before.scores[Label.OPINION]
        if 0 < before.scores[Label.OPINION] < content:
            odds = lambda s: s.scores[Label.OPINION] / s.scores[Label.NEWS]  # noqa: E731
            assert math.log(odds(after)) - math.log(odds(before)) == pytest.approx(SECTION_OPINION_SHIFT)


def test_the_url_files_plain_text_too() -> None:
    text = "\n\n".join(COLUMN)
    assert clean(text).summary.section is None
    result = clean(text, url="https://paper.example/opinion/plan")
    assert result.summary.section == "url /opinion/" and result.summary.label is Label.OPINION


def test_with_section_leaves_certain_splits_alone() -> None:
    import numpy as np

    rows = np.array([[0.7, 0.0, 0.3], [0.0, 0.6, 0.4], [0.0, 0.0, 1.0]])
    assert (with_section(rows, 1.0) == rows).all()


def test_with_section_never_moves_a_row_across_filler() -> None:
    import numpy as np

    rows = np.array([[0.45, 0.15, 0.40], [0.6, 0.3, 0.1], [0.2, 0.1, 0.7], [0.22, 0.38, 0.40]])
    out = with_section(rows, SECTION_OPINION_SHIFT)
    assert (out[0] == rows[0]).all()  # would have become filler: left as it was
    assert out[1, 1] > rows[1, 1] and out[1, 2] == rows[1, 2]
    assert out[2, 1] > rows[2, 1] and np.argmax(out[2]) == 2
    assert (out[3] == rows[3]).all()  # would have become opinion: left as it was
