"""Run one extractor over one dataset in a subprocess of its own.

The parent calls ``run_tool``; it starts ``python -m benchmarks.runner`` which
imports only that tool, extracts every page and streams one JSON line per page
to a temporary file, then a last line with the memory figures. Only the
extraction call is timed (after one untimed warm-up call). A page on which the
tool raises gets an empty text and its error is recorded.

Memory is the peak resident set size of the worker process (``VmHWM`` from
``/proc/self/status``): the interpreter, the harness, the tool's imports and
all its work, with nothing subtracted. The worker also records its RSS before
importing the tool, so the tool's own share can be read off.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .datasets import load
from .tools import TOOLS, Extractor

_REPO_ROOT = Path(__file__).resolve().parent.parent
STDERR_TAIL_CHARS = 2000
"""How much of a crashed worker's stderr the error message quotes."""
ERROR_CHARS = 200
"""How much of a page's exception message is kept."""


@dataclass(frozen=True)
class PageRun:
    """One page as one tool saw it."""

    page_id: str
    text: str
    seconds: float
    error: str | None = None


@dataclass(frozen=True)
class ToolRun:
    """Everything one tool produced on one dataset."""

    tool: str
    version: str
    pages: tuple[PageRun, ...]
    base_rss_kib: int
    peak_rss_kib: int


class ToolFailed(Exception):
    """The worker of a tool died (import error, crash) before finishing."""


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB.

    ``VmHWM`` belongs to the current process image only; ``ru_maxrss`` can
    carry over the parent's peak across fork + exec, so it is the fallback.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


WARMUP_HTML = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Warm-up</title></head><body>"
    b"<nav><a href='/'>Home</a></nav><article><h1>Warm-up page</h1>"
    + b"<p>This paragraph is long enough to be taken for article text by any extractor.</p>" * 5
    + b"</article><footer>Footer</footer></body></html>"
)
"""Extracted once, untimed, before the first page: lazy imports and caches
that a tool fills on its first call would otherwise land on page one."""


def _warm_up(extract: Extractor) -> None:
    try:
        extract(WARMUP_HTML)
    except Exception:  # noqa: BLE001 - a tool failing here fails on real pages too
        pass


def _extract_pages(tool: str, data: Path, limit: int | None) -> Iterator[dict[str, object]]:
    extract = TOOLS[tool].factory()
    _warm_up(extract)
    for page_id, html, _truth in load(data, limit):
        error = None
        start = time.perf_counter()
        try:
            text = extract(html) or ""
        except Exception as exc:  # noqa: BLE001 - a failing page must not stop the run
            text, error = "", f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
        seconds = time.perf_counter() - start
        yield {"id": page_id, "text": text, "seconds": seconds, "error": error}


def work(tool: str, data: Path, limit: int | None, out: Path) -> None:
    """The worker's body: extract every page, write JSON lines to ``out``."""
    base = peak_rss_kib()
    with out.open("w", encoding="utf-8") as sink:
        for record in _extract_pages(tool, data, limit):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        summary = {"version": TOOLS[tool].version(), "base": base, "peak": peak_rss_kib()}
        sink.write(json.dumps(summary) + "\n")


def read_run(tool: str, out: Path) -> ToolRun:
    """Parse the JSON lines a worker wrote (see ``work``)."""
    pages: list[PageRun] = []
    summary: dict[str, Any] = {}
    with out.open(encoding="utf-8") as source:
        for line in source:
            record = json.loads(line)
            if "id" in record:
                pages.append(
                    PageRun(record["id"], record["text"], record["seconds"], record["error"])
                )
            else:
                summary = record
    if not summary:
        raise ToolFailed(f"{tool}: the worker stopped before the end of the dataset")
    version, base, peak = str(summary["version"]), int(summary["base"]), int(summary["peak"])
    return ToolRun(tool, version, tuple(pages), base, peak)


def run_tool(tool: str, data: Path, limit: int | None = None) -> ToolRun:
    """Run ``tool`` over ``data`` in a fresh interpreter and collect its output."""
    env = dict(os.environ)
    paths = [str(_REPO_ROOT), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    with tempfile.TemporaryDirectory(prefix="newsfilter-bench-") as tmp:
        out = Path(tmp) / f"{tool}.jsonl"
        command = [sys.executable, "-m", "benchmarks.runner", tool, str(data.resolve())]
        command += [str(limit or 0), str(out)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            stderr = done.stderr[-STDERR_TAIL_CHARS:]
            raise ToolFailed(f"{tool}: worker exited {done.returncode}\n{stderr}")
        return read_run(tool, out)


def main(argv: list[str]) -> int:
    """``python -m benchmarks.runner TOOL DATA LIMIT OUT`` (LIMIT 0 = all)."""
    tool, data, limit, out = argv
    work(tool, Path(data), int(limit) or None, Path(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
