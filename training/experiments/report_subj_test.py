"""Final report only: the binary opinion head chosen on CheckThat dev (exp_subj.py),
refit on CheckThat train+dev + BABE, scored once on the 2024 test set.

    python training/experiments/report_subj_test.py --rows /tmp/segdata.jsonl --static /tmp/static_raw.npz --data /work/shared/data
"""
import argparse, json, os, sys, time
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union, FunctionTransformer
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import f1_score, roc_auc_score
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from seg_features_draft import TextShape, StaticEmbedding, texts_of
import segdata

ap = argparse.ArgumentParser()
ap.add_argument("--rows", required=True); ap.add_argument("--static", required=True); ap.add_argument("--data", required=True)
a = ap.parse_args()
rows = [json.loads(l) for l in open(a.rows, encoding="utf-8")]
rows = [r for r in rows if not r["dup"] and r["source"] in ("checkthat", "babe")]
n_ct = sum(r["source"] == "checkthat" for r in rows)
n_b = len(rows) - n_ct
w = np.array([1.0 if r["source"] == "checkthat" else n_ct / n_b for r in rows])
y = np.array([r["label"] == "opinion" for r in rows], int)
test = segdata.load_checkthat_test(a.data)
yt = np.array([l == "opinion" for _, l in test])
for char in (False, True):
    parts = [make_pipeline(FunctionTransformer(texts_of), HashingVectorizer(ngram_range=(1, 2), n_features=2**18, alternate_sign=False, norm=None, token_pattern=r"(?u)\b\w+\b"), TfidfTransformer(sublinear_tf=True)),
             make_pipeline(TextShape(), StandardScaler()), StaticEmbedding(table=a.static, dim=128)]
    if char:
        parts.append(make_pipeline(FunctionTransformer(texts_of), HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**18, alternate_sign=False, norm=None), TfidfTransformer(sublinear_tf=True)))
    m = make_pipeline(make_union(*parts), LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")).fit(rows, y, logisticregression__sample_weight=w)
    p = m.predict_proba([t for t, _ in test])[:, 1]
    t = time.time(); m.predict_proba([t_ for t_, _ in test] * 10); sps = 4840 / (time.time() - t)
    print(f"binary opinion head char={char}: 2024 TEST macro-F1 {f1_score(yt, p > 0.5, average='macro'):.3f} AUC {roc_auc_score(yt, p):.3f} speed {sps:.0f}/s")
