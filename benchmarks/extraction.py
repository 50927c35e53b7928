"""Compare extractors on one dataset and print one table.

    python -m benchmarks.extraction --data ../shared/data/extraction/scrapinghub-aeb
        [--tools newsfilter,trafilatura,...] [--limit N] [--json out.json] [--markdown]

The dataset format is detected from the folder. Every importable tool (or
each one named in ``--tools``) runs in its own subprocess, one after the
other, so their timings and memory do not mix. Pages are taken in id order;
``--limit N`` keeps the first N. On WCXB a second table breaks the quality
down by page type. Columns:

- AEB P/R/F1: the Article Extraction Benchmark metric (``metrics.aeb_score``);
- BoW F1: bag-of-words F1 averaged over pages;
- snip P/R/F1: trafilatura's snippet metric, where the set has snippets;
- ms med / ms p99: time of the extraction call alone, per page;
- peak MiB: peak RSS of the tool's worker process, nothing subtracted;
  base MiB: the same process before it imported the tool.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

from .datasets import DatasetError, Format, Truth, detect_format, load_truths
from .metrics import aeb_page, bag_of_words_f1
from .report import Summary, by_page_type, page_type_table, summarise, table
from .runner import ToolFailed, ToolRun, run_tool
from .tools import TOOLS


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="a dataset folder")
    parser.add_argument("--tools", help=f"comma-separated, from: {', '.join(TOOLS)}")
    parser.add_argument("--limit", type=int, help="only the first N pages (in id order)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    return parser.parse_args(argv)


def select_tools(requested: str | None) -> tuple[list[str], list[str]]:
    """The tools to run and the ones skipped because they are not installed.

    Raises ``ValueError`` for an unknown name or a named tool that is missing.
    """
    if requested is None:
        names = list(TOOLS)
    else:
        names = [name.strip() for name in requested.split(",") if name.strip()]
        unknown = [name for name in names if name not in TOOLS]
        if unknown:
            raise ValueError(f"unknown tool(s) {', '.join(unknown)}; known: {', '.join(TOOLS)}")
    available = [name for name in names if TOOLS[name].available()]
    missing = [name for name in names if name not in available]
    if requested is not None and missing:
        raise ValueError(f"not installed: {', '.join(missing)} (pip install it, or drop it)")
    return available, missing


def run_tools(
    names: Sequence[str], data: Path, limit: int | None
) -> tuple[list[ToolRun], dict[str, str]]:
    """Run each tool in turn; a tool whose worker dies is reported, not fatal."""
    runs: list[ToolRun] = []
    failures: dict[str, str] = {}
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            runs.append(run_tool(name, data, limit))
        except ToolFailed as exc:
            failures[name] = str(exc)
            print(f"  failed: {exc}", file=sys.stderr)
    return runs, failures


def page_records(run: ToolRun, truths: Mapping[str, Truth]) -> list[dict[str, object]]:
    """Per-page figures for the JSON output."""
    records: list[dict[str, object]] = []
    for page in run.pages:
        truth = truths[page.page_id].text
        record: dict[str, object] = {
            "id": page.page_id,
            "ms": page.seconds * 1000,
            "error": page.error,
        }
        if truth is not None:
            record["aeb"] = asdict(aeb_page(truth, page.text))
            record["bow_f1"] = bag_of_words_f1(truth, page.text)
        records.append(record)
    return records


def write_json(
    path: Path,
    header: dict[str, object],
    runs: Sequence[ToolRun],
    summaries: Sequence[Summary],
    groups: Mapping[str, Sequence[Summary]],
    truths: Mapping[str, Truth],
) -> None:
    """All results in one JSON file."""
    document = {
        **header,
        "tools": [s.as_dict() for s in summaries],
        "by_page_type": {kind: [s.as_dict() for s in rows] for kind, rows in groups.items()},
        "pages": {run.tool: page_records(run, truths) for run in runs},
    }
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def group_by_page_type(
    runs: Sequence[ToolRun], truths: Mapping[str, Truth]
) -> dict[str, list[Summary]]:
    """Page type -> one summary per tool, types sorted, tools in run order."""
    groups: dict[str, list[Summary]] = {}
    for run in runs:
        for kind, summary in by_page_type(run, truths).items():
            groups.setdefault(kind, []).append(summary)
    return dict(sorted(groups.items()))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 when every tool ran, 1 when one failed, 2 on bad input."""
    args = parse_args(argv)
    try:
        fmt = detect_format(args.data)
        names, skipped = select_tools(args.tools)
    except (DatasetError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    truths = load_truths(args.data, args.limit)
    runs, failures = run_tools(names, args.data, args.limit)
    summaries = [summarise(run, run.pages, truths) for run in runs]
    groups = group_by_page_type(runs, truths) if fmt is Format.WCXB else {}

    print(f"{fmt.value}: {len(truths)} pages, Python {platform.python_version()}")
    print(table(summaries, args.markdown))
    if groups:
        print("\nBy page type:")
        print(page_type_table(groups, args.markdown))
    for name in skipped:
        print(f"skipped {name}: not installed")
    for name, error in failures.items():
        print(f"FAILED {name}: {error.splitlines()[0]}")
    if args.json:
        header = {
            "dataset": fmt.value,
            "data": str(args.data),
            "limit": args.limit,
            "python": platform.python_version(),
            "skipped": skipped,
            "failures": failures,
        }
        write_json(args.json, header, runs, summaries, groups, truths)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
