"""The shipped segment classifier on hand-built blocks, and on the seed."""

from __future__ import annotations

import hashlib
import math
import pickle

import numpy as np
import pytest
from sklearn.base import clone

from filter import Label, clean, load, patterns
from filter.document import LABELS, Block
from filter.features import (
    CONTEXT_NAMES,
    FEATURE_VERSION,
    LEXICONS,
    SHAPE_NAMES,
    SegmentFeatures,
    char_shape,
    context_features,
    document_ids,
)

REPORTING = "The council approved the budget on Tuesday by 31 votes to 12, the clerk said."


def _label(blocks: list[Block], at: int) -> tuple[Label, np.ndarray]:
    proba = load().predict_proba(blocks, lengths=[len(blocks)])
    return LABELS[int(proba[at].argmax())], proba[at]


def _between(text: str, tag: str = "p") -> list[Block]:
    """A block between two paragraphs of plain reporting."""
    return [
        Block(REPORTING, tag="p", index=0),
        Block(text, tag=tag, index=1),
        Block("Officials expect the new rates to apply from April, according to the council's plan.", tag="p", index=2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“This is the worst decision the council has ever made,” said opposition leader Mark Hale.", Label.NEWS),
        ("“We are devastated,” said shop steward Linda Carr.", Label.NEWS),
        ("I think this budget is a disgrace, and we should all be ashamed of the people who voted for it.", Label.OPINION),
        ("Read also: Iconic Food Chain Closes Due To Crime In Blue State", Label.FILLER),
        ("Subscribe to our newsletter to get the latest news in your inbox", Label.FILLER),
        ("Click here to sign up for breaking news alerts", Label.FILLER),
    ],
    ids=["quoted-opinion-is-news", "short-quote-is-news", "first-person-opinion", "read-also", "cta-newsletter", "cta-click-here"],
)
def test_hand_built_blocks(text: str, expected: Label) -> None:
    label, _ = _label(_between(text), 1)
    assert label is expected


def test_evaluative_sentence_is_opinion() -> None:
    text = (
        "The Biden administration pleaded with the Iraqi government to restrain the Shiite militia forces, "
        "which are nominally part of the Iraqi military but take their orders from Tehran."
    )
    _, proba = _label(_between(text), 1)
    assert proba[LABELS.index(Label.OPINION)] > proba[LABELS.index(Label.NEWS)]


def test_seed_read_also_block_is_filler_above_0_9(seed_text: str) -> None:
    result = clean(seed_text)
    tail = result.segments[-3:]
    assert [s.text for s in tail][0] == "Read Also:"
    for segment in tail:
        assert segment.label is Label.FILLER
        assert segment.scores[Label.FILLER] > 0.9, segment.text


def test_seed_reporting_paragraphs_are_news_or_opinion(seed_text: str) -> None:
    result = clean(seed_text)
    body = result.segments[:10]
    assert all(s.label in (Label.NEWS, Label.OPINION) for s in body)
    assert sum(s.label is Label.NEWS for s in body) >= 7


def test_scores_are_the_same_alone_and_in_a_batch(seed_text: str) -> None:
    model = load()
    blocks = [Block("Sign up for our newsletter", index=0), Block(REPORTING, index=1)]
    alone = model.predict_proba(blocks, lengths=[2])
    batch = model.predict_proba(blocks + blocks, lengths=[2, 2])
    assert np.allclose(batch[:2], alone) and np.allclose(batch[2:], alone)


def test_documents_are_found_from_index_when_lengths_are_missing() -> None:
    blocks = [Block("a", index=0), Block("b", index=1), Block("c", index=0), Block("d", index=5)]
    assert document_ids(blocks, None).tolist() == [0, 0, 1, 1]
    assert document_ids(blocks, [1, 3]).tolist() == [0, 1, 1, 1]


def test_context_never_looks_across_documents() -> None:
    blocks = [Block("Read also:", index=0), Block("x", index=0)]
    C = context_features(np.array([0.9, 0.1]), np.array([0.5, 0.5]), blocks, np.array([0, 1]))
    assert C.shape == (2, len(CONTEXT_NAMES)) and np.isfinite(C).all()
    # each document has one block: its missing neighbours repeat its own logit
    assert np.allclose(C[0, 2:6], C[0, 0]) and np.allclose(C[1, 2:6], C[1, 0])
    assert C[0, 0] > 0 > C[1, 0]


@pytest.mark.parametrize(
    "text",
    ["Read also: Iconic Food Chain Closes", "[Read more: How to Set Up Your Accounts]", "(See also: Council delays vote on rates)",
     "» Related: How to Save Money on Car Rentals", "Baca juga: Harga BBM naik lagi", "Weiterlesen:"],
    ids=["plain", "square-brackets", "parentheses", "guillemet", "indonesian", "german-header"],
)
def test_the_promo_features_read_what_the_rules_read(text: str) -> None:
    # Feature version 4: a promo line the rules drop is one the classifier
    # sees as promo, so that it is labelled filler rather than news.
    shape = char_shape([text])[0]
    assert shape[SHAPE_NAMES.index("promo_line") - len(LEXICONS)] == 1.0
    C = context_features(np.array([0.5]), np.array([0.5]), [Block(text, index=0)], np.array([0]))
    assert C[0, CONTEXT_NAMES.index("promo_line")] == 1.0


SEGMENT_PATTERNS_SHA256 = "4b2ec76624ba3190653c53f1d6736c7a7fedb83ba178327dda90fa8a989a1e2b"
"""The digest of the patterns the segment features read (feature version 7)
as segments-v14 was trained with them."""


def test_the_patterns_the_segment_features_read_are_those_the_model_was_trained_with() -> None:
    # The promo and call-to-action patterns of the rules are segment features
    # too, and the plain-text segmenter's promo marks come from them. A change
    # to them changes what the shipped model sees without a word in
    # features.py (segments-v9 went stale that way): retrain the segment
    # model into a new models/segments-vN and update this digest with it.
    parts = [p.pattern for p in (patterns.PROMO_RULE_HEADER, patterns.PROMO_RULE_LEAD, patterns.MORE_LEAD, patterns.CALL_TO_ACTION)]
    parts += [str(patterns.PROMO_HEADER_MAX_CHARS), str(patterns.PROMO_LEAD_MAX_CHARS)]
    assert hashlib.sha256("\n".join(parts).encode()).hexdigest() == SEGMENT_PATTERNS_SHA256


@pytest.mark.parametrize("text", ["(More on this below)", "Related reporting by Jane Doe in Paris."], ids=["aside", "credit"])
def test_the_promo_features_leave_bracketed_prose_alone(text: str) -> None:
    assert char_shape([text])[0][SHAPE_NAMES.index("promo_line") - len(LEXICONS)] == 0.0


def test_features_follow_sklearn_conventions() -> None:
    features = SegmentFeatures()
    assert clone(features).get_params() == features.get_params()
    fitted = features.fit([REPORTING, "I think we must act.", "Read also: more"])
    X = fitted.transform([Block(REPORTING)])
    assert X.shape == (1, len(fitted.get_feature_names_out()))
    assert pickle.loads(pickle.dumps(fitted)).transform([REPORTING]).shape == X.shape


def test_model_card_names_the_feature_version() -> None:
    card = load().card
    assert card["feature_version"] == FEATURE_VERSION
    assert math.isfinite(card["metrics"]["checkthat_2024_test_macro_f1"])


TEXTS = [REPORTING, "I think we must act now, and you should too!", "Read also: more", "", "Tuesday", "the the the budget"]


def test_tfidf_is_the_fitted_transformers() -> None:
    """The tf-idf that scoring computes gives what TfidfTransformer.transform gives."""
    from filter.features import tfidf, tokenize, word_counts

    texts = TEXTS + [""]
    fitted = SegmentFeatures().fit(texts)
    counts, _ = fitted._counts(tokenize(texts))
    expected = fitted.tfidf_.transform(counts).toarray()
    rows, cols, raw = word_counts(tokenize(texts), fitted.vocabulary_, fitted.n_words_)
    got = np.zeros_like(expected)
    got[rows, cols] = tfidf(rows, cols, raw, fitted.tfidf_.idf_, len(texts))
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


def test_static_vectors_sum_the_table_rows_of_known_words(tmp_path) -> None:
    """The embedding is the count-weighted sum of the table's word vectors;
    words outside the table (training words, hashed unknowns) add nothing."""
    from filter.features import tokenize

    rng = np.random.default_rng(0)
    words = np.array(["the", "council", "budget", "we", "must", "act"])
    np.savez(tmp_path / "table.npz", words=words, emb=rng.normal(size=(len(words), 8)), freq=np.arange(1.0, 7.0))
    fitted = SegmentFeatures(static_table=str(tmp_path / "table.npz"), static_dim=4).fit(TEXTS)
    _, unigrams = fitted._counts(tokenize(TEXTS))
    table = np.zeros((unigrams.shape[1], 4), dtype=np.float32)
    table[: len(fitted.vectors_)] = fitted.vectors_
    np.testing.assert_allclose(fitted._embed(unigrams), unigrams.toarray() @ table, rtol=1e-6, atol=1e-6)
    assert not fitted._embed(unigrams[4:5]).any()  # "Tuesday" is not in the table


def test_refitting_drops_the_float32_table_of_the_previous_fit(tmp_path) -> None:
    from filter.features import tokenize

    rng = np.random.default_rng(0)
    words = np.array(["the", "council", "budget", "we", "must", "act"])
    np.savez(tmp_path / "table.npz", words=words, emb=rng.normal(size=(len(words), 8)), freq=np.arange(1.0, 7.0))
    features = SegmentFeatures(static_table=str(tmp_path / "table.npz"), static_dim=4).fit(TEXTS)
    features._embed(features._counts(tokenize(TEXTS))[1])  # makes the float32 copy
    features.set_params(static_dim=2).fit(TEXTS)
    _, unigrams = features._counts(tokenize(TEXTS))
    assert features._embed(unigrams).shape == (len(TEXTS), 2)


@pytest.mark.parametrize(
    "texts",
    [["the council met", "", "the the the", "we met the council and the council met us"], [""], []],
    ids=["texts", "one-empty", "none"],
)
def test_word_counts_count_every_word_and_pair_once(texts: list[str]) -> None:
    """Sorted, distinct (row, column) pairs; each row's single-word counts are
    its words, and each word pair adds one count to a pair column."""
    from collections import Counter

    from filter.features import tokenize, unigram_columns, word_counts

    vocabulary = {"the": 0, "council": 1, "met": 2}
    tokens = tokenize(texts)
    rows, cols, counts = word_counts(tokens, vocabulary, len(vocabulary))
    keys = rows * (1 << 40) + cols
    assert np.all(np.diff(keys) > 0)
    single = cols < unigram_columns(len(vocabulary))
    for i, words in enumerate(tokens):
        mine = single & (rows == i)
        known = Counter(vocabulary[w] for w in words if w in vocabulary)
        assert {int(c): int(k) for c, k in zip(cols[mine], counts[mine]) if c < len(vocabulary)} == dict(known)
        assert counts[mine].sum() == len(words)
        assert counts[~single & (rows == i)].sum() == max(len(words) - 1, 0)


def test_context_proba_is_the_fitted_scaler_and_head() -> None:
    import joblib

    from filter.model import MODEL_FILE, default_model_dir

    pipeline = joblib.load(default_model_dir() / MODEL_FILE)
    C = np.random.default_rng(0).normal(size=(50, pipeline.context_.mean_.shape[0])) * 3
    expected = pipeline.context_head_.predict_proba(pipeline.context_.transform(C))[:, 1]
    np.testing.assert_allclose(pipeline.context_proba(C), expected, rtol=0, atol=1e-12)


def test_lone_short_texts_are_documents_of_one_short_block() -> None:
    from filter.features import lone_short

    blocks = [Block("You Won't Believe What Happened Next"), Block("Short One", index=0), Block(REPORTING, index=1),
              Block(" ".join(["word"] * 30))]
    assert lone_short(blocks, np.array([0, 1, 1, 2])).tolist() == [True, False, False, False]
    assert lone_short([], np.zeros(0, dtype=int)).tolist() == []


HEADLINES = [
    ("You Won't Believe What This Cat Did Next", "filler"),
    ("17 Things Only Nineties Kids Will Remember", "filler"),
    ("This Simple Trick Will Change How You Sleep", "filler"),
    ("Council Approves Budget For Road Repairs", "news"),
    ("Senate Passes Defence Bill After Long Debate", "news"),
    ("Floods Close Schools Across Northern Region", "news"),
]


@pytest.mark.parametrize("trees", [100, 0], ids=["blended-context-head", "regression-context-head"])
@pytest.mark.parametrize("teaser", [True, False], ids=["with-teaser-head", "without"])
def test_classifier_fits_with_and_without_a_teaser_head(teaser: bool, trees: int) -> None:
    from filter.classifier import BlendedContextHead, SegmentClassifier

    rows = HEADLINES * 4 + [(REPORTING, "news"), ("I think this is a disgrace and we must act.", "opinion")] * 6
    texts, labels = [t for t, _ in rows], np.array([label for _, label in rows])
    is_headline = np.array([i < len(HEADLINES) * 4 for i in range(len(rows))])
    # Strong regularisation: on two dozen separable rows the default needs hundreds of solver steps.
    model = SegmentClassifier(features=SegmentFeatures(), filler_C=0.1, opinion_C=0.1, teaser_C=0.1, context_trees=trees).fit(
        texts, labels, filler_weight=np.ones(len(rows)), opinion_weight=(labels != "filler").astype(float),
        lengths=[1] * len(rows), folds=(np.arange(len(rows)) // 2) % 2,
        teaser_weight=is_headline.astype(float) if teaser else None,
    )
    assert (getattr(model, "teaser_", None) is not None) == teaser
    assert (model.lone_head_ is not None) == teaser  # every row here is a lone short text
    assert isinstance(model.context_head_, BlendedContextHead) == (trees > 0)
    proba = model.predict_proba([t for t, _ in HEADLINES])
    assert proba.shape == (len(HEADLINES), 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert model.predict(["17 Things Only Nineties Kids Will Remember"])[0] == "filler"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(REPORTING, id="reporting"),
        pytest.param("“We are devastated,” said shop steward Linda Carr.", id="short-quote"),
        pytest.param("Subscribe to our newsletter to get the latest news in your inbox", id="call-to-action"),
    ],
)
def test_a_sentence_scores_the_same_as_text_or_as_html(text: str) -> None:
    """Labelled sentences train as lines of plain text and page blocks as
    HTML elements; the model must not tell the two apart by their form, or
    a sentence's label would hang on how it was passed in (feature version 3)."""
    model = load()
    as_html = model.predict_proba([Block(text, tag="p", path="html>body>article>p")], lengths=[1])
    as_text = model.predict_proba([Block(text, tag="line", path="text")], lengths=[1])
    np.testing.assert_allclose(as_html, as_text, rtol=0, atol=1e-12)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("“We are devastated,” said shop steward Linda Carr.", id="short-quote"),
        pytest.param("“I just believe in being the best version of myself that I can possibly be,” she said.", id="celebrity-quote"),
        pytest.param("The record topped out at 41 on the Billboard 200 and included contributions from several artists.", id="chart-fact"),
    ],
)
def test_a_news_sentence_on_its_own_is_not_filler(sentence: str) -> None:
    """A sentence passed to clean() alone is a document of one plain-text
    line; segments-v5, which had trained sentences in another form, called
    16% of the CheckThat 2024 test sentences filler that way."""
    (segment,) = clean(sentence).segments
    assert segment.label is not Label.FILLER


def test_strings_are_lines_of_plain_text() -> None:
    from filter.features import as_blocks

    (block,) = as_blocks(["Read also: Council votes on rates"])
    assert (block.tag, block.path, block.drop) == ("line", "text", "boilerplate: promo link")


# -- the document's tone (segments-v9 on)


def _tone(opinion: list[float], content: list[float] | None = None, doc: list[int] | None = None) -> np.ndarray:
    from filter.features import document_tone

    n = len(opinion)
    return document_tone(np.array(opinion), np.ones(n) if content is None else np.array(content), np.zeros(n, int) if doc is None else np.array(doc))


@pytest.mark.parametrize(
    ("opinion", "content", "doc", "raised"),
    [
        pytest.param([0.6], None, None, [False], id="alone"),
        pytest.param([0.6, 0.1, 0.1, 0.1], None, None, [False] * 4, id="news-report"),
        pytest.param([0.3, 0.9, 0.9, 0.9], None, None, [True] * 4, id="column"),
        pytest.param([0.5, 0.99, 0.99], [1.0, 0.0, 0.0], None, [False, True, True], id="filler-does-not-count"),
        pytest.param([0.1, 0.9, 0.1, 0.9], None, [0, 1, 0, 1], [False, True, False, True], id="documents-apart"),
    ],
)
def test_document_tone_is_positive_only_where_the_rest_leans_to_opinion(
    opinion: list[float], content: list[float] | None, doc: list[int] | None, raised: list[bool]
) -> None:
    assert (_tone(opinion, content, doc) > 0).tolist() == raised


def test_document_tone_is_the_shrunk_mean_of_the_rest_above_the_floor() -> None:
    from filter.features import TONE_FLOOR, TONE_PRIOR, logit

    p = np.array([0.2, 0.8, 0.9])
    z = logit(p)
    expected_first = (z[1] + z[2] + TONE_PRIOR * TONE_FLOOR) / (2 + TONE_PRIOR) - TONE_FLOOR
    assert _tone(p.tolist())[0] == pytest.approx(expected_first)


@pytest.mark.parametrize("seed", range(5))
def test_document_opinion_never_lowers_a_score_and_leaves_the_rest_bit_for_bit(seed: int) -> None:
    from filter.features import document_opinion, document_tone

    rng = np.random.default_rng(seed)
    n = 40
    opinion, content = rng.uniform(0, 1, n), rng.uniform(0, 1, n)
    doc = np.sort(rng.integers(0, 6, n))
    out = document_opinion(opinion, content, doc, 1.5)
    untouched = document_tone(opinion, content, doc) == 0
    assert (out >= opinion).all()
    assert np.array_equal(out[untouched], opinion[untouched])
    assert np.array_equal(document_opinion(opinion, content, doc, 0.0), opinion)


def test_tone_units_merge_the_two_rows_of_a_soft_labelled_sentence() -> None:
    from filter.classifier import tone_units

    texts = ["a", "a", "b", "c", "d"]
    opinion = np.array([0.4, 0.4, 0.7, 0.2, 0.5])
    is_opinion = np.array([True, False, True, False, True])
    weight = np.array([0.3, 0.7, 1.0, 1.0, 1.0])
    articles = np.array([5, 5, 5, 9, -1])
    p, target, total, doc, first = tone_units(opinion, is_opinion, weight, articles, texts)
    assert p.tolist() == [0.4, 0.7, 0.2]
    assert target.tolist() == pytest.approx([0.3, 1.0, 0.0])
    assert total.tolist() == pytest.approx([1.0, 1.0, 1.0])
    assert doc.tolist() == [0, 0, 1] and first.tolist() == [0, 2, 3]


@pytest.mark.parametrize(("coherent", "positive"), [(True, True), (False, False)], ids=["articles-of-one-tone", "mixed-articles"])
def test_tone_weight_is_fitted_from_articles_of_one_tone(coherent: bool, positive: bool) -> None:
    from filter.classifier import fit_tone_weight

    rng = np.random.default_rng(0)
    n_articles, per = 200, 5
    articles = np.repeat(np.arange(n_articles), per)
    column = np.repeat(rng.random(n_articles) < 0.5, per) if coherent else rng.random(n_articles * per) < 0.5
    # A first pass that sees a column only a little: the label is the article's.
    opinion = np.clip(np.where(column, 0.45, 0.1) + rng.normal(0, 0.05, len(articles)), 0.01, 0.99)
    label = column if coherent else rng.random(len(articles)) < opinion
    texts = [f"sentence {i}" for i in range(len(articles))]
    w = fit_tone_weight(opinion, label, np.ones(len(articles)), articles, texts)
    assert (w > 0.5) == positive
    assert fit_tone_weight(opinion, label, np.ones(len(articles)), np.full(len(articles), -1), texts) == 0.0


COLUMN_TEXT = """The council's vote on Tuesday was a disgrace, and every member who supported it should be ashamed.

I have covered this council for twenty years, and I have never seen such cowardice on display. Members knew the plan would hurt working families, and they passed it anyway.

Let's be honest: this was never about balancing the books. It was about rewarding donors while pretending to care about the deficit.

We deserve better. Voters should remember this betrayal at the next election, and punish the members who made it possible."""


def test_an_opinion_columns_plainer_paragraphs_are_opinion() -> None:
    """The document's tone: the first two paragraphs, which the opinion head
    alone calls news, are opinion in the column they belong to."""
    result = clean(COLUMN_TEXT)
    assert [s.label for s in result.segments] == [Label.OPINION] * 4
    assert result.summary.label is Label.OPINION
    alone = clean(COLUMN_TEXT.split("\n\n")[1])
    assert alone.segments[0].scores[Label.OPINION] < result.segments[1].scores[Label.OPINION]


def test_a_news_reports_tone_leaves_its_scores_alone(seed_text: str) -> None:
    """A news report's paragraphs lean to news, so its tone is 0: each
    paragraph scores as the opinion head alone scores it."""
    import copy

    from filter.model import Model

    model = load()
    untoned = copy.copy(model.pipeline)
    untoned.tone_weight = None
    plain = Model(model.name, untoned, model.card, model.path)
    assert [s.scores for s in clean(seed_text, model=plain).segments] == [s.scores for s in clean(seed_text).segments]
