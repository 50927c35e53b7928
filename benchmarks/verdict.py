"""The document verdict (``Summary.label``) on opinion pieces and news reports.

    python -m benchmarks.verdict --data ../shared/data

No public set labels whole documents as news or opinion, but a newspaper
files its opinion pieces under their own section, and the section shows in
the URL. The SemEval 2019 hyperpartisan articles carry their URL: an
article whose URL path names an opinion section (``/opinion/``,
``/editorials/``, ``/columnists/``, ``/commentary/``, ``/letters/`` …) is
taken as opinion, and one that is not hyperpartisan and whose path names a
news section (``/news/``, ``/politics/``, ``/world/``, ``/story/`` …) or
carries a date as news. The rest are left out. The labels are weak (a
columnist may report, a news section may hold analysis) and the sites are
mostly American.

Each article's paragraphs are cleaned as plain text, as one document. The
command prints the confusion of the verdict, its accuracy and opinion F1,
and, for the opinion share of the news and opinion text that the verdict
thresholds (``pipeline.OPINION_SHARE``), its ROC AUC, a threshold sweep,
and the F1 of a threshold chosen in 5-fold cross-validation grouped by site.

A caveat, plainly: the segment classifier was distilled from a teacher's
sentence labels on these very articles (``training.teacher``). The teacher
read sentences one at a time and never these URLs, so no document label
leaked; but the segment scores are in-sample for the teacher's view.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

OPINION_URL = re.compile(
    r"/(?:opinions?|editorials?|columns?|columnists?|commentary|op-?eds?|letters?(?:-to-the-editor)?|views|voices)(?:[/_-]|$)",
    re.IGNORECASE,
)
"""A URL path that files the article under opinion: the benchmark's label,
kept as it was set so that its figures stay comparable across rounds. It is
looser than the runtime's ``filter.section.OPINION_URL`` (a slug such as
``/opinion-…`` and ``/views/`` count here), which only reads whole
directories; this command cleans its articles without their URLs, so the
runtime never sees the label."""
NEWS_URL = re.compile(
    r"/(?:news|politics|world|us|nation|national|local|business|story|article|\d{4}/\d{1,2}/\d{1,2})/", re.IGNORECASE
)
"""A URL path that files the article under news, or dates it as a report."""
GROUND_TRUTH = ("ground-truth-training-byarticle-20181122.xml", "ground-truth-test-byarticle-20181207.xml")
_ENTRY = re.compile(r'<article hyperpartisan="(\w+)" id="(\d+)"[^>]*?url="([^"]*)"')
_HOST = re.compile(r"^[a-z]+://(?:www\.|m\.)?([^/?#]+)", re.IGNORECASE)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.15, 0.61, 0.05))


@dataclass(frozen=True)
class Document:
    article: str
    site: str
    opinion: bool
    text: str


def section_label(url: str, hyperpartisan: bool) -> bool | None:
    """True for an opinion section, False for a news section, None otherwise."""
    path = _HOST.sub("", url)
    if OPINION_URL.search(path):
        return True
    if not hyperpartisan and NEWS_URL.search(path):
        return False
    return None


def section_labels(data: Path) -> dict[str, tuple[bool, str]]:
    """Article id: (filed under opinion, site), for the articles whose URL
    files them under opinion or news (``section_label``)."""
    from training import sources

    base = data / sources.HYPERPARTISAN
    labels: dict[str, tuple[bool, str]] = {}
    for name in GROUND_TRUTH:
        for hyperpartisan, article, url in _ENTRY.findall((base / name).read_text(encoding="utf-8")):
            url = url.replace("&amp;", "&")
            label = section_label(url, hyperpartisan == "true")
            if label is not None:
                host = _HOST.match(url)
                labels[article] = (label, host.group(1).lower() if host else url)
    return labels


def documents(data: Path) -> list[Document]:
    """The labelled articles, in the order of their ids."""
    from training import sources

    labels = section_labels(data)
    paragraphs: dict[str, list[str]] = {}
    for name in sources.HYPERPARTISAN_FILES:
        for article, paragraph in sources.hyperpartisan_paragraphs(str(data), name):
            if article in labels and paragraph:
                paragraphs.setdefault(article, []).append(paragraph)
    return [
        Document(article, labels[article][1], labels[article][0], "\n\n".join(paragraphs[article]))
        for article in sorted(paragraphs)
    ]


def opinion_share(shares: dict[object, float]) -> float:
    from filter.document import Label

    content = shares[Label.NEWS] + shares[Label.OPINION]
    return shares[Label.OPINION] / content if content else 0.0


def f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(truth, predicted, zero_division=0))


def cross_validated_threshold(truth: np.ndarray, share: np.ndarray, sites: np.ndarray) -> tuple[float, list[float]]:
    """F1 of a threshold on ``share`` chosen on four folds of sites and
    applied to the fifth, pooled; and the five thresholds chosen."""
    from sklearn.model_selection import GroupKFold

    grid = np.round(np.arange(0.15, 0.61, 0.01), 2)
    predicted = np.zeros(len(truth), bool)
    chosen: list[float] = []
    for train, test in GroupKFold(n_splits=min(5, len(set(sites)))).split(share, truth, sites):
        best = max(grid, key=lambda t: (f1(truth[train], share[train] >= t), -abs(t - 0.5)))
        chosen.append(float(best))
        predicted[test] = share[test] >= best
    return f1(truth, predicted), chosen


def run(data: Path) -> dict[str, object]:
    from sklearn.metrics import roc_auc_score

    from filter import clean_many
    from filter.document import Label

    docs = documents(data)
    results = clean_many([d.text for d in docs], content_type="text")
    truth = np.array([d.opinion for d in docs])
    called = np.array([r.summary.label is Label.OPINION for r in results])
    share = np.array([opinion_share(r.summary.shares) for r in results])
    sites = np.array([d.site for d in docs])
    cv_f1, chosen = cross_validated_threshold(truth, share, sites)
    return {
        "documents": {"opinion": int(truth.sum()), "news": int((~truth).sum()), "sites": len(set(sites))},
        "verdicts": dict(sorted(Counter(r.summary.label.value for r in results).items())),
        "confusion": {
            "opinion called opinion": int((truth & called).sum()), "opinion called otherwise": int((truth & ~called).sum()),
            "news called opinion": int((~truth & called).sum()), "news called otherwise": int((~truth & ~called).sum()),
        },
        "accuracy": round(float((truth == called).mean()), 4),
        "opinion_f1": round(f1(truth, called), 4),
        "opinion_share_auc": round(float(roc_auc_score(truth, share)), 4) if 0 < truth.sum() < len(truth) else None,
        "sweep": {t: round(f1(truth, share >= t), 4) for t in THRESHOLDS},
        "cross_validated_threshold_f1": round(cv_f1, 4),
        "cross_validated_thresholds": chosen,
    }


def section_shifts(data: Path, teacher: Path) -> dict[str, dict[str, float]]:
    """The shift of the segment classifier's first-pass opinion logit that
    best fits (log loss) the MiniLM teachers' labels (``training.teacher``'s
    output) of the sentences of articles filed under opinion, and of those
    filed as news: how much a page's section says about its sentences beyond
    their words (``pipeline.SECTION_OPINION_SHIFT``)."""
    import json

    from scipy.optimize import minimize_scalar

    from filter.features import as_blocks
    from filter.pipeline import default_model

    labels = section_labels(data)
    rows: dict[bool, list[tuple[str, float]]] = {True: [], False: []}
    with teacher.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("group") in labels:
                rows[labels[record["group"]][0]].append((record["text"], float(record["p_opinion"])))
    scorer = default_model().pipeline
    out = {}
    for filed, name in ((True, "opinion"), (False, "news")):
        if not rows[filed]:
            continue
        z = scorer.first_logits(as_blocks([text for text, _ in rows[filed]]))[:, 1]
        p = np.array([q for _, q in rows[filed]])

        def loss(shift: float, z: np.ndarray = z, p: np.ndarray = p) -> float:
            q = np.clip(1.0 / (1.0 + np.exp(-(z + shift))), 1e-9, 1 - 1e-9)
            return float(-np.mean(p * np.log(q) + (1 - p) * np.log(1 - q)))

        shift = minimize_scalar(loss, bounds=(-4.0, 4.0), method="bounded").x
        out[name] = {"sentences": len(p), "teacher_mean": round(float(p.mean()), 4), "shift": round(float(shift), 3)}
    return out


def print_result(result: dict[str, object], out=sys.stdout) -> None:
    docs = result["documents"]
    print(f"{docs['opinion']} opinion and {docs['news']} news articles from {docs['sites']} sites "  # type: ignore[index]
          f"(SemEval 2019 hyperpartisan, labelled by URL section)", file=out)
    print(f"verdicts: {result['verdicts']}", file=out)
    print(f"confusion: {result['confusion']}", file=out)
    print(f"verdict accuracy {result['accuracy']:.4f}, opinion F1 {result['opinion_f1']:.4f}; "
          f"ROC AUC of the opinion share {result['opinion_share_auc']}", file=out)
    print("opinion F1 by threshold on the opinion share: "
          + ", ".join(f"{t:.2f}: {v:.3f}" for t, v in result["sweep"].items()), file=out)  # type: ignore[union-attr]
    print(f"threshold chosen in 5-fold cross-validation by site: opinion F1 {result['cross_validated_threshold_f1']:.4f}, "
          f"thresholds {result['cross_validated_thresholds']}", file=out)
    for name, fit in result.get("section_shifts", {}).items():  # type: ignore[union-attr]
        print(f"sentences of articles filed as {name}: {fit['sentences']}, teachers' mean P(opinion) {fit['teacher_mean']:.3f}; "
              f"opinion logit shift that fits them best {fit['shift']:+.3f}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.verdict", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--teacher", type=Path, help="the teachers' labels (training.teacher --out): also fit the section shift")
    args = parser.parse_args(argv)
    from training import sources

    if not (args.data / sources.HYPERPARTISAN).is_dir():
        parser.error(f"{args.data / sources.HYPERPARTISAN} does not exist")
    result = run(args.data)
    if args.teacher is not None:
        result["section_shifts"] = section_shifts(args.data, args.teacher)
    print_result(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
