"""Measure the segment labels on the blind probe documents of ``labels.py``.

    python -m tests.probe.labels_run [-v]

Each document's paragraphs are joined by blank lines and passed to
``clean()`` as plain text; each expected paragraph is matched to its segment
by text. Prints paragraph accuracy by kind and by expected label (an expected
"news|opinion" is right when the label is news or opinion), a confusion of
the clear cases, the macro-F1 of news against opinion on the clear news and
opinion paragraphs, and the document verdict's accuracy by kind. ``-v`` adds
every wrong paragraph with its scores, and every wrong verdict with its
shares. A measurement, not a test: nothing here fails.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from filter import clean

from .labels import DOCUMENTS, KINDS

LABELS = ("news", "opinion", "filler")
EXPECTED_ORDER = ("news", "opinion", "filler", "news|opinion")


@dataclass
class Row:
    doc: str
    kind: str
    index: int
    text: str
    expected: str
    segment: object | None  # the matched Segment, or None when not found
    how: str  # "exact", "part of N", "inside a segment", "not found"

    @property
    def predicted(self) -> str | None:
        return None if self.segment is None else self.segment.label.value

    @property
    def scores(self) -> dict[str, float]:
        if self.segment is None:
            return {}
        return {k.value: float(v) for k, v in self.segment.scores.items()}

    @property
    def right(self) -> bool:
        p = self.predicted
        if p is None:
            return False
        if self.expected == "news|opinion":
            return p in ("news", "opinion")
        return p == self.expected


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def match(doc: dict, segments: list) -> list[Row]:
    """Match each expected paragraph to a segment, in reading order: an
    exact (normalised) match first, then segments that are parts of the
    paragraph (the longest stands for it), then a segment that holds it."""
    texts = [norm(s.text) for s in segments]
    used: set[int] = set()
    rows = []
    pos = 0
    for i, (text, expected) in enumerate(doc["paragraphs"]):
        t = norm(text)
        order = list(range(pos, len(segments))) + list(range(pos))
        hit = next((j for j in order if j not in used and texts[j] == t), None)
        how = "exact"
        if hit is None:
            parts = [j for j in order if j not in used and texts[j] and texts[j] in t]
            if parts:
                hit = max(parts, key=lambda j: (len(texts[j]), -j))
                used.update(parts)
                how = f"part of {len(parts)}"
        if hit is None:
            hit = next((j for j in order if t in texts[j]), None)
            how = "inside a segment"
        if hit is None:
            rows.append(Row(doc["id"], doc["kind"], i, text, expected, None, "not found"))
            continue
        used.add(hit)
        pos = hit + 1 if how == "exact" else pos
        rows.append(Row(doc["id"], doc["kind"], i, text, expected, segments[hit], how))
    return rows


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pct(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def short(text: str, n: int = 150) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def fmt_scores(scores: dict[str, float]) -> str:
    return " ".join(f"{k[0]}={scores.get(k, 0.0):.2f}" for k in LABELS)


def measure(docs: list[dict], run) -> tuple[list[Row], list[tuple], str | None]:
    """Run ``run(doc)`` (which returns a ``clean()`` Result) on each document
    and match its paragraphs: the rows, the verdicts as (doc, predicted
    label, is_article, shares), and the model's name."""
    rows: list[Row] = []
    verdicts = []  # (doc, predicted label, is_article, shares)
    model = None
    for doc in docs:
        result = run(doc)
        model = model or result.model
        rows.extend(match(doc, list(result.segments)))
        shares = {k.value: float(v) for k, v in result.summary.shares.items()}
        verdicts.append((doc, result.summary.label.value, result.summary.is_article, shares))
    return rows, verdicts, model


def report(docs: list[dict], rows: list[Row], verdicts: list[tuple], kinds: tuple[str, ...], verbose: bool) -> None:
    """Print the tables for matched ``rows`` and ``verdicts`` of ``docs``,
    with a row per kind in ``kinds``; ``verbose`` adds every wrong paragraph
    and verdict."""
    found = [r for r in rows if r.segment is not None]

    # -- paragraphs not found, or dropped by the cleaner
    missing = [r for r in rows if r.segment is None]
    loose = [r for r in found if r.how != "exact"]
    dropped = [r for r in found if not r.segment.kept]
    print()
    print(f"Paragraphs not found as a segment: {len(missing)}; matched only in part: {len(loose)}")
    for r in missing + loose:
        print(f"  {r.doc}#{r.index} [{r.how}] {short(r.text, 90)!r}")
    content_dropped = [r for r in dropped if r.expected != "filler"]
    filler_dropped = [r for r in dropped if r.expected == "filler"]
    filler_total = sum(1 for r in found if r.expected == "filler")
    print(f"Dropped by the cleaner (kept=False): {len(filler_dropped)} of {filler_total} expected filler; "
          f"{len(content_dropped)} expected news or opinion:")
    for r in content_dropped:
        print(f"  {r.doc}#{r.index} expected {r.expected}, label {r.predicted}, reason {r.segment.reason!r}: "
              f"{short(r.text, 80)!r}")
    reasons = Counter(r.segment.reason for r in filler_dropped)
    if reasons:
        print("  expected filler dropped, by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    filler_kept = Counter(r.predicted for r in found if r.expected == "filler" and r.segment.kept)
    print(f"Expected filler kept in the cleaned text: {sum(filler_kept.values())}"
          + (" (labelled " + ", ".join(f"{k} {v}" for k, v in sorted(filler_kept.items())) + ")" if filler_kept else ""))
    print("(Accuracies below count each matched paragraph's label, kept or not.)")

    # -- accuracy by kind
    print()
    print("Paragraph accuracy by kind")
    print(f"  {'kind':<15}{'docs':>5}{'paras':>7}{'right':>7}{'acc':>8}   clear news  clear opinion  filler  news|opinion")
    by_kind = defaultdict(list)
    for r in found:
        by_kind[r.kind].append(r)
    docs_by_kind = Counter(d["kind"] for d in docs)

    def part(rs, e):
        sub = [r for r in rs if r.expected == e]
        return f"{sum(r.right for r in sub)}/{len(sub)}" if sub else "-"

    for kind in kinds:
        rs = by_kind[kind]
        right = sum(r.right for r in rs)
        print(f"  {kind:<15}{docs_by_kind[kind]:>5}{len(rs):>7}{right:>7}{pct(right, len(rs)):>8}   "
              f"{part(rs, 'news'):>10}  {part(rs, 'opinion'):>13}  {part(rs, 'filler'):>6}  {part(rs, 'news|opinion'):>12}")
    right = sum(r.right for r in found)
    print(f"  {'all':<15}{len(docs):>5}{len(found):>7}{right:>7}{pct(right, len(found)):>8}")

    # -- accuracy by expected label
    print()
    print("Paragraph accuracy by expected label")
    print(f"  {'expected':<14}{'paras':>6}{'right':>7}{'acc':>8}   predicted news / opinion / filler")
    for e in EXPECTED_ORDER:
        rs = [r for r in found if r.expected == e]
        c = Counter(r.predicted for r in rs)
        right = sum(r.right for r in rs)
        print(f"  {e:<14}{len(rs):>6}{right:>7}{pct(right, len(rs)):>8}   "
              f"{c['news']:>4} / {c['opinion']:>4} / {c['filler']:>4}")

    # -- confusion, clear cases
    print()
    print("Confusion, clear cases (rows expected, columns predicted)")
    print(f"  {'':<10}" + "".join(f"{p:>9}" for p in LABELS) + f"{'recall':>9}")
    clear = [r for r in found if r.expected in LABELS]
    for e in LABELS:
        c = Counter(r.predicted for r in clear if r.expected == e)
        n = sum(c.values())
        print(f"  {e:<10}" + "".join(f"{c[p]:>9}" for p in LABELS) + f"{pct(c[e], n):>9}")
    col = Counter(r.predicted for r in clear)
    print(f"  {'precision':<10}" + "".join(
        f"{pct(sum(1 for r in clear if r.predicted == p and r.expected == p), col[p]):>9}" for p in LABELS))

    # -- news vs opinion macro-F1
    print()
    no = [r for r in found if r.expected in ("news", "opinion")]
    print(f"News vs opinion, {len(no)} clear news and opinion paragraphs")
    for title, pred in (
        ("by label (a filler label counts as a miss)", lambda r: r.predicted),
        ("by P(opinion) against P(news), filler ignored",
         lambda r: "opinion" if r.scores["opinion"] > r.scores["news"] else "news"),
    ):
        fs = []
        parts = []
        for cls in ("news", "opinion"):
            tp = sum(1 for r in no if r.expected == cls and pred(r) == cls)
            fp = sum(1 for r in no if r.expected != cls and pred(r) == cls)
            fn = sum(1 for r in no if r.expected == cls and pred(r) != cls)
            p, rc, f = f1(tp, fp, fn)
            fs.append(f)
            parts.append(f"{cls} P {p:.3f} R {rc:.3f} F1 {f:.3f}")
        print(f"  {title}: macro-F1 {sum(fs) / 2:.3f}  ({'; '.join(parts)})")

    # -- document verdicts
    print()
    print("Document verdict by kind (summary.label against the expected verdict)")
    print(f"  {'kind':<15}{'docs':>5}{'judged':>8}{'right':>7}{'acc':>8}   predicted news / opinion / filler   not article")
    vk = defaultdict(list)
    for v in verdicts:
        vk[v[0]["kind"]].append(v)
    tot_j = tot_r = 0
    for kind in kinds:
        vs = vk[kind]
        judged = [v for v in vs if v[0]["verdict"] is not None]
        right = sum(1 for v in judged if v[1] == v[0]["verdict"])
        tot_j += len(judged)
        tot_r += right
        c = Counter(v[1] for v in vs)
        na = sum(1 for v in vs if not v[2])
        print(f"  {kind:<15}{len(vs):>5}{len(judged):>8}{right:>7}{pct(right, len(judged)):>8}   "
              f"{c['news']:>14} / {c['opinion']:>7} / {c['filler']:>6}   {na:>11}")
    print(f"  {'all':<15}{len(verdicts):>5}{tot_j:>8}{tot_r:>7}{pct(tot_r, tot_j):>8}")

    if verbose:
        print()
        print("Wrong paragraphs (expected -> predicted, scores n/o/f)")
        for kind in kinds:
            wrong = [r for r in rows if r.kind == kind and not r.right]
            if not wrong:
                continue
            print(f"-- {kind}")
            for r in wrong:
                if r.segment is None:
                    print(f"  {r.doc}#{r.index} {r.expected} -> not found: {short(r.text)!r}")
                    continue
                drop = "" if r.segment.kept else f" [dropped: {r.segment.reason}]"
                print(f"  {r.doc}#{r.index} {r.expected} -> {r.predicted} ({fmt_scores(r.scores)}){drop}")
                print(f"      {short(r.text, 220)!r}")
        print()
        print("Wrong verdicts (expected -> predicted, shares n/o/f)")
        for doc, label, is_article, shares in verdicts:
            if doc["verdict"] is not None and label != doc["verdict"]:
                print(f"  {doc['id']} ({doc['kind']}) {doc['verdict']} -> {label} ({fmt_scores(shares)})"
                      f"{'' if is_article else ' not article'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.probe.labels_run", description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong paragraph and verdict")
    args = ap.parse_args(argv)

    rows, verdicts, model = measure(
        DOCUMENTS, lambda doc: clean("\n\n".join(text for text, _ in doc["paragraphs"])))
    print(f"newsfilter label probe: {len(DOCUMENTS)} documents, {len(rows)} paragraphs, model {model}")
    report(DOCUMENTS, rows, verdicts, KINDS, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
