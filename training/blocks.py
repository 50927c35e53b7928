"""Train the content-versus-boilerplate block classifier.

    python -m training.blocks --data ../shared/data --out models/blocks-v5

Labels come from aligning each page's blocks with its ground truth:
- wcxb-dev has the whole main text: a block is content when most of its
  4-token shingles occur in it, boilerplate when almost none do;
- trafilatura-eval has snippets: a block holding a "with" snippet is
  content, one holding only "without" snippets is boilerplate, the rest are
  left unlabelled (their features still feed their neighbours).

The Article Extraction Benchmark is never read here: it is the scoreboard.

Evaluation is cross-validated with folds grouped by site, so no page is
scored by a model that saw its site. For the wcxb pages of the held-out folds
it reports the AEB metric and bag-of-words F1 of the extracted text, next to
trafilatura's on the same pages in the same run when trafilatura is installed.
"""

from __future__ import annotations

import argparse
import html
import datetime as _dt
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from benchmarks.datasets import load, site_of
from benchmarks.metrics import aeb_page, aeb_score, bag_of_words_f1
from filter.blocks import BLOCK_FEATURE_VERSION, BlockModel, context_features, page_features
from filter.decode import decode
from filter.document import Block
from filter.errors import FilterError
from filter.model import MODEL_FILE, sha256_of
from training.export import export_lines, write_card, write_export
from filter.segment import segment_html

SEED = 20261124
FOLDS = 5
CONTENT_SHARE = 0.5
"""A block is content when at least this share of its shingles is in the truth."""
BOILERPLATE_SHARE = 0.1
"""and boilerplate when at most this share is."""
TOKEN_MIN_SITES = 25
"""A class or id token gets its own feature only when this many sites use it:
common words of markup (``content``, ``sidebar``), never one site's names."""
UNLABELLED = -1

LICENCES = {"wcxb-dev": "CC-BY-4.0", "trafilatura-eval": "Apache-2.0 (annotations)"}
_WORD = re.compile(r"\w+")


@dataclass
class PageData:
    page_id: str
    source: str
    site: str
    page_type: str | None
    blocks: list[Block]
    labels: np.ndarray
    truth: str | None


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def _norm(text: str) -> str:
    return " ".join(text.split())


def align_with_text(blocks: Sequence[Block], truth: str) -> np.ndarray:
    gold = _shingles(truth)
    flat = " " + " ".join(_WORD.findall(truth)) + " "
    labels = np.full(len(blocks), UNLABELLED)
    for i, block in enumerate(blocks):
        tokens = _WORD.findall(block.text)
        if not tokens:
            continue
        if len(tokens) < 4:
            labels[i] = int(f" {' '.join(tokens)} " in flat)
            continue
        shingles = _shingles(block.text)
        share = len(shingles & gold) / len(shingles)
        if share >= CONTENT_SHARE:
            labels[i] = 1
        elif share <= BOILERPLATE_SHARE:
            labels[i] = 0
    return labels


def align_with_snippets(blocks: Sequence[Block], with_: Sequence[str], without: Sequence[str]) -> np.ndarray:
    good = [_norm(s) for s in with_ if _norm(s)]
    bad = [_norm(s) for s in without if _norm(s)]
    labels = np.full(len(blocks), UNLABELLED)
    for i, block in enumerate(blocks):
        text = block.text
        if any(s in text for s in good):
            labels[i] = 1
        elif any(s in text for s in bad):
            labels[i] = 0
    return labels


FRAGMENT_EVERY = 4
"""Every this many wcxb article pages also give a fragment page (below)."""
FRAGMENT_MAX_PARAGRAPHS = 6


def _fragment(page: PageData, number: int) -> PageData:
    """A page made of the first paragraphs of an article's true text and
    nothing else, all content: callers pass fragments and bare articles
    too, and real pages never teach the model that a page with no
    boilerplate at all is all article."""
    paragraphs = [p.strip() for p in (page.truth or "").split("\n\n") if p.strip()]
    paragraphs = paragraphs[: 1 + number % FRAGMENT_MAX_PARAGRAPHS]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    wrapper = ("<article>{}</article>", "<div>{}</div>", "{}")[number % 3]
    blocks = segment_html(f"<html><body>{wrapper.format(body)}</body></html>")
    labels = np.ones(len(blocks), dtype=int)
    return PageData(f"{page.page_id}-fragment", page.source, page.site, page.page_type, blocks, labels, "\n\n".join(paragraphs))


def _pages(data: Path) -> Iterator[PageData]:
    articles = 0
    for source in ("wcxb-dev", "trafilatura-eval"):
        for page in load(data / "extraction" / source):
            try:
                blocks = segment_html(decode(page.html))
            except FilterError:
                continue
            truth = page.truth
            if truth.text is not None:
                labels = align_with_text(blocks, truth.text)
            else:
                labels = align_with_snippets(blocks, truth.with_snippets, truth.without_snippets)
            data_page = PageData(page.page_id, source, truth.site or site_of(truth.url), truth.page_type, blocks, labels, truth.text)
            yield data_page
            if truth.text and truth.page_type == "article":
                articles += 1
                if articles % FRAGMENT_EVERY == 0:
                    yield _fragment(data_page, articles // FRAGMENT_EVERY)


def build_vocabulary(pages: Sequence[PageData]) -> dict[str, int]:
    sites: dict[str, set[str]] = {}
    for page in pages:
        for block in page.blocks:
            for token in block.tokens[:10]:
                sites.setdefault(token, set()).add(page.site)
    common = sorted(t for t, s in sites.items() if len(s) >= TOKEN_MIN_SITES)
    return {token: i for i, token in enumerate(common)}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _first_model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.12, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0,
        random_state=SEED, early_stopping=False,
    )


def _context_model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=100, learning_rate=0.12, max_leaf_nodes=15, min_samples_leaf=40, random_state=SEED, early_stopping=False,
    )


MAX_ROWS_PER_PAGE = 60
"""Labelled blocks drawn from one page for training, so that a page of a
thousand navigation links weighs no more than a page of prose."""


def _sample(page: PageData, rng: np.random.Generator) -> np.ndarray:
    labelled = np.flatnonzero(page.labels != UNLABELLED)
    if len(labelled) > MAX_ROWS_PER_PAGE:
        labelled = np.sort(rng.choice(labelled, MAX_ROWS_PER_PAGE, replace=False))
    return labelled


def fit(pages: Sequence[PageData], vocabulary: dict[str, int], inner_folds: int = 2) -> BlockModel:
    """Both passes on these pages; the context pass learns from out-of-fold
    first-pass scores, as it will see at inference."""
    rng = np.random.default_rng(SEED)
    features = [page_features(p.blocks, vocabulary).astype(np.float32) for p in pages]
    rows = [_sample(p, rng) for p in pages]
    X = np.vstack([f[r] for f, r in zip(features, rows)])
    y = np.concatenate([p.labels[r] for p, r in zip(pages, rows)])
    page_of_row = np.concatenate([np.full(len(r), i) for i, r in enumerate(rows)])
    sites = np.asarray([p.site for p in pages])
    oof: list[np.ndarray] = [np.zeros(len(p.blocks)) for p in pages]
    for train_pages, test_pages in GroupKFold(n_splits=inner_folds).split(sites, groups=sites):
        train_mask = np.isin(page_of_row, train_pages)
        model = _first_model().fit(X[train_mask], y[train_mask])
        for i in test_pages:
            if len(features[i]):
                oof[i] = model.predict_proba(features[i])[:, 1]
    first = _first_model().fit(X, y)
    log(f"first pass fitted on {len(y)} blocks")
    C = np.vstack([context_features(o, f)[r] for o, f, r in zip(oof, features, rows) if len(f)])
    context = _context_model().fit(C, y)
    return BlockModel(vocabulary=vocabulary, first=first, context=context)


def extract(model: BlockModel, blocks: Sequence[Block]) -> str:
    if not blocks:
        return ""
    (proba,) = model.content_probability([blocks])
    seen: set[str] = set()
    kept = []
    for block, p in zip(blocks, proba):
        if p >= model.threshold and block.text not in seen:
            seen.add(block.text)
            kept.append(block.text)
    return "\n\n".join(kept)


def cross_validate(pages: Sequence[PageData], vocabulary: dict[str, int], folds_run: int = FOLDS) -> dict[str, object]:
    sites = np.asarray([p.site for p in pages])
    fold_of = np.zeros(len(pages), dtype=int)
    for k, (_, test_idx) in enumerate(GroupKFold(n_splits=FOLDS).split(np.zeros(len(pages)), groups=sites)):
        fold_of[test_idx] = k
    ours: dict[str, str] = {}
    held_out: dict[tuple[str, str], tuple[str, np.ndarray, np.ndarray]] = {}
    block_true, block_pred = [], []
    for k in range(folds_run):
        train = [p for p, f in zip(pages, fold_of) if f != k]
        test = [p for p, f in zip(pages, fold_of) if f == k]
        model = fit(train, vocabulary)
        for page in test:
            if page.blocks:
                (proba,) = model.content_probability([page.blocks])
                mask = page.labels != UNLABELLED
                block_true.extend(page.labels[mask])
                block_pred.extend((proba[mask] >= model.threshold).astype(int))
                if not page.page_id.endswith("-fragment"):
                    held_out[page.source, page.page_id] = (blocks_digest(page.blocks), proba.astype(np.float32), page.labels)
            ours[page.page_id + page.source] = extract(model, page.blocks)
        print(f"fold {k + 1}/{FOLDS} done", file=sys.stderr)
    return {"predictions": ours, "block_true": np.asarray(block_true), "block_pred": np.asarray(block_pred), "held_out": held_out}


def blocks_digest(blocks: Sequence[Block]) -> str:
    """A digest of a page's block texts: held-out probabilities are used
    only for the blocks they were computed on."""
    import hashlib

    digest = hashlib.sha256()
    for block in blocks:
        digest.update(block.text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _text_metrics(pages: Sequence[PageData], predictions: dict[str, str]) -> dict[str, float]:
    overlaps = [aeb_page(p.truth or "", predictions[p.page_id + p.source]) for p in pages]
    score = aeb_score(overlaps)
    bow = float(np.mean([bag_of_words_f1(p.truth or "", predictions[p.page_id + p.source]) for p in pages]))
    return {"pages": len(pages), "aeb_precision": round(score.precision, 4), "aeb_recall": round(score.recall, 4),
            "aeb_f1": round(score.f1, 4), "bow_f1": round(bow, 4)}


def _trafilatura(data: Path, ids: set[str]) -> dict[str, str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    out = {}
    for page in load(data / "extraction" / "wcxb-dev"):
        if page.page_id in ids:
            out[page.page_id + "wcxb-dev"] = trafilatura.extract(page.html) or ""
    return out


def evaluate(
    data: Path, pages: Sequence[PageData], vocabulary: dict[str, int], folds_run: int = FOLDS, held_out: Path | None = None
) -> dict[str, object]:
    cv = cross_validate(pages, vocabulary, folds_run)
    if held_out is not None:
        # For benchmarks.heldout: the rest of clean() on these pages, with
        # block probabilities from models that never saw the page's site.
        joblib.dump({"code": _code_key(), "folds": f"{folds_run} of {FOLDS}", "pages": cv["held_out"]}, held_out, compress=3)
    pages = [p for p in pages if p.page_id + p.source in cv["predictions"]]
    true, pred = cv["block_true"], cv["block_pred"]
    tp = int(((true == 1) & (pred == 1)).sum())
    precision = tp / max(1, int(pred.sum()))
    recall = tp / max(1, int(true.sum()))
    wcxb = [p for p in pages if p.source == "wcxb-dev" and not p.page_id.endswith("-fragment")]
    articles = [p for p in wcxb if p.page_type == "article"]
    metrics: dict[str, object] = {
        "cv": f"{folds_run} of {FOLDS} folds grouped by site",
        "blocks": {"rows": int(len(true)), "precision": round(precision, 4), "recall": round(recall, 4),
                   "f1": round(2 * precision * recall / max(1e-9, precision + recall), 4)},
        "wcxb_all": {"newsfilter": _text_metrics(wcxb, cv["predictions"])},
        "wcxb_articles": {"newsfilter": _text_metrics(articles, cv["predictions"])},
    }
    peer = _trafilatura(data, {p.page_id for p in wcxb})
    if peer is not None:
        metrics["wcxb_all"]["trafilatura"] = _text_metrics(wcxb, peer)  # type: ignore[index]
        metrics["wcxb_articles"]["trafilatura"] = _text_metrics(articles, peer)  # type: ignore[index]
    return metrics


def _card(name: str, path: Path, counts: Counter[str], metrics: dict[str, object]) -> dict[str, object]:
    return {
        "name": name,
        "kind": "blocks",
        "created": _dt.date.today().isoformat(),
        "feature_version": BLOCK_FEATURE_VERSION,
        "sha256": sha256_of(path),
        "size_bytes": path.stat().st_size,
        "libraries": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                      "numpy": np.__version__, "joblib": joblib.__version__},
        "training_data": [{"source": s, "pages": n, "licence": LICENCES[s]} for s, n in sorted(counts.items())],
        "metrics": metrics,
        "notes": "Content-versus-boilerplate block classifier. Never trained or tuned on the AEB pages.",
    }


def write_readme(directory: Path, card: dict[str, object]) -> None:
    """The readable model card next to card.json."""
    lines = [f"# Model card: {card['name']}", "", "Content-versus-boilerplate block classifier for HTML pages.",
             "Generated by `python -m training.blocks`; do not edit.", "", "## Training data", "",
             "| source | pages | licence |", "|---|---|---|"]
    for item in card["training_data"]:  # type: ignore[union-attr]
        lines.append(f"| {item['source']} | {item['pages']} | {item['licence']} |")
    lines += ["", "The Article Extraction Benchmark (scrapinghub-aeb) is never used for training or tuning.", "",
              "## Metrics (held-out sites)", "", "```json", json.dumps(card["metrics"], indent=2), "```", "",
              "## Libraries", "", "```json", json.dumps(card["libraries"], indent=2), "```", "",
              f"sha256 of `{MODEL_FILE}`: `{card['sha256']}`", ""]
    lines += export_lines(card)
    (directory / "README.md").write_text("\n".join(lines), encoding="utf-8")


def _code_key() -> str:
    """A digest of the code that turns pages into labelled blocks: a cache
    made by other code (an older segmenter, no fragments) is never reused."""
    import hashlib

    import filter

    digest = hashlib.sha256()
    package = Path(filter.__file__).parent
    for path in sorted(package.glob("*.py")) + [Path(__file__)]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--out", type=Path, help="new model directory, e.g. models/blocks-v5")
    parser.add_argument("--no-eval", action="store_true", help="skip the cross-validation")
    parser.add_argument("--quick", action="store_true", help="evaluate on one held-out fold only (for development)")
    parser.add_argument("--cache", type=Path, help="reuse segmented pages from this pickle (made if missing or made by other code)")
    parser.add_argument("--held-out", type=Path, help="also write the held-out block probabilities here, for benchmarks.heldout")
    args = parser.parse_args(argv)
    if args.out is not None and args.out.exists():
        parser.error(f"{args.out} exists; models are never rewritten, choose a new version")
    start = time.perf_counter()
    key = _code_key()
    cached = joblib.load(args.cache) if args.cache is not None and args.cache.exists() else None
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == key:
        pages = cached[1]
    else:
        if cached is not None:
            print(f"{args.cache} was made by other code; segmenting again", file=sys.stderr)
        pages = list(_pages(args.data))
        if args.cache is not None:
            joblib.dump((key, pages), args.cache)
    print(f"{len(pages)} pages segmented in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    vocabulary = build_vocabulary(pages)
    if args.no_eval and args.held_out is not None:
        parser.error("--held-out needs the cross-validation (drop --no-eval)")
    metrics = {} if args.no_eval else evaluate(args.data, pages, vocabulary, 1 if args.quick else FOLDS, args.held_out)
    print(json.dumps(metrics, indent=2))
    if args.out is not None:
        model = fit(pages, vocabulary)
        model.info = {"name": args.out.name}
        args.out.mkdir(parents=True)
        path = args.out / MODEL_FILE
        joblib.dump(model, path, compress=3)
        card = _card(args.out.name, path, Counter(p.source for p in pages), metrics)
        card["inference"] = write_export(args.out, model, "blocks")
        write_card(args.out, card)
        write_readme(args.out, card)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
