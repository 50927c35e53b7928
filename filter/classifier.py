"""The segment classifier: two heads over shared features, and a context pass.

- The *filler head* says filler or content (news or opinion) from a segment's
  own text and block features.
- The *opinion head* says, for content, whether it is the author's view
  (opinion) or reporting (news). It is trained on sentence sets only.
- The *context head* revises the filler probability from the block's
  neighbours in its document, the document as a whole and the block's
  position (a short line between two article paragraphs is article; a
  headline after ``Read also:`` is promo).

``predict_proba`` returns ``[(1-f)(1-o), (1-f)o, f]`` in ``LABELS`` order,
where ``f`` is the context head's filler probability and ``o`` the opinion
head's. Both heads are plain logistic regressions, so the scores are
probabilities; the training command measures how well calibrated they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from .document import LABELS, Block, Label
from .features import SegmentFeatures, as_blocks, context_features, document_ids

_FILLER = LABELS.index(Label.FILLER)
_OPINION = LABELS.index(Label.OPINION)


class SegmentClassifier(ClassifierMixin, BaseEstimator):
    """News / opinion / filler for the blocks of one or more documents.

    ``fit`` takes, besides blocks and labels: ``filler_weight`` and
    ``opinion_weight`` (per-row weights of each head; 0 leaves a row out of a
    head), ``lengths`` (the number of blocks of each document, in order; a
    sentence on its own is a document of one block) and ``folds`` (group folds:
    the context head is trained on out-of-fold first-pass probabilities, so it
    learns how far to trust them on text it has not seen).
    """

    def __init__(
        self,
        features: SegmentFeatures | None = None,
        filler_C: float = 2.0,
        opinion_C: float = 1.0,
        context_C: float = 1.0,
        random_state: int = 0,
    ) -> None:
        self.features = features
        self.filler_C = filler_C
        self.opinion_C = opinion_C
        self.context_C = context_C
        self.random_state = random_state

    def _heads(self) -> tuple[LogisticRegression, LogisticRegression]:
        filler = LogisticRegression(C=self.filler_C, max_iter=1000, tol=1e-4, random_state=self.random_state)
        opinion = LogisticRegression(C=self.opinion_C, max_iter=1000, tol=1e-4, random_state=self.random_state)
        return filler, opinion

    def _fit_first(self, blocks: list[Block], y: np.ndarray, fw: np.ndarray, ow: np.ndarray) -> tuple:
        used = np.flatnonzero((fw > 0) | (ow > 0))
        features = clone(self.features) if self.features is not None else SegmentFeatures()
        X = features.fit_transform([blocks[i] for i in used])
        y, fw, ow = y[used], fw[used], ow[used]
        filler, opinion = self._heads()
        rows = fw > 0
        filler.fit(X[rows], (y[rows] == _FILLER).astype(int), sample_weight=fw[rows])
        rows = ow > 0
        opinion.fit(X[rows], (y[rows] == _OPINION).astype(int), sample_weight=ow[rows])
        return features, filler, opinion

    @staticmethod
    def _first(parts: tuple, blocks: list[Block]) -> tuple[np.ndarray, np.ndarray]:
        features, filler, opinion = parts
        words, dense = features.transform_parts(blocks)
        # Both heads at once, sparse and dense columns apart: the same numbers
        # as predict_proba on the stacked matrix, without building it.
        n_words = words.shape[1]
        coef_words, coef_dense, intercept = _stacked_heads(filler, opinion, n_words)
        z = words @ coef_words + dense @ coef_dense + intercept
        p = 1.0 / (1.0 + np.exp(-z))
        return p[:, 0], p[:, 1]

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
    ) -> "SegmentClassifier":
        blocks = as_blocks(X)
        codes = np.array([LABELS.index(Label(v)) for v in y])
        fw, ow = np.asarray(filler_weight, float), np.asarray(opinion_weight, float)
        folds = np.asarray(folds)
        oof_filler = np.zeros(len(blocks))
        oof_opinion = np.zeros(len(blocks))
        for k in np.unique(folds):
            train = folds != k
            parts = self._fit_first([b for b, t in zip(blocks, train) if t], codes[train], fw[train], ow[train])
            held = np.flatnonzero(~train)
            f, o = self._first(parts, [blocks[i] for i in held])
            oof_filler[held], oof_opinion[held] = f, o
        self.features_, self.filler_, self.opinion_ = self._fit_first(blocks, codes, fw, ow)
        doc = document_ids(blocks, lengths)
        C = context_features(oof_filler, oof_opinion, blocks, doc)
        cw = np.ones(len(blocks)) if context_weight is None else np.asarray(context_weight, float)
        rows = cw > 0
        self.context_ = StandardScaler().fit(C[rows])
        self.context_head_ = LogisticRegression(C=self.context_C, max_iter=2000, random_state=self.random_state)
        self.context_head_.fit(self.context_.transform(C[rows]), (codes[rows] == _FILLER).astype(int), sample_weight=cw[rows])
        self.classes_ = np.array([label.value for label in LABELS])
        self.oof_first_ = (oof_filler, oof_opinion)
        self.oof_context_ = C
        return self

    def context_proba(self, C: np.ndarray) -> np.ndarray:
        """The context head's P(filler): ``context_head_.predict_proba(
        context_.transform(C))[:, 1]`` in plain numpy, because the two
        scikit-learn calls' input checks cost 0.2 ms, a third of scoring one
        short page."""
        z = ((C - self.context_.mean_) / self.context_.scale_) @ self.context_head_.coef_[0] + self.context_head_.intercept_[0]
        return 1.0 / (1.0 + np.exp(-z))

    def predict_proba(self, X: Sequence[Block | str], lengths: Sequence[int] | None = None) -> np.ndarray:
        """Probabilities in ``LABELS`` order, one row per block. ``lengths``
        gives the number of blocks of each document; without it a document
        starts wherever ``Block.index`` does not increase."""
        blocks = as_blocks(X)
        if not blocks:
            return np.zeros((0, len(LABELS)))
        f1, o = self._first((self.features_, self.filler_, self.opinion_), blocks)
        f = self.context_proba(context_features(f1, o, blocks, document_ids(blocks, lengths)))
        return combine(f, o)

    def predict(self, X: Sequence[Block | str], lengths: Sequence[int] | None = None) -> np.ndarray:
        return self.classes_[self.predict_proba(X, lengths).argmax(axis=1)]

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("oof_first_", None)  # training diagnostics, not part of the model
        state.pop("oof_context_", None)
        return state


def combine(filler: np.ndarray, opinion: np.ndarray) -> np.ndarray:
    """Three-class probabilities from P(filler) and P(opinion | content)."""
    content = 1.0 - filler
    return np.column_stack([content * (1.0 - opinion), content * opinion, filler])


_STACKED: dict[tuple[int, int, int], tuple[object, object, tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}


def _stacked_heads(filler: LogisticRegression, opinion: LogisticRegression, n_words: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both heads' coefficients side by side, contiguous, made once per
    process and model: stacking them on every call copied megabytes."""
    key = (id(filler), id(opinion), n_words)
    cached = _STACKED.get(key)
    # The entry keeps the heads alive, so their ids cannot be reused by others.
    if cached is None or cached[0] is not filler or cached[1] is not opinion:
        coef = np.ascontiguousarray(np.vstack([filler.coef_[0], opinion.coef_[0]]).T)
        stacked = (
            np.ascontiguousarray(coef[:n_words]),
            np.ascontiguousarray(coef[n_words:]),
            np.array([filler.intercept_[0], opinion.intercept_[0]]),
        )
        cached = _STACKED[key] = (filler, opinion, stacked)
    return cached[2]
