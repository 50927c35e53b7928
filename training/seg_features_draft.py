"""Draft feature transformers for the segment classifier (to move into filter/features.py).

sklearn conventions throughout: ``__init__`` stores parameters only, ``fit``
returns ``self``, fitted attributes end in ``_``, ``clone``/``get_params``
round-trip. Inputs are sequences of things with a ``.text`` attribute
(``filter.document.Block``), of dicts with a ``"text"`` key, or of strings.

- ``TextShape``: hand features of the sentence itself (person, hedges,
  intensifiers, evaluative words, quotes + attribution, numbers, headline
  shape, punctuation). Language-light, all computed from one word split.
- ``StaticEmbedding``: a distilled static word table (all-MiniLM-L6-v2 words
  encoded one by one, PCA-reduced, float16), SIF-weighted mean per segment.
- ``BlockShape``: page-context features of a Block (tag, link density, class /
  id tokens, position). Zero/neutral for plain sentences.
- ``context_features``: the jusText-style second pass: a block's first-stage
  probabilities next to its neighbours' and the "after a promo header" flag.
"""

from __future__ import annotations

import math
import re
from typing import Any, Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import CountVectorizer

FEATURE_VERSION = 1

WORD_RE = re.compile(r"(?u)\b\w+\b")


def texts_of(X: Iterable[Any]) -> list[str]:
    out = []
    for x in X:
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            out.append(x["text"])
        else:
            out.append(x.text)
    return out


# Lexicons are data, in one place. Each word maps to the feature it counts for.
LEXICONS: dict[str, tuple[str, ...]] = {
    "first_sing": ("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd"),
    "first_plur": ("we", "us", "our", "ours", "ourselves", "let's"),
    "second": ("you", "your", "yours", "yourself", "you're", "you'll"),
    "modal": ("should", "must", "ought", "need", "needs", "shouldn't", "mustn't", "cannot", "can't"),
    "hedge": ("perhaps", "maybe", "probably", "arguably", "seems", "seem", "apparently", "likely", "might",
              "possibly", "suppose", "guess", "think", "believe", "feel", "doubt", "surely", "clearly", "obviously",
              "certainly", "undoubtedly", "indeed", "of", "course"),
    "intens": ("very", "extremely", "really", "so", "too", "totally", "absolutely", "utterly", "incredibly", "truly",
               "deeply", "hugely", "completely", "entirely", "simply", "just", "even", "quite", "rather", "remarkably",
               "especially", "particularly", "enormously", "terribly", "awfully", "highly"),
    "evaluative": ("good", "bad", "great", "terrible", "awful", "horrible", "ridiculous", "absurd", "shameful",
                   "disgraceful", "brilliant", "stupid", "foolish", "wise", "wrong", "right", "best", "worst", "better",
                   "worse", "outrageous", "shocking", "disastrous", "pathetic", "insane", "crazy", "amazing",
                   "wonderful", "excellent", "fantastic", "dangerous", "reckless", "irresponsible", "hypocritical",
                   "hypocrisy", "lies", "lie", "liar", "corrupt", "failed", "failure", "nonsense", "sad", "tragic",
                   "unfortunately", "fortunately", "sadly", "hopefully", "ironically", "naturally", "fair", "unfair",
                   "important", "crucial", "essential", "necessary", "remarkable", "extraordinary", "silly",
                   "laughable", "bizarre", "radical", "extreme", "evil", "beautiful", "ugly", "perfect", "mere",
                   "merely", "alleged", "so-called", "supposedly", "elite", "elites", "woke", "regime", "propaganda"),
    "attrib": ("said", "says", "told", "according", "stated", "added", "noted", "claimed", "argued", "reported",
               "announced", "explained", "wrote", "asked", "insisted", "warned", "denied", "confirmed", "tweeted",
               "statement", "spokesman", "spokeswoman", "spokesperson", "testified", "acknowledged", "replied"),
    "negation": ("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "n't", "don't", "doesn't",
                 "didn't", "isn't", "aren't", "wasn't", "won't"),
    "time": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december",
             "yesterday", "today", "tomorrow", "week", "month", "year", "years", "percent", "million", "billion"),
    "teaser": ("this", "these", "here", "here's", "why", "what", "how", "things", "reasons", "ways", "times",
               "everyone", "literally", "actually", "guess", "which", "will", "omg", "wow", "quiz", "photos", "pics",
               "totally", "need", "know", "everything"),
    "promo": ("subscribe", "newsletter", "sign", "click", "follow", "share", "download", "app", "advertisement",
              "sponsored", "related", "read", "more", "also", "comments", "comment", "login", "log", "cookie",
              "cookies", "privacy", "policy", "terms", "copyright", "rights", "reserved", "menu", "home", "search",
              "contact", "facebook", "twitter", "instagram", "whatsapp", "email", "print", "donate", "support",
              "recommended", "popular", "trending", "watch", "video", "listen", "podcast"),
}

_LEX_INDEX: dict[str, list[int]] = {}
for _i, _name in enumerate(LEXICONS):
    for _w in LEXICONS[_name]:
        _LEX_INDEX.setdefault(_w, []).append(_i)

SHAPE_NAMES: tuple[str, ...] = tuple(LEXICONS) + (
    "log_words", "mean_word_len", "quote", "quote_attrib", "digit_share", "cap_share", "title_case", "all_caps",
    "exclam", "question", "ends_period", "ends_none", "ends_colon", "starts_digit", "superlative", "colon_inside",
    "paren", "dash",
)


def _shape_row(text: str) -> list[float]:
    low = text.lower()
    words = WORD_RE.findall(text)
    n = len(words)
    counts = [0.0] * len(LEXICONS)
    for w in low.split():
        w = w.strip(".,;:!?\"'“”‘’()[]")
        for i in _LEX_INDEX.get(w, ()):
            counts[i] += 1.0
    denom = max(n, 1)
    lex = [min(c / denom * 10.0, 3.0) for c in counts]
    quote = text.count('"') + text.count("“") + text.count("”") + low.count("’ ") + low.count(" ‘")
    caps = sum(1 for w in words if w[:1].isupper())
    digits = sum(1 for w in words if w[:1].isdigit())
    stripped = text.rstrip()
    last = stripped[-1:] if stripped else ""
    superl = sum(1 for w in words if len(w) > 4 and w.endswith("est")) + low.count("most ")
    return lex + [
        math.log1p(n),
        (sum(len(w) for w in words) / denom) / 10.0,
        min(quote, 4) / 2.0,
        float(quote > 0 and counts[7] > 0),  # quote + attribution verb: reported speech
        digits / denom,
        caps / denom,
        float(n >= 3 and caps / denom >= 0.7),
        float(n >= 2 and text.isupper()),
        min(text.count("!"), 3),
        min(text.count("?"), 3),
        float(last == "."),
        float(last.isalnum()),
        float(last == ":"),
        float(text[:1].isdigit()),
        min(superl, 3),
        float(":" in stripped[:-1]),
        float("(" in text),
        float("—" in text or " - " in text or "–" in text),
    ]


class TextShape(BaseEstimator, TransformerMixin):
    """Hand features of a segment's text (see SHAPE_NAMES)."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale

    def fit(self, X, y=None):
        self.n_features_out_ = len(SHAPE_NAMES)
        return self

    def transform(self, X):
        return np.asarray([_shape_row(t) for t in texts_of(X)], dtype=np.float64) * self.scale

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"shape__{n}" for n in SHAPE_NAMES], dtype=object)


class StaticEmbedding(BaseEstimator, TransformerMixin):
    """SIF-weighted mean of a static word table distilled from all-MiniLM-L6-v2.

    ``table`` is the path to the raw table (``words``, ``emb``, ``freq`` in an
    .npz, made by training/experiments/distill_static.py). ``fit`` reduces it
    by PCA to ``dim`` dimensions and keeps it as float16 in ``vectors_``, so
    the pickled model carries its own table and needs no file at run time.
    """

    def __init__(self, table: str | None = None, dim: int = 128, max_words: int = 40000, sif_a: float = 1e-3, scale: float = 1.0):
        self.table = table
        self.dim = dim
        self.max_words = max_words
        self.sif_a = sif_a
        self.scale = scale

    def fit(self, X, y=None):
        z = np.load(self.table)
        words, emb, freq = z["words"][: self.max_words], z["emb"][: self.max_words].astype(np.float64), z["freq"][: self.max_words]
        mean = emb.mean(axis=0)
        u, s, vt = np.linalg.svd(emb - mean, full_matrices=False)
        vec = (emb - mean) @ vt[: self.dim].T
        vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
        p = freq / freq.sum()
        self.weights_ = (self.sif_a / (self.sif_a + p)).astype(np.float32)
        self.vectors_ = vec.astype(np.float16)
        self.vocabulary_ = {str(w): i for i, w in enumerate(words)}
        return self

    def _counter(self):
        # Built lazily from vocabulary_ (a CountVectorizer with a fixed vocabulary
        # is stateless apart from it).
        cv = getattr(self, "_cv", None)
        if cv is None:
            cv = CountVectorizer(vocabulary=self.vocabulary_, token_pattern=r"(?u)\b\w+\b", lowercase=True, dtype=np.float32)
            self._cv = cv
        return cv

    def transform(self, X):
        C = self._counter().transform(texts_of(X))
        C = C @ sp.diags(self.weights_)
        E = np.asarray(C @ self.vectors_.astype(np.float32))
        norms = np.linalg.norm(E, axis=1, keepdims=True)
        return E / np.maximum(norms, 1e-9) * self.scale

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_cv", None)
        return state


BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "div", "span", "a", "blockquote", "figcaption", "line", "body")
HINT_TOKENS = ("nav", "menu", "footer", "header", "sidebar", "share", "social", "related", "comment", "ad", "ads",
               "promo", "newsletter", "subscribe", "widget", "breadcrumb", "cookie", "banner", "tags", "author",
               "byline", "meta", "date", "caption", "article", "content", "body", "story", "post", "entry", "text", "main")


def _get(x, name, default):
    if isinstance(x, dict):
        return x.get(name, default)
    return getattr(x, name, default)


class BlockShape(BaseEstimator, TransformerMixin):
    """Page-context features of a block: tag, link density, class/id hints, path depth."""

    def fit(self, X, y=None):
        self.n_features_out_ = len(BLOCK_TAGS) + 1 + len(HINT_TOKENS) + 4
        return self

    def transform(self, X):
        tag_ix = {t: i for i, t in enumerate(BLOCK_TAGS)}
        hint_ix = {t: i for i, t in enumerate(HINT_TOKENS)}
        out = np.zeros((len(X), self.n_features_out_))
        o_h = len(BLOCK_TAGS) + 1
        for r, x in enumerate(X):
            tag = _get(x, "tag", "p") or "p"
            out[r, tag_ix.get(tag, len(BLOCK_TAGS))] = 1.0
            for t in _get(x, "tokens", ()) or ():
                i = hint_ix.get(t)
                if i is not None:
                    out[r, o_h + i] = 1.0
            path = _get(x, "path", "") or ""
            parts = path.split("/") if path else []
            text = _get(x, "text", "")
            o = o_h + len(HINT_TOKENS)
            out[r, o] = float(_get(x, "link_density", 0.0) or 0.0)
            out[r, o + 1] = min(len(parts), 8) / 8.0
            out[r, o + 2] = float(any(p in ("nav", "footer", "aside", "header", "form") for p in parts))
            out[r, o + 3] = math.log1p(len(text)) / 8.0
        return out


PROMO_HEADERS = ("read also", "read more", "related", "also read", "see also", "recommended", "more from", "you may also like",
                 "most popular", "trending", "more stories", "don't miss", "editor's picks", "top stories", "what to read next",
                 "related articles", "related stories", "related coverage", "sponsored", "advertisement", "more on this")
"""Lines that open a promo list; the short lines after one are filler even when neutral."""


def is_promo_header(text: str) -> bool:
    t = " ".join(re.findall(r"[\w']+", text.lower()))
    return len(t.split()) <= 6 and any(t == h or t.startswith(h) for h in PROMO_HEADERS)


def context_features(probs: np.ndarray, docs: Sequence[Sequence[Any]], window: int = 2) -> np.ndarray:
    """Second-pass features for every block of every document, in order.

    ``probs`` are first-stage probabilities (rows in the same order as the
    blocks of ``docs`` concatenated). For each block: its own probabilities,
    those of the ``window`` blocks before and after (zeros past the edges),
    the document mean, its relative position, whether a promo header comes
    before it with only short lines in between, and its length vs neighbours.
    """
    k = probs.shape[1]
    rows = []
    start = 0
    for doc in docs:
        n = len(doc)
        P = probs[start : start + n]
        start += n
        mean = P.mean(axis=0) if n else np.zeros(k)
        lens = [len(_get(b, "text", "")) for b in doc]
        after_header = np.zeros(n)
        run = False
        for i, b in enumerate(doc):
            text = _get(b, "text", "")
            if is_promo_header(text):
                run = True
                after_header[i] = 0.0
                continue
            if run and len(text) > 200:
                run = False
            after_header[i] = float(run)
        for i in range(n):
            feats = [P[i]]
            for d in range(1, window + 1):
                feats.append(P[i - d] if i - d >= 0 else np.zeros(k))
                feats.append(P[i + d] if i + d < n else np.zeros(k))
            nb = [lens[j] for j in (i - 1, i + 1) if 0 <= j < n]
            feats.append(mean)
            feats.append(
                np.array([
                    i / max(n - 1, 1),
                    after_header[i],
                    float(is_promo_header(_get(doc[i], "text", ""))),
                    math.log1p(lens[i]) - (math.log1p(np.mean(nb)) if nb else 0.0),
                    float(i == 0),
                    float(i == n - 1),
                ])
            )
            rows.append(np.concatenate(feats))
    return np.asarray(rows)
