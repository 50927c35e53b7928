"""Extraction metrics as pure functions.

Three metrics, each reproducing a published evaluation:

- **AEB** (Article Extraction Benchmark, Zyte): 4-token shingles, per-page
  tp/fp/fn normalised to sum to one, precision and recall averaged over pages,
  F1 from the two means. This is the headline number.
- **Bag of words**: token multisets, F1 per page, averaged over pages.
- **Snippets** (trafilatura's evaluation): each "with" snippet must appear in the
  extracted text and each "without" snippet must not, after whitespace
  normalisation; counts are summed over the corpus (micro average).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

TOKEN_RE = re.compile(r"\w+")
"""AEB's tokeniser: ``\\w+`` on ``str`` patterns is Unicode-aware; case is kept."""

SHINGLE_SIZE = 4
"""AEB compares texts as multisets of 4-token shingles."""


@dataclass(frozen=True)
class Overlap:
    """True positives, false positives and false negatives of one page."""

    tp: float
    fp: float
    fn: float

    def normalised(self) -> Overlap:
        """The same counts divided by their sum, so long pages weigh no more
        than short ones (all zero stays all zero)."""
        total = self.tp + self.fp + self.fn
        if total == 0:
            return self
        return Overlap(self.tp / total, self.fp / total, self.fn / total)


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one tool on one set of pages."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class SnippetCounts:
    """Corpus counts of trafilatura's snippet evaluation."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    @property
    def accuracy(self) -> float:
        """Share of snippets judged right, as trafilatura reports it."""
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def tokenize(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text`` in order, case kept."""
    return TOKEN_RE.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of ``text``.

    A text shorter than ``size`` tokens (but not empty) is one shingle of all
    its tokens; an empty text has none.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count))


def multiset_overlap(truth: Counter[T], prediction: Counter[T]) -> Overlap:
    """tp = shared items (with multiplicity), fp = the prediction's surplus,
    fn = the truth's surplus."""
    tp = sum((truth & prediction).values())
    return Overlap(tp=tp, fp=sum(prediction.values()) - tp, fn=sum(truth.values()) - tp)


def aeb_page(truth: str, prediction: str) -> Overlap:
    """The normalised shingle overlap of one page, as AEB computes it."""
    return multiset_overlap(shingles(truth), shingles(prediction)).normalised()


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean; 0 for no values (an empty extractor scores 0)."""
    return sum(values) / len(values) if values else 0.0


def f1_of(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall`` (0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def aeb_precision(pages: Iterable[Overlap]) -> float:
    """Mean of tp/(tp+fp) over the pages with tp+fp > 0; 0 when there are none."""
    return mean([p.tp / (p.tp + p.fp) for p in pages if p.tp + p.fp > 0])


def aeb_recall(pages: Iterable[Overlap]) -> float:
    """Mean of tp/(tp+fn) over the pages with tp+fn > 0; 0 when there are none."""
    return mean([p.tp / (p.tp + p.fn) for p in pages if p.tp + p.fn > 0])


def aeb_score(pages: Sequence[Overlap]) -> Score:
    """AEB precision and recall over ``pages``, F1 from the two means."""
    precision, recall = aeb_precision(pages), aeb_recall(pages)
    return Score(precision, recall, f1_of(precision, recall))


def bag_of_words_f1(truth: str, prediction: str) -> float:
    """F1 of the token multisets of one page.

    Two empty texts agree perfectly (1.0); one empty text against a non-empty
    one scores 0.
    """
    overlap = multiset_overlap(Counter(tokenize(truth)), Counter(tokenize(prediction)))
    if overlap.tp + overlap.fp + overlap.fn == 0:
        return 1.0
    return 2 * overlap.tp / (2 * overlap.tp + overlap.fp + overlap.fn)


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def snippet_counts(
    prediction: str, with_snippets: Iterable[str], without_snippets: Iterable[str]
) -> SnippetCounts:
    """Judge one page: a "with" snippet found is a tp (else fn), a "without"
    snippet found is a fp (else tn). Matching is substring presence after
    whitespace normalisation of both sides."""
    text = normalise_space(prediction)
    found_with = [normalise_space(s) in text for s in with_snippets]
    found_without = [normalise_space(s) in text for s in without_snippets]
    return SnippetCounts(
        tp=sum(found_with),
        fn=len(found_with) - sum(found_with),
        fp=sum(found_without),
        tn=len(found_without) - sum(found_without),
    )


def snippet_score(counts: SnippetCounts) -> Score:
    """Micro precision, recall and F1 as trafilatura's evaluation reports
    them: F1 = 2tp / (2tp + fp + fn); an undefined ratio is 0."""
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    denominator = 2 * counts.tp + counts.fp + counts.fn
    return Score(precision, recall, 2 * counts.tp / denominator if denominator else 0.0)
