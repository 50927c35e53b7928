"""News vs opinion: which data and features help on CheckThat dev.

    python training/experiments/exp_subj.py --rows /tmp/segdata.jsonl [--static /tmp/static_raw.npz]

Trains on CheckThat train (+ other sources) and scores CheckThat dev (macro-F1
at p=0.5, ROC AUC). Never touches dev_test. Single core.
"""
import argparse, json, os, sys, time
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import f1_score, roc_auc_score

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from seg_features_draft import TextShape, StaticEmbedding

ap = argparse.ArgumentParser()
ap.add_argument("--rows", required=True)
ap.add_argument("--static")
ap.add_argument("--only", default="")
a = ap.parse_args()
rows = [json.loads(l) for l in open(a.rows, encoding="utf-8")]
rows = [r for r in rows if not r["dup"] and r["label"] in ("news", "opinion")]
dev = [r for r in rows if r["source"] == "checkthat" and r["split"] == "dev"]
pool = [r for r in rows if r not in dev] if False else [r for r in rows if not (r["source"] == "checkthat" and r["split"] == "dev")]
ydev = np.array([r["label"] == "opinion" for r in dev], int)

def feats(kind, tr, te):
    blocks = []
    if "w" in kind:
        v = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200000)
        blocks.append((v.fit_transform([r["text"] for r in tr]), v.transform([r["text"] for r in te])))
    if "c" in kind:
        v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200000)
        blocks.append((v.fit_transform([r["text"] for r in tr]), v.transform([r["text"] for r in te])))
    if "h" in kind:
        t = TextShape().fit(tr); s = StandardScaler()
        blocks.append((sp.csr_matrix(s.fit_transform(t.transform(tr))), sp.csr_matrix(s.transform(t.transform(te)))))
    if "e" in kind:
        t = StaticEmbedding(table=a.static, dim=int(os.environ.get("DIM", 128))).fit(tr)
        blocks.append((sp.csr_matrix(t.transform(tr)), sp.csr_matrix(t.transform(te))))
    return sp.hstack([b[0] for b in blocks]).tocsr(), sp.hstack([b[1] for b in blocks]).tocsr()

def run(name, sources, kind, C=1.0, balance_sources=True):
    tr = [r for r in pool if r["source"] in sources]
    Xtr, Xte = feats(kind, tr, dev)
    y = np.array([r["label"] == "opinion" for r in tr], int)
    w = np.ones(len(tr))
    if balance_sources:  # every source weighs as much as CheckThat train
        n_ct = sum(r["source"] == "checkthat" for r in tr)
        for s in sources:
            idx = [i for i, r in enumerate(tr) if r["source"] == s]
            if idx and s != "checkthat":
                w[idx] = min(1.0, n_ct / len(idx))
    m = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(Xtr, y, sample_weight=w)
    p = m.predict_proba(Xte)[:, 1]
    f1 = f1_score(ydev, p > 0.5, average="macro")
    print(f"{name:48s} n={len(tr):6d} dev macroF1={f1:.3f} AUC={roc_auc_score(ydev, p):.3f}", flush=True)
    return f1

CT = ("checkthat",); CB = ("checkthat", "babe"); CBH = ("checkthat", "babe", "hyperpartisan")
CBN = ("checkthat", "babe", "headline", "wcxb", "trafilatura")
exps = [
    ("ct word", CT, "w"), ("ct word+char", CT, "wc"), ("ct word+hand", CT, "wh"), ("ct word+char+hand", CT, "wch"),
    ("ct+babe word+char", CB, "wc"), ("ct+babe word+char+hand", CB, "wch"), ("ct+babe word+hand", CB, "wh"),
    ("ct+babe+hyp word+char+hand", CBH, "wch"), ("ct+babe+html/headline news word+char+hand", CBN, "wch"),
]
if a.static:
    exps += [("ct emb", CT, "e"), ("ct emb+hand", CT, "eh"), ("ct+babe emb+hand", CB, "eh"), ("ct+babe word+hand+emb", CB, "whe"),
             ("ct+babe word+char+hand+emb", CB, "wche"), ("ct+babe+hyp word+hand+emb", CBH, "whe")]
for name, src, kind in exps:
    if a.only and a.only not in name:
        continue
    run(name, src, kind)
if a.only == "extra":
    for C in (0.3, 3.0):
        run(f"ct+babe word+hand+emb C={C}", CB, "whe", C=C)
    run("ct+babe+html news word+hand+emb", CBN, "whe")
    run("ct+babe+html news emb+hand", CBN, "eh")
