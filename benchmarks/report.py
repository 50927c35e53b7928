"""Score tool runs against the truth and render the tables.

A ``Summary`` holds every figure of one tool on one group of pages. Quality
columns appear only when the dataset supports them: AEB and bag-of-words
scores need a full main text, snippet scores need "with"/"without" snippets.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass

from .datasets import Truth
from .metrics import (
    Score,
    SnippetCounts,
    aeb_page,
    aeb_score,
    bag_of_words_f1,
    mean,
    snippet_counts,
    snippet_score,
)
from .runner import PageRun, ToolRun

KIB_PER_MIB = 1024
OTHER_TYPE = "(none)"
"""The group of pages that carry no page type."""


@dataclass(frozen=True)
class Summary:
    """One tool on one group of pages."""

    tool: str
    version: str
    pages: int
    errors: int
    aeb: Score | None
    bag_of_words_f1: float | None
    snippets: Score | None
    ms_median: float
    ms_p99: float
    peak_mib: float
    base_mib: float

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return asdict(self)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _text_scores(pages: Sequence[PageRun], truths: Mapping[str, Truth]) -> tuple[Score, float]:
    pairs = [(truths[p.page_id].text or "", p.text) for p in pages]
    overlaps = [aeb_page(truth, prediction) for truth, prediction in pairs]
    return aeb_score(overlaps), mean([bag_of_words_f1(t, p) for t, p in pairs])


def _snippet_scores(pages: Sequence[PageRun], truths: Mapping[str, Truth]) -> Score:
    total = SnippetCounts()
    for page in pages:
        truth = truths[page.page_id]
        total += snippet_counts(page.text, truth.with_snippets, truth.without_snippets)
    return snippet_score(total)


def summarise(run: ToolRun, pages: Sequence[PageRun], truths: Mapping[str, Truth]) -> Summary:
    """Score ``pages`` (all or a group of ``run.pages``) against ``truths``."""
    has_text = any(truths[p.page_id].text is not None for p in pages)
    has_snippets = any(truths[p.page_id].with_snippets for p in pages)
    aeb, bow = _text_scores(pages, truths) if has_text else (None, None)
    milliseconds = [p.seconds * 1000 for p in pages]
    return Summary(
        tool=run.tool,
        version=run.version,
        pages=len(pages),
        errors=sum(p.error is not None for p in pages),
        aeb=aeb,
        bag_of_words_f1=bow,
        snippets=_snippet_scores(pages, truths) if has_snippets else None,
        ms_median=statistics.median(milliseconds) if milliseconds else 0.0,
        ms_p99=percentile(milliseconds, 0.99),
        peak_mib=run.peak_rss_kib / KIB_PER_MIB,
        base_mib=run.base_rss_kib / KIB_PER_MIB,
    )


def by_page_type(run: ToolRun, truths: Mapping[str, Truth]) -> dict[str, Summary]:
    """One summary per page type, sorted by type."""
    groups: dict[str, list[PageRun]] = {}
    for page in run.pages:
        groups.setdefault(truths[page.page_id].page_type or OTHER_TYPE, []).append(page)
    return {kind: summarise(run, groups[kind], truths) for kind in sorted(groups)}


Column = tuple[str, Callable[[Summary], str]]


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _score_columns(prefix: str, getter: Callable[[Summary], Score | None]) -> list[Column]:
    def cell(field: str) -> Callable[[Summary], str]:
        return lambda s: _number(getattr(getter(s), field, None))

    names = {"precision": "P", "recall": "R", "f1": "F1"}
    return [(f"{prefix} {short}", cell(field)) for field, short in names.items()]


def columns(sample: Summary, with_resources: bool = True) -> list[Column]:
    """The columns a table of summaries like ``sample`` shows."""
    chosen: list[Column] = [
        ("tool", lambda s: s.tool),
        ("version", lambda s: s.version),
        ("pages", lambda s: str(s.pages)),
        ("errors", lambda s: str(s.errors)),
    ]
    if sample.aeb is not None:
        chosen += _score_columns("AEB", lambda s: s.aeb)
        chosen.append(("BoW F1", lambda s: _number(s.bag_of_words_f1)))
    if sample.snippets is not None:
        chosen += _score_columns("snip", lambda s: s.snippets)
    chosen += [
        ("ms med", lambda s: f"{s.ms_median:.1f}"),
        ("ms p99", lambda s: f"{s.ms_p99:.1f}"),
    ]
    if with_resources:
        chosen += [
            ("peak MiB", lambda s: f"{s.peak_mib:.0f}"),
            ("base MiB", lambda s: f"{s.base_mib:.0f}"),
        ]
    return chosen


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    """A plain aligned table, or a Markdown one; numbers are right-aligned."""
    numeric = [all(_is_number(row[i]) for row in rows) for i in range(len(headers))]
    if markdown:
        rule = ["---:" if n else "---" for n in numeric]
        return "\n".join("| " + " | ".join(line) + " |" for line in [headers, rule, *rows])
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join(
        "  ".join(
            c.rjust(w) if n else c.ljust(w) for c, w, n in zip(line, widths, numeric, strict=True)
        )
        for line in lines
    )


def _is_number(cell: str) -> bool:
    if cell == "-":
        return True
    try:
        float(cell)
    except ValueError:
        return False
    return True


def table(summaries: Sequence[Summary], markdown: bool, with_resources: bool = True) -> str:
    """The summaries as one table, one row each."""
    if not summaries:
        return ""
    chosen = columns(summaries[0], with_resources)
    rows = [[cell(s) for _, cell in chosen] for s in summaries]
    return render([name for name, _ in chosen], rows, markdown)


def page_type_table(groups: Mapping[str, Sequence[Summary]], markdown: bool) -> str:
    """Per-page-type results: a ``type`` column before each tool's row."""
    first = next((rows[0] for rows in groups.values() if rows), None)
    if first is None:
        return ""
    chosen = columns(first, with_resources=False)
    rows = [[kind] + [cell(s) for _, cell in chosen] for kind in groups for s in groups[kind]]
    return render(["type"] + [name for name, _ in chosen], rows, markdown)
