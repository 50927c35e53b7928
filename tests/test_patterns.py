"""The wording the product defines as boilerplate, and counting words in any script."""

from __future__ import annotations

import pytest

from filter.patterns import count_words, is_promo_header, is_promo_line


@pytest.mark.parametrize(
    "line",
    ["Read Also:", "RELATED", "More from CNN", "Lesen Sie auch", "Lire aussi :", "Leia também:", "Читайте также",
     "相关阅读", "関連記事", "관련기사"],
)
def test_promo_headers(line: str) -> None:
    assert is_promo_header(line)
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    ["Related to the budget, the council said on Tuesday that roads come first.", "Readers wrote in to complain.",
     "関連する議案は来月審議される予定だ。"],
)
def test_prose_is_not_a_promo_header(line: str) -> None:
    assert not is_promo_header(line)


@pytest.mark.parametrize(
    ("text", "words", "unspaced"),
    [
        pytest.param("", 0, 0, id="empty"),
        pytest.param("The council approved the budget.", 5, 0, id="english"),
        pytest.param("北浜市議会は予算案を可決した", 5, 14, id="japanese"),
        pytest.param("新跨江大桥正式通车", 4, 9, id="chinese"),
        pytest.param("서울시는 예산안을 통과시켰다", 3, 0, id="korean-has-spaces"),
        pytest.param("Apple 発表 iPhone", 3, 2, id="mixed"),
    ],
)
def test_count_words(text: str, words: int, unspaced: int) -> None:
    assert count_words(text) == (words, unspaced)
