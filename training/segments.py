"""Train the news / opinion / filler segment classifier, evaluate it, write its card.

    OMP_NUM_THREADS=1 python -m training.segments --data ../shared/data \\
        --out models/segments-v14 --static /tmp/static_raw.npz --teacher /tmp/teacher.jsonl

Deterministic: the rows come from ``training.segdata`` (sorted inputs, folds
from a hash of the article, site or template), the synthetic plain-text
documents from fixed hashes, and the estimators are deterministic solvers
with fixed random states. The CheckThat 2024 test file is read only to
report its score; no row of it is trained on, and nothing is tuned on it.

``--static`` names the raw static word table distilled from
all-MiniLM-L6-v2 (see ``training/static_table.py`` for the command that builds
it; it needs torch, a training-time extra only). The fitted model carries a
PCA-reduced float16 copy, so nothing at run time needs the file or torch.

``--teacher`` names the sentences labelled by a fine-tuned MiniLM teacher
(``training/teacher.py``, also a training-time step with torch): the opinion
head learns the teacher's soft labels beside the gold ones (distillation).

A third first-pass head, the teaser head, learns clickbait against plain
headlines (Chakraborty 2016) alone, and a lone-text head decides a short text
passed on its own from the context head's logit and the teaser head's (see
``filter.classifier``); ``--no-teaser`` builds the model without the two, as
before v5. The context head is a logistic regression averaged with boosted
trees (``filter.classifier.CONTEXT_BLEND``); ``--context-trees 0`` builds
the regression alone, as before v8. The document tone's weight (v9 on) is
fitted on the labelled sentences whose article is known (BABE and the
teacher's pool); ``--no-tone`` leaves it out, as before v9.

The evaluation printed every run (and written to the card):
- CheckThat 2024 test macro-F1, news vs opinion (the final model's opinion head);
- BABE and the teacher's pool scored in their articles, without and with the
  document tone (its weight fitted without each fold in turn);
- clickbait accuracy, clickbait vs plain headlines, cross-validated by grouped folds;
- filler vs content F1 on held-out pages (grouped by site) of the HTML sets;
- the 3-class confusion matrix with per-class precision, recall and F1, and
  the expected calibration error, all out of fold;
- segments per second on whole pages (one core) and the model's load time.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

import joblib
import numpy as np
import scipy
import sklearn
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, f1_score

from filter.classifier import (
    CONTEXT_BLEND,
    CONTEXT_LEAVES,
    CONTEXT_TREES,
    BlendedContextHead,
    SegmentClassifier,
    fit_second_pass,
    fit_tone_weight,
    second_pass_logit,
    tone_units,
)
from filter.document import LABELS, Block
from filter.features import (
    FEATURE_VERSION,
    TONE_FLOOR,
    TONE_PRIOR,
    SegmentFeatures,
    combine,
    document_ids,
    document_opinion,
    sigmoid,
    without_unread_opinion,
)
from filter.model import MODEL_FILE, load, sha256_of
from filter.patterns import is_promo_rule
from filter.segment import segment_text, text_block

from . import segdata
from .export import export_lines, write_card, write_export

SEED = 20261124
FILLER_SOURCE_CAP = 6000
"""Each source counts at most this many rows' weight in the filler head, so
that 100,000 wcxb blocks do not drown the promo and clickbait lines."""
PROMO_WEIGHT = 10.0
"""The 70 templated promo / call-to-action lines count ten times each."""
PROMO_LEAD_WEIGHT = 3.0
"""The filler weight of a synthetic document's inline promo line ("Read also:
…", "[Read more: …]", ``INLINE_PROMO``), against 1.0 until segments-v10."""
HTML_TEXT_SHARE = 8
"""One HTML block in this many (by a hash of its text) trains the first-pass
heads; every block of every page trains the context pass."""
CONTEXT_SOURCE_CAP = 30000
"""Each kind of document (wcxb pages, trafilatura pages, pages cut to the
article, synthetic plain text, single sentences) counts this many rows'
weight in the context pass, however many rows it has."""
CROPPED_MIN_BLOCKS = 3
"""Pages with at least this many content blocks also train the context pass
cut to their article region."""
OPINION_SOURCES = ("checkthat", "babe")
ARTICLE_SOURCES = ("babe",)
"""Labelled sentences whose article is known (BABE's ``news_link``), besides
the teacher's pool; the document tone's weight is fitted on them. CheckThat
sentences come without their article."""
DISTILLED_SHARE = 0.2
"""Weight of the teacher-labelled pool in the opinion head, as a multiple of
the CheckThat rows (``--teacher``)."""
OPINION_PAGE_SHARE = 0.5
OPINION_HEADLINE_SHARE = 0.25
"""Weights of page content and plain headlines in the opinion head (as news),
as shares of the CheckThat rows; BABE counts as much as CheckThat."""
SPEED_PAGES = 150
SPEED_RUNS = 3

LICENCES = {
    **segdata.LICENCES,
    "synthetic": "newsfilter (own arrangement of the rows above)",
    "all-MiniLM-L6-v2": "Apache-2.0 (static word table distilled from it)",
    "distilled": (
        "sentences of SemEval 2019 hyperpartisan articles (CC BY 4.0), labelled by MiniLM teachers fine-tuned "
        "on CheckThat train (CC BY-NC-SA 4.0) and BABE (AGPL-3.0)"
    ),
}

PROMO_HEADERS = ("Read Also:", "Related:", "READ MORE", "Also read", "You may also like", "Recommended", "More from this author")


def _h(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16)


def _block(row: dict) -> Block:
    if row.get("page") is None:
        # A sentence or headline on its own, as clean() receives it: a line
        # of plain text. (Until segments-v5 these were bare Block(text), a
        # paragraph with no path that no input ever produced, so the
        # "plain line" features were learned from synthetic documents alone.)
        return text_block(row["text"])
    return Block(
        text=row["text"],
        tag=row["tag"],
        path=row["path"],
        tokens=tuple(row["tokens"]),
        link_density=row["link_density"],
        index=row["index"],
        drop=row.get("drop"),
    )


INLINE_PROMO = ("Read also: {}", "Read also: {}", "READ MORE: {}", "[Read more: {}]", "(See also: {})", "» Related: {}")
"""The forms of the inline promo line of the synthetic documents: mostly the
plain "Read also: …", and a bracketed or bulleted one, which the rules drop
and the segment features read as promo (feature version 4)."""


def synthetic_documents(rows: list[dict]) -> list[tuple[int, list[tuple[Block, str]]]]:
    """Plain-text documents made of two to ten sentences of one fold, a third of them
    in sections under headline-shaped subheadings, often followed by a promo
    header and two or three headlines, a "Read also: …" line (``INLINE_PROMO``) or a call to
    action, then cut by the package's own ``segment_text``."""
    sentences = [r for r in rows if r["source"] in OPINION_SOURCES and r["page"] is None]
    headlines = [r for r in rows if r["source"] in ("headline", "clickbait")]
    promos = [r for r in rows if r["source"] == "promo"]
    documents = []
    for k in range(segdata.N_FOLDS):
        S = [r for r in sentences if r["fold"] == k]
        H = [r for r in headlines if r["fold"] == k]
        plain = [r for r in reversed(H) if r["source"] == "headline"]  # from the end: not the teasers taken from the front
        P = [r for r in promos if r["fold"] == k] or promos
        i = j = m = 0
        while i + 10 < len(S) and j + 3 < len(H) and m + 2 < len(plain):
            n = 2 + _h(f"n{k}:{i}") % 9
            lines = [(r["text"], r["label"]) for r in S[i : i + n]]
            i += n
            if _h(f"sub{k}:{i}") % 3 == 0:
                # An article in sections: plain headlines as subheadings
                # (numbered half the time, as a listicle's items are) before
                # the first and the middle sentence. Content, where the same
                # lines after a promo header are teasers.
                numbered = _h(f"num{k}:{i}") % 2 == 1
                for number, at in ((2, n // 2), (1, 0)):
                    subheading = plain[m]["text"]
                    lines.insert(at, (f"{number}. {subheading}" if numbered else subheading, "news"))
                    m += 1
            kind = _h(f"kind{k}:{i}") % 6
            if kind <= 2:
                lines.append((PROMO_HEADERS[_h(f"h{k}:{i}") % len(PROMO_HEADERS)], "filler"))
                lines += [(r["text"], "filler") for r in H[j : j + 2 + _h(f"m{k}:{i}") % 2]]
                j += 3
            elif kind == 3:
                inline = INLINE_PROMO[_h(f"i{k}:{i}") % len(INLINE_PROMO)]
                lines.insert(n // 2, (inline.format(H[j]["text"]), "filler"))
                j += 1
            elif kind == 4:
                lines.append((P[_h(f"p{k}:{i}") % len(P)]["text"], "filler"))
            wanted = {text: label for text, label in lines}
            blocks = [b for b in segment_text("\n".join(text for text, _ in lines)) if b.text in wanted]
            if _h(f"html{k}:{i}") % 2:
                # Half of them as the paragraphs of an HTML article body that
                # the block classifier let through: no plain-text promo marks.
                blocks = [Block(b.text, tag="p", path="html>body>article>p", index=n, drop=None) for n, b in enumerate(blocks)]
            documents.append((k, [(b, wanted[b.text]) for b in blocks]))
    return documents


def distilled_sentences(path: Path, banned: set[str]) -> list[tuple[str, float, int, str]]:
    """The teacher's labelled pool (``training/teacher.py``): (text, P(opinion),
    fold, article), without any sentence of CheckThat (train, dev or test) or BABE."""
    out = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = segdata.norm_key(r["text"])
            if key in banned or key in seen:
                continue
            seen.add(key)
            article = f"distilled:{r['source']}:{r['group']}"
            out.append((r["text"], float(r["p_opinion"]), segdata.fold_of(article), article))
    return out


def training_set(data: Path, teacher: Path | None = None) -> dict[str, object]:
    rows = [r for r in segdata.assemble(str(data)) if r["source"] != "hyperpartisan"]
    blocks: list[Block] = []
    labels: list[str] = []
    info: list[tuple[str, int, bool]] = []  # source, fold, dup
    lengths: list[int] = []
    split: list[str] = []
    soft: list[float] = []
    article: list[str] = []  # the article of a labelled sentence whose article is known, else ""
    pages: dict[str, list[dict]] = {}
    for r in rows:
        if r["page"] is None:
            blocks.append(_block(r))
            labels.append(r["label"])
            info.append((r["source"], r["fold"], False))
            lengths.append(1)
            split.append(r["split"])
            article.append(r["group"] if r["source"] in ARTICLE_SOURCES else "")
        else:
            pages.setdefault(r["page"], []).append(r)
    for page in sorted(pages):
        page_rows = sorted(pages[page], key=lambda r: r["index"])
        for r in page_rows:
            blocks.append(_block(r))
            labels.append(r["label"])
            info.append((r["source"], r["fold"], r["dup"]))
        lengths.append(len(page_rows))
        # The same page cut to its article region (first to last content
        # block): what the scorer sees once the block classifier has removed
        # the page furniture, with any promo lines inside the body still in.
        content = [i for i, r in enumerate(page_rows) if r["label"] == "news"]
        if len(content) >= CROPPED_MIN_BLOCKS:
            region = page_rows[content[0] : content[-1] + 1]
            for r in region:
                blocks.append(_block(r))
                labels.append(r["label"])
                info.append(("cropped", r["fold"], True))
            lengths.append(len(region))
    for fold, doc in synthetic_documents(rows):
        for block, label in doc:
            blocks.append(block)
            labels.append(label)
            info.append(("synthetic", fold, True))
        lengths.append(len(doc))
    split += [""] * (len(blocks) - len(split))
    article += [""] * (len(blocks) - len(article))
    soft += [np.nan] * len(blocks)
    if teacher is not None:
        banned = {segdata.norm_key(r["text"]) for r in rows if r["source"] in OPINION_SOURCES}
        banned |= {segdata.norm_key(text) for text, _ in segdata.load_checkthat_test(str(data))}
        # Each pool sentence twice, once per label, weighted by the teacher's
        # probability of that label: logistic regression then fits the
        # teacher's soft labels (cross-entropy against P), not rounded ones.
        for text, p, fold, group in distilled_sentences(teacher, banned):
            for label, share in (("opinion", p), ("news", 1.0 - p)):
                blocks.append(text_block(text))
                labels.append(label)
                info.append(("distilled", fold, True))
                lengths.append(1)
                split.append("")
                soft.append(share)
                article.append(group)
    source = np.array([s for s, _, _ in info])
    fold = np.array([f for _, f, _ in info])
    dup = np.array([d for _, _, d in info])
    numbers = {name: i for i, name in enumerate(sorted(set(article) - {""}))}
    articles = np.array([numbers.get(name, -1) for name in article], dtype=np.int64)
    return {"blocks": blocks, "labels": np.array(labels), "source": source, "fold": fold, "dup": dup, "lengths": lengths,
            "split": np.array(split), "soft": np.array(soft), "articles": articles}


def teaser_weights(ts: dict[str, object]) -> np.ndarray:
    """The teaser head learns clickbait against plain headlines, every
    headline of the set once (the grouped folds keep templates together)."""
    return (np.isin(ts["source"], ["clickbait", "headline"]) & ~ts["dup"]).astype(float)


def weights(ts: dict[str, object], distilled_share: float = DISTILLED_SHARE) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    source, dup, labels, blocks = ts["source"], ts["dup"], ts["labels"], ts["blocks"]
    is_page = np.isin(source, ["wcxb", "trafilatura"])
    sampled = np.array([not p or _h(b.text) % HTML_TEXT_SHARE == 0 for p, b in zip(is_page, blocks)])
    in_filler = ~dup & sampled & ~np.isin(source, ["synthetic", "cropped"])
    counts = Counter(source[in_filler])
    filler_w = np.array([min(1.0, FILLER_SOURCE_CAP / counts[s]) if ok else 0.0 for s, ok in zip(source, in_filler)])
    filler_w[source == "promo"] = PROMO_WEIGHT
    # "Read also: <headline>" lines of the synthetic documents teach the first
    # pass that a neutral headline behind a promo lead is still filler.
    promo_lead = (source == "synthetic") & (labels == "filler") & np.array([is_promo_rule(b.text) and ":" in b.text[:20] for b in blocks])
    filler_w[promo_lead] = PROMO_LEAD_WEIGHT
    n_ct, n_babe = (source == "checkthat").sum(), (source == "babe").sum()
    opinion_w = np.zeros(len(source))
    opinion_w[source == "checkthat"] = 1.0
    opinion_w[source == "babe"] = n_ct / max(n_babe, 1)
    # Page content and plain headlines as news, lightly: without them the head
    # has only ever seen full sentences and calls headings, list items and
    # captions opinion. (A few wcxb articles are columns: some label noise.)
    content = in_filler & is_page & (labels == "news")
    opinion_w[content] = OPINION_PAGE_SHARE * n_ct / max(content.sum(), 1)
    headline = source == "headline"
    opinion_w[headline] = OPINION_HEADLINE_SHARE * n_ct / max(headline.sum(), 1)
    distilled = source == "distilled"
    if distilled.any():
        # The teacher's pool counts distilled_share times the CheckThat rows in
        # all, each sentence in proportion to the teacher's probability of
        # each label (the two rows of a sentence sum to one sentence).
        opinion_w[distilled] = distilled_share * n_ct / (distilled.sum() / 2) * ts["soft"][distilled]
    kind = np.where(is_page | np.isin(source, ["synthetic", "cropped"]), source, "single")
    kinds = Counter(kind[~distilled])
    context_w = np.array([0.0 if d else CONTEXT_SOURCE_CAP / kinds[k] for k, d in zip(kind, distilled)])
    return filler_w, opinion_w, context_w


def ece(proba: np.ndarray, truth: np.ndarray, bins: int = 15) -> float:
    """Expected calibration error of the top label, 15 equal-width bins."""
    confidence = proba.max(axis=1)
    correct = proba.argmax(axis=1) == truth
    total = 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        inside = (confidence > lo) & (confidence <= hi)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)


def tone_weights_by_fold(model: SegmentClassifier, ts: dict[str, object], opinion_w: np.ndarray) -> dict[int, float]:
    """The document tone's weight fitted without each fold in turn (the
    first pass's out-of-fold opinion probabilities, as ``fit`` uses)."""
    _, oof_opinion, _ = model.oof_first_
    is_opinion = ts["labels"] == "opinion"
    texts = [b.text for b in ts["blocks"]]
    return {
        int(k): fit_tone_weight(oof_opinion, is_opinion, np.where(ts["fold"] == k, 0.0, opinion_w), ts["articles"], texts)
        for k in np.unique(ts["fold"])
    }


def tone_out_of_fold(model: SegmentClassifier, ts: dict[str, object], opinion_w: np.ndarray,
                     by_fold: dict[int, float]) -> dict[str, object]:
    """The document tone scored out of fold (``by_fold``: the weights of
    ``tone_weights_by_fold``) on the labelled sentences of articles: BABE's
    macro-F1 (gold) and the teacher's pool's agreement with the teacher
    (macro-F1 against its labels rounded), each without and with the tone,
    and the weight of every fold. Sentences of one article share a fold."""
    _, oof_opinion, _ = model.oof_first_
    texts = [b.text for b in ts["blocks"]]
    p, target, _, doc, first = tone_units(oof_opinion, ts["labels"] == "opinion", opinion_w, ts["articles"], texts)
    fold, source = ts["fold"][first], ts["source"][first]
    raised = p.copy()
    for k, w in by_fold.items():
        held = fold == k
        raised[held] = document_opinion(p, np.ones(len(p)), doc, w)[held]
    out: dict[str, object] = {"document_tone_weight_by_fold": [round(w, 3) for _, w in sorted(by_fold.items())]}
    for name, kind in (("babe", "babe"), ("teacher_pool", "distilled")):
        rows = source == kind
        if rows.any():
            out[f"{name}_articles_macro_f1_grouped_cv"] = {
                "without_tone": round(f1_score(target[rows] > 0.5, p[rows] > 0.5, average="macro"), 4),
                "with_tone": round(f1_score(target[rows] > 0.5, raised[rows] > 0.5, average="macro"), 4),
                "sentences": int(rows.sum()),
                "articles_of_two_or_more": int((np.bincount(doc[rows]) >= 2).sum()),
            }
    return out


def evaluate_out_of_fold(model: SegmentClassifier, ts: dict[str, object], context_w: np.ndarray,
                         tone_by_fold: dict[int, float] | None = None) -> dict[str, object]:
    """Metrics from out-of-fold predictions: the first pass comes from models
    that did not see the fold, the context pass is cross-validated the same
    way, and so is the document tone's weight (``tone_by_fold``, from
    ``tone_weights_by_fold``, when the model has a tone)."""
    oof_filler, oof_opinion, oof_teaser = model.oof_first_
    C, lone = model.oof_context_, model.oof_lone_
    y = np.array([LABELS.index(v) for v in ts["labels"]])
    fold, source, dup = ts["fold"], ts["source"], ts["dup"]
    final_filler = np.zeros(len(y))
    for k in np.unique(fold):
        held = fold == k
        scaler, head, lone_head = fit_second_pass(
            C, y == 2, np.where(held, 0.0, context_w), lone, oof_teaser, model.context_C, model.random_state,
            model.context_trees, model.context_blend,
        )
        z = second_pass_logit(scaler, head, lone_head, C[held], lone[held], None if oof_teaser is None else oof_teaser[held])
        final_filler[held] = sigmoid(z)
    opinion = oof_opinion
    if tone_by_fold is not None:
        # Pages and plain-text documents as the model scores them: the tone
        # of each document, at the weight fitted without its fold.
        doc = document_ids(ts["blocks"], ts["lengths"])
        opinion = oof_opinion.copy()
        for k, w in tone_by_fold.items():
            held = fold == k
            opinion[held] = document_opinion(oof_opinion, 1.0 - final_filler, doc, w)[held]
    proba = combine(final_filler, without_unread_opinion(opinion, ts["blocks"]))
    pred = proba.argmax(axis=1)
    names = [label.value for label in LABELS]

    clickbait = np.isin(source, ["clickbait", "headline"])
    pages = np.isin(source, ["wcxb", "trafilatura"])
    scored = ~dup | pages  # every block of the held-out pages, each sentence once
    report = classification_report(y[scored], pred[scored], labels=[0, 1, 2], target_names=names, output_dict=True, zero_division=0)
    sentence = np.isin(source, OPINION_SOURCES)
    dev = sentence & (source == "checkthat")
    dev_only = dev & (ts["split"] == "dev")  # CheckThat dev: never seen by the teacher
    return {
        "clickbait_accuracy_grouped_cv": round(accuracy_score(y[clickbait] == 2, pred[clickbait] == 2), 4),
        "filler_vs_content_f1_heldout_pages": round(f1_score(y[pages] == 2, pred[pages] == 2), 4),
        "filler_vs_content_f1_heldout_pages_by_set": {
            s: round(f1_score(y[source == s] == 2, pred[source == s] == 2), 4) for s in ("wcxb", "trafilatura")
        },
        "filler_vs_content_f1_synthetic_plain_text": round(f1_score(y[source == "synthetic"] == 2, pred[source == "synthetic"] == 2), 4),
        "filler_vs_content_f1_article_regions": round(f1_score(y[source == "cropped"] == 2, pred[source == "cropped"] == 2), 4),
        "checkthat_train_dev_macro_f1_grouped_cv": round(f1_score(y[dev] == 1, oof_opinion[dev] > 0.5, average="macro"), 4),
        "checkthat_dev_macro_f1_grouped_cv": round(f1_score(y[dev_only] == 1, oof_opinion[dev_only] > 0.5, average="macro"), 4),
        "babe_macro_f1_grouped_cv": round(f1_score(y[source == "babe"] == 1, oof_opinion[source == "babe"] > 0.5, average="macro"), 4),
        "three_class": {
            "rows": int(scored.sum()),
            "macro_f1": round(f1_score(y[scored], pred[scored], average="macro"), 4),
            "per_class": {n: {k: round(v, 4) for k, v in report[n].items()} for n in names},
            "confusion_matrix": {"labels": names, "rows_true_columns_predicted": confusion_matrix(y[scored], pred[scored], labels=[0, 1, 2]).tolist()},
            "ece": round(ece(proba[scored], y[scored]), 4),
        },
        "ece_filler_vs_content_pages": round(ece(np.column_stack([1 - final_filler[pages], final_filler[pages]]), (y[pages] == 2).astype(int)), 4),
        "ece_news_vs_opinion_sentences": round(ece(np.column_stack([1 - oof_opinion[sentence], oof_opinion[sentence]]), (y[sentence] == 1).astype(int)), 4),
    }


def checkthat_test(model_dir: Path, data: Path) -> dict[str, object]:
    test = segdata.load_checkthat_test(str(data))
    model = load(model_dir)
    # Each sentence as clean(sentence) scores it: a plain-text document of one line.
    proba = model.predict_proba([text_block(text) for text, _ in test], lengths=[1] * len(test))
    opinion = proba[:, 1] / np.maximum(proba[:, 0] + proba[:, 1], 1e-12)
    truth = np.array([label == "opinion" for _, label in test])
    return {
        "checkthat_2024_test_macro_f1": round(f1_score(truth, opinion > 0.5, average="macro"), 4),
        "checkthat_2024_test_rows": len(test),
        "checkthat_2024_test_ece": round(ece(np.column_stack([1 - opinion, opinion]), truth.astype(int)), 4),
    }


def speed(model_dir: Path, data: Path) -> dict[str, object]:
    from filter import model as model_module

    start = time.perf_counter()
    joblib.load(model_dir / MODEL_FILE)
    load_seconds = time.perf_counter() - start
    model_module._CACHE.clear()  # time a cold, verified load: hash, checks, then the exported arrays (or the pickle)
    start = time.perf_counter()
    model = load(model_dir)  # scored as clean() scores: the exported arrays, in chunks of whole documents
    verified_seconds = time.perf_counter() - start
    paths = sorted((data / "extraction/wcxb-dev/html").glob("*.html.gz"))[:SPEED_PAGES]
    documents = [blocks for blocks in (segdata.page_blocks(str(p)) for p in paths) if blocks]
    flat = [b for d in documents for b in d]
    lengths = [len(d) for d in documents]
    model.predict_proba(flat[:100], [1] * 100)
    runs = []
    for _ in range(SPEED_RUNS):
        start = time.perf_counter()
        model.predict_proba(flat, lengths=lengths)
        runs.append(time.perf_counter() - start)
    return {
        "segments_per_second": round(len(flat) / float(np.median(runs))),
        "speed_benchmark": (
            f"all {len(flat)} blocks of the first {len(documents)} wcxb-dev pages in one call, "
            f"median of {SPEED_RUNS} runs; run with OMP_NUM_THREADS=1 for one core"
        ),
        "load_seconds_unpickle": round(load_seconds, 3),
        "load_seconds_verified": round(verified_seconds, 3),
    }


def _card(name: str, model_path: Path, counts: dict[str, int], metrics: dict[str, object], static: Path | None,
          teacher: Path | None = None, teacher_share: float = DISTILLED_SHARE,
          context_head: str = "logistic regression") -> dict[str, object]:
    training = [{"source": s, "rows": n, "licence": LICENCES[s]} for s, n in sorted(counts.items())]
    for item in training:
        if item["source"] == "distilled" and teacher is not None:
            item["labels_sha256"] = sha256_of(teacher)
            item["built_by"] = "training/teacher.py"
            item["opinion_head_share_of_checkthat"] = teacher_share
    if static is not None:
        training.append({
            "source": "all-MiniLM-L6-v2",
            "rows": 0,
            "licence": LICENCES["all-MiniLM-L6-v2"],
            "table_sha256": sha256_of(static),
            "built_by": "training/static_table.py",
        })
    return {
        "name": name,
        "created": _dt.date.today().isoformat(),
        "feature_version": FEATURE_VERSION,
        "labels": [label.value for label in LABELS],
        "context_head": context_head,
        "sha256": sha256_of(model_path),
        "size_bytes": model_path.stat().st_size,
        "libraries": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "joblib": joblib.__version__,
        },
        "training_data": training,
        "metrics": metrics,
        "notes": (
            "Trained on CheckThat! 2024 sentences, which are CC BY-NC-SA 4.0: the model inherits the "
            "NON-COMMERCIAL, SHARE-ALIKE terms. BABE is AGPL-3.0 (repository licence). The static word table "
            "is distilled from all-MiniLM-L6-v2 (Apache-2.0). The CheckThat 2024 test file was never trained or "
            "tuned on."
        ),
    }


def write_readme(directory: Path, card: dict[str, object]) -> None:
    """The readable model card next to card.json."""
    lines = [f"# Model card: {card['name']}", "", "Generated by `python -m training.segments`; do not edit.", ""]
    lines += ["## Training data", "", "| source | rows | licence |", "|---|---|---|"]
    for item in card["training_data"]:  # type: ignore[union-attr]
        lines.append(f"| {item['source']} | {item['rows']} | {item['licence']} |")
    lines += ["", "## Metrics", "", "```json", json.dumps(card["metrics"], indent=2), "```", ""]
    lines += ["## Libraries", "", "```json", json.dumps(card["libraries"], indent=2), "```", ""]
    lines += [f"sha256 of `{MODEL_FILE}`: `{card['sha256']}`", ""]
    lines += export_lines(card)
    lines += [str(card["notes"]), ""]
    (directory / "README.md").write_text("\n".join(lines), encoding="utf-8")


def print_evaluation(metrics: dict[str, object], out=sys.stdout) -> None:
    three = metrics["three_class"]
    print(f"CheckThat 2024 test macro-F1 (news vs opinion): {metrics['checkthat_2024_test_macro_f1']:.4f}"
          f"  (ECE {metrics['checkthat_2024_test_ece']:.4f}, {metrics['checkthat_2024_test_rows']} sentences)", file=out)
    print(f"Clickbait accuracy, grouped 5-fold CV:          {metrics['clickbait_accuracy_grouped_cv']:.4f}", file=out)
    print(f"Filler vs content F1, held-out pages (by site): {metrics['filler_vs_content_f1_heldout_pages']:.4f}"
          f"  {metrics['filler_vs_content_f1_heldout_pages_by_set']}", file=out)
    print(f"Filler vs content F1, synthetic plain text:     {metrics['filler_vs_content_f1_synthetic_plain_text']:.4f}", file=out)
    print(f"Filler vs content F1, pages cut to the article: {metrics['filler_vs_content_f1_article_regions']:.4f}", file=out)
    print(f"CheckThat train+dev grouped CV macro-F1:        {metrics['checkthat_train_dev_macro_f1_grouped_cv']:.4f}"
          f"  (dev alone {metrics['checkthat_dev_macro_f1_grouped_cv']:.4f})", file=out)
    print(f"BABE grouped CV macro-F1:                       {metrics['babe_macro_f1_grouped_cv']:.4f}", file=out)
    for name, label in (("babe", "BABE"), ("teacher_pool", "teacher's pool (agreement)")):
        row = metrics.get(f"{name}_articles_macro_f1_grouped_cv")
        if row:
            print(f"{label}, sentences in their articles, grouped CV macro-F1: {row['without_tone']:.4f} without the "
                  f"document tone, {row['with_tone']:.4f} with it ({row['sentences']} sentences)", file=out)
    if "document_tone_weight" in metrics:
        print(f"Document tone weight: {metrics['document_tone_weight']}", file=out)
    print(f"3-class, out of fold ({three['rows']} rows), macro-F1 {three['macro_f1']:.4f}; confusion (rows true, columns predicted):", file=out)
    names = three["confusion_matrix"]["labels"]
    print("           " + "".join(f"{n:>10}" for n in names) + "   precision  recall      F1", file=out)
    for n, row in zip(names, three["confusion_matrix"]["rows_true_columns_predicted"]):
        pc = three["per_class"][n]
        print(f"{n:>10} " + "".join(f"{v:>10}" for v in row) + f"   {pc['precision']:9.4f} {pc['recall']:7.4f} {pc['f1-score']:7.4f}", file=out)
    print(f"Expected calibration error: 3-class {three['ece']:.4f}; filler vs content (pages) "
          f"{metrics['ece_filler_vs_content_pages']:.4f}; news vs opinion (sentences) {metrics['ece_news_vs_opinion_sentences']:.4f}", file=out)
    print(f"Segments per second: {metrics['segments_per_second']} ({metrics['speed_benchmark']})", file=out)
    print(f"Load: {metrics['load_seconds_verified']} s verified ({metrics['load_seconds_unpickle']} s unpickle); "
          f"model file {metrics['model_mb']} MB", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--out", type=Path, required=True, help="new model directory, e.g. models/segments-v14")
    parser.add_argument("--static", type=Path, default=None, help="raw static word table (.npz) from training/static_table.py")
    parser.add_argument("--teacher", type=Path, default=None, help="teacher-labelled sentences (.jsonl) from training/teacher.py")
    parser.add_argument("--teacher-share", type=float, default=DISTILLED_SHARE,
                        help=f"weight of the teacher's pool in the opinion head, in CheckThat rows (default {DISTILLED_SHARE})")
    parser.add_argument("--no-teaser", action="store_true",
                        help="leave out the teaser head (clickbait against plain headlines), as models before v5 were built")
    parser.add_argument("--context-trees", type=int, default=CONTEXT_TREES,
                        help=f"boosting rounds of the trees in the context head (default {CONTEXT_TREES}; 0: a logistic regression alone, as before v8)")
    parser.add_argument("--context-blend", type=float, default=CONTEXT_BLEND,
                        help=f"the trees' weight in the context head's logit (default {CONTEXT_BLEND})")
    parser.add_argument("--no-tone", action="store_true",
                        help="leave out the document tone (opinion raised by the rest of the document), as models before v9 were built")
    parser.add_argument("--force", action="store_true", help="overwrite an existing directory")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.force:
        parser.error(f"{args.out} exists; models are never rewritten, choose a new version")
    if not 0.0 <= args.context_blend <= 1.0:
        parser.error("--context-blend is a weight between 0 and 1")
    t0 = time.perf_counter()
    ts = training_set(args.data, args.teacher)
    filler_w, opinion_w, context_w = weights(ts, args.teacher_share)
    print(f"rows {len(ts['blocks'])}; filler head {int((filler_w > 0).sum())}, opinion head {int((opinion_w > 0).sum())}, "
          f"documents {len(ts['lengths'])} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    features = SegmentFeatures(static_table=str(args.static) if args.static else None)
    model = SegmentClassifier(features=features, random_state=SEED, context_trees=args.context_trees, context_blend=args.context_blend)
    model.fit(ts["blocks"], ts["labels"], filler_weight=filler_w, opinion_weight=opinion_w, lengths=ts["lengths"],
              folds=ts["fold"], context_weight=context_w, teaser_weight=None if args.no_teaser else teaser_weights(ts),
              articles=None if args.no_tone else ts["articles"])
    print(f"fitted ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    tone_by_fold = None if model.tone_weight_ is None else tone_weights_by_fold(model, ts, opinion_w)
    metrics = evaluate_out_of_fold(model, ts, context_w, tone_by_fold)
    if tone_by_fold is not None:
        metrics.update(tone_out_of_fold(model, ts, opinion_w, tone_by_fold))
        metrics["document_tone_weight"] = round(model.tone_weight_, 4)
    args.out.mkdir(parents=True, exist_ok=True)
    model_path = args.out / MODEL_FILE
    joblib.dump(model, model_path, compress=3)
    counts = dict(Counter(s for s, d in zip(ts["source"], ts["dup"]) if (not d or s == "synthetic")))
    if args.teacher is not None:
        counts["distilled"] = int((ts["source"] == "distilled").sum() // 2)
    head = "logistic regression"
    if isinstance(model.context_head_, BlendedContextHead):  # what was fitted, not the arguments again
        blended = model.context_head_
        head += f", its logit averaged with boosted trees' ({blended.trees.max_iter} rounds of {CONTEXT_LEAVES} leaves) at weight {blended.blend}"
    card = _card(args.out.name, model_path, counts, {}, args.static, args.teacher, args.teacher_share, head)
    if model.tone_weight_ is not None:
        card["document_tone"] = (
            f"opinion logit + {model.tone_weight_:.4f} x the rest of the document's mean opinion logit above "
            f"{TONE_FLOOR} (shrunk by {TONE_PRIOR} pseudo-paragraph), never lowered; weight fitted on BABE and "
            "teacher-labelled sentences grouped by article"
        )
    card["inference"] = write_export(args.out, model, "segments")
    write_card(args.out, card)
    metrics.update(checkthat_test(args.out, args.data))
    metrics.update(speed(args.out, args.data))
    metrics["model_mb"] = round(model_path.stat().st_size / 1e6, 2)
    card["metrics"] = metrics
    write_card(args.out, card)
    write_readme(args.out, card)
    print_evaluation(metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
