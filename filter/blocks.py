"""The learned content-versus-boilerplate block classifier.

Each block of a page gets a row of structural and textual features: its own
(text and link density, stopword and punctuation ratios, tag, tag path,
class and id tokens, position) and those of its neighbours. A first model
scores every block; a second, the context pass, revises each score from the
first-pass scores around it, as jusText's second pass does with its rules
(a short line between two article paragraphs is usually article).

Training fits both as scikit-learn estimators, and ``BlockModel`` holds them
with the feature settings they were trained with, pickled as one object.
``clean()`` scores with the same trees exported to numpy arrays (``Trees``,
written to ``model.npz`` by ``filter.inference``), so it imports neither
scikit-learn nor SciPy.
"""

from __future__ import annotations

import copy as copy_module
import functools
import math
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .document import Block
from .patterns import (
    BOILERPLATE_TAGS,
    BOILERPLATE_TOKENS,
    CONTENT_TOKENS,
    NEAR_TOKENS,
    UNSPACED_CHARS_PER_WORD,
    UNSPACED_RANGES,
    has_call_to_action,
    is_promo_line,
    looks_like_headline,
)

from .features import remember_words
from .versions import BLOCK_FEATURE_VERSION  # the version of the features below

STOPWORDS: frozenset[str] = frozenset(
    # English
    "a about after all also an and any are as at be been but by can could did do does for from had has have he her "
    "his how i if in into is it its just more most my no not of on one or other our out over said she so some than "
    "that the their them then there these they this those to up was we were what when where which while who will "
    "with would you your "
    # German
    "aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen einer eines er "
    "es für hat hatte ich ihr im ist jetzt kann kein man mit nach nicht noch nur oder sein sich sie sind so über um "
    "und uns von vor war wie wir wird wurde zu zum zur "
    # French, Spanish, Italian
    "le la les un une des du et est dans pour pas que qui sur au avec ce il elle ne se sont plus par "
    "el los las del en y que por con para una es lo como más pero sus al "
    "il di che è e per non con si da una sono gli della nel".split()
)
"""Function words of the languages in the training pages: prose is full of
them, navigation and teasers are not."""

TAGS: tuple[str, ...] = ("p", "h", "li", "td", "div", "blockquote", "pre", "figcaption", "section", "dd", "span", "a", "line")
"""Block tags with an indicator feature; headings share ``h``, tables share ``td``."""
_TAG_INDEX = {tag: i for i, tag in enumerate(TAGS)}
_TAG_ALIASES = {"h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "th": "td", "tr": "td",
                "article": "section", "main": "section", "body": "div", "dt": "dd", "caption": "figcaption"}

PATH_MARKERS: tuple[str, ...] = ("article", "main", "section", "aside", "nav", "footer", "header", "form", "li", "table", "figure", "blockquote")
"""Ancestors whose presence in the tag path is a feature."""

OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)
"""Neighbours whose own features are copied into a block's row."""
NEIGHBOUR_COLUMNS: tuple[int, ...] = (0, 2, 3, 7, 10, 13)
"""Which own features are copied from the neighbours (see OWN_FEATURES)."""

OWN_FEATURES: tuple[str, ...] = (
    "log_words", "log_chars", "link_density", "stopword_ratio", "punct_ratio", "digit_ratio",
    "capital_ratio", "ends_sentence", "log_sentences", "mean_word_len", "promo_line",
    "call_to_action", "headline_shape", "furniture_ancestor", "boilerplate_tokens", "content_tokens",
    "hidden", "depth",
)

CONTEXT_OFFSETS: tuple[int, ...] = (-3, -2, -1, 1, 2, 3)
"""First-pass scores of these neighbours feed the context pass."""


_WORDS = re.compile(r"\w+")

QUOTES = "\"'“‘(«"
"""What may open a capitalised word before its capital."""
CAPITALS = (("A", "Z"), ("À", "Ö"), ("Ø", "Þ"), ("Ā", "Ž"))
"""The ranges of the letters that make a word count as capitalised."""
_CHAR_LIMIT = 0xFB00
"""``_text_counts`` looks code points up in a table this long; every code
point from here on (U+3000 is the last whitespace, U+FAFF the last letter of
``patterns.UNSPACED``) is none of the kinds it counts, and is read as this
last entry."""
_SPACE, _CAPITAL, _QUOTE, _UNSPACED = 8, 16, 32, 64
_LAST_SPACE = 0x3000


def _char_kinds() -> np.ndarray:
    """For every code point below ``_CHAR_LIMIT``: in the low three bits
    which of ``.,;:!?`` (1 to 6) or an ASCII digit (7) it is, and the flags
    ``_SPACE`` (``str.isspace``, which is also the regex ``\\s``),
    ``_CAPITAL``, ``_QUOTE`` and ``_UNSPACED`` (``patterns.UNSPACED``)."""
    kinds = np.zeros(_CHAR_LIMIT + 1, dtype=np.uint8)
    for i, mark in enumerate(".,;:!?"):
        kinds[ord(mark)] = i + 1
    kinds[ord("0") : ord("9") + 1] = 7
    kinds[[c for c in range(_LAST_SPACE + 1) if chr(c).isspace()]] |= _SPACE
    for first, last in CAPITALS:
        kinds[ord(first) : ord(last) + 1] |= _CAPITAL
    kinds[[ord(quote) for quote in QUOTES]] |= _QUOTE
    for first, last in UNSPACED_RANGES:
        kinds[first : last + 1] |= _UNSPACED
    return kinds


_CHAR_KINDS = _char_kinds()


def _text_counts(texts: Sequence[str]) -> np.ndarray:
    """For each text, how many periods, commas, semicolons, colons,
    exclamation and question marks, ASCII digits and capitalised words
    (a capital after a space or at the start, a quote allowed between)
    it holds: what ``str.count`` and ``len(re.findall(r"(?<!\\S)[QUOTES]?[CAPITALS]", text))``
    give; then how many words ``str.split`` finds in it and how many
    letters of unspaced scripts (``patterns.UNSPACED``) it has, the two
    parts of ``patterns.count_words``. Counted for a whole page's texts at
    once on their code points (``surrogatepass``: a lone surrogate is one
    code point, as for the regex). Seventeen passes over each block's text
    took 0.42 ms an AEB page, this 0.09; counting the words and letters
    here too costs nothing more and saves ``count_words`` on each block,
    0.22 ms a page on wcxb-dev and trafilatura-eval pages."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = _CHAR_KINDS[np.minimum(codes, _CHAR_LIMIT).astype(np.intp)]
    ends = np.cumsum(lengths)
    filled = lengths > 0
    space = (kinds & _SPACE) != 0
    after_space = np.empty(len(kinds), dtype=bool)
    after_space[1:] = space[:-1]
    after_space[(ends - lengths)[filled]] = True
    capital = (kinds & _CAPITAL) != 0
    capital_next = np.zeros(len(kinds), dtype=bool)
    capital_next[:-1] = capital[1:]
    capital_next[ends[filled] - 1] = False
    # A match covers a quote and the capital after it, or the capital
    # alone: one a word, and none starts where another ends (a quote is
    # not a space), so counting the places where one starts counts them all.
    starts_word = after_space & (capital | (((kinds & _QUOTE) != 0) & capital_next))
    # Each text's counts in nine bins: other characters, the seven of the
    # low bits, capitalised words (their first character is of kind 0).
    kind = (kinds & 7) | (starts_word.view(np.uint8) << 3)
    owner = np.repeat(np.arange(n), lengths)
    counts = np.empty((n, 10), dtype=np.int64)
    counts[:, :8] = np.bincount(9 * owner + kind, minlength=9 * n).reshape(n, 9)[:, 1:]
    # A word of ``str.split`` starts at every character that is no space after a space or the start.
    counts[:, 8] = np.bincount(owner[after_space & ~space], minlength=n)
    counts[:, 9] = np.bincount(owner[(kinds & _UNSPACED) != 0], minlength=n)
    return counts


def _char_counts(texts: Sequence[str]) -> list[list[int]]:
    """The first eight counts of ``_text_counts``, as lists."""
    return _text_counts(texts)[:, :8].tolist()


_SENTENCE_ENDS = ".!?\"”’:)"


def _own_columns(
    blocks: Sequence[Block],
    texts: list[str],
    paths: list[tuple[float, float, tuple[float, ...]]],
    named: list[tuple[list[int], int, int]],
    own: np.ndarray,
    found_words: dict[str, list[str]] | None = None,
) -> None:
    """Writes the own features (``OWN_FEATURES``) of every block of a page
    into ``own``, a column at a time: the counts from ``_text_counts``, the
    patterns and string methods mapped over the page's texts, and the
    blocks' ``_path_features`` (``paths``) and token counts (the last two of
    each of ``named``). A row of 18 numbers built in Python for each block
    made ``page_features`` take 3.9 instead of 3.2 ms a page on 500 wcxb-dev
    and trafilatura-eval pages. The numbers are the same: a logarithm is
    ``math.log1p`` of the same integer, a ratio the division of the same
    two integers."""
    counts = _text_counts(texts)
    periods, commas, semicolons, colons, bangs, questions, digits, capitals, split, unspaced = counts.T
    n_words = split + unspaced // UNSPACED_CHARS_PER_WORD
    n_chars = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    sentences = periods + bangs + questions
    punct = sentences + commas + semicolons + colons
    words = list(map(_WORDS.findall, map(str.lower, texts)))
    if found_words is not None:
        found_words.update(zip(texts, words))
    n_tokens = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    stop = np.fromiter((sum(map(STOPWORDS.__contains__, w)) for w in words), dtype=np.int64, count=len(words))
    word_list = n_words.tolist()

    def ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
        return np.divide(numerator, denominator, out=np.zeros(len(denominator)), where=denominator > 0)

    own[:, 0] = list(map(math.log1p, word_list))
    own[:, 1] = list(map(math.log1p, n_chars.tolist()))
    own[:, 2] = [b.link_density for b in blocks]
    own[:, 3] = ratio(stop, n_tokens)
    own[:, 4] = ratio(punct, n_chars)
    own[:, 5] = ratio(digits, n_chars)
    own[:, 6] = ratio(capitals, n_words)
    own[:, 7] = [t[-1:] in _SENTENCE_ENDS for t in texts]
    own[:, 8] = list(map(math.log1p, sentences.tolist()))
    own[:, 9] = ratio(n_chars - n_words + 1, n_words)
    own[:, 10] = list(map(is_promo_line, texts))
    own[:, 11] = [w < 60 and has_call_to_action(t) for w, t in zip(word_list, texts)]
    own[:, 12] = list(map(looks_like_headline, texts))
    own[:, 13] = [furniture for _, furniture, _ in paths]
    own[:, 14:16] = [counts for _, *counts in named]
    own[:, 16] = [b.drop is not None and "hidden" in b.drop for b in blocks]
    own[:, 17] = [depth for depth, _, _ in paths]


@functools.lru_cache(maxsize=1 << 10)
def _path_features(path: str) -> tuple[float, float, tuple[float, ...]]:
    """Depth, furniture ancestor and PATH_MARKERS indicators of a tag path.
    Cached: the blocks of a page share a few dozen paths."""
    tags = path.split(">")
    present = set(tags)
    markers = tuple(float(marker in present) for marker in PATH_MARKERS)
    return len(tags) / 12.0, float(not BOILERPLATE_TAGS.isdisjoint(present)), markers


def _tag_column(tag: str) -> int:
    """Which of the TAGS indicators a block tag sets."""
    return _TAG_INDEX.get(_TAG_ALIASES.get(tag, tag), _TAG_INDEX["div"])


def _parent(path: str) -> str:
    cut = path.rfind(">")
    return path[:cut] if cut >= 0 else ""


def page_features(
    blocks: Sequence[Block], vocabulary: dict[str, int], found_words: dict[str, list[str]] | None = None
) -> np.ndarray:
    """The feature matrix of one page's blocks, one row per block. Each
    block's lower-cased ``\\w+`` words are added to ``found_words`` when it
    is given (``features.remember_words``).

    Every group of columns is written into the one matrix made up front,
    the indicators by index arrays, and the token columns of each distinct
    tuple of near tokens are looked up once (an AEB page of 163 blocks has
    44): building a row of indicators in Python per block, then stacking
    the groups, took 2.63 instead of 2.47 ms a page on AEB pages."""
    n = len(blocks)
    out = np.zeros((n, n_features(vocabulary)))
    if n == 0:
        return out
    rows = np.arange(n)
    texts = [b.text for b in blocks]
    paths = list(map(_path_features, [b.path for b in blocks]))
    found: dict[tuple[str, ...], tuple[list[int], int, int]] = {}
    named: list[tuple[list[int], int, int]] = []  # each block's token columns and its two token counts
    for block in blocks:
        near = block.tokens[:NEAR_TOKENS]
        tokens = found.get(near)
        if tokens is None:
            tokens = found[near] = (
                [j for j in map(vocabulary.get, near) if j is not None],
                sum(map(BOILERPLATE_TOKENS.__contains__, near)),
                sum(map(CONTENT_TOKENS.__contains__, near)),
            )
        named.append(tokens)
    column = len(OWN_FEATURES)
    own = out[:, :column]
    _own_columns(blocks, texts, paths, named, own, found_words)

    out[rows, column + np.asarray([_tag_column(b.tag) for b in blocks], dtype=np.int64)] = 1.0
    column += len(TAGS)
    out[:, column : column + len(PATH_MARKERS)] = [markers for _, _, markers in paths]
    column += len(PATH_MARKERS)

    token_rows: list[int] = []
    token_columns: list[int] = []
    for i, (columns, _, _) in enumerate(named):
        token_rows.extend([i] * len(columns))
        token_columns.extend(columns)
    out[np.asarray(token_rows, dtype=np.int64), column + np.asarray(token_columns, dtype=np.int64)] = 1.0
    column += len(vocabulary)

    chars = np.fromiter(map(len, texts), dtype=np.float64, count=n)
    total = chars.sum() or 1.0
    before = np.cumsum(chars) - chars
    # How much prose shares this block's container: article paragraphs sit
    # together under one parent, boilerplate is scattered.
    prose = chars * (own[:, 2] < 0.3) * (own[:, 0] > np.log1p(10))
    by_parent: dict[str, float] = {}
    parents = [_parent(b.path) for b in blocks]
    for parent, amount in zip(parents, prose.tolist()):
        by_parent[parent] = by_parent.get(parent, 0.0) + amount
    best = max(by_parent.values()) or 1.0
    longest = parents[int(np.argmax(chars))]
    page = out[:, column : column + 7]
    page[:, 0] = np.arange(n, dtype=np.float64) / max(1, n - 1)
    page[:, 1] = before / total
    page[:, 2] = chars / chars.max()
    page[:, 3] = [by_parent[p] / best for p in parents]
    page[:, 4] = [float(p == longest) for p in parents]
    page[:, 5] = np.log1p(n)
    page[:, 6] = np.log1p(total)
    column += 7

    selected = own[:, NEIGHBOUR_COLUMNS]
    for offset in OFFSETS:
        neighbour = out[:, column : column + len(NEIGHBOUR_COLUMNS) + 1]
        if offset < 0:
            neighbour[-offset:, :-1] = selected[:offset]
            neighbour[-offset:, -1] = 1.0
        else:
            neighbour[:-offset, :-1] = selected[offset:]
            neighbour[:-offset, -1] = 1.0
        column += len(NEIGHBOUR_COLUMNS) + 1
    for c in (0, 2, 3):
        out[:, column] = _moving_mean(own[:, c], 7)
        column += 1
    return out


def _moving_mean(values: np.ndarray, width: int) -> np.ndarray:
    """The mean over a centred window, zero-padded at the ends, for any length."""
    half = width // 2
    return np.convolve(values, np.ones(width) / width, mode="full")[half : half + len(values)]


def n_features(vocabulary: dict[str, int]) -> int:
    per_neighbour = len(NEIGHBOUR_COLUMNS) + 1
    return len(OWN_FEATURES) + len(TAGS) + len(PATH_MARKERS) + len(vocabulary) + 7 + len(OFFSETS) * per_neighbour + 3


def context_features(first: np.ndarray, features: np.ndarray) -> np.ndarray:
    """Rows for the context pass: a block's first-pass score, the scores
    around it, and a few of its own features."""
    n = len(first)
    columns = [first]
    for offset in CONTEXT_OFFSETS:
        shifted = np.full(n, -1.0)
        if offset < 0:
            shifted[-offset:] = first[:offset]
        else:
            shifted[:-offset] = first[offset:]
        columns.append(shifted)
    for width in (5, 11):
        columns.append(_moving_mean(first, width))
    columns.append(np.full(n, first.mean() if n else 0.0))
    columns.append(np.full(n, (first > 0.5).mean() if n else 0.0))
    return np.column_stack(columns + [features[:, : len(OWN_FEATURES)]])


TREE_CHUNK_BYTES = 1 << 20
"""``Trees`` walks as many rows at a time as keep those rows and their
(row, tree) pairs' temporaries (``WALK_BYTES_PER_PAIR`` each) within about
this much, however long the page: within the 2 MiB L2 cache a core had
where this was measured. Against a fixed 65,536 pairs a chunk, the first
pass (469 columns, 150 trees: 107 rows a chunk) took 1.67 instead of 1.95
ms a page on AEB pages and 2.81 instead of 3.61 on wcxb-dev's; the context
pass (29 columns, 100 trees: 247 rows) 0.44 as before on AEB, 0.72
instead of 0.84 on wcxb-dev."""
WALK_BYTES_PER_PAIR = 40
"""About five numbers of 8 bytes live per (row, tree) pair during a walk."""


@dataclass(frozen=True, eq=False)
class Trees:
    """Boosted trees as flat numpy arrays, walked without scikit-learn.

    Every node of every tree is one entry of the arrays; children are indices
    into them, and a leaf is its own left and right child, so that a walk
    that reaches it stays there. ``raw_scores`` moves (row, tree) pairs one
    level down per step (see ``_walk``) until every one is at a leaf
    (``depth`` steps at most), with scikit-learn's rule at each split: a
    missing value goes the way ``missing_left`` says, any other to the left
    when it is at most the threshold. The numbers are scikit-learn's to
    rounding (the leaf values are added in another order); a test compares
    them.
    """

    left: np.ndarray
    right: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    missing_left: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    depth: int
    baseline: float
    width: int
    walk_levels: int

    @classmethod
    def from_estimator(cls, estimator: object) -> Trees | None:
        """The trees of a fitted binary ``HistGradientBoostingClassifier`` over
        plain numeric columns, or None for any other model. Reads
        scikit-learn internals (``_predictors``), of the one minor version
        the model was trained with; used only when exporting a model."""
        if not _plain_trees(estimator) or getattr(estimator, "n_trees_per_iteration_", None) != 1:
            return None
        try:
            nodes = [tree.nodes for (tree,) in estimator._predictors]  # type: ignore[attr-defined]
            baseline = float(np.asarray(estimator._baseline_prediction, dtype=np.float64).reshape(-1)[0])  # type: ignore[attr-defined]
            width = int(estimator.n_features_in_)  # type: ignore[attr-defined]
        except (AttributeError, TypeError, ValueError):
            return None
        sizes = np.array([len(n) for n in nodes], dtype=np.int64)
        roots = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        flat = np.concatenate(nodes)
        shift = np.repeat(roots, sizes)
        leaf = flat["is_leaf"].astype(bool)
        counts = flat["count"][leaf].astype(np.float64)
        depths = flat["depth"][leaf].astype(np.float64)
        typical = float(np.average(depths, weights=counts)) if counts.sum() > 0 else float(depths.mean())
        own = np.arange(len(flat), dtype=np.int64)
        left = np.where(leaf, own, flat["left"].astype(np.int64) + shift)
        right = np.where(leaf, own, flat["right"].astype(np.int64) + shift)
        return cls(
            left=left,
            right=right,
            feature=np.where(leaf, 0, flat["feature_idx"]).astype(np.int64),
            threshold=flat["num_threshold"].astype(np.float64),
            missing_left=flat["missing_go_to_left"].astype(bool),
            value=flat["value"].astype(np.float64),
            roots=roots,
            depth=int(flat["depth"].max()),
            baseline=baseline,
            width=width,
            walk_levels=round(typical) + 1,
        )

    def raw_scores(self, X: np.ndarray) -> np.ndarray:
        """The baseline plus every tree's leaf value, for each row of ``X``."""
        X = np.ascontiguousarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.width:
            raise ValueError(f"expected rows of {self.width} features, got an array of shape {X.shape}")
        n_trees = len(self.roots)
        step = max(1, TREE_CHUNK_BYTES // (X.itemsize * self.width + WALK_BYTES_PER_PAIR * n_trees))
        out = np.empty(len(X))
        for start in range(0, len(X), step):
            out[start : start + step] = self._walk(X[start : start + step])
        return out

    def __post_init__(self) -> None:
        # Derived once. A walk holds each pair's node as its slot ``2 * node``,
        # so that a step is one gather at ``slot + went_left``: the children's
        # slots side by side (right, left), and every per-node array stored at
        # both of a node's slots.
        object.__setattr__(self, "_children", 2 * np.stack([self.right, self.left], axis=1).reshape(-1))
        leaf = self.left == np.arange(len(self.left))
        for name, values in (("_feature", self.feature), ("_threshold", self.threshold),
                             ("_missing_left", self.missing_left), ("_leaf", leaf), ("_value", self.value)):
            object.__setattr__(self, name, np.repeat(values, 2))

    def _walk(self, X: np.ndarray) -> np.ndarray:
        """All (row, tree) pairs one level down per step, for ``walk_levels``
        steps (one more than the depth of the typical leaf, weighted by the
        training rows that reached it); then only the pairs not yet at a
        leaf walk on, and every few steps those that reached one are set
        aside. blocks-v4's first pass is 26 levels deep, but the typical
        leaf is 10.5 levels down: walking every pair to the deepest level
        took 3.2 ms a page on AEB pages, this way 1.9 ms (scikit-learn's
        compiled walk: 1.7 ms). Numbers as ``np.int64``: ``np.int32``
        indices ran slower, numpy converting them on every gather.

        A step gathers with ``np.take`` into arrays made once per walk, and
        on slots rather than nodes (see ``__post_init__``), which saves a
        multiplication and most allocations: the first pass took 1.64
        instead of 1.72 ms a page on AEB pages and 2.57 instead of 2.87 on
        wcxb-dev's, the context pass 0.43 instead of 0.45 and 0.66 instead
        of 0.74. It calls the arrays' own ``take``, which ``np.take``
        wraps in two Python calls, on views of those arrays cut once a step:
        the first pass took 2.36 instead of 2.70 ms a page and the context
        pass 0.61 instead of 0.67 on 500 wcxb-dev and trafilatura-eval
        pages. ``mode="wrap"`` never wraps (every index is in range), but
        with ``out`` numpy's default mode first gathers into a copy, which
        ran slower still."""
        n, width = X.shape
        n_trees = len(self.roots)
        flat = X.ravel()
        offsets = np.repeat(np.arange(n, dtype=np.int64) * width, n_trees)
        slot = np.tile(2 * self.roots, n)
        missing = bool(np.isnan(flat).any())
        children, feature, thresholds, leaf = self._children, self._feature, self._threshold, self._leaf  # type: ignore[attr-defined]
        index, x, threshold = np.empty(len(slot), dtype=np.int64), np.empty(len(slot)), np.empty(len(slot))
        went_left = np.empty(len(slot), dtype=bool)

        def step(slot: np.ndarray, offsets: np.ndarray) -> np.ndarray:
            """``slot`` one level down, in place."""
            k = len(slot)
            at, value, limit, left = index[:k], x[:k], threshold[:k], went_left[:k]
            feature.take(slot, out=at, mode="wrap")
            np.add(at, offsets, out=at)
            flat.take(at, out=value, mode="wrap")
            thresholds.take(slot, out=limit, mode="wrap")
            np.less_equal(value, limit, out=left)
            if missing:
                np.copyto(left, self._missing_left[slot], where=np.isnan(value))  # type: ignore[attr-defined]
            np.add(slot, left, out=at)
            return children.take(at, out=slot, mode="wrap")

        for _ in range(min(self.walk_levels, self.depth)):
            step(slot, offsets)
        prune_every = max(2, self.walk_levels // 3)
        if self.depth > self.walk_levels:
            active = np.flatnonzero(~leaf[slot])
            walking, walking_offsets = slot[active], offsets[active]
            for level in range(self.depth - self.walk_levels):
                if not walking.size:
                    break
                step(walking, walking_offsets)
                if level % prune_every == prune_every - 1:
                    going = ~leaf[walking]
                    slot[active[~going]] = walking[~going]
                    active, walking, walking_offsets = active[going], walking[going], walking_offsets[going]
            slot[active] = walking
        return self.baseline + self._value[slot].reshape(n, n_trees).sum(axis=1)  # type: ignore[attr-defined]

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays to store, each name prefixed (see ``from_arrays``)."""
        return {
            f"{prefix}left": self.left, f"{prefix}right": self.right, f"{prefix}feature": self.feature,
            f"{prefix}threshold": self.threshold, f"{prefix}missing_left": self.missing_left,
            f"{prefix}value": self.value, f"{prefix}roots": self.roots,
            f"{prefix}shape": np.array([self.depth, self.width, self.walk_levels], dtype=np.int64),
            f"{prefix}baseline": np.array([self.baseline]),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> Trees:
        depth, width, walk_levels = (int(v) for v in arrays[f"{prefix}shape"])
        trees = cls(
            left=arrays[f"{prefix}left"].astype(np.int64), right=arrays[f"{prefix}right"].astype(np.int64),
            feature=arrays[f"{prefix}feature"].astype(np.int64), threshold=arrays[f"{prefix}threshold"].astype(np.float64),
            missing_left=arrays[f"{prefix}missing_left"].astype(bool), value=arrays[f"{prefix}value"].astype(np.float64),
            roots=arrays[f"{prefix}roots"].astype(np.int64), depth=depth, baseline=float(arrays[f"{prefix}baseline"][0]), width=width,
            walk_levels=walk_levels,
        )
        size = len(trees.left)
        same = all(len(a) == size for a in (trees.right, trees.feature, trees.threshold, trees.missing_left, trees.value))
        inside = size > 0 and all(0 <= int(a.min()) and int(a.max()) < size for a in (trees.left, trees.right, trees.roots))
        if not (same and inside and 0 <= int(trees.feature.min()) and int(trees.feature.max()) < width and depth >= 0 and walk_levels >= 1):
            raise ValueError(f"the {prefix.rstrip('_')} trees' arrays do not fit together")
        return trees


def content_proba(estimator: object, X: np.ndarray) -> np.ndarray:
    """``estimator.predict_proba(X)[:, 1]``, on one thread.

    A fitted ``HistGradientBoostingClassifier`` predicts with as many OpenMP
    threads as there are cores, and their barriers spin. For the few hundred
    rows of a page that buys nothing, and when several processes clean at once
    (a multiprocessing pool, several web workers) the spinning threads starve
    each other: ``benchmarks/fuzz.py --jobs 2`` ran 40 times slower (542 s
    against 13 s for 2,000 examples on 2 cores).

    So the trees are walked here, one thread, by scikit-learn's own compiled
    routine (``_raw_scores``), which also skips the work scikit-learn repeats
    for every tree of every call: its fixed cost falls from 5 to 3 µs a tree,
    of which a page has 250. These are private parts of scikit-learn: other
    estimators and versions fall back to ``_raw_predict(n_threads=1)`` and
    then to ``predict_proba`` (the loader accepts only the scikit-learn minor
    version the model was trained with, and tests check all three agree).
    """
    if isinstance(estimator, Trees):
        return 1.0 / (1.0 + np.exp(-estimator.raw_scores(X)))
    loss = getattr(estimator, "_loss", None)
    raw = _raw_scores(estimator, X)
    if raw is not None and loss is not None:
        return loss.predict_proba(raw)[:, 1]
    raw_predict = getattr(estimator, "_raw_predict", None)
    if raw_predict is not None and loss is not None:
        try:
            return loss.predict_proba(raw_predict(X, n_threads=1))[:, 1]
        except TypeError:  # another signature: use the public method
            pass
    return estimator.predict_proba(X)[:, 1]  # type: ignore[attr-defined]


def _plain_trees(estimator: object) -> bool:
    """Whether ``estimator`` is boosted trees over plain numeric columns, in
    the order it was fitted on: no categorical features, no preprocessing,
    no column names. Only those can be walked (``_raw_scores``) or
    renumbered (``narrowed``) here."""
    return (
        bool(getattr(estimator, "_predictors", None))
        and getattr(estimator, "is_categorical_", None) is None
        and getattr(estimator, "_preprocessor", None) is None
        and not hasattr(estimator, "feature_names_in_")
    )


@functools.cache
def _tree_routine() -> object | None:
    """scikit-learn's compiled walk of one tree over rows of raw features."""
    try:
        from sklearn.ensemble._hist_gradient_boosting._predictor import _predict_from_raw_data
    except ImportError:
        return None
    return _predict_from_raw_data


@dataclass(frozen=True)
class _Trees:
    """What walking a fitted model's trees needs, gathered once per model."""

    trees: tuple[tuple[np.ndarray, np.ndarray], ...]  # (nodes, raw_left_cat_bitsets) in boosting order
    known_categories: np.ndarray
    feature_map: np.ndarray
    baseline: float
    width: int


_TREES: "weakref.WeakKeyDictionary[object, _Trees | None]" = weakref.WeakKeyDictionary()


def _trees_of(estimator: object) -> _Trees | None:
    try:
        return _TREES[estimator]
    except (KeyError, TypeError):
        pass
    trees: _Trees | None = None
    try:
        if _plain_trees(estimator) and getattr(estimator, "n_trees_per_iteration_", None) == 1:
            known, feature_map = estimator._bin_mapper.make_known_categories_bitsets()  # type: ignore[attr-defined]
            baseline = np.asarray(estimator._baseline_prediction, dtype=np.float64)  # type: ignore[attr-defined]
            trees = _Trees(
                trees=tuple((t.nodes, t.raw_left_cat_bitsets) for (t,) in estimator._predictors),  # type: ignore[attr-defined]
                known_categories=known,
                feature_map=feature_map,
                baseline=float(baseline.reshape(-1)[0]),
                width=int(estimator.n_features_in_),  # type: ignore[attr-defined]
            )
    except (AttributeError, TypeError, ValueError):
        trees = None
    try:
        _TREES[estimator] = trees
    except TypeError:  # not weakly referable: gathered again next time
        pass
    return trees


def _raw_scores(estimator: object, X: np.ndarray) -> np.ndarray | None:
    """The boosted trees' raw score of each row (the baseline plus every
    tree's leaf value, added in scikit-learn's order, so the numbers are its
    own), or None when ``estimator`` is not a model this can walk."""
    routine = _tree_routine()
    trees = _trees_of(estimator) if routine is not None else None
    if trees is None or X.ndim != 2 or X.shape[1] != trees.width:
        return None
    X = np.ascontiguousarray(X, dtype=np.float64)
    raw = np.full(len(X), trees.baseline)
    out = np.empty(len(X))
    for nodes, left_categories in trees.trees:
        routine(nodes, X, left_categories, trees.known_categories, trees.feature_map, 1, out)  # type: ignore[operator]
        raw += out
    return raw


def narrowed(estimator: object, keep: np.ndarray) -> object | None:
    """A copy of a fitted ``HistGradientBoostingClassifier`` that reads only
    the columns ``keep`` (old column ``keep[i]`` is new column ``i``), or None
    when ``estimator`` is not one whose trees can be rewritten so.

    The trees split on a few hundred of the block model's 1,363 columns (most
    are class and id tokens), and predicting on rows of the columns they read
    is faster because a row then fits in a few cache lines: 2.9 ms instead of
    4.3 ms a page for the first pass on wcxb pages. The copy's node arrays
    are the original's with each split's column renumbered, so it gives the
    same numbers (a test compares them). Like ``content_proba`` this reads
    scikit-learn internals, of the one minor version the loader accepts.
    """
    if not _plain_trees(estimator):
        return None
    predictors = estimator._predictors  # type: ignore[attr-defined]
    try:
        width = int(estimator.n_features_in_)  # type: ignore[attr-defined]
        position = np.full(width, -1, dtype=np.int64)
        position[keep] = np.arange(len(keep))
        copy = copy_module.copy(estimator)
        copy._predictors = []  # type: ignore[attr-defined]
        for trees in predictors:
            rewritten = []
            for tree in trees:
                nodes = tree.nodes.copy()
                split = nodes["is_leaf"] == 0
                columns = position[nodes["feature_idx"][split]]
                if (columns < 0).any():
                    return None
                nodes["feature_idx"][split] = columns
                twin = copy_module.copy(tree)
                twin.nodes = nodes
                rewritten.append(twin)
            copy._predictors.append(rewritten)  # type: ignore[attr-defined]
        copy.n_features_in_ = len(keep)  # type: ignore[attr-defined]
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):
        return None
    return copy


def split_columns(estimator: object) -> np.ndarray | None:
    """The columns a fitted boosted-trees model splits on, sorted, or None."""
    try:
        used = {
            int(column)
            for trees in estimator._predictors  # type: ignore[attr-defined]
            for tree in trees
            for column in tree.nodes["feature_idx"][tree.nodes["is_leaf"] == 0]
        }
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return np.array(sorted(used), dtype=np.int64)


@dataclass
class BlockModel:
    """The two passes and the token vocabulary they were trained with.

    ``first`` and ``context`` are fitted scikit-learn classifiers whose
    ``predict_proba[:, 1]`` is the probability that a block is content.
    """

    vocabulary: dict[str, int]
    first: object
    context: object
    threshold: float = 0.5
    feature_version: int = BLOCK_FEATURE_VERSION
    info: dict[str, object] = field(default_factory=dict)

    def _first_pass(self) -> tuple[dict[str, int], object]:
        """The vocabulary and first-pass model to score with: when the first
        pass is boosted trees, only the tokens its trees split on are turned
        into columns and the trees are renumbered to match (``narrowed``);
        made once per loaded model, and not pickled."""
        cached = self.__dict__.get("_first_cache")
        if cached is not None:
            return cached
        cached = (self.vocabulary, self.first)
        used = split_columns(self.first)
        width = n_features(self.vocabulary)
        if used is not None and getattr(self.first, "n_features_in_", None) == width:
            start = len(OWN_FEATURES) + len(TAGS) + len(PATH_MARKERS)
            stop = start + len(self.vocabulary)
            tokens = used[(used >= start) & (used < stop)] - start
            by_index = {j: token for token, j in self.vocabulary.items()}
            vocabulary = {by_index[int(j)]: i for i, j in enumerate(tokens)}
            # New layout: the columns before the tokens, the kept tokens, the columns after.
            keep = np.concatenate([np.arange(start), start + tokens, np.arange(stop, width)])
            first = narrowed(self.first, keep)
            if first is not None:
                cached = (vocabulary, first)
        self.__dict__["_first_cache"] = cached
        return cached

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state.pop("_first_cache", None)
        return state

    def content_probability(self, pages: Sequence[Sequence[Block]]) -> list[np.ndarray]:
        """For each page, the probability that each of its blocks is content.

        All pages are scored in one batch per pass."""
        sizes = [len(blocks) for blocks in pages]
        if sum(sizes) == 0:
            return [np.zeros(0) for _ in pages]
        vocabulary, first_model = self._first_pass()
        found_words: dict[str, list[str]] = {}
        features = [page_features(blocks, vocabulary, found_words) for blocks in pages]
        remember_words(found_words)  # the segment classifier's tokenize reads them
        filled = [f for f in features if len(f)]
        # One page (``clean``) is scored as it is: stacking copied its 470
        # columns, 0.11 ms a page on wcxb-dev and trafilatura-eval pages.
        stacked = filled[0] if len(filled) == 1 else np.vstack(filled)
        first = content_proba(first_model, stacked)
        rows, offset = [], 0
        for f in features:
            rows.append(context_features(first[offset : offset + len(f)], f) if len(f) else None)
            offset += len(f)
        context = content_proba(self.context, np.vstack([r for r in rows if r is not None]))
        out, offset = [], 0
        for size in sizes:
            out.append(context[offset : offset + size])
            offset += size
        return out
