"""Issue 3's bug-report cases on pages in other markup than the golden
fixtures: WordPress, Drupal, Arc XP, Next.js hashed classes, AMP, schema.org
microdata, ``<main>`` without ``<article>`` and an old table layout, and a
second round in Ghost, Substack, Medium, Blogger, Joomla, Squarespace, a
Bootstrap theme and BBC-, Guardian- and NYT-like layouts, in English, German,
Spanish, French, Italian, Dutch and Portuguese, and a third round
(``tests/probe/pages3.py``) in Vox's Chorus, Reuters-, AP-, Washington-Post-,
Spiegel-, Le-Monde-, El-País- and Corriere-like layouts, Japanese and Chinese
news, 1C-Bitrix, Hugo, Jekyll, Wix, Webflow, HubSpot, TYPO3, a live blog, a
syndicated Yahoo-like page and a press-release wire, adding Japanese, Chinese
and Russian, and a fourth (``tests/probe/pages4.py``) for cases 5, 6 and 7
only: fourteen consent platforms, fourteen comment systems and ten caption
and credit markups, adding Polish, and a fifth (``tests/probe/pages5.py``)
in markup of other benchmarks' eras: 2000s table layouts, 2008-2012 news
sites (``div#storybody``), Kubrick, classic Blogger, Movable Type,
LiveJournal, AMP, a body of ``<section>`` elements only, a Liveticker,
interviews, key points and pull quotes, and a sixth (``tests/probe/pages6.py``) on news sites outside
Western Europe: Indonesian, Turkish, Arabic, Persian, Russian, Ukrainian,
Hindi, Vietnamese, Korean, Chinese, Japanese, Czech, Romanian, Greek,
Brazilian Portuguese and Thai, and a seventh (``tests/probe/pages7.py``) on
big English-language publishers in the US, the UK, Ireland, Canada, Australia,
India, Singapore, South Africa and Hong Kong in their modern markup (CNN-,
Fox-, NYT-, Gannett-, Daily-Mail-, TownNews-BLOX-like and more). The pages are built in code
(``tests/probe/pages.py``); ``python -m tests.probe.run`` prints a table by
case and ``--write DIR`` writes them out as HTML files.

Each page lists text that must be in ``Result.text``, text that must not, and
whether it is an article; a section front must also give an empty body, and
no paragraph may come out twice.
"""

from __future__ import annotations

import pytest

from filter import clean

from .probe.pages import PAGES
from .probe.run import check

KNOWN_FAILURES = {
    "c01_next_dek": "the block model drops the story's short last paragraph (P(content) 0.49); the lead is kept",
    "c07_bootstrap_comment_card_no_heading_pt": "a comment card with no heading or comment class: names and comments kept by the block model (P(content) 0.62-0.68)",
    # third round (tests/probe/pages3.py)
    "c07_wix_ricos_comments": "the first Wix blog comment, rendered by the same Ricos viewer as the post (P(content) 0.80), is kept; the second goes",
    "c14_hugo_papermod_list_summaries": "a Hugo PaperMod list page (unlinked <h2> titles, unlinked summaries, an empty overlay link per card) is taken for an article: titles and summaries kept (P(content) 0.50-0.96)",
    "c14_bitrix_news_list_page": "a Bitrix news.list page (each card one <p class=news-item>: date, bold link, preview text; link density 0.3-0.4, P(content) 0.83-0.95) is taken for an article and kept whole: the cards are cards in one block (lead_link reads through the date), but all sit in one <div class=news-list>, as a roundup's paragraphs that open on a link do",
    # fourth round (tests/probe/pages4.py)
    # 5: a banner before a short story pulls its last paragraph under the threshold
    "c05_generatepress_borlabs_de": "the Borlabs box at the top of <body> pulls the last paragraph to P(content) 0.45 ('outside the article'; 0.89 without the box); the two left are under the article minimum: is_article=False, page emptied",
    "c05_wapo_trustarc_blackbar": "the TrustArc blackbar at the top of <body> pulls the short article's last paragraph to P(content) 0.47 ('outside the article'; 0.78 without it, 0.77 with the bar at the end)",
    # fifth round (tests/probe/pages5.py): markup from other benchmarks' eras
    # 2008-2012 news sites
    "c06_storybody_float_photo_caption_credit_en": "a floated div.photo-wrap with no figure: its p.caption (0.68), p.credit 'Mike Ostrander/Herald' (0.57) and 'View larger image | Buy this photo' (0.56) are kept; the names 'caption' and 'credit' are left to the block model on purpose: short kept blocks so named are in wcxb-dev's truth more often than not (patterns.CAPTION_TOKENS)",
    # blog engines of the era
    "c12_livejournal_br_ljuser_metadata_en": "LiveJournal's metadata table: 'Current Mood:' (0.61) and its value 'aggravated' (0.66) are kept, 'Current Music:' goes (0.43); the <br> body and the ljuser link are joined right",
    # modern
    "c13_pullquote_aside_with_author_it": "the pull quote's text goes (0.40) but its attribution <span> 'Luca Parodi, presidente dei commercianti' in the same <aside> is kept at 0.86",
    # sixth round (tests/probe/pages6.py): news sites outside Western Europe
    # 7
    "c07_hurriyet_yorumlar_local_widget_tr": "a local comment widget (div.yorumlar-alani, ul.yorum-listesi) is kept whole (0.74-0.91): 'Yorumlar (3)' is a known heading but is kept at 0.80, and no Turkish class name or byline ('2 saat önce') is read",
    # 12
    "c12_sina_inline_keyword_links_no_spaces_zh": "the words are joined right, but the page tools '收藏本文 分享到 评论' (0.55) and the right rail '热门推荐' with its five links (0.63-0.78) are kept on this page (dropped as a link list on the other Sina pages)",
    # 13
    "c13_sina_summary_box_repeats_first_paragraph_zh": "the div.article-summary '摘要：' + the first paragraph (0.72) is kept beside that paragraph: the repeat check sees the label-prefixed text as new",
    # seventh round (tests/probe/pages7.py): English-language publishers
    "c02_foxlike_caps_related_headline_links_en": "linked all-caps teaser headlines alone in <p><strong><a> between paragraphs, with no promo wording, are kept as body",
    "c02_skylike_read_more_from_links_en": "'Read more from Sky Channel News:' is not a known promo header (the header patterns are segment-model features: a retrain)",
    "c02_news24like_read_pipe_links_en": "'READ | <link>' is not a known promo lead ('ALSO READ |' is; the lead patterns are segment-model features: a retrain)",
    "c02_gannett_more_colon_inline_links_en": "title-case 'More: <link>' is left alone on purpose (MORE_LEAD): a review site's 'More: … Full Review' links are its text",
    "c09_axioslike_bold_leadins_bullets_go_deeper_en": "'Go deeper: <link>' between paragraphs is not a known promo lead (a retrain)",
    "c01_hindustantimes_sortdec_h2_en": "the trailing 'Get Latest India News along with …' line of three links (link density under the list rule's) is kept",
    "c13_cbclike_deck_repeats_first_paragraph_en": "a 'Corrections and clarifications | Submit a news tip | Report error' line after the story is kept by the block model",
    "c08_thehilllike_body_split_around_video_and_ad_en": "a video player's title 'Watch: …' as a <p> between the two body halves is kept (the body comes out whole)",
    "c01_dailymail_bullets_with_font_en": "a p.imageCaption inside articleBody: class names saying 'caption' are left to the block model on purpose, as in c06_storybody",
    "c13_hindustantimes_dek_repeated_for_mobile_en": "the h2 dek and its copy in a hideDesktop <p> are both kept: the repeat check compares paragraphs with paragraphs, not with the dek heading",
}


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, id=p["id"], marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[p["id"]], strict=True)] if p["id"] in KNOWN_FAILURES else [])
        for p in PAGES
    ],
)
def test_probe_page(page: dict) -> None:
    assert check(page, clean(page["html"], content_type="html")) == []


def test_the_probe_pages_cover_every_case_once_each_id() -> None:
    assert {p["case"] for p in PAGES} == set(range(1, 15))
    assert len({p["id"] for p in PAGES}) == len(PAGES)
