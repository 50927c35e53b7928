"""Scoring with numpy alone: both models exported as plain arrays.

Training fits scikit-learn estimators and pickles them (``model.joblib``).
``clean()`` does not unpickle them: it loads the same models exported to
plain arrays (``model.npz``, written next to the pickle by training, or by
``python -m training.export DIR`` for a model directory that has none) and
scores with the functions of ``filter.features`` and ``filter.blocks``.

Why, measured with ``python -m benchmarks.extraction`` (peak RSS of the
worker process): scoring through the unpickled estimators meant importing
scikit-learn and SciPy (about 85 MiB before a page is read) and holding the
estimators as they were fitted (a float32 copy of the word table, float64
coefficients, the boosted trees' binning), 250 MiB in all. The arrays
are loaded with ``np.load(allow_pickle=False)``, which builds arrays and
runs no code, and only after their sha256 matched the card.

The exported file is a zip of ``.npy`` arrays written in a fixed order with
a fixed date, so exporting the same model twice gives the same bytes.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .blocks import BlockModel, Trees, n_features
from .document import LABELS, Block
from .features import (
    LEXICONS,
    WordIndex,
    as_blocks,
    blended,
    combine,
    context_features,
    dense_columns,
    document_ids,
    document_opinion,
    embed,
    linear,
    lone_short,
    second_pass,
    sigmoid,
    tfidf,
    tokenize,
    unigram_columns,
    without_unread_opinion,
    word_counts,
)

EXPORT_FORMAT = 3
"""Bumped when the arrays' names or meaning change. 2: a segment model's
context head may carry trees (``context_blend``), which a reader of
format 1 would silently leave out. 3: a segment model may carry the weight
of the document's tone in the opinion logit (``tone_weight``)."""
READABLE_FORMATS = (1, 2, 3)
"""The formats this newsfilter reads; each is the next without its additions."""
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class ExportError(ValueError):
    """A model cannot be exported, or an exported file does not hold what it should."""


# -- files


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` as an ``.npz`` that ``np.load`` reads, byte for byte
    the same for the same arrays (``np.savez`` stamps the time of writing)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with archive.open(info, "w", force_zip64=True) as handle:
                np.lib.format.write_array(handle, np.ascontiguousarray(arrays[name]), allow_pickle=False)


READ_CHUNK = 1 << 20
"""Arrays are read this many bytes at a time, straight into their memory."""


def read_arrays(path: Path) -> dict[str, np.ndarray]:
    """All arrays of an exported file. Object arrays are refused: nothing is unpickled.

    Each array is allocated once and filled a chunk at a time as its member
    is inflated: ``np.load`` would hold a member's whole bytes next to the
    array, and the process's peak memory would keep that high-water mark."""
    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.removesuffix(".npy")
                with archive.open(info) as member:
                    arrays[name] = _read_member(member, info.filename)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, RuntimeError) as exc:
        raise ExportError(f"{path} is not a readable exported model: {exc}") from None
    return arrays


def _read_member(member: Any, name: str) -> np.ndarray:
    version = np.lib.format.read_magic(member)
    if version == (1, 0):
        shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(member)
    elif version == (2, 0):
        shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(member)
    else:
        raise ValueError(f"{name}: .npy format {version} is not read")
    if dtype.hasobject or fortran_order:
        raise ValueError(f"{name}: object and Fortran-ordered arrays are not read")
    array = np.empty(shape, dtype=dtype)
    buffer = memoryview(array.reshape(-1).view(np.uint8))
    filled = 0
    while filled < len(buffer):
        chunk = member.read(min(READ_CHUNK, len(buffer) - filled))
        if not chunk:
            raise ValueError(f"{name}: the array is cut short")
        buffer[filled : filled + len(chunk)] = chunk
        filled += len(chunk)
    return array


def _strings(words: Sequence[str]) -> np.ndarray:
    return np.frombuffer(json.dumps(list(words), ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _unstrings(array: np.ndarray) -> list[str]:
    words = json.loads(array.astype(np.uint8).tobytes().decode("utf-8"))
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ExportError("a word list of the exported model is not a list of strings")
    return words


def _header(kind: str, feature_version: int) -> dict[str, np.ndarray]:
    return {"kind": _strings([kind]), "format": np.array([EXPORT_FORMAT, feature_version], dtype=np.int64)}


def _check_header(arrays: dict[str, np.ndarray], kind: str, feature_version: int) -> None:
    try:
        found = _unstrings(arrays["kind"])[0]
        export_format, version = (int(v) for v in arrays["format"])
    except (KeyError, IndexError, ValueError, UnicodeDecodeError) as exc:
        raise ExportError(f"the exported model has no readable header ({exc})") from None
    if found != kind:
        raise ExportError(f"the exported model holds a {found} model, not a {kind} model")
    if export_format not in READABLE_FORMATS:
        raise ExportError(
            f"the exported model is in format {export_format}; this newsfilter reads formats {', '.join(map(str, READABLE_FORMATS))}"
        )
    if version != feature_version:
        raise ExportError(f"the exported model was built for feature version {version}, this newsfilter computes {feature_version}")


# -- the segment classifier


def export_segments(classifier: Any, feature_version: int) -> dict[str, np.ndarray]:
    """The arrays of a fitted ``classifier.SegmentClassifier``. Reads its
    fitted attributes only; scikit-learn is already imported by whoever
    unpickled or fitted it."""
    features = classifier.features_
    heads = [classifier.filler_, classifier.opinion_]
    teaser = getattr(classifier, "teaser_", None)
    if teaser is not None:
        heads.append(teaser)
    coef = np.vstack([head.coef_[0] for head in heads]).T
    n_columns = int(features.n_columns_)
    words = sorted(features.vocabulary_, key=features.vocabulary_.__getitem__)
    if [features.vocabulary_[w] for w in words] != list(range(len(words))):
        raise ExportError("the vocabulary's ids are not 0 .. n - 1")
    membership = features.lexicon_matrix_.tocoo()
    arrays = {
        **_header("segments", feature_version),
        "classes": _strings([str(c) for c in classifier.classes_]),
        "vocabulary": _strings(words),
        "idf": np.asarray(features.tfidf_.idf_, dtype=np.float32),
        "lexicon_words": membership.row.astype(np.int64),
        "lexicon_columns": membership.col.astype(np.int64),
        "mean": np.asarray(features.mean_, dtype=np.float64),
        "scale": np.asarray(features.scale_, dtype=np.float64),
        "dense_weight": np.array([float(features.dense_weight)]),
        "coef_words": coef[:n_columns].astype(np.float32),
        "coef_dense": coef[n_columns:].astype(np.float64),
        "intercept": np.array([head.intercept_[0] for head in heads], dtype=np.float64),
        "context_mean": np.asarray(classifier.context_.mean_, dtype=np.float64),
        "context_scale": np.asarray(classifier.context_.scale_, dtype=np.float64),
    }
    head = classifier.context_head_
    linear_head = getattr(head, "linear", head)  # a BlendedContextHead's regression, or the head itself
    arrays["context_coef"] = np.asarray(linear_head.coef_[0], dtype=np.float64)
    arrays["context_intercept"] = np.asarray(linear_head.intercept_, dtype=np.float64)
    if linear_head is not head:
        trees = Trees.from_estimator(head.trees)
        if trees is None:
            raise ExportError("the context head's trees are not plain boosted trees")
        arrays.update(trees.arrays(CONTEXT_TREES))
        arrays["context_blend"] = np.array([float(head.blend)])
    if features.vectors_ is not None:
        arrays["vectors"] = np.asarray(features.vectors_, dtype=np.float16)
    lone = getattr(classifier, "lone_head_", None)
    if lone is not None and teaser is not None:
        arrays["lone_coef"] = np.asarray(lone.coef_[0], dtype=np.float64)
        arrays["lone_intercept"] = np.asarray(lone.intercept_, dtype=np.float64)
    tone_weight = getattr(classifier, "tone_weight_", None)
    if tone_weight is not None:
        arrays["tone_weight"] = np.array([float(tone_weight)])
    return arrays


CONTEXT_TREES = "context_trees_"
"""The prefix of the arrays of the context head's trees (segments-v8 on)."""


class SegmentScorer:
    """The segment classifier from its exported arrays: ``predict_proba``
    gives what ``SegmentClassifier.predict_proba`` gives, to float32 rounding
    of the word coefficients (a test compares them on the shipped model)."""

    def __init__(self, arrays: dict[str, np.ndarray], feature_version: int) -> None:
        _check_header(arrays, "segments", feature_version)
        try:
            self.classes_ = np.array(_unstrings(arrays["classes"]))
            words = _unstrings(arrays["vocabulary"])
            self.vocabulary = WordIndex(words)
            self.n_words = len(words)
            del words  # the index keeps hashes, not the 62,000 strings
            self.idf = arrays["idf"]
            self.coef_words = arrays["coef_words"]
            self.coef_dense = arrays["coef_dense"]
            self.intercept = arrays["intercept"]
            self.mean, self.scale = arrays["mean"], arrays["scale"]
            self.dense_weight = float(arrays["dense_weight"][0])
            self.vectors = arrays.get("vectors")
            lexicon_words, lexicon_columns = arrays["lexicon_words"], arrays["lexicon_columns"]
            coef, intercept = arrays["context_coef"], float(arrays["context_intercept"][0])
            if "context_blend" in arrays:
                trees = Trees.from_arrays(arrays, CONTEXT_TREES)
                head = blended(coef, intercept, trees.raw_scores, float(arrays["context_blend"][0]))
                context_widths = {len(coef), trees.width}
            else:
                head, context_widths = linear(coef, intercept), {len(coef)}
            self.context = (arrays["context_mean"], arrays["context_scale"], head)
            self.lone = (arrays["lone_coef"], float(arrays["lone_intercept"][0])) if "lone_coef" in arrays else None
            self.tone_weight = float(arrays["tone_weight"][0]) if "tone_weight" in arrays else None
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ExportError(f"the exported segment model is incomplete ({type(exc).__name__}: {exc})") from None
        # Lexicon membership: the few hundred vocabulary words in a lexicon, sorted, and their rows.
        self.lexicon_ids, inverse = np.unique(lexicon_words, return_inverse=True)
        self.lexicon_rows = np.zeros((len(self.lexicon_ids), len(LEXICONS)))
        self.lexicon_rows[inverse, lexicon_columns] = 1.0
        n_columns = len(self.idf)
        n_dense = len(self.mean)
        heads = len(self.intercept)
        if (
            sorted(self.classes_) != sorted(label.value for label in LABELS)
            or self.coef_words.shape != (n_columns, heads)
            or self.coef_dense.shape != (n_dense, heads)
            or heads not in (2, 3)
            or len(self.scale) != n_dense
            or n_columns <= unigram_columns(self.n_words)
            or context_widths != {len(self.context[0]), len(self.context[1])}
        ):
            raise ExportError("the exported segment model's arrays do not fit together")

    def first_logits(self, blocks: Sequence[Block]) -> np.ndarray:
        """The first-pass heads' logits, one row per block, each block read on
        its own: filler, opinion (and teaser, for models that have one)."""
        n = len(blocks)
        texts = [b.text for b in blocks]
        tokens = tokenize(texts)
        rows, cols, counts = word_counts(tokens, self.vocabulary, self.n_words)
        weighted = self.coef_words[cols] * tfidf(rows, cols, counts, self.idf, n)[:, None]
        z = np.zeros((n, weighted.shape[1]))
        for j in range(weighted.shape[1]):
            z[:, j] = np.bincount(rows, weights=weighted[:, j], minlength=n)
        single = cols < unigram_columns(self.n_words)
        rows, cols, counts = rows[single], cols[single], counts[single]
        embedded = embed(rows, cols, counts, self.vectors, n) if self.vectors is not None else None
        dense = dense_columns(blocks, texts, tokens, self._lexicon(rows, cols, counts, n), embedded)
        return z + ((dense - self.mean) / self.scale * self.dense_weight) @ self.coef_dense + self.intercept

    def predict_proba(self, X: Sequence[Block | str], lengths: Sequence[int] | None = None) -> np.ndarray:
        """Probabilities in ``classes_`` order, one row per block; ``lengths``
        as for ``SegmentClassifier.predict_proba``."""
        blocks = as_blocks(X)
        if not blocks:
            return np.zeros((0, len(self.classes_)))
        first = sigmoid(self.first_logits(blocks))
        filler, opinion = first[:, 0], first[:, 1]
        doc = document_ids(blocks, lengths)
        C = context_features(filler, opinion, blocks, doc)
        if self.lone is not None and first.shape[1] > 2:
            second = second_pass(C, self.context, self.lone, lone_short(blocks, doc), first[:, 2])
        else:
            second = second_pass(C, self.context)
        filler = sigmoid(second)
        if self.tone_weight is not None:
            opinion = document_opinion(opinion, 1.0 - filler, doc, self.tone_weight)
        return combine(filler, without_unread_opinion(opinion, blocks))

    def _lexicon(self, rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, n: int) -> np.ndarray:
        """How many words of each lexicon every text has."""
        out = np.zeros((n, len(LEXICONS)))
        if len(self.lexicon_ids) == 0:
            return out
        at = np.minimum(np.searchsorted(self.lexicon_ids, cols), len(self.lexicon_ids) - 1)
        hit = self.lexicon_ids[at] == cols
        np.add.at(out, rows[hit], self.lexicon_rows[at[hit]] * counts[hit, None])
        return out


# -- the block classifier


def export_blocks(model: BlockModel, feature_version: int) -> dict[str, np.ndarray]:
    """The arrays of a fitted ``BlockModel`` whose two passes are boosted trees.
    The first pass is exported narrowed to the tokens its trees split on
    (``BlockModel._first_pass``), as it is scored."""
    vocabulary, first = model._first_pass()
    first_trees = Trees.from_estimator(first)
    context_trees = Trees.from_estimator(model.context)
    if first_trees is None or context_trees is None:
        raise ExportError("only block models of boosted trees over plain numeric columns can be exported")
    tokens = sorted(vocabulary, key=vocabulary.__getitem__)
    if first_trees.width != n_features(vocabulary):
        raise ExportError("the first pass does not read the block features of its vocabulary")
    return {
        **_header("blocks", feature_version),
        "vocabulary": _strings(tokens),
        "threshold": np.array([float(model.threshold)]),
        **first_trees.arrays("first_"),
        **context_trees.arrays("context_"),
    }


def block_model(arrays: dict[str, np.ndarray], feature_version: int, name: str) -> BlockModel:
    """A ``BlockModel`` whose two passes are the exported ``Trees``."""
    _check_header(arrays, "blocks", feature_version)
    try:
        tokens = _unstrings(arrays["vocabulary"])
        vocabulary = {token: i for i, token in enumerate(tokens)}
        first = Trees.from_arrays(arrays, "first_")
        context = Trees.from_arrays(arrays, "context_")
        threshold = float(arrays["threshold"][0])
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise ExportError(f"the exported block model is incomplete or inconsistent ({exc})") from None
    if first.width != n_features(vocabulary):
        raise ExportError("the exported first pass does not read the block features of its vocabulary")
    return BlockModel(vocabulary=vocabulary, first=first, context=context, threshold=threshold, feature_version=feature_version, info={"name": name})
