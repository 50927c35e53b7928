"""Scoring from the exported arrays: the same numbers as the fitted scikit-learn
models, a reproducible export, and files that are refused when they are wrong."""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
from pathlib import Path

import joblib
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filter import blocks, features, patterns
from filter.blocks import Trees, content_proba
from filter.classifier import BlendedContextHead
from filter.document import Block
from filter.inference import (
    CONTEXT_TREES,
    ExportError,
    SegmentScorer,
    block_model,
    export_blocks,
    export_segments,
    read_arrays,
    write_arrays,
)
from filter.model import (
    CARD_FILE,
    EXPORT_FILE,
    MODEL_FILE,
    default_block_model_dir,
    default_model_dir,
)
from filter.segment import segment_html
from filter.versions import BLOCK_FEATURE_VERSION, FEATURE_VERSION

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def pages() -> list[list[Block]]:
    found = [segment_html(path.read_text(encoding="utf-8", errors="replace")) for path in sorted(FIXTURES.glob("*.html"))]
    assert len(found) >= 3
    return [p for p in found if p]


@pytest.fixture(scope="module")
def pickled_segments() -> object:
    return joblib.load(default_model_dir() / MODEL_FILE)


@pytest.fixture(scope="module")
def pickled_blocks() -> object:
    return joblib.load(default_block_model_dir() / MODEL_FILE)


def _card(directory: Path) -> dict:
    return json.loads((directory / CARD_FILE).read_text(encoding="utf-8"))


LONE_TEXTS = [
    "You Won't Believe What This Senator Said Next",
    "Council approves budget for 2025",
    "I think this is the worst decision the council has ever made, and we should all say so.",
    "",
    "日本の首相は月曜日に記者会見を開いた。",
]


COLUMN = [
    Block(text, index=i)
    for i, text in enumerate([
        "The council's vote on Tuesday was a disgrace, and every member who supported it should be ashamed.",
        "I have covered this council for twenty years, and I have never seen such cowardice on display.",
        "Let's be honest: this was never about balancing the books. It was about rewarding friends.",
        "We deserve better, and voters should remember this betrayal at the next election.",
    ])
]
"""An opinion column: its document tone is above the floor, so the tone is exercised."""


def test_segment_scorer_gives_the_pickled_models_numbers(pages: list[list[Block]], pickled_segments: object) -> None:
    """Pages as documents, an opinion column (the document tone), and lone
    texts (the lone-text head): the same probabilities to float32 rounding
    of the word coefficients."""
    scorer = SegmentScorer(read_arrays(default_model_dir() / EXPORT_FILE), FEATURE_VERSION)
    flat = [b for page in pages for b in page] + COLUMN + LONE_TEXTS
    lengths = [len(page) for page in pages] + [len(COLUMN)] + [1] * len(LONE_TEXTS)
    got = scorer.predict_proba(flat, lengths)
    expected = pickled_segments.predict_proba(flat, lengths=lengths)  # type: ignore[attr-defined]
    assert got.shape == (len(flat), 3) and list(scorer.classes_) == list(pickled_segments.classes_)  # type: ignore[attr-defined]
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-5)
    assert scorer.predict_proba([]).shape == (0, 3)


def test_the_context_head_averages_the_regression_and_the_trees(pickled_segments: object) -> None:
    head = pickled_segments.context_head_  # type: ignore[attr-defined]
    assert isinstance(head, BlendedContextHead) and 0.0 < head.blend < 1.0
    Z = np.random.default_rng(3).normal(size=(40, len(head.linear.coef_[0]))) * 2
    regression = Z @ head.linear.coef_[0] + head.linear.intercept_[0]
    expected = (1.0 - head.blend) * regression + head.blend * head.trees.decision_function(Z)
    np.testing.assert_allclose(head.decision_function(Z), expected, rtol=0, atol=1e-9)


def test_arrays_without_context_trees_score_with_the_regression_alone(pages: list[list[Block]], pickled_segments: object) -> None:
    """Format 1 (models before segments-v8) has no trees: its context head
    is the logistic regression."""
    arrays = read_arrays(default_model_dir() / EXPORT_FILE)
    for name in [name for name in arrays if name.startswith(CONTEXT_TREES) or name == "context_blend"]:
        del arrays[name]
    arrays["format"] = np.array([1, FEATURE_VERSION], dtype=np.int64)
    regression_only = copy.copy(pickled_segments)
    regression_only.context_head_ = pickled_segments.context_head_.linear  # type: ignore[attr-defined]
    flat = [b for page in pages for b in page] + LONE_TEXTS
    lengths = [len(page) for page in pages] + [1] * len(LONE_TEXTS)
    got = SegmentScorer(arrays, FEATURE_VERSION).predict_proba(flat, lengths)
    np.testing.assert_allclose(got, regression_only.predict_proba(flat, lengths=lengths), rtol=0, atol=1e-5)


def test_arrays_without_a_tone_weight_score_without_the_document_tone(pickled_segments: object) -> None:
    """Format 2 (segments-v8) has no tone weight: opinion is the opinion head's alone."""
    arrays = read_arrays(default_model_dir() / EXPORT_FILE)
    assert "tone_weight" in arrays
    del arrays["tone_weight"]
    arrays["format"] = np.array([2, FEATURE_VERSION], dtype=np.int64)
    without = copy.copy(pickled_segments)
    without.tone_weight_ = None  # type: ignore[attr-defined]
    got = SegmentScorer(arrays, FEATURE_VERSION).predict_proba(COLUMN, [len(COLUMN)])
    np.testing.assert_allclose(got, without.predict_proba(COLUMN, lengths=[len(COLUMN)]), rtol=0, atol=1e-5)
    with_tone = pickled_segments.predict_proba(COLUMN, lengths=[len(COLUMN)])  # type: ignore[attr-defined]
    assert (with_tone[:, 1] > got[:, 1] + 0.1).any() and (with_tone[:, 1] >= got[:, 1] - 1e-5).all()


def test_context_trees_of_another_width_are_refused() -> None:
    arrays = read_arrays(default_model_dir() / EXPORT_FILE)
    depth, width, walk = arrays[f"{CONTEXT_TREES}shape"]
    arrays[f"{CONTEXT_TREES}shape"] = np.array([depth, width + 1, walk], dtype=np.int64)
    with pytest.raises(ExportError, match="do not fit together"):
        SegmentScorer(arrays, FEATURE_VERSION)


def test_block_trees_give_the_pickled_models_numbers(pages: list[list[Block]], pickled_blocks: object) -> None:
    exported = block_model(read_arrays(default_block_model_dir() / EXPORT_FILE), BLOCK_FEATURE_VERSION, "test")
    assert isinstance(exported.first, Trees) and isinstance(exported.context, Trees)
    for got, expected in zip(exported.content_probability(pages), pickled_blocks.content_probability(pages)):  # type: ignore[attr-defined]
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize("kind", ["segments", "blocks"])
def test_export_reproduces_the_shipped_file(kind: str, tmp_path: Path, pickled_segments: object, pickled_blocks: object) -> None:
    """The shipped arrays are what exporting the shipped pickle gives, byte for byte."""
    directory = default_model_dir() if kind == "segments" else default_block_model_dir()
    if kind == "segments":
        arrays = export_segments(pickled_segments, FEATURE_VERSION)
    else:
        arrays = export_blocks(pickled_blocks, BLOCK_FEATURE_VERSION)  # type: ignore[arg-type]
    write_arrays(tmp_path / EXPORT_FILE, arrays)
    digest = hashlib.sha256((tmp_path / EXPORT_FILE).read_bytes()).hexdigest()
    assert digest == _card(directory)["inference"]["sha256"]


@pytest.fixture(scope="module")
def boosted_with_gaps() -> tuple[object, np.ndarray]:
    """Trees that learned where missing values go."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(1)
    X = rng.normal(size=(400, 5))
    y = (X[:, 0] - X[:, 2] > 0).astype(int)
    X[rng.random(X.shape) < 0.15] = np.nan
    return HistGradientBoostingClassifier(max_iter=25, max_leaf_nodes=15, random_state=0).fit(X, y), X


@pytest.mark.parametrize("chunk", [blocks.TREE_CHUNK_BYTES, 1], ids=["one-chunk", "a-row-a-chunk"])
def test_trees_walk_as_scikit_learn_predicts(boosted_with_gaps: tuple[object, np.ndarray], chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    estimator, X = boosted_with_gaps
    monkeypatch.setattr(blocks, "TREE_CHUNK_BYTES", chunk)
    trees = Trees.from_estimator(estimator)
    assert trees is not None
    np.testing.assert_allclose(content_proba(trees, X), estimator.predict_proba(X)[:, 1], rtol=0, atol=1e-12)  # type: ignore[attr-defined]
    assert content_proba(trees, X[:0]).shape == (0,)
    again = Trees.from_arrays(trees.arrays("t_"), "t_")
    np.testing.assert_array_equal(content_proba(again, X), content_proba(trees, X))


def test_trees_refuse_rows_of_another_width(boosted_with_gaps: tuple[object, np.ndarray]) -> None:
    estimator, X = boosted_with_gaps
    trees = Trees.from_estimator(estimator)
    assert trees is not None
    with pytest.raises(ValueError, match="rows of 5 features"):
        trees.raw_scores(X[:, :3])


@pytest.mark.parametrize("broken", ["child-out-of-range", "feature-out-of-range", "short-array", "missing-array"])
def test_inconsistent_tree_arrays_are_refused(boosted_with_gaps: tuple[object, np.ndarray], broken: str) -> None:
    estimator, _ = boosted_with_gaps
    trees = Trees.from_estimator(estimator)
    assert trees is not None
    arrays = trees.arrays("t_")
    if broken == "child-out-of-range":
        arrays["t_left"] = arrays["t_left"] + len(arrays["t_left"])
    elif broken == "feature-out-of-range":
        arrays["t_feature"] = arrays["t_feature"] + 100
    elif broken == "short-array":
        arrays["t_value"] = arrays["t_value"][:-1]
    else:
        del arrays["t_roots"]
    with pytest.raises((ValueError, KeyError)):
        Trees.from_arrays(arrays, "t_")


def test_export_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    arrays = {"b": np.arange(5, dtype=np.int64), "a": np.linspace(0, 1, 7).astype(np.float32)}
    write_arrays(tmp_path / "one.npz", arrays)
    write_arrays(tmp_path / "two.npz", dict(reversed(list(arrays.items()))))
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    back = read_arrays(tmp_path / "one.npz")
    np.testing.assert_array_equal(back["a"], arrays["a"])


@pytest.mark.parametrize("content", ["object-array", "not-a-zip", "empty"])
def test_unreadable_or_pickled_arrays_are_refused(tmp_path: Path, content: str) -> None:
    """An object array would need unpickling: it is refused, not loaded."""
    path = tmp_path / EXPORT_FILE
    if content == "object-array":
        np.savez(path, words=np.array(["a", {"b": 1}], dtype=object))
    elif content == "not-a-zip":
        path.write_bytes(b"\x00binary\xff" * 10)
    else:
        path.write_bytes(b"")
    with pytest.raises(ExportError):
        read_arrays(path)


@pytest.mark.parametrize("change", ["kind", "format", "feature-version"])
def test_arrays_with_another_header_are_refused(change: str) -> None:
    arrays = read_arrays(default_block_model_dir() / EXPORT_FILE)
    version = BLOCK_FEATURE_VERSION
    if change == "kind":
        with pytest.raises(ExportError, match="blocks model, not a segments model"):
            SegmentScorer(arrays, FEATURE_VERSION)
        return
    if change == "format":
        arrays["format"] = np.array([99, version], dtype=np.int64)
    else:
        version = version + 1
    with pytest.raises(ExportError):
        block_model(arrays, version, "test")


# -- the scorer's vocabulary (features.WordIndex)


def test_word_hashes_are_fixed() -> None:
    """The hash is part of the model's arithmetic: the same value on every
    run and machine, whatever Python's own string hashing is seeded with.
    Each word's hash is the polynomial as Python integers compute it, wherever
    the word stands in the list; and one value is pinned."""
    from filter.features import word_hashes

    def reference(word: str) -> int:  # the polynomial, in Python's unbounded integers
        data = (word + "\n").encode("utf-8")
        return sum(byte * pow(0x9E3779B97F4A7C15, j + 1, 1 << 64) for j, byte in enumerate(data)) % (1 << 64)

    words = ["news", "Zürich", "東京", "a" * 300, "x"]
    assert [int(h) for h in word_hashes(words)] == [reference(w) for w in words]
    assert int(word_hashes(["news"])[0]) == 0x3B45F2572D53CFA3


@given(
    vocabulary=st.lists(st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=12), max_size=40, unique=True),
    words=st.lists(st.text(st.characters(blacklist_characters="\n"), max_size=12), max_size=60),
)
@settings(max_examples=200, deadline=None)
def test_word_index_finds_what_a_dict_finds(vocabulary: list[str], words: list[str]) -> None:
    from filter.features import WordIndex

    index = WordIndex(vocabulary)
    by_dict = {w: i for i, w in enumerate(vocabulary)}
    lookup = words + vocabulary[::2]
    assert index.lookup(lookup).tolist() == [by_dict.get(w, -1) for w in lookup]


def test_word_index_hashes_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from filter import features

    words = [f"w{i}" for i in range(50)] + ["Zürich", "東京"]
    whole = features.word_hashes(words)
    monkeypatch.setattr(features, "HASH_CHUNK_WORDS", 7)
    np.testing.assert_array_equal(features.word_hashes(words), whole)


@pytest.mark.parametrize(
    ("vocabulary", "error"),
    [(["news", "opinion", "news"], "same word or share a hash"), (["a\nb", "news"], None)],
    ids=["duplicate-word", "word-with-newline-left-out"],
)
def test_word_index_refuses_duplicates_and_skips_newlines(vocabulary: list[str], error: str | None) -> None:
    from filter.features import WordIndex, word_hashes

    if error:
        with pytest.raises(ValueError, match=error):
            WordIndex(vocabulary)
        return
    index = WordIndex(vocabulary)
    assert len(index) == 1 and index.lookup(["news", "a", "b"]).tolist() == [1, -1, -1]
    with pytest.raises(ValueError, match="newline"):
        word_hashes(["a\nb"])


@pytest.mark.parametrize(
    "text",
    [
        "", "The Council met", "3 votes to 12", "A1 B2 c3", "x9 Y", "ÄBC Über", "IBM's CEO", "(Reuters) 42",
        "٣ votes", "K\u212a sign", "a_B C-D", "e.g. 2024-05-01", "ﾃｽﾄ Ｔest １２", "1st and 2nd", "…A …1",
    ],
    ids=lambda text: re.sub(r"\W+", "-", text).strip("-")[:20] or "symbols",
)
def test_word_starts_count_as_the_two_patterns(text: str) -> None:
    from filter.features import _CAPITAL_WORD, _DIGIT_WORD, word_starts

    assert word_starts(text) == (len(_CAPITAL_WORD.findall(text)), len(_DIGIT_WORD.findall(text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09 _-.'\u0663\u212a\uff21\u00c4"), max_size=24))
def test_word_starts_count_as_the_two_patterns_on_any_text(text: str) -> None:
    from filter.features import _CAPITAL_WORD, _DIGIT_WORD, word_starts

    assert word_starts(text) == (len(_CAPITAL_WORD.findall(text)), len(_DIGIT_WORD.findall(text)))


def _shape_row(text: str) -> tuple[float, ...]:
    """``features.char_shape`` of one text, a row at a time, as it was computed before."""
    stripped = text.rstrip()
    last = stripped[-1:]
    words = text.count(" ") + 1 if stripped else 0
    denom = max(words, 1)
    capitals, digits = features.word_starts(text)
    quotes = sum(map(text.count, features.QUOTE_CHARS))
    short = len(text) <= features.PATTERN_MAX_CHARS
    header = short and patterns.is_promo_rule_header(text)
    promo = short and patterns.is_promo_rule(text)  # a promo header is a promo line too
    return (
        math.log1p(words),
        (len(text) - words + 1) / denom / 10.0,
        min(quotes, 4) / 2.0,
        float(quotes > 0),  # times attribution, in SegmentFeatures
        digits / denom,
        capitals / denom,
        float(words >= 3 and capitals / denom >= 0.7),
        float(words >= 2 and text.isupper()),
        min(text.count("!"), 3),
        min(text.count("?"), 3),
        float(last == "."),
        float(last.isalnum()),
        float(last == ":"),
        float(text[:1].isdigit()),
        float(":" in stripped[:-1]),
        float("(" in text),
        float(any(map(text.__contains__, features.DASH_CHARS))),
        float(promo),
        float(header),
        float(short and patterns.has_call_to_action(text)),
        float(short and patterns.looks_like_headline(text)),
    )


_SHAPE_PIECES = ("Read also:", "Sign up for our newsletter", "The Council Votes Today", "A", "1", "2024", '"', "“", "»",
                 "!", "?", ".", ":", "(", " - ", "—", "–", "ÄBC", "IBM", "x", "  ", "\t", "٣", "\u212a")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_SHAPE_PIECES), st.text(max_size=3)), max_size=8).map(" ".join), max_size=6))
def test_char_shape_is_the_row_by_row_one(texts: list[str]) -> None:
    expected = np.array([_shape_row(text) for text in texts], dtype=np.float64).reshape(len(texts), 21)
    assert np.array_equal(features.char_shape(texts), expected)
