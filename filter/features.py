"""Features of segments for the news / opinion / filler classifier, in
plain numpy.

Training (the scikit-learn transformer ``classifier.SegmentFeatures``) and
scoring (``inference.SegmentScorer``, which ``clean()`` uses) both compute
their features with the functions here, so the two cannot drift apart; this
module imports neither scikit-learn nor SciPy. Inputs are sequences of
``Block``; plain strings are accepted too and read as lines of plain text.

Features are computed for a whole batch at once: one pass of a
fixed-vocabulary counter that also hashes unknown words and word pairs
(``word_counts``), whose counts feed the TF-IDF columns, the lexicon
features and the static embedding, and one short loop of ``str`` methods for
the character cues; the context pass is plain numpy over all documents at once.
"""

from __future__ import annotations

import math
import operator
import re
import zlib
from collections.abc import Callable, Sequence
from itertools import chain

import numpy as np

from .document import Block
from .patterns import count_words, has_call_to_action, is_promo_rule, is_promo_rule_header, looks_like_headline
from .segment import HEADING_TAGS, text_block
from .versions import FEATURE_VERSION  # re-exported: the version of the features below

__all__ = [
    "FEATURE_VERSION", "TEASER_MAX_WORDS", "WordIndex", "as_blocks", "blended", "combine", "context_features", "dense_columns", "document_ids",
    "embed", "linear", "logit", "lone_short", "second_pass", "sigmoid", "tfidf", "unigram_columns", "without_unread_opinion",
    "word_counts", "word_hashes",
]

LEXICONS: dict[str, tuple[str, ...]] = {
    "first_singular": ("i", "me", "my", "mine", "myself"),
    "first_plural": ("we", "us", "our", "ours", "ourselves"),
    "second_person": ("you", "your", "yours", "yourself", "yourselves"),
    "modal": ("should", "must", "ought", "need", "needs", "shouldn", "mustn", "cannot"),
    "hedge": (
        "perhaps", "maybe", "probably", "arguably", "seems", "seem", "apparently", "likely", "might", "possibly",
        "suppose", "guess", "think", "believe", "feel", "doubt", "surely", "clearly", "obviously", "certainly",
        "undoubtedly", "indeed",
    ),
    "intensifier": (
        "very", "extremely", "really", "so", "too", "totally", "absolutely", "utterly", "incredibly", "truly",
        "deeply", "hugely", "completely", "entirely", "simply", "just", "even", "quite", "rather", "remarkably",
        "especially", "particularly", "enormously", "terribly", "awfully", "highly",
    ),
    "evaluative": (
        "good", "bad", "great", "terrible", "awful", "horrible", "ridiculous", "absurd", "shameful", "disgraceful",
        "brilliant", "stupid", "foolish", "wise", "wrong", "best", "worst", "better", "worse", "outrageous",
        "shocking", "disastrous", "pathetic", "insane", "crazy", "amazing", "wonderful", "excellent", "fantastic",
        "dangerous", "reckless", "irresponsible", "hypocritical", "hypocrisy", "lies", "liar", "corrupt", "failed",
        "failure", "nonsense", "sad", "tragic", "unfortunately", "fortunately", "sadly", "hopefully", "ironically",
        "naturally", "unfair", "crucial", "essential", "remarkable", "extraordinary", "silly", "laughable",
        "bizarre", "radical", "extreme", "evil", "mere", "merely", "nominally", "supposedly", "elites", "woke",
        "regime", "propaganda", "puppet", "proxy", "sham",
    ),
    "attribution": (
        "said", "says", "told", "according", "stated", "added", "noted", "claimed", "argued", "reported",
        "announced", "explained", "wrote", "asked", "insisted", "warned", "denied", "confirmed", "tweeted",
        "statement", "spokesman", "spokeswoman", "spokesperson", "testified", "acknowledged", "replied",
    ),
    "negation": ("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "t"),
    "time_number": (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "yesterday", "today", "tomorrow", "week", "month", "year", "years", "percent", "million", "billion",
    ),
    "teaser": (
        "this", "these", "here", "why", "what", "how", "things", "reasons", "ways", "everyone", "literally",
        "actually", "omg", "wow", "quiz", "photos", "pics", "know", "everything", "you'll", "will",
    ),
    "promo": (
        "subscribe", "newsletter", "sign", "click", "follow", "share", "download", "app", "advertisement",
        "sponsored", "related", "read", "more", "also", "comments", "comment", "login", "log", "cookie",
        "cookies", "privacy", "policy", "terms", "copyright", "rights", "reserved", "menu", "home", "search",
        "contact", "facebook", "twitter", "instagram", "whatsapp", "email", "print", "donate", "support",
        "recommended", "popular", "trending", "watch", "video", "listen", "podcast",
    ),
}
"""Word lists that carry subjectivity (person, modality, hedges, intensifiers,
evaluation), reporting (attribution, dates and numbers) and promo signals.
Words are matched as lower-cased ``\\w+`` tokens."""

LEXICON_SCALE = 10.0
"""Lexicon counts are per word and times this, so one hit in a ten-word
sentence is 1.0; capped at LEXICON_CAP."""
LEXICON_CAP = 3.0

QUOTE_CHARS = ('"', "“", "”", "«", "»", "„")
DASH_CHARS = ("—", "–", " - ")

SHAPE_NAMES: tuple[str, ...] = tuple(LEXICONS) + (
    "log_words", "mean_word_len", "quote", "quote_attribution", "digit_share", "capital_share", "title_case",
    "all_caps", "exclaim", "question", "ends_period", "ends_alnum", "ends_colon", "starts_digit", "colon_inside",
    "paren", "dash", "promo_line", "promo_header", "call_to_action", "headline_shape",
)
"""The hand features of a segment's text, in column order."""

BLOCK_NAMES: tuple[str, ...] = (
    "heading", "list_item", "link", "link_density", "segmenter_drop", "plain_text_promo",
)
"""Features of the block as the segmenter found it. Whether a block is a
line of plain text or an HTML element is deliberately not one of them
(feature version 3): the labelled sentences arrive as lines and the page
blocks as elements, so a model that saw it learned the source, and a
sentence's opinion hung on whether it came as text or as HTML."""


def as_blocks(items: Sequence[Block | str]) -> list[Block]:
    """Blocks as given; a string is a line of plain text (``segment.text_block``),
    as ``clean`` sees a sentence passed on its own."""
    return [item if isinstance(item, Block) else text_block(str(item)) for item in items]


_CAPITAL_WORD = re.compile(r"(?<!\w)[A-Z]")
_DIGIT_WORD = re.compile(r"(?<!\w)\d")
_WORD_START = re.compile(r"(?<!\w)[A-Z\d]")
"""``_CAPITAL_WORD`` and ``_DIGIT_WORD`` in one pass: the two never match the
same character, so its matches are theirs together (``word_starts``)."""
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
PATTERN_MAX_CHARS = 200
"""Promo, call-to-action and headline patterns are only tried on blocks this
short: longer ones are never a promo line or a headline."""


def word_starts(text: str) -> tuple[int, int]:
    """How many words start with an ASCII capital (``_CAPITAL_WORD``) and
    how many with a digit (``_DIGIT_WORD``), from one scan of the text
    instead of one per pattern: 0.19 -> 0.11 ms a page on the blocks the
    segment classifier scores on AEB."""
    found = _WORD_START.findall(text)
    capitals = sum(map(_ASCII_CAPITALS.__contains__, found))
    return capitals, len(found) - capitals


def char_shape(texts: list[str]) -> np.ndarray:
    """The columns of SHAPE_NAMES after the lexicons, for whitespace-normalised
    texts (``quote_attribution`` is completed from the lexicon counts).

    Computed a column at a time, each a string method or a pattern mapped
    over all the texts: a row of 21 numbers built in Python for each text
    took 0.74 instead of 0.63 ms a page (the blocks the segment classifier
    scores on 500 wcxb-dev and trafilatura-eval pages). Ratios divide the
    same integers as the rows did, so the numbers are the same."""
    n = len(texts)
    out = np.zeros((n, len(SHAPE_NAMES) - len(LEXICONS)))
    if n == 0:
        return out

    def counted(part: str) -> np.ndarray:
        return np.fromiter(map(operator.methodcaller("count", part), texts), dtype=np.int64, count=n)

    stripped = list(map(str.rstrip, texts))
    last = [text[-1:] for text in stripped]
    words = np.where(np.fromiter(map(bool, stripped), dtype=bool, count=n), counted(" ") + 1, 0)
    denom = np.maximum(words, 1)
    capitals, digits = np.array(list(map(word_starts, texts)), dtype=np.int64).reshape(n, 2).T
    quotes = sum(map(counted, QUOTE_CHARS))
    out[:, 0] = list(map(math.log1p, words.tolist()))
    out[:, 1] = (np.fromiter(map(len, texts), dtype=np.int64, count=n) - words + 1) / denom / 10.0
    out[:, 2] = np.minimum(quotes, 4) / 2.0
    out[:, 3] = quotes > 0  # times attribution, in SegmentFeatures
    out[:, 4] = digits / denom
    out[:, 5] = capitals / denom
    out[:, 6] = (words >= 3) & (capitals / denom >= 0.7)
    out[:, 7] = (words >= 2) & np.fromiter(map(str.isupper, texts), dtype=bool, count=n)
    out[:, 8] = np.minimum(counted("!"), 3)
    out[:, 9] = np.minimum(counted("?"), 3)
    out[:, 10] = [end == "." for end in last]
    out[:, 11] = list(map(str.isalnum, last))
    out[:, 12] = [end == ":" for end in last]
    out[:, 13] = [text[:1].isdigit() for text in texts]
    out[:, 14] = [":" in text[:-1] for text in stripped]
    out[:, 15] = ["(" in text for text in texts]
    out[:, 16] = [any(map(text.__contains__, DASH_CHARS)) for text in texts]
    short = [len(text) <= PATTERN_MAX_CHARS for text in texts]
    # A promo header is a promo line too.
    for column, pattern in enumerate((is_promo_rule, is_promo_rule_header, has_call_to_action, looks_like_headline), 17):
        out[:, column] = [fits and pattern(text) for fits, text in zip(short, texts)]
    return out


def block_shape(blocks: list[Block]) -> np.ndarray:
    out = np.zeros((len(blocks), len(BLOCK_NAMES)))
    for i, block in enumerate(blocks):
        tag = block.tag
        out[i] = (
            tag in HEADING_TAGS,
            tag == "li",
            tag == "a",
            block.link_density,
            block.drop is not None,
            tag == "line" and block.drop is not None,  # the plain-text segmenter's promo marks are reliable
        )
    return out


_TOKEN = re.compile(r"\w+")
OOV_BUCKETS = 2**16
"""Words outside the vocabulary are hashed (crc32) into this many columns."""
BIGRAM_BUCKETS = 2**18
"""Word pairs are hashed into this many columns."""
MIN_DF = 2
"""A training word joins the vocabulary when it occurs in this many segments."""
MAX_EXTRA_WORDS = 60000
"""At most this many training words beyond the static table's, most frequent first."""
_MIX = np.uint64(0x9E3779B97F4A7C15)


_known_words: dict[str, list[str]] = {}
"""Texts' words found by the block model's features (``remember_words``),
until the next ``tokenize`` takes them."""


def remember_words(words: dict[str, list[str]]) -> None:
    """Hands the next ``tokenize`` the words of texts already searched: the
    block model's features find every block's lower-cased ``\\w+`` words
    (``blocks.page_features``), and the segment classifier, which scores the
    blocks the block model keeps, would search them again: 0.2 ms a page on
    500 wcxb-dev and trafilatura-eval pages. The words are a function of the
    text alone, so a text looked up from another call (another thread's
    page) still gets its own words, and one not found is searched."""
    global _known_words
    _known_words = words


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased ``\\w+`` words of every text (those ``remember_words``
    was given are not searched again; the lists are shared, not copied)."""
    global _known_words
    known, _known_words = _known_words, {}
    if not known:
        return [_TOKEN.findall(text.lower()) for text in texts]
    get = known.get
    return [words if (words := get(text)) is not None else _TOKEN.findall(text.lower()) for text in texts]


_HASH_MULTIPLIER = 0x9E3779B97F4A7C15
_HASH_INVERSE = pow(_HASH_MULTIPLIER, -1, 1 << 64)
HASH_CHUNK_WORDS = 4096
"""``word_hashes`` hashes this many words at a time (about 1 MiB of scratch)."""


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """A 64-bit hash of each word, the same on every run and machine (unlike
    ``hash()``, which Python seeds afresh in every process): a polynomial in
    a fixed odd multiplier over the word's UTF-8 bytes (a lone surrogate
    encoded as itself) and a closing newline, computed for all words at
    once. Words must not contain a newline."""
    out = np.empty(len(words), dtype=np.uint64)
    for first in range(0, len(words), HASH_CHUNK_WORDS):
        chunk = words[first : first + HASH_CHUNK_WORDS]
        data = np.frombuffer(("\n".join(chunk) + "\n").encode("utf-8", "surrogatepass"), dtype=np.uint8)
        ends = np.flatnonzero(data == 10)
        if len(ends) != len(chunk):
            raise ValueError("a word to hash contains a newline")
        starts = np.zeros(len(chunk), dtype=np.int64)
        starts[1:] = ends[:-1] + 1
        # Byte g is weighted by M ** (g + 1); a word's sum is then brought
        # back to its own first byte by M ** -start (M is odd, so invertible
        # modulo 2 ** 64). uint64 arithmetic wraps, as the hash needs.
        powers = np.full(len(data), _HASH_MULTIPLIER, dtype=np.uint64)
        np.cumprod(powers, out=powers)
        sums = np.add.reduceat(data * powers, starts)
        powers[0] = 1
        powers[1:] = _HASH_INVERSE
        np.cumprod(powers, out=powers)
        out[first : first + len(chunk)] = sums * powers[starts]
    return out


class WordIndex:
    """A fixed vocabulary's words to their columns, for scoring, in a sixth
    of a dict's memory.

    A dict of the segment model's 62,000 words took 6.7 MiB with its
    strings. This keeps each word's 64-bit ``word_hashes`` value, sorted,
    and its column: 1 MiB. Building it checks that the vocabulary's words
    hash apart. A word outside the vocabulary is taken for a vocabulary word
    only if their 64-bit hashes are equal: for 62,000 words, about once in
    3 * 10 ** 14 unknown words, and then on every run alike, since the hash
    is fixed. Scoring a page's segments took 1.71 ms with it against 1.70
    with a dict (mean over the AEB pages, two runs each). Words with a
    newline, which ``\\w+`` tokens never have, are left out."""

    def __init__(self, words: Sequence[str]) -> None:
        columns = np.array([i for i, w in enumerate(words) if "\n" not in w], dtype=np.int64)
        keys = word_hashes([words[i] for i in columns])
        order = np.argsort(keys, kind="stable")
        self.keys, self.columns = keys[order], columns[order]
        if np.any(self.keys[1:] == self.keys[:-1]):
            raise ValueError("two words of the vocabulary are the same word or share a hash")

    def __len__(self) -> int:
        return len(self.keys)

    def lookup(self, words: Sequence[str]) -> np.ndarray:
        """The column of every word, -1 where it is not in the vocabulary."""
        if len(self.keys) == 0 or len(words) == 0:
            return np.full(len(words), -1, dtype=np.int64)
        hashes = word_hashes(words)
        at = np.searchsorted(self.keys, hashes)
        at[at == len(self.keys)] = 0
        return np.where(self.keys[at] == hashes, self.columns[at], -1)


def word_counts(tokens: list[list[str]], vocabulary: dict[str, int] | WordIndex, n_words: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How often each word and each word pair occurs in each text, as
    (row, column, count) triples sorted by row and column. The vocabulary's
    words are columns ``0 .. n_words - 1``, unknown words are hashed into the
    next OOV_BUCKETS columns, and word pairs into the BIGRAM_BUCKETS after
    those (``unigram_columns(n_words)`` is where the pairs begin).

    Both the scikit-learn transformer (``classifier.SegmentFeatures``) and
    the numpy scorer (``inference.SegmentScorer``) count with this, so
    training and serving read the same columns; the scorer's vocabulary is
    a ``WordIndex``, training's a dict."""
    n = len(tokens)
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=n)
    flat = list(chain.from_iterable(tokens))
    if isinstance(vocabulary, WordIndex):
        ids = vocabulary.lookup(flat)
    else:
        get = vocabulary.get
        ids = np.fromiter((get(w, -1) for w in flat), dtype=np.int64, count=len(flat))
    unknown = np.flatnonzero(ids < 0)
    if unknown.size:
        hashes = np.fromiter((zlib.crc32(flat[i].encode("utf-8")) for i in unknown), dtype=np.int64, count=unknown.size)
        ids[unknown] = n_words + hashes % OOV_BUCKETS
    rows = np.repeat(np.arange(n), lengths)
    n_unigram = unigram_columns(n_words)
    same = rows[1:] == rows[:-1]
    key = ids[:-1][same].astype(np.uint64) * np.uint64(n_unigram) + ids[1:][same].astype(np.uint64)
    key *= _MIX
    key ^= key >> np.uint64(29)
    pairs = n_unigram + (key % np.uint64(BIGRAM_BUCKETS)).astype(np.int64)
    n_columns = n_unigram + BIGRAM_BUCKETS
    keys, counts = np.unique(np.concatenate([rows * n_columns + ids, rows[1:][same] * n_columns + pairs]), return_counts=True)
    rows, cols = np.divmod(keys, n_columns)
    return rows, cols, counts.astype(np.float64)


def unigram_columns(n_words: int) -> int:
    """How many columns single words take: the vocabulary's and the hashed unknown words'."""
    return n_words + OOV_BUCKETS


def tfidf(rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, idf: np.ndarray, n_rows: int) -> np.ndarray:
    """The weights of sorted count triples: sublinear term frequency times
    the column's idf, every row scaled to unit length (what scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` gives)."""
    weights = (np.log(counts) + 1.0) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=n_rows))
    norms[norms == 0.0] = 1.0
    return weights / norms[rows]


EMBED_CHUNK = 4096
"""``embed`` converts the vectors of this many (text, word) pairs at a time (2 MiB)."""


def embed(rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, vectors: np.ndarray, n_rows: int) -> np.ndarray:
    """The count-weighted sum of each row's static word vectors, in float32,
    from sorted single-word count triples. Only the table's words have
    vectors (the first ``len(vectors)`` columns). Only the rows of the words
    present are converted from the table's float16: a float32 copy of the
    whole table would cost 25 MiB."""
    keep = cols < len(vectors)
    rows, cols, counts = rows[keep], cols[keep], counts[keep].astype(np.float32)
    out = np.zeros((n_rows, vectors.shape[1]), dtype=np.float32)
    # A few thousand words at a time: the vectors of every (text, word) of a
    # long page at once were tens of MiB.
    for start in range(0, len(rows), EMBED_CHUNK):
        present = rows[start : start + EMBED_CHUNK]
        weighted = vectors[cols[start : start + EMBED_CHUNK]].astype(np.float32)
        weighted *= counts[start : start + EMBED_CHUNK, None]
        starts = np.flatnonzero(np.concatenate([[True], present[1:] != present[:-1]]))
        out[present[starts]] += np.add.reduceat(weighted, starts, axis=0)
    return out


def dense_columns(blocks: list[Block], texts: list[str], tokens: list[list[str]], lexicon: np.ndarray, embedded: np.ndarray | None) -> np.ndarray:
    """The dense columns, before standardising: the lexicons (from their raw
    counts per text), SHAPE_NAMES' character cues, BLOCK_NAMES and, when there
    is a static table, the unit-length mean word vector."""
    chars = char_shape(texts)
    words = np.maximum(np.fromiter(map(len, tokens), dtype=np.float64, count=len(tokens)), 1.0)
    lexicon = np.minimum(lexicon / words[:, None] * LEXICON_SCALE, LEXICON_CAP)
    attribution = lexicon[:, list(LEXICONS).index("attribution")] > 0
    chars[:, 3] = chars[:, 3] * attribution
    parts = [lexicon, chars, block_shape(blocks)]
    if embedded is not None:
        norms = np.linalg.norm(embedded, axis=1, keepdims=True)
        parts.append(embedded / np.maximum(norms, 1e-9))
    return np.hstack(parts)


CONTEXT_WINDOW = 2
"""How many neighbours on each side the second pass looks at."""
LONG_BLOCK_CHARS = 200
"""A block this long ends the promo run that a promo header opens."""

CONTEXT_NAMES: tuple[str, ...] = (
    ("logit", "opinion")
    + tuple(f"{side}{d}_logit" for d in range(1, CONTEXT_WINDOW + 1) for side in ("prev", "next"))
    + ("promo_line", "doc_mean", "doc_max", "after_promo_header", "plain_after_promo_header", "log_chars", "rel_length")
    + BLOCK_NAMES
)
"""There is deliberately no absolute position: on a whole page the last
blocks are footer, but once the block classifier has removed the furniture
the last block scored is often the article's last paragraph. A missing
neighbour (the edge of a document) repeats the block's own logit."""


def document_ids(blocks: Sequence[Block], lengths: Sequence[int] | None) -> np.ndarray:
    """The document of every block: from ``lengths`` when given, else a new
    document starts wherever ``Block.index`` does not increase."""
    if lengths is not None:
        if sum(lengths) != len(blocks):
            raise ValueError(f"lengths add up to {sum(lengths)}, but there are {len(blocks)} blocks")
        return np.repeat(np.arange(len(lengths)), lengths)
    index = np.fromiter((b.index for b in blocks), dtype=np.int64, count=len(blocks))
    starts = np.ones(len(blocks), dtype=bool)
    starts[1:] = index[1:] <= index[:-1]
    return np.cumsum(starts) - 1


def logit(p: np.ndarray) -> np.ndarray:
    """log(p / (1 - p)), with p clipped to [1e-4, 1 - 1e-4] so that certainty stays finite."""
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def second_pass(
    C: np.ndarray,
    context: tuple[np.ndarray, np.ndarray, Callable[[np.ndarray], np.ndarray]],
    lone: tuple[np.ndarray, float] | None = None,
    rows: np.ndarray | None = None,
    teaser: np.ndarray | None = None,
) -> np.ndarray:
    """The second pass's filler logit from the context features ``C``: the
    context head's (``context``: the scaler's mean and scale, and the head,
    a function from standardised rows to logits: ``linear`` or
    ``blended``), replaced on the ``rows`` of lone short texts by the
    lone-text head's (``lone``: its two weights, on the context logit and
    the teaser head's logit, and its bias) when it has the ``teaser``
    probabilities."""
    mean, scale, head = context
    z = np.asarray(head((C - mean) / scale), dtype=np.float64)
    if lone is not None and rows is not None and teaser is not None:
        weights, bias = lone
        z[rows] = z[rows] * weights[0] + logit(teaser[rows]) * weights[1] + bias
    return z


def linear(coef: np.ndarray, intercept: float) -> Callable[[np.ndarray], np.ndarray]:
    """A logistic regression's logit, as a context head for ``second_pass``."""
    return lambda Z: Z @ coef + intercept


def blended(
    coef: np.ndarray, intercept: float, trees: Callable[[np.ndarray], np.ndarray], weight: float
) -> Callable[[np.ndarray], np.ndarray]:
    """The context head of segments-v8 on, for ``second_pass``: a logistic
    regression's logit and boosted trees' raw score (``trees``) over the same
    standardised rows, averaged with ``weight`` on the trees."""
    return lambda Z: (1.0 - weight) * (Z @ coef + intercept) + weight * trees(Z)


TONE_FLOOR = -0.5
"""The opinion logit (P 0.38) above which the rest of a document counts as
leaning to opinion (``document_tone``). A news report's other paragraphs sit
near -2 (the seed's: -1.95), so its tone is 0 and its scores are untouched.
Chosen among -1, -0.5 and 0 (HISTORY.md, segments-v9): at -1 more paragraphs of
news reports went to opinion (1.4 points more, against 0.65 at -0.5)."""
TONE_PRIOR = 1.0
"""Pseudo-paragraphs at ``TONE_FLOOR`` added to the rest of every document, so
that one or two other paragraphs move the tone less than ten."""
TONE_CLIP = 4.0
"""Opinion logits are clipped to ±this before they are averaged."""


def document_tone(opinion: np.ndarray, content: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """How far the rest of each block's document leans to opinion: the mean
    opinion logit of the document's other blocks, each weighted by its
    P(content) and shrunk towards ``TONE_FLOOR`` by ``TONE_PRIOR``, less the
    floor, and never below 0. A block alone in its document has tone 0."""
    return tone_of_logits(logit(opinion), content, doc)


def tone_of_logits(z: np.ndarray, content: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """``document_tone`` from the opinion logits (``logit`` of the
    probabilities), for callers that need the logits too."""
    z = np.clip(z, -TONE_CLIP, TONE_CLIP)
    weighted = content * z
    rest_sum = np.bincount(doc, weights=weighted)[doc] - weighted
    rest_weight = np.bincount(doc, weights=content)[doc] - content
    mean = (rest_sum + TONE_PRIOR * TONE_FLOOR) / (rest_weight + TONE_PRIOR)
    return np.maximum(mean - TONE_FLOOR, 0.0)


def document_opinion(opinion: np.ndarray, content: np.ndarray, doc: np.ndarray, weight: float) -> np.ndarray:
    """P(opinion | content) raised by the document's tone: the logit plus
    ``weight`` times ``document_tone``. Only raised: a column's plainer
    paragraphs lean to opinion, but an aside in a news report keeps its own
    score (the tone of a news report is 0), and so does a block alone. Where
    the score is not raised it is returned bit for bit."""
    out = np.array(opinion, dtype=np.float64)
    if weight <= 0:
        return out
    z = logit(out)
    tone = tone_of_logits(z, content, doc)
    raised = tone > 0
    out[raised] = sigmoid(z[raised] + weight * tone[raised])
    return out


UNSPACED_SHARE = 0.5
"""A text whose characters, spaces aside, are at least this share letters of
a script written without spaces (``patterns.UNSPACED``: Chinese, Japanese,
Thai …) is one the opinion head cannot read (``without_unread_opinion``)."""


def without_unread_opinion(opinion: np.ndarray, blocks: Sequence[Block]) -> np.ndarray:
    """P(opinion | content), with 0 for the texts of scripts written without
    spaces. The features read words between spaces and the opinion head
    learned from English sentences: a Chinese or Japanese paragraph is one
    long "word" to it, far outside anything it was trained on, and plain
    reporting in either scored 1.0 as opinion. Content the classifier cannot
    read is news, the default, as a page's content is before it is scored.
    Korean, Russian, Arabic and the European languages put spaces between
    words and are left alone (their opinion is near 0: ``benchmarks.languages``)."""
    unread = [i for i, b in enumerate(blocks) if _mostly_unspaced(b.text)]
    if not unread:
        return opinion
    out = opinion.copy()
    out[unread] = 0.0
    return out


def _mostly_unspaced(text: str) -> bool:
    if text.isascii():
        return False
    return count_words(text)[1] >= UNSPACED_SHARE * (len(text) - text.count(" "))


def combine(filler: np.ndarray, opinion: np.ndarray) -> np.ndarray:
    """Three-class probabilities in ``LABELS`` order (news, opinion, filler)
    from P(filler) and P(opinion | content)."""
    content = 1.0 - filler
    return np.column_stack([content * (1.0 - opinion), content * opinion, filler])


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)): a logit back to a probability (the inverse of ``logit``, short of its clipping)."""
    return 1.0 / (1.0 + np.exp(-z))


TEASER_MAX_WORDS = 20
"""A document of one block with fewer spaces than this is a lone short text
(a headline passed alone): the classifier's lone-text head decides it."""


def lone_short(blocks: Sequence[Block], doc: np.ndarray) -> np.ndarray:
    """Which blocks are a document on their own and short (see TEASER_MAX_WORDS)."""
    single = np.bincount(doc)[doc] == 1 if len(doc) else np.zeros(0, dtype=bool)
    short = np.fromiter((b.text.count(" ") < TEASER_MAX_WORDS for b in blocks), dtype=bool, count=len(blocks))
    return single & short


def context_features(filler: np.ndarray, opinion: np.ndarray, blocks: list[Block], doc: np.ndarray) -> np.ndarray:
    """The jusText-style second pass, for all documents at once: a block's
    first-pass filler logit next to its neighbours', the document's mean and
    maximum, its position, and whether a promo header opened a run of short
    blocks before it (see CONTEXT_NAMES)."""
    n = len(blocks)
    if n == 0:
        return np.zeros((0, len(CONTEXT_NAMES)))
    logits = logit(filler)
    idx = np.arange(n)
    cols = [logits, opinion]
    for d in range(1, CONTEXT_WINDOW + 1):
        for shift in (-d, d):
            j = np.clip(idx + shift, 0, n - 1)
            present = (idx + shift >= 0) & (idx + shift < n) & (doc[j] == doc)
            cols.append(np.where(present, logits[j], logits))
    size = np.bincount(doc).astype(np.float64)
    start = np.searchsorted(doc, doc, side="left")
    mean = np.bincount(doc, weights=logits) / np.maximum(size, 1)
    doc_max = np.full(len(size), -np.inf)
    np.maximum.at(doc_max, doc, logits)
    texts = [b.text for b in blocks]
    chars = np.fromiter((len(t) for t in texts), dtype=np.float64, count=n)
    header = np.fromiter((is_promo_rule_header(t) for t in texts), dtype=bool, count=n)
    last_header = np.maximum.accumulate(np.where(header, idx, -1))
    last_long = np.maximum.accumulate(np.where(chars > LONG_BLOCK_CHARS, idx, -1))
    after_header = (last_header >= start) & (last_header > last_long) & ~header
    log_chars = np.log1p(chars)
    prev = np.where((idx > 0) & (doc[np.maximum(idx - 1, 0)] == doc), log_chars[np.maximum(idx - 1, 0)], np.nan)
    nxt = np.where((idx < n - 1) & (doc[np.minimum(idx + 1, n - 1)] == doc), log_chars[np.minimum(idx + 1, n - 1)], np.nan)
    both = np.column_stack([prev, nxt])
    present = ~np.isnan(both)
    count = present.sum(axis=1)
    neighbour = np.where(present, both, 0.0).sum(axis=1) / np.maximum(count, 1)
    rel_length = np.where(count > 0, log_chars - neighbour, 0.0)
    plain = np.fromiter((b.tag == "line" for b in blocks), dtype=bool, count=n)
    promo = np.fromiter((len(t) <= PATTERN_MAX_CHARS and is_promo_rule(t) for t in texts), dtype=np.float64, count=n)
    cols += [promo, mean[doc], doc_max[doc], after_header.astype(np.float64), (after_header & plain).astype(np.float64), log_chars, rel_length]
    return np.column_stack([np.column_stack(cols), block_shape(blocks)])


def __getattr__(name: str) -> object:
    # Models pickled before scoring moved to numpy name the transformer
    # ``filter.features.SegmentFeatures``; it lives with the other
    # scikit-learn classes now, and is imported only when asked for.
    if name == "SegmentFeatures":
        from .classifier import SegmentFeatures

        return SegmentFeatures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
