"""The segment classifier as scikit-learn estimators: two heads over shared
features, and a context pass. This is what ``training/`` fits and pickles;
``clean()`` scores with the same model exported to numpy arrays
(``inference.SegmentScorer``) and never imports this module.

- The *filler head* says filler or content (news or opinion) from a segment's
  own text and block features.
- The *opinion head* says, for content, whether it is the author's view
  (opinion) or reporting (news). It is trained on sentence sets only.
- The *context head* revises the filler probability from the block's
  neighbours in its document, the document as a whole and the block's
  position (a short line between two article paragraphs is article; a
  headline after ``Read also:`` is promo).
- The *document tone* (segments-v9 on) raises the opinion probability of the
  paragraphs of a document whose other paragraphs lean to opinion, by a
  weight fitted on articles whose sentences are labelled
  (``fit_tone_weight``): a column's plainer paragraphs are read as part of
  the column. It never lowers a score (``features.document_opinion``).

``predict_proba`` returns ``[(1-f)(1-o), (1-f)o, f]`` in ``LABELS`` order,
where ``f`` is the context head's filler probability and ``o`` the opinion
head's, raised by the document's tone. The first-pass heads are logistic
regressions; the context head is one too, averaged from segments-v8 on with
boosted trees over the same features (``BlendedContextHead``). Both are
fitted with log loss, so the scores are probabilities; the training command
measures how well calibrated they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse
from scipy.optimize import minimize_scalar
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from .document import LABELS, Block, Label
from .features import (
    BIGRAM_BUCKETS,
    BLOCK_NAMES,
    LEXICONS,
    MAX_EXTRA_WORDS,
    MIN_DF,
    SHAPE_NAMES,
    as_blocks,
    blended,
    combine,
    context_features,
    dense_columns,
    document_ids,
    document_opinion,
    embed,
    linear,
    logit,
    lone_short,
    second_pass,
    sigmoid,
    tfidf,
    tokenize,
    tone_of_logits,
    unigram_columns,
    without_unread_opinion,
    word_counts,
)


def _row_pointers(rows: np.ndarray, n_rows: int) -> np.ndarray:
    """The CSR ``indptr`` of entries whose sorted row numbers are ``rows``."""
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
    return indptr


def _csr(rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, n_rows: int, n_cols: int) -> sparse.csr_matrix:
    """Sorted (row, column, count) triples as a CSR matrix, built straight
    from them instead of through a COO matrix, whose conversion was a fifth
    of the fixed cost of scoring a page."""
    return sparse.csr_matrix((counts, cols, _row_pointers(rows, n_rows)), shape=(n_rows, n_cols))


class SegmentFeatures(BaseEstimator, TransformerMixin):
    """Blocks to one sparse row each: TF-IDF of words and hashed word pairs,
    the hand features of SHAPE_NAMES and BLOCK_NAMES (standardised), and, when
    a static word table is given, its SIF-weighted mean word vector.

    Each batch is tokenised once. Word ids come from one dictionary lookup per
    word (unknown words are hashed), word pairs are hashed from the two ids
    with numpy, and the same word counts give the lexicon features and the
    static embedding by sparse products.

    ``static_table`` is the path to an ``.npz`` with ``words``, ``emb`` and
    ``freq`` (made by ``training/static_table.py``); it is read only by
    ``fit``, which reduces it by PCA to ``static_dim`` dimensions and keeps the
    result as float16 in ``vectors_``, so the fitted model carries its table and
    needs no file (and no torch) at run time.
    """

    def __init__(
        self,
        static_table: str | None = None,
        static_dim: int = 128,
        static_words: int = 50000,
        sif_a: float = 1e-3,
        dense_weight: float = 1.0,
    ) -> None:
        self.static_table = static_table
        self.static_dim = static_dim
        self.static_words = static_words
        self.sif_a = sif_a
        self.dense_weight = dense_weight

    # -- fitting
    def fit(self, X: Sequence[Block | str], y: object = None) -> "SegmentFeatures":
        blocks = as_blocks(X)
        texts = [b.text for b in blocks]
        tokens = tokenize(texts)
        words: list[str] = []
        if self.static_table:
            table = np.load(self.static_table)
            words = [str(w) for w in table["words"][: self.static_words]]
            emb = table["emb"][: self.static_words].astype(np.float64)
            freq = table["freq"][: self.static_words].astype(np.float64)
            centred = emb - emb.mean(axis=0)
            _, _, vt = np.linalg.svd(centred, full_matrices=False)
            vectors = centred @ vt[: self.static_dim].T
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
            sif = self.sif_a / (self.sif_a + freq / freq.sum())
        known = set(words)
        lexicon_words = sorted({w for ws in LEXICONS.values() for w in ws} - known)
        known.update(lexicon_words)
        df = Counter(w for doc in tokens for w in set(doc) if w not in known)
        extra = sorted((w for w, c in df.items() if c >= MIN_DF), key=lambda w: (-df[w], w))[:MAX_EXTRA_WORDS]
        vocabulary = words + lexicon_words + extra
        self.vocabulary_ = {w: i for i, w in enumerate(vocabulary)}
        self.n_words_ = len(vocabulary)
        membership = sparse.lil_matrix((unigram_columns(self.n_words_), len(LEXICONS)))
        for j, name in enumerate(LEXICONS):
            for w in LEXICONS[name]:
                if w in self.vocabulary_:
                    membership[self.vocabulary_[w], j] = 1.0
        self.lexicon_matrix_ = membership.tocsr()
        if words:
            self.vectors_ = (vectors * sif[:, None]).astype(np.float16)
        else:
            self.vectors_ = None
        counts, unigrams = self._counts(tokens)
        self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(counts)
        dense = self._dense(blocks, texts, tokens, unigrams)
        self.mean_ = dense.mean(axis=0)
        std = dense.std(axis=0)
        self.scale_ = np.where(std > 0, std, 1.0)
        return self

    @property
    def n_columns_(self) -> int:
        return unigram_columns(self.n_words_) + BIGRAM_BUCKETS

    def _counts(self, tokens: list[list[str]]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        """Counts of words and word pairs, and of words alone (first columns)."""
        rows, cols, counts = word_counts(tokens, self.vocabulary_, self.n_words_)
        n = len(tokens)
        single = cols < unigram_columns(self.n_words_)
        unigrams = _csr(rows[single], cols[single], counts[single], n, unigram_columns(self.n_words_))
        return _csr(rows, cols, counts, n, self.n_columns_), unigrams

    def _embed(self, unigrams: sparse.csr_matrix) -> np.ndarray:
        n = unigrams.shape[0]
        rows = np.repeat(np.arange(n), np.diff(unigrams.indptr))
        return embed(rows, unigrams.indices, unigrams.data, self.vectors_, n)

    def _dense(self, blocks: list[Block], texts: list[str], tokens: list[list[str]], unigrams: sparse.csr_matrix) -> np.ndarray:
        lexicon = (unigrams @ self.lexicon_matrix_).toarray()
        embedded = self._embed(unigrams) if self.vectors_ is not None else None
        return dense_columns(blocks, texts, tokens, lexicon, embedded)

    def transform_parts(self, X: Sequence[Block | str]) -> tuple[sparse.csr_matrix, np.ndarray]:
        """The sparse word columns and the dense columns, apart (scoring
        multiplies them with the coefficients separately, which is faster
        than stacking them)."""
        blocks = as_blocks(X)
        texts = [b.text for b in blocks]
        tokens = tokenize(texts)
        n = len(tokens)
        rows, cols, counts = word_counts(tokens, self.vocabulary_, self.n_words_)
        single = cols < unigram_columns(self.n_words_)
        unigrams = _csr(rows[single], cols[single], counts[single], n, unigram_columns(self.n_words_))
        words = _csr(rows, cols, tfidf(rows, cols, counts, self.tfidf_.idf_, n), n, self.n_columns_)
        dense = (self._dense(blocks, texts, tokens, unigrams) - self.mean_) / self.scale_ * self.dense_weight
        return words, dense

    def transform(self, X: Sequence[Block | str]) -> sparse.csr_matrix:
        words, dense = self.transform_parts(X)
        return sparse.hstack([words, sparse.csr_matrix(dense)], format="csr")

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        names = [f"word_{i}" for i in range(self.n_columns_)] + list(SHAPE_NAMES) + list(BLOCK_NAMES)
        if self.vectors_ is not None:
            names += [f"static_{i}" for i in range(self.static_dim)]
        return np.asarray(names, dtype=object)


CONTEXT_TREES = 100
"""Boosting rounds of the trees in the context head (``BlendedContextHead``);
0 leaves the head a logistic regression alone, as before segments-v8."""
CONTEXT_LEAVES = 15
CONTEXT_BLEND = 0.3
"""The trees' weight in the context head's logit; the logistic regression
has the rest. Out of fold (training command, grouped folds), filler-vs-content
F1 on the blocks of held-out pages was 0.898 with the regression alone
(segments-v7), 0.902 at 0.3, 0.904 at 0.5, and 0.906 with the trees alone on
segments-v7's rows (trafilatura-eval pages 0.777, 0.808, 0.826, 0.840): a
page's furniture is a matter of combinations (a short line among short
lines, a short line between two long paragraphs) that a linear head cannot
draw. The trees learn from the pages too what a plain-text user does not
want: cut as plain text, 0.78% of the paragraphs (8 words or more) of 400
wcxb-dev articles' ground truth were labelled filler with the regression
alone, 1.11% at 0.3, 1.40% at 0.5 and 2.5% with the trees alone (listicle
items and subheadings, and some "Read more about …" lines); and a one-line
quote between two reporting paragraphs, a document of three blocks, became
filler from 0.4 on (``tests/test_classifier.py``). 0.3 is the largest
weight of those tried that keeps the quote, chosen on those two checks and
the out-of-fold figures, never on AEB or the CheckThat test."""


def boosted_context_head(random_state: int, rounds: int = CONTEXT_TREES) -> HistGradientBoostingClassifier:
    """The context head's trees: fixed rounds (no early stopping, so no
    random validation split), regularised leaves."""
    return HistGradientBoostingClassifier(
        max_iter=rounds, max_leaf_nodes=CONTEXT_LEAVES, learning_rate=0.1, l2_regularization=1.0,
        min_samples_leaf=40, early_stopping=False, random_state=random_state,
    )


class BlendedContextHead:
    """A logistic regression and boosted trees fitted on the same standardised
    context features, their logits averaged with ``blend`` on the trees
    (``features.blended``, which the numpy scorer calls too)."""

    def __init__(self, linear: LogisticRegression, trees: HistGradientBoostingClassifier, blend: float) -> None:
        self.linear, self.trees, self.blend = linear, trees, blend

    def decision_function(self, Z: np.ndarray) -> np.ndarray:
        return context_function(self)(Z)

    def predict_proba(self, Z: np.ndarray) -> np.ndarray:
        p = sigmoid(self.decision_function(Z))
        return np.column_stack([1.0 - p, p])


def context_function(head: LogisticRegression | BlendedContextHead) -> Callable[[np.ndarray], np.ndarray]:
    """The context head as a function from standardised rows to logits, for
    ``features.second_pass``: without scikit-learn's input checks on the
    logistic regression, which cost 0.2 ms, a third of scoring one short page."""
    if isinstance(head, BlendedContextHead):
        coef, intercept = head.linear.coef_[0], float(head.linear.intercept_[0])
        return blended(coef, intercept, _trees_logit(head.trees), head.blend)
    return linear(head.coef_[0], float(head.intercept_[0]))


def _trees_logit(trees: HistGradientBoostingClassifier) -> Callable[[np.ndarray], np.ndarray]:
    """The trees' raw score (their logit), walked on one thread by
    scikit-learn's compiled routine (``blocks.content_proba`` says why),
    or by ``decision_function`` where that cannot be read."""
    from .blocks import _raw_scores

    def walk(Z: np.ndarray) -> np.ndarray:
        raw = _raw_scores(trees, Z)
        return trees.decision_function(Z) if raw is None else raw

    return walk


_FILLER = LABELS.index(Label.FILLER)
_OPINION = LABELS.index(Label.OPINION)


class SegmentClassifier(ClassifierMixin, BaseEstimator):
    """News / opinion / filler for the blocks of one or more documents.

    ``fit`` takes, besides blocks and labels: ``filler_weight`` and
    ``opinion_weight`` (per-row weights of each head; 0 leaves a row out of a
    head), ``lengths`` (the number of blocks of each document, in order; a
    sentence on its own is a document of one block) and ``folds`` (group folds:
    the context head is trained on out-of-fold first-pass probabilities, so it
    learns how far to trust them on text it has not seen). With
    ``teaser_weight``, a third first-pass head, the *teaser head*, learns
    clickbait against plain headlines from the rows it weighs, and a
    *lone-text head* decides a short text that is a document on its own (a
    headline passed alone: ``lone_short``) from the context head's logit and
    the teaser head's. Out of fold, the filler head tells clickbait from
    plain headlines 97.4% of the time and a head of their own 98.5%, but the
    context head, which reads a lone headline as it reads a page, brought the
    answer down to 96.4%. Blocks inside a page are decided by the context
    head alone: letting it read the teaser logit there made it call short
    subheadings and one-line quotes filler. From segments-v8 the context
    head is a ``BlendedContextHead`` (``context_trees`` rounds of boosted
    trees at weight ``context_blend``); ``context_trees=0`` keeps the
    logistic regression alone. With ``articles`` (for each row the number of
    the article a labelled sentence comes from, -1 for none), ``fit`` also
    fits the weight of the document's tone in the opinion logit
    (``tone_weight_``, see ``fit_tone_weight``); without it the opinion head
    is used as it is.
    """

    # Class defaults, so that models pickled before the teaser head and the
    # blended context head still report their params.
    teaser_C: float = 2.0
    context_trees: int = 0
    context_blend: float = 0.0
    tone_weight_: float | None = None  # fitted; None before segments-v9 and without article groups

    def __init__(
        self,
        features: SegmentFeatures | None = None,
        filler_C: float = 2.0,
        opinion_C: float = 1.0,
        context_C: float = 1.0,
        random_state: int = 0,
        teaser_C: float = 2.0,
        context_trees: int = CONTEXT_TREES,
        context_blend: float = CONTEXT_BLEND,
    ) -> None:
        self.features = features
        self.filler_C = filler_C
        self.opinion_C = opinion_C
        self.context_C = context_C
        self.random_state = random_state
        self.teaser_C = teaser_C
        self.context_trees = context_trees
        self.context_blend = context_blend

    def _head(self, C: float) -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=1000, tol=1e-4, random_state=self.random_state)

    def _fit_first(self, blocks: list[Block], y: np.ndarray, fw: np.ndarray, ow: np.ndarray, tw: np.ndarray | None) -> tuple:
        used = np.flatnonzero((fw > 0) | (ow > 0) | (tw is not None and tw > 0))
        features = clone(self.features) if self.features is not None else SegmentFeatures()
        X = features.fit_transform([blocks[i] for i in used])
        y = y[used]
        heads = []
        for weight, C, target in ((fw, self.filler_C, _FILLER), (ow, self.opinion_C, _OPINION), (tw, self.teaser_C, _FILLER)):
            if weight is None:
                heads.append(None)
                continue
            weight = weight[used]
            rows = weight > 0
            heads.append(self._head(C).fit(X[rows], (y[rows] == target).astype(int), sample_weight=weight[rows]))
        return (features, *heads)

    @staticmethod
    def _first(parts: tuple, blocks: list[Block]) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        features, *heads = parts
        present = tuple(h for h in heads if h is not None)
        words, dense = features.transform_parts(blocks)
        # All heads at once, sparse and dense columns apart: the same numbers
        # as predict_proba on the stacked matrix, without building it.
        coef_words, coef_dense, intercept = _stacked_heads(present, words.shape[1])
        z = words @ coef_words + dense @ coef_dense + intercept
        p = sigmoid(z)
        return p[:, 0], p[:, 1], (p[:, 2] if len(present) > 2 else None)

    def fit(
        self,
        X: Sequence[Block | str],
        y: Sequence[str],
        *,
        filler_weight: np.ndarray,
        opinion_weight: np.ndarray,
        lengths: Sequence[int],
        folds: np.ndarray,
        context_weight: np.ndarray | None = None,
        teaser_weight: np.ndarray | None = None,
        articles: np.ndarray | None = None,
    ) -> "SegmentClassifier":
        blocks = as_blocks(X)
        codes = np.array([LABELS.index(Label(v)) for v in y])
        fw, ow = np.asarray(filler_weight, float), np.asarray(opinion_weight, float)
        tw = None if teaser_weight is None else np.asarray(teaser_weight, float)
        folds = np.asarray(folds)
        oof_filler = np.zeros(len(blocks))
        oof_opinion = np.zeros(len(blocks))
        oof_teaser = None if tw is None else np.zeros(len(blocks))
        for k in np.unique(folds):
            train = folds != k
            parts = self._fit_first(
                [b for b, t in zip(blocks, train) if t], codes[train], fw[train], ow[train], None if tw is None else tw[train]
            )
            held = np.flatnonzero(~train)
            f, o, t = self._first(parts, [blocks[i] for i in held])
            oof_filler[held], oof_opinion[held] = f, o
            if oof_teaser is not None:
                oof_teaser[held] = t
        self.features_, self.filler_, self.opinion_, self.teaser_ = self._fit_first(blocks, codes, fw, ow, tw)
        doc = document_ids(blocks, lengths)
        C = context_features(oof_filler, oof_opinion, blocks, doc)
        cw = np.ones(len(blocks)) if context_weight is None else np.asarray(context_weight, float)
        self.oof_lone_ = lone_short(blocks, doc)
        self.context_, self.context_head_, self.lone_head_ = fit_second_pass(
            C, codes == _FILLER, cw, self.oof_lone_, oof_teaser, self.context_C, self.random_state,
            self.context_trees, self.context_blend,
        )
        self.tone_weight_ = (
            None if articles is None else fit_tone_weight(oof_opinion, codes == _OPINION, ow, articles, [b.text for b in blocks])
        )
        self.classes_ = np.array([label.value for label in LABELS])
        self.oof_first_ = (oof_filler, oof_opinion, oof_teaser)
        self.oof_context_ = C
        return self

    def context_proba(self, C: np.ndarray) -> np.ndarray:
        """The context head's P(filler), without the lone-text head (see ``second_pass_logit``)."""
        return sigmoid(second_pass_logit(self.context_, self.context_head_, None, C))

    def predict_proba(self, X: Sequence[Block | str], lengths: Sequence[int] | None = None) -> np.ndarray:
        """Probabilities in ``LABELS`` order, one row per block. ``lengths``
        gives the number of blocks of each document; without it a document
        starts wherever ``Block.index`` does not increase."""
        blocks = as_blocks(X)
        if not blocks:
            return np.zeros((0, len(LABELS)))
        teaser = getattr(self, "teaser_", None)  # None in models built before the teaser head
        f1, o, t = self._first((self.features_, self.filler_, self.opinion_, teaser), blocks)
        doc = document_ids(blocks, lengths)
        lone_head = getattr(self, "lone_head_", None)
        lone = lone_short(blocks, doc) if lone_head is not None and t is not None else None
        z = second_pass_logit(self.context_, self.context_head_, lone_head, context_features(f1, o, blocks, doc), lone, t)
        filler = sigmoid(z)
        if self.tone_weight_ is not None:
            o = document_opinion(o, 1.0 - filler, doc, self.tone_weight_)
        return combine(filler, without_unread_opinion(o, blocks))

    def predict(self, X: Sequence[Block | str], lengths: Sequence[int] | None = None) -> np.ndarray:
        return self.classes_[self.predict_proba(X, lengths).argmax(axis=1)]

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("oof_first_", None)  # training diagnostics, not part of the model
        state.pop("oof_context_", None)
        state.pop("oof_lone_", None)
        return state


def fit_second_pass(
    C: np.ndarray,
    filler: np.ndarray,
    weight: np.ndarray,
    lone: np.ndarray,
    teaser: np.ndarray | None,
    context_C: float,
    random_state: int,
    trees: int = 0,
    blend: float = 0.0,
) -> tuple[StandardScaler, LogisticRegression | BlendedContextHead, LogisticRegression | None]:
    """The second pass, fitted on the rows ``weight`` keeps: the scaler and
    the context head over the context features ``C`` (a logistic regression
    with ``context_C``, blended with ``trees`` rounds of boosted trees at
    weight ``blend`` when both are above 0), and, given the teaser head's
    probabilities, the lone-text head (``fit_lone_head``). The model and the
    training command's out-of-fold evaluation both fit it here."""
    rows = weight > 0
    scaler = StandardScaler().fit(C[rows])
    Z, target = scaler.transform(C[rows]), filler[rows].astype(int)
    head: LogisticRegression | BlendedContextHead = LogisticRegression(C=context_C, max_iter=2000, random_state=random_state)
    head.fit(Z, target, sample_weight=weight[rows])
    if trees > 0 and blend > 0:
        boosted = boosted_context_head(random_state, trees).fit(Z, target, sample_weight=weight[rows])
        head = BlendedContextHead(head, boosted, blend)
    lone_head = None
    if teaser is not None:
        lone_head = fit_lone_head(second_pass_logit(scaler, head, None, C), teaser, lone, filler, weight, random_state)
    return scaler, head, lone_head


def second_pass_logit(
    scaler: StandardScaler,
    head: LogisticRegression | BlendedContextHead,
    lone_head: LogisticRegression | None,
    C: np.ndarray,
    lone: np.ndarray | None = None,
    teaser: np.ndarray | None = None,
) -> np.ndarray:
    """The filler logit of the second pass (``features.second_pass``, which
    the numpy scorer calls too): the context head's (``context_function``),
    replaced by the lone-text head's on the ``lone`` rows when there is one."""
    weights = None if lone_head is None else (lone_head.coef_[0], float(lone_head.intercept_[0]))
    return second_pass(C, (scaler.mean_, scaler.scale_, context_function(head)), weights, lone, teaser)


def fit_lone_head(
    context_logit: np.ndarray, teaser: np.ndarray, lone: np.ndarray, filler: np.ndarray, weight: np.ndarray, random_state: int
) -> LogisticRegression | None:
    """The lone-text head: a logistic regression of filler on the context
    head's logit and the teaser head's, fitted on the lone short texts that
    ``weight`` keeps (None when they are all of one class)."""
    rows = lone & (weight > 0)
    if len(np.unique(filler[rows])) < 2:
        return None
    X = np.column_stack([context_logit[rows], logit(teaser[rows])])
    return LogisticRegression(C=1.0, max_iter=1000, random_state=random_state).fit(X, filler[rows].astype(int), sample_weight=weight[rows])


TONE_WEIGHT_MAX = 5.0
"""The largest document-tone weight ``fit_tone_weight`` considers."""


def tone_units(
    opinion: np.ndarray, is_opinion: np.ndarray, weight: np.ndarray, articles: np.ndarray, texts: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The labelled sentences of articles, once each: the rows with an article
    (``articles`` >= 0) and an opinion weight, merged by (article, text),
    because a soft-labelled sentence is two rows, one per label. Returns, in
    order of (article, text): each sentence's P(opinion) (``opinion``, the
    same on both rows), its target (the weighted share of its opinion rows),
    its weight, its article numbered 0 .. n - 1, and its first row."""
    units: dict[tuple[int, str], list[float]] = {}
    for i in np.flatnonzero((articles >= 0) & (weight > 0)):
        unit = units.setdefault((int(articles[i]), texts[i]), [float(opinion[i]), 0.0, 0.0, float(i)])
        unit[1] += weight[i] * is_opinion[i]
        unit[2] += weight[i]
    keys = sorted(units)
    p = np.array([units[k][0] for k in keys])
    total = np.array([units[k][2] for k in keys])
    target = np.array([units[k][1] for k in keys]) / np.maximum(total, 1e-300)
    _, doc = np.unique(np.array([k[0] for k in keys], dtype=np.int64), return_inverse=True)
    first = np.array([int(units[k][3]) for k in keys], dtype=np.int64)
    return p, target, total, doc, first


def fit_tone_weight(
    opinion: np.ndarray, is_opinion: np.ndarray, weight: np.ndarray, articles: np.ndarray, texts: Sequence[str]
) -> float:
    """The weight of ``features.document_tone`` in the opinion logit, by
    weighted log loss over the labelled sentences of articles (``tone_units``),
    from their out-of-fold first-pass ``opinion`` probabilities: one number,
    fitted by a bounded scalar search in [0, ``TONE_WEIGHT_MAX``]."""
    p, target, total, doc, _ = tone_units(opinion, is_opinion, weight, articles, texts)
    if len(p) == 0:
        return 0.0
    z = logit(p)
    tone = tone_of_logits(z, np.ones(len(p)), doc)
    total = total / total.sum()

    def loss(w: float) -> float:
        q = np.clip(sigmoid(z + w * tone), 1e-9, 1 - 1e-9)
        return float(-(total * (target * np.log(q) + (1 - target) * np.log(1 - q))).sum())

    return float(minimize_scalar(loss, bounds=(0.0, TONE_WEIGHT_MAX), method="bounded").x)


_STACKED: dict[tuple[int, ...], tuple[tuple[LogisticRegression, ...], tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}


def _stacked_heads(heads: tuple[LogisticRegression, ...], n_words: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The heads' coefficients side by side, contiguous, made once per
    process and model: stacking them on every call copied megabytes."""
    key = (*map(id, heads), n_words)
    cached = _STACKED.get(key)
    # The entry keeps the heads alive, so their ids cannot be reused by others.
    if cached is None or any(a is not b for a, b in zip(cached[0], heads)):
        coef = np.ascontiguousarray(np.vstack([head.coef_[0] for head in heads]).T)
        stacked = (
            np.ascontiguousarray(coef[:n_words]),
            np.ascontiguousarray(coef[n_words:]),
            np.array([head.intercept_[0] for head in heads]),
        )
        cached = _STACKED[key] = (heads, stacked)
    return cached[1]
