"""Assemble the 3-class (news / opinion / filler) segment training set.

Deterministic: same data folder in, same rows out (no randomness; folds come
from a hash of the group key). Usage::

    python -m training.segdata --data ../shared/data --out /tmp/segdata.jsonl

Each row: ``text, label, source, licence, group, fold, split`` and, for rows
cut from HTML pages, the block context ``tag, path, tokens, link_density,
index, page`` (rows from sentence sets have ``page = None``).

Sources and what they give (every class has >= 2 sources):

=====================  ===========  ========================================  =================
source                 label        what                                      licence
=====================  ===========  ========================================  =================
checkthat              news/opinion CheckThat 2024 subjectivity train+dev      CC BY-NC-SA 4.0
                                    (OBJ -> news, SUBJ -> opinion)
babe                   news/opinion BABE SG2 label_opinion: "Entirely          AGPL-3.0
                                    factual" -> news, "Expresses writer's
                                    opinion" -> opinion (the middle class and
                                    "No agreement" are dropped)
clickbait              filler       Chakraborty 2016 clickbait headlines       MIT
headline               news         Chakraborty 2016 non-clickbait headlines   MIT
wcxb                   news/filler  WCXB dev article pages: blocks aligned     CC-BY-4.0
                                    with main_content -> news, blocks absent
                                    from it -> filler
trafilatura            news/filler  trafilatura-eval pages: blocks holding a   Apache-2.0
                                    "with" snippet -> news, a "without"
                                    snippet -> filler
promo                  filler       promo / call-to-action lines generated     project's own
                                    from the templates in PROMO_TEMPLATES
hyperpartisan (weak)   opinion      paragraphs of hyperpartisan=true articles  CC BY 4.0
                                    (only with --weak; never test data)
=====================  ===========  ========================================  =================

Splits:
- ``split`` is ``train`` everywhere except CheckThat dev (``dev``). CheckThat
  ``dev_test_en.tsv`` (the 2024 test set) is never part of the training rows;
  ``load_checkthat_test`` exists only for final reporting, and any training
  row whose text equals a test sentence is dropped.
- ``fold`` (0-4) is a hash of ``group``: the article (BABE ``news_link``), the
  site (HTML pages, by host name), the sentence id (CheckThat has no article
  id) or the normalised headline with digits masked (clickbait templates).
- Pages whose URL is in ``extraction/scrapinghub-aeb`` (the public
  scoreboard) are skipped, as is that folder itself.

Dedup: texts are normalised (case, punctuation, whitespace); the first row of
a key wins in the order of SOURCE_ORDER, and a key seen with two different
labels is dropped entirely.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import json
import os
import re
from collections import Counter
from urllib.parse import urlparse

from filter.decode import decode
from filter.segment import segment_html

from . import sources

N_FOLDS = 5
LICENCES = {
    "checkthat": "CC BY-NC-SA 4.0",
    "babe": "AGPL-3.0",
    "clickbait": "MIT",
    "headline": "MIT",
    "wcxb": "CC-BY-4.0",
    "trafilatura": "Apache-2.0",
    "promo": "newsfilter (own templates)",
    "hyperpartisan": "CC BY 4.0",
}
SOURCE_ORDER = ("checkthat", "babe", "wcxb", "trafilatura", "clickbait", "headline", "promo", "hyperpartisan")

WORD_RE = re.compile(r"\w+")


def norm_key(text: str) -> str:
    return " ".join(WORD_RE.findall(text.lower()))


def fold_of(group: str) -> int:
    return int(hashlib.md5(group.encode("utf-8")).hexdigest()[:8], 16) % N_FOLDS


def row(text, label, source, group, split="train", **ctx):
    r = {
        "text": text,
        "label": label,
        "source": source,
        "licence": LICENCES[source],
        "group": f"{source}:{group}",
        "fold": fold_of(f"{source}:{group}"),
        "split": split,
        "page": None,
    }
    r.update(ctx)
    return r


# ---------------------------------------------------------------- sentences
def load_checkthat(data):
    out = []
    for split in ("train", "dev"):
        for r in sources.read_checkthat(data, split):
            label = "news" if r["label"] == "OBJ" else "opinion"
            out.append(row(r["sentence"].strip(), label, "checkthat", r["sentence_id"], split=split))
    return out


def load_checkthat_test(data):
    """The 2024 test set: for final reporting only."""
    return [(r["sentence"].strip(), "news" if r["label"] == "OBJ" else "opinion") for r in sources.read_checkthat(data, "dev_test")]


def load_babe(data):
    return [row(text, label, "babe", link) for text, label, link in sources.read_babe(data)]


def _mask(text):
    return re.sub(r"\d+", "0", norm_key(text))


def load_clickbait(data):
    out = []
    for name, label, source in (("clickbait_data.gz", "filler", "clickbait"), ("non_clickbait_data.gz", "news", "headline")):
        with gzip.open(f"{data}/segments/clickbait-chakraborty2016/{name}", "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    out.append(row(line, label, source, _mask(line)))
    return out


def load_hyperpartisan(data, min_words=8):
    base = f"{data}/{sources.HYPERPARTISAN}"
    truth = {}
    for m in re.finditer(r'<article hyperpartisan="(\w+)" id="(\d+)"', open(f"{base}/ground-truth-training-byarticle-20181122.xml").read()):
        truth[m.group(2)] = m.group(1) == "true"
    out = []
    for article, p in sources.hyperpartisan_paragraphs(data, sources.HYPERPARTISAN_FILES[0]):
        if truth.get(article) and len(p.split()) >= min_words:
            out.append(row(p, "opinion", "hyperpartisan", article))
    return out


# ---------------------------------------------------------------- promo lines
PROMO_TEMPLATES = {
    "header": ["Read also:", "Read Also:", "READ ALSO", "Related:", "Related articles", "Related Stories", "More from {site}",
               "Recommended", "You may also like", "Also read", "Most popular", "Trending now", "Don't miss", "Related coverage",
               "More stories", "Top stories", "What to read next", "Editor's picks", "Sponsored", "Advertisement"],
    "cta": ["Sign up for our newsletter", "Subscribe to our {topic} newsletter to get the latest news in your inbox",
            "Click here to {verb} more", "Follow us on Twitter and Facebook", "Share this article", "Share on Facebook",
            "Download our app for breaking news alerts", "Subscribe now for just $1 a week", "Support our journalism: donate today",
            "Get the best of {site} delivered to your inbox", "Sign up for the {topic} briefing", "Join the conversation below",
            "Already a subscriber? Log in", "Click here for the latest {topic} news", "Tap here to {verb} the full story",
            "Like us on Facebook to see similar stories", "Want more? {verb} our {topic} coverage here",
            "Leave a comment", "Enjoy unlimited access for 99 cents", "Watch: {topic} highlights", "Listen to this article",
            "Copyright {year} {site}. All rights reserved.", "This article was originally published on {site}",
            "Continue reading below", "Story continues below advertisement", "Read more: {topic} news", "Read more",
            "Sign up to receive our {topic} alerts", "Have a news tip? Email us", "Subscribe to {site}",
            "Register for free to continue reading", "You have reached your limit of free articles"],
}
PROMO_FILL = {
    "site": ["The Daily Post", "NewsNow", "the Herald", "Metro", "CNN", "Fox News", "The Guardian", "Reuters", "our site"],
    "topic": ["politics", "business", "sports", "world", "tech", "morning", "weekly", "breaking", "health", "climate"],
    "verb": ["read", "learn", "see", "find out", "watch", "discover"],
    "year": ["2019", "2021", "2023", "2024"],
}


def load_promo():
    out = []
    for kind, temps in PROMO_TEMPLATES.items():
        for t in temps:
            fields = re.findall(r"{(\w+)}", t)
            if not fields:
                out.append(row(t, "filler", "promo", t))
                continue
            for i in range(4):
                text = t.format(**{f: PROMO_FILL[f][(i * 7 + j * 3) % len(PROMO_FILL[f])] for j, f in enumerate(fields)})
                out.append(row(text, "filler", "promo", t))  # group by template
    return out


# ---------------------------------------------------------------- HTML pages
def _aeb_urls(data):
    try:
        gt = json.load(open(f"{data}/extraction/scrapinghub-aeb/ground-truth.json"))
        return {urlparse(v.get("url", "")).netloc + urlparse(v.get("url", "")).path for v in gt.values()}
    except OSError:
        return set()


def _shingles(toks, n=4):
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def page_blocks(path):
    """The blocks of a gzipped page, cut by the package's own segmenter."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        return segment_html(decode(raw))
    except Exception:  # an undecodable page gives no rows
        return []


def _block_ctx(b, page):
    return dict(tag=b.tag, path=b.path, tokens=list(b.tokens), link_density=round(b.link_density, 4), index=b.index,
                drop=b.drop, page=page)


def label_blocks_by_truth(blocks, truth_text):
    """content (news) / boilerplate (filler) / None (ambiguous) per block."""
    gt_toks = WORD_RE.findall(truth_text.lower())
    gt_sh = _shingles(gt_toks)
    gt_join = " " + " ".join(gt_toks) + " "
    gt_paras = {norm_key(p) for p in re.split(r"\n\s*\n|\n", truth_text) if p.strip()}
    out = []
    for b in blocks:
        toks = WORD_RE.findall(b.text.lower())
        if not toks:
            out.append(None)
            continue
        if len(toks) >= 4:
            sh = _shingles(toks)
            cov = len(sh & gt_sh) / len(sh)
            out.append("news" if cov >= 0.9 else "filler" if cov <= 0.1 else None)
        else:
            key = " ".join(toks)
            out.append("news" if key in gt_paras else "filler" if f" {key} " not in gt_join else None)
    return out


def load_wcxb(data, page_types=("article",)):
    base = f"{data}/extraction/wcxb-dev"
    aeb = _aeb_urls(data)
    out = []
    for f in sorted(glob.glob(f"{base}/ground-truth/*.json")):
        d = json.load(open(f, encoding="utf-8"))
        if d.get("_internal", {}).get("page_type", {}).get("primary") not in page_types:
            continue
        u = urlparse(d.get("url", ""))
        if u.netloc + u.path in aeb:
            continue
        fid = d.get("file_id") or os.path.basename(f)[:-5]
        html_path = f"{base}/html/{fid}.html.gz"
        if not os.path.exists(html_path):
            continue
        blocks = page_blocks(html_path)
        gt = d["ground_truth"]
        truth = (gt.get("title") or "") + "\n\n" + (gt.get("main_content") or "")
        page = f"wcxb:{fid}"
        for b, lab in zip(blocks, label_blocks_by_truth(blocks, truth)):
            if lab:
                out.append(row(b.text, lab, "wcxb", u.netloc.lower().removeprefix("www."), **_block_ctx(b, page)))
    return out


def load_trafilatura(data):
    base = f"{data}/extraction/trafilatura-eval"
    ev = json.load(open(f"{base}/evaldata.json", encoding="utf-8"))
    aeb = _aeb_urls(data)
    out = []
    for url in sorted(ev):
        d = ev[url]
        u = urlparse(url)
        if u.netloc + u.path in aeb:
            continue
        path = f"{base}/html/{d['file']}"
        if not os.path.exists(path):
            continue
        blocks = page_blocks(path)
        withs = [norm_key(s) for s in d.get("with", []) if norm_key(s)]
        withouts = [norm_key(s) for s in d.get("without", []) if norm_key(s)]
        page = f"trafilatura:{d['file']}"
        for b in blocks:
            k = " " + norm_key(b.text) + " "
            pos = any(f" {s} " in k for s in withs)
            neg = any(f" {s} " in k for s in withouts)
            if pos != neg:
                out.append(row(b.text, "news" if pos else "filler", "trafilatura", u.netloc.lower().removeprefix("www."), **_block_ctx(b, page)))
    return out


# ---------------------------------------------------------------- assembly
def dedup(rows, banned=()):
    banned = set(banned)
    seen: dict[str, int] = {}
    conflict = set()
    kept = []
    order = {s: i for i, s in enumerate(SOURCE_ORDER)}
    # HTML rows keep page context; a repeated nav line on 30 pages of one site is
    # still one site group, so duplicates inside a page/site are kept for context
    # models but flagged; the text model uses ``dup == False`` rows only.
    for r in sorted(rows, key=lambda r: order[r["source"]]):
        k = norm_key(r["text"])
        if not k or k in banned:
            continue
        if k in seen:
            if kept[seen[k]]["label"] != r["label"]:
                conflict.add(k)
            if r["page"] is not None:
                kept.append({**r, "dup": True})
            continue
        seen[k] = len(kept)
        kept.append({**r, "dup": False})
    return [r for r in kept if norm_key(r["text"]) not in conflict]


def assemble(data, weak=False, html=True):
    rows = load_checkthat(data) + load_babe(data) + load_clickbait(data) + load_promo()
    if html:
        rows += load_wcxb(data) + load_trafilatura(data)
    if weak:
        rows += load_hyperpartisan(data)
    banned = {norm_key(t) for t, _ in load_checkthat_test(data)}
    return dedup(rows, banned)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--weak", action="store_true", help="add hyperpartisan paragraphs as weak opinion rows")
    a = ap.parse_args(argv)
    rows = assemble(a.data, weak=a.weak)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["source"], r["label"], r["dup"]) for r in rows)
    for k in sorted(c):
        print(*k, c[k], sep="\t")
    print("rows", len(rows), "sha256", hashlib.sha256(open(a.out, "rb").read()).hexdigest()[:16])


if __name__ == "__main__":
    main()
