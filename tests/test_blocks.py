"""The block classifier's features and its two passes, on hand-built blocks."""

from __future__ import annotations

import pickle
import random
import re

import numpy as np
import pytest

from filter import blocks
from filter.blocks import (
    BlockModel,
    _char_counts,
    _text_counts,
    _moving_mean,
    _raw_scores,
    content_proba,
    context_features,
    n_features,
    narrowed,
    page_features,
    split_columns,
)
from filter.document import Block

VOCABULARY = {"content": 0, "sidebar": 1}
PROSE = "The council voted on Tuesday to approve the new budget, which includes money for schools and roads."


def page(*specs: tuple[str, float]) -> list[Block]:
    return [Block(text=t, link_density=d, index=i, path="html>body>article>p", tokens=("content",)) for i, (t, d) in enumerate(specs)]


def _counted_one_by_one(text: str) -> list[int]:
    capitalised = re.compile(r"(?<!\S)[\"'“‘(«]?[A-ZÀ-ÖØ-ÞĀ-Ž]")
    return [*map(text.count, ".,;:!?"), sum(map(text.count, "0123456789")), len(capitalised.findall(text))]


@pytest.mark.parametrize(
    "texts",
    [[], [""], ["", "A", ""], ['"', "A"], ["(", "Bob"], ['"A b', "x"], ['(À «Ž “ā ‘Ā ""B'], ["a\u3000B\u2003C\x85D\xa0E\tF"],
     ["\ud800A \udfff B 9.9,;:!?"], ["\U0001F600 A 日本 B"]],
    ids=lambda texts: repr(texts)[:30],
)
def test_char_counts_are_the_regex_and_str_count_ones(texts: list[str]) -> None:
    assert _char_counts(texts) == [_counted_one_by_one(t) for t in texts]


def test_char_counts_of_random_pages() -> None:
    rnd = random.Random(0)
    alphabet = " \t\xa0\u3000\"'“‘(«AZaÀÖ×ØÞßĀāŽž.,;:!?09x日\U0001F600"
    for _ in range(300):
        texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(8))) for _ in range(rnd.randrange(6))]
        assert _char_counts(texts) == [_counted_one_by_one(t) for t in texts], texts


def test_text_counts_split_words_and_unspaced_letters_as_count_words() -> None:
    from filter.patterns import UNSPACED, UNSPACED_CHARS_PER_WORD, count_words

    rnd = random.Random(1)
    alphabet = " \t\n\xa0\u3000\u2028ab.日本語ไทยカナ\ufaff\ufb00\u0dff\u0e00\U00020000\ud800"
    for _ in range(300):
        texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(10))) for _ in range(rnd.randrange(6))]
        counts = _text_counts(texts)
        for text, row in zip(texts, counts.tolist()):
            assert row[8:] == [len(text.split()), len(UNSPACED.findall(text))], text
            assert row[8] + row[9] // UNSPACED_CHARS_PER_WORD == count_words(text)[0]


def test_every_whitespace_is_in_the_char_table() -> None:
    # The table marks whitespace up to _LAST_SPACE and is longer, for the unspaced scripts.
    assert not any(chr(c).isspace() for c in range(blocks._LAST_SPACE + 1, 0x110000))


@pytest.mark.parametrize("n", [1, 2, 3, 7, 40], ids=lambda n: f"{n}-blocks")
def test_feature_matrix_shape(n: int) -> None:
    blocks = page(*[(PROSE, 0.0)] * n)
    features = page_features(blocks, VOCABULARY)
    assert features.shape == (n, n_features(VOCABULARY))
    assert np.isfinite(features).all()


def test_empty_page_has_no_rows() -> None:
    assert page_features([], VOCABULARY).shape == (0, n_features(VOCABULARY))


@pytest.mark.parametrize("n", [1, 2, 5, 12], ids=lambda n: f"len-{n}")
def test_moving_mean_keeps_length(n: int) -> None:
    values = np.arange(n, dtype=float)
    assert _moving_mean(values, 7).shape == (n,)


def test_context_features_see_the_neighbours() -> None:
    first = np.array([0.9, 0.1, 0.9])
    rows = context_features(first, page_features(page(*[(PROSE, 0.0)] * 3), VOCABULARY))
    assert rows[1, 0] == pytest.approx(0.1)
    assert rows[1, 3] == pytest.approx(0.9)  # the block before (offset -1)
    assert rows[1, 4] == pytest.approx(0.9)  # the block after (offset +1)


class _Constant:
    """A stand-in first or second pass: content probability from one column."""

    def __init__(self, column: int) -> None:
        self.column = column

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = np.clip(X[:, self.column], 0, 1)
        return np.column_stack([1 - p, p])


def test_content_probability_batches_pages_and_keeps_their_sizes() -> None:
    model = BlockModel(vocabulary=VOCABULARY, first=_Constant(3), context=_Constant(0))
    pages = [page((PROSE, 0.0), ("Home", 1.0)), [], page((PROSE, 0.0))]
    out = model.content_probability(pages)
    assert [len(p) for p in out] == [2, 0, 1]


@pytest.fixture(scope="module")
def boosted() -> tuple[object, np.ndarray]:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)
    return HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(X, y), X


def test_content_proba_matches_predict_proba(boosted: tuple[object, np.ndarray]) -> None:
    estimator, X = boosted
    assert _raw_scores(estimator, X) is not None  # the trees are walked here, not by predict_proba
    np.testing.assert_array_equal(content_proba(estimator, X), estimator.predict_proba(X)[:, 1])
    np.testing.assert_array_equal(content_proba(estimator, X[:1]), estimator.predict_proba(X[:1])[:, 1])


def test_content_proba_walks_trees_on_one_thread(boosted: tuple[object, np.ndarray], monkeypatch: pytest.MonkeyPatch) -> None:
    """Several processes cleaning at once must not each spin a thread per core."""
    estimator, X = boosted
    routine = blocks._tree_routine()
    threads: list[object] = []

    def spy(*args: object) -> None:
        threads.append(args[5])
        routine(*args)

    monkeypatch.setattr(blocks, "_tree_routine", lambda: spy)
    content_proba(estimator, X)
    assert threads == [1] * estimator.n_iter_


def test_content_proba_without_the_tree_walk_predicts_on_one_thread(
    boosted: tuple[object, np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the compiled walk is missing (another scikit-learn), the
    fallback still asks for one thread, and gives the same numbers."""
    estimator, X = boosted
    expected = estimator.predict_proba(X)[:, 1]
    monkeypatch.setattr(blocks, "_tree_routine", lambda: None)
    seen: list[object] = []
    raw_predict = estimator._raw_predict

    def spy(X: np.ndarray, n_threads: object = None) -> np.ndarray:
        seen.append(n_threads)
        return raw_predict(X, n_threads=n_threads)

    monkeypatch.setattr(estimator, "_raw_predict", spy)
    np.testing.assert_array_equal(content_proba(estimator, X), expected)
    assert seen == [1]


def test_content_proba_falls_back_to_predict_proba() -> None:
    X = np.array([[0.2, 0.0], [0.7, 0.0]])
    np.testing.assert_allclose(content_proba(_Constant(0), X), [0.2, 0.7])


@pytest.fixture(scope="module")
def wide() -> tuple[object, np.ndarray]:
    """Boosted trees over the block features of a small vocabulary, trained on
    rows where only some columns carry signal, so most go unused."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(1)
    width = n_features(VOCABULARY)
    X = rng.normal(size=(400, width))
    y = (X[:, 0] + X[:, 30] - X[:, width - 1] > 0).astype(int)
    return HistGradientBoostingClassifier(max_iter=15, max_depth=3, random_state=0).fit(X, y), X


def test_narrowed_trees_give_the_same_numbers(wide: tuple[object, np.ndarray]) -> None:
    estimator, X = wide
    keep = split_columns(estimator)
    assert keep is not None and 0 < len(keep) < X.shape[1]
    narrow = narrowed(estimator, keep)
    assert narrow is not None
    np.testing.assert_array_equal(content_proba(narrow, X[:, keep]), content_proba(estimator, X))
    np.testing.assert_array_equal(content_proba(estimator, X), estimator.predict_proba(X)[:, 1])  # the original is untouched


def test_narrowing_refuses_a_column_it_drops(wide: tuple[object, np.ndarray]) -> None:
    estimator, _ = wide
    keep = split_columns(estimator)
    assert narrowed(estimator, keep[1:]) is None
    assert narrowed(_Constant(0), np.arange(3)) is None


def test_block_model_scores_the_same_with_narrowed_trees(wide: tuple[object, np.ndarray]) -> None:
    estimator, _ = wide
    blocks = page((PROSE, 0.0), ("Home", 1.0), ("Sidebar promo", 0.5), (PROSE, 0.1))
    model = BlockModel(vocabulary=VOCABULARY, first=estimator, context=_Constant(0))
    vocabulary, first = model._first_pass()
    assert first is not estimator and len(vocabulary) <= len(VOCABULARY)
    (got,) = model.content_probability([blocks])
    np.testing.assert_array_equal(got, content_proba(estimator, page_features(blocks, VOCABULARY)))
    assert "_first_cache" not in pickle.loads(pickle.dumps(model)).__dict__
