"""Measure the segment labels on the blind HTML pages of ``labels_html.py``.

    python -m tests.probe.labels_html_run [-v]

Runs each page twice, as ``clean(html)`` and as ``clean(html, url=url)``,
and prints for each mode how many expected body paragraphs are missing from
the kept text (``r.text``), then the tables of ``labels_run``: paragraphs
not found or dropped, paragraph accuracy by kind and by expected label
(an expected "news|opinion" is right when the label is news or opinion), a
confusion of the clear cases, the news/opinion macro-F1, and the document
verdict's accuracy by kind. ``-v`` adds the missing paragraphs, every wrong
paragraph with its scores, and every wrong verdict with its shares. A
measurement, not a test: nothing here fails.
"""

from __future__ import annotations

import argparse
from collections import Counter

from filter import clean

from .labels_html import KINDS, PAGES
from .labels_run import measure, norm, report, short

MODES = (
    ("clean(html)", lambda page: clean(page["html"])),
    ("clean(html, url=url)", lambda page: clean(page["html"], url=page["url"])),
)


def missing_from_text(pages: list[dict], texts: dict[str, str]) -> list[tuple[dict, int, str, str]]:
    """The expected paragraphs whose text is not in their page's kept text,
    as (page, index, text, expected)."""
    out = []
    for page in pages:
        kept = norm(texts[page["id"]])
        for i, (text, expected) in enumerate(page["paragraphs"]):
            if norm(text) not in kept:
                out.append((page, i, text, expected))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.probe.labels_html_run", description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print the missing paragraphs, every wrong paragraph and verdict")
    args = ap.parse_args(argv)

    for n, (name, run) in enumerate(MODES):
        texts: dict[str, str] = {}

        def run_and_keep(page, run=run, texts=texts):
            result = run(page)
            texts[page["id"]] = result.text
            return result

        rows, verdicts, model = measure(PAGES, run_and_keep)
        if n:
            print()
            print()
        print(f"=== mode {n + 1}: {name}")
        print(f"newsfilter label probe, HTML pages: {len(PAGES)} pages, {len(rows)} paragraphs, model {model}")
        langs = Counter(p["lang"] for p in PAGES)
        print("  languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common())
              + "; verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p["verdict"] for p in PAGES).items())))

        missing = missing_from_text(PAGES, texts)
        by_kind = Counter(p["kind"] for p, *_ in missing)
        by_exp = Counter(e for *_, e in missing)
        print()
        print(f"Expected paragraphs missing from the kept text (r.text): {len(missing)} of {len(rows)}"
              + (" (by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in KINDS if by_kind[k])
                 + "; by expected: " + ", ".join(f"{k} {v}" for k, v in sorted(by_exp.items())) + ")" if missing else ""))
        empty = [p["id"] for p in PAGES if not texts[p["id"]].strip()]
        if empty:
            print(f"  pages with no kept text: {', '.join(empty)}")
        if args.verbose:
            for page, i, text, expected in missing:
                print(f"  {page['id']}#{i} expected {expected}: {short(text, 90)!r}")

        report(PAGES, rows, verdicts, KINDS, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
