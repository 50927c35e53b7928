"""Features of segments for the news / opinion / filler classifier.

The transformers follow scikit-learn's conventions so that the fitted pipeline
pickles, clones and round-trips ``get_params``: ``__init__`` only stores its
parameters, ``fit`` returns ``self`` and fitted attributes end in ``_``.
Inputs are sequences of ``Block``; plain strings are accepted too and read as
blocks of a paragraph with no links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from .document import Block
from .patterns import CALL_TO_ACTION, is_promo_line, looks_like_headline
from .segment import HEADING_TAGS

FEATURE_VERSION = 1
"""Bumped whenever a change here alters what a fitted model sees; the loader
refuses a model whose card names another version."""

_FIRST_SECOND = re.compile(r"\b(?:i|me|my|mine|we|us|our|ours|you|your|yours|i'm|we're|you're|i've|we've)\b", re.I)
_MODAL = re.compile(
    r"\b(?:should|must|ought|would|could|might|may|perhaps|probably|likely|seems?|apparently|arguably|clearly|obviously|surely)\b",
    re.I,
)
_INTENSIFIER = re.compile(
    r"\b(?:very|extremely|really|truly|totally|absolutely|incredibly|utterly|deeply|so|too|most|least|worst|best|"
    r"terrible|horrible|awful|amazing|disgraceful|shameful|ridiculous|absurd|outrageous|brilliant|stupid|"
    r"disastrous|pathetic|unacceptable|wonderful|great|nonsense|radical|extremist|nominally|so-called)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|stated|added|according to|announced|reported|wrote|explained|noted|claimed|argued|"
    r"insisted|asked|replied|confirmed|denied|warned)\b",
    re.I,
)
_QUOTE = re.compile(r"[\"“”«»„]")
_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"\w+", re.UNICODE)

SHAPE_FEATURES: tuple[str, ...] = (
    "log_words",
    "first_second_person",
    "modal_hedge",
    "intensifier",
    "attribution",
    "quote",
    "number",
    "exclaim_question",
    "ends_sentence",
    "headline_shape",
    "promo_line",
    "call_to_action",
    "link_density",
    "heading",
)


def as_blocks(items: Sequence[Block | str]) -> list[Block]:
    return [item if isinstance(item, Block) else Block(text=str(item)) for item in items]


def _shape(block: Block) -> list[float]:
    text = block.text
    words = max(1, len(_WORD.findall(text)))
    return [
        np.log1p(words),
        len(_FIRST_SECOND.findall(text)) / words,
        len(_MODAL.findall(text)) / words,
        len(_INTENSIFIER.findall(text)) / words,
        float(_ATTRIBUTION.search(text) is not None),
        float(_QUOTE.search(text) is not None),
        float(_NUMBER.search(text) is not None),
        float("!" in text or "?" in text),
        float(text.rstrip()[-1:] in ".!?\"”’"),
        float(looks_like_headline(text)),
        float(is_promo_line(text)),
        float(CALL_TO_ACTION.search(text) is not None),
        block.link_density,
        float(block.tag in HEADING_TAGS),
    ]


class BlockText(BaseEstimator, TransformerMixin):
    """Blocks to their text, for the vectorisers."""

    def fit(self, X: Sequence[Block | str], y: object = None) -> "BlockText":
        return self

    def transform(self, X: Sequence[Block | str]) -> list[str]:
        return [block.text for block in as_blocks(X)]


class ShapeFeatures(BaseEstimator, TransformerMixin):
    """Dense cues of subjectivity and promo that n-grams miss (see
    ``SHAPE_FEATURES``), scaled by their spread on the training data."""

    def fit(self, X: Sequence[Block | str], y: object = None) -> "ShapeFeatures":
        values = self._values(X)
        self.scale_ = np.where(values.std(axis=0) > 0, values.std(axis=0), 1.0)
        return self

    def transform(self, X: Sequence[Block | str]) -> sparse.csr_matrix:
        return sparse.csr_matrix(self._values(X) / self.scale_)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(SHAPE_FEATURES, dtype=object)

    @staticmethod
    def _values(X: Sequence[Block | str]) -> np.ndarray:
        rows = [_shape(block) for block in as_blocks(X)]
        return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(SHAPE_FEATURES))
