"""clean() on the development sets, with held-out block probabilities.

    python -m training.blocks --data ../shared/data --held-out /tmp/held-out.joblib   # about 20 minutes
    python -m benchmarks.heldout --data ../shared/data --held-out /tmp/held-out.joblib

The shipped block model was trained on wcxb-dev and trafilatura-eval, so
``benchmarks.extraction`` on those sets scores it on pages it has seen. The
training command's cross-validation gives every page block probabilities
from a model that never saw the page's site; this command runs the rest of
``clean()`` (the rules, the segment classifier, the article verdict) on them
and prints:

- wcxb-dev, by page type: AEB precision, recall and F1, and bag-of-words F1;
- trafilatura-eval: snippet precision, recall and F1;
- the segment labels against the blocks' aligned labels (content where the
  truth holds the block, boilerplate where it does not; ``training.blocks``
  aligns them) on wcxb-dev articles and trafilatura-eval: filler-vs-content
  F1, and the expected calibration error of the filler score.

The segment classifier is the shipped one; it was trained on these pages'
blocks too, but on a page it decides only news against opinion for what the
block classifier keeps, and the scores of what a rule drops or gives back.
The AEB benchmark is not read.
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Sequence
from pathlib import Path

import joblib
import numpy as np
from sklearn.metrics import f1_score

from .datasets import load
from .metrics import aeb_page, aeb_score, bag_of_words_f1, snippet_counts, snippet_score

SOURCES = ("wcxb-dev", "trafilatura-eval")


class HeldOutBlocks:
    """A stand-in for the block model: each page's held-out probabilities."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.page: np.ndarray | None = None

    def content_probability(self, pages: Sequence[Sequence[object]]) -> list[np.ndarray]:
        assert self.page is not None and len(pages) == 1 and len(pages[0]) == len(self.page)
        return [self.page]


def ece(filler: np.ndarray, is_filler: np.ndarray) -> float:
    """Expected calibration error of the filler-vs-content decision, as the
    segment classifier's card computes it (``training.segments.ece``)."""
    from training.segments import ece as top_label_ece

    return top_label_ece(np.column_stack([1.0 - filler, filler]), is_filler.astype(int))


def run(data: Path, held_out: Path, limit: int | None = None) -> dict[str, object]:
    from filter.document import ContentType, Label
    from filter.errors import FilterError
    from filter.limits import DEFAULT_LIMITS, Deadline
    from filter.pipeline import DEFAULT_KEEP, _assemble, _prepare, _score, default_block_model, default_model
    from training.blocks import blocks_digest

    stored = joblib.load(held_out)["pages"]
    blocks_model = HeldOutBlocks(default_block_model().threshold)
    classifier = default_model()
    overlaps: dict[str, list] = collections.defaultdict(list)
    bow: dict[str, list[float]] = collections.defaultdict(list)
    snippets = None
    label_truth: list[np.ndarray] = []
    label_filler: list[np.ndarray] = []
    label_score: list[np.ndarray] = []
    skipped = missing = 0
    for source in SOURCES:
        if not (data / "extraction" / source).is_dir():
            continue
        for page in load(data / "extraction" / source, limit):
            truth = page.truth
            entry = stored.get((source, page.page_id))
            try:
                prepared = _prepare(page.html, None, DEFAULT_LIMITS, Deadline(None))
            except FilterError:
                prepared = None
            if entry is None:
                missing += 1  # not in the file (a --quick run holds one fold)
                continue
            if prepared is None or prepared[1] is not ContentType.HTML or entry[0] != blocks_digest(prepared[2]):
                skipped += 1  # not segmented the same way as in training
                continue
            _, probability, aligned = entry
            blocks_model.page = probability.astype(float)
            ((reasons, scores),) = _score([prepared], classifier, blocks_model, Deadline(None))
            segments, _ = _assemble(prepared[2], reasons, scores, DEFAULT_KEEP, ContentType.HTML)
            text = "\n\n".join(s.text for s in segments if s.kept)
            if truth.text is not None:
                kind = truth.page_type or "unknown"
                overlaps[kind].append(aeb_page(truth.text, text))
                overlaps["all"].append(overlaps[kind][-1])
                bow[kind].append(bag_of_words_f1(truth.text, text))
                bow["all"].append(bow[kind][-1])
            else:
                counts = snippet_counts(text, truth.with_snippets, truth.without_snippets)
                snippets = counts if snippets is None else snippets + counts
            if truth.text is None or truth.page_type == "article":
                labelled = aligned >= 0
                label_truth.append(aligned[labelled] == 0)
                label_filler.append(np.array([s.label is Label.FILLER for s in segments])[labelled])
                label_score.append(np.array([s.scores[Label.FILLER] for s in segments])[labelled])
    result: dict[str, object] = {"skipped_pages": skipped, "pages_not_in_file": missing, "wcxb-dev": {}}
    for kind in sorted(overlaps, key=lambda k: (k != "all", k)):
        score = aeb_score(overlaps[kind])
        result["wcxb-dev"][kind] = {  # type: ignore[index]
            "pages": len(overlaps[kind]), "aeb_precision": round(score.precision, 4), "aeb_recall": round(score.recall, 4),
            "aeb_f1": round(score.f1, 4), "bow_f1": round(float(np.mean(bow[kind])), 4),
        }
    if snippets is not None:
        score = snippet_score(snippets)
        result["trafilatura-eval"] = {"precision": round(score.precision, 4), "recall": round(score.recall, 4), "f1": round(score.f1, 4)}
    if label_truth:
        truth_all, filler_all, score_all = map(np.concatenate, (label_truth, label_filler, label_score))
        result["segment_labels"] = {
            "blocks": int(len(truth_all)),
            "filler_vs_content_f1": round(float(f1_score(truth_all, filler_all, zero_division=0)), 4),
            "filler_score_ece": round(ece(score_all, truth_all), 4),
        }
    return result


def print_result(result: dict[str, object], out=sys.stdout) -> None:
    print(f"pages left out: {result['pages_not_in_file']} not in the held-out file, {result['skipped_pages']} segmented "
          "differently at run time than in training, or not HTML", file=out)
    print("| wcxb-dev page type | pages | AEB P | AEB R | AEB F1 | BoW F1 |\n| --- | ---: | ---: | ---: | ---: | ---: |", file=out)
    for kind, row in result["wcxb-dev"].items():  # type: ignore[union-attr]
        print(f"| {kind} | {row['pages']} | {row['aeb_precision']:.3f} | {row['aeb_recall']:.3f} | {row['aeb_f1']:.3f} | {row['bow_f1']:.3f} |", file=out)
    if "trafilatura-eval" in result:
        t = result["trafilatura-eval"]
        print(f"trafilatura-eval snippets: P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}", file=out)  # type: ignore[index]
    if "segment_labels" in result:
        s = result["segment_labels"]
        print(f"segment labels on {s['blocks']} aligned blocks of wcxb-dev articles and trafilatura-eval pages: "  # type: ignore[index]
              f"filler vs content F1 {s['filler_vs_content_f1']:.4f}, ECE of the filler score {s['filler_score_ece']:.4f}", file=out)  # type: ignore[index]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.heldout", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--held-out", type=Path, required=True, help="written by python -m training.blocks --held-out")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    args = parser.parse_args(argv)
    if not args.held_out.is_file():
        parser.error(f"{args.held_out} does not exist; python -m training.blocks --data DATA --held-out FILE writes it")
    if not any((args.data / "extraction" / source).is_dir() for source in SOURCES):
        parser.error(f"{args.data}/extraction holds neither {' nor '.join(SOURCES)}")
    print_result(run(args.data, args.held_out, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
