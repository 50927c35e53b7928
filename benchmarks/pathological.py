"""Pathological pages: time and peak memory of ``clean()`` on each.

Each case is generated in memory and cleaned in its own subprocess, so the
peak resident memory reported is that case's alone (it includes the Python
interpreter, numpy, scikit-learn and the model: about 150 MiB before any
page is read). Run from the repository root::

    python benchmarks/pathological.py            # the table
    python benchmarks/pathological.py --case br  # one case

A case passes when it finishes within ``MAX_SECONDS`` and ``MAX_MIB`` with a
result, or is refused with a ``LimitError`` (or another ``FilterError``
subclass) that says what was wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MAX_SECONDS = 10.0
MAX_MIB = 1024.0

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The council approved the new budget on Tuesday, officials said. "


def _list() -> bytes:
    return b"<html><body><ul>" + b"<li>item</li>" * 1_000_000 + b"</ul></body></html>"


def _br() -> bytes:
    return b"<html><body><p>" + SENTENCE.encode() * 3 + b"<br>" * 45_000 + b"end</p></body></html>"


def _deep() -> bytes:
    return b"<html><body>" + b"<div>" * 100_000 + SENTENCE.encode() * 5 + b"</div>" * 100_000 + b"</body></html>"


def _attribute() -> bytes:
    return b'<html><body><p title="' + b"x" * (20 * 1024 * 1024) + b'">' + SENTENCE.encode() * 5 + b"</p></body></html>"


def _colspan() -> bytes:
    return (
        b'<html><body><table><tr><td colspan="9007199254740991" rowspan="9007199254740991">'
        + SENTENCE.encode() * 5
        + b"</td></tr></table></body></html>"
    )


def _tiny_paragraphs() -> bytes:
    return b"<html><body>" + b"".join(b"<p>Para %d.</p>" % i for i in range(10_000)) + b"</body></html>"


def _one_paragraph() -> bytes:
    body = (SENTENCE * (5 * 1024 * 1024 // len(SENTENCE) + 1))[: 5 * 1024 * 1024]
    return b"<html><body><p>" + body.encode() + b"</p></body></html>"


def _scripts() -> bytes:
    chunk = b"<script>var x = '<p>not text</p>'; for (;;) {}</script><style>p { color: red }</style>"
    return b"<html><head>" + chunk * 20_000 + b"</head><body>" + chunk * 20_000 + b"</body></html>"


def _many_attributes() -> bytes:
    return b"<html><body><p " + b" ".join(b"a%d=1" % i for i in range(200_000)) + b">" + SENTENCE.encode() * 5 + b"</p></body></html>"


def _gallery_slides() -> bytes:
    slides = b"".join(b"<div><div><span>%d / 99</span><p>Slide %d.</p><span>Picture: A. Photographer</span></div></div>" % (i % 99 + 1, i)
                      for i in range(8_000))
    story = SENTENCE.encode() * 3
    return b"<html><body><article><p>" + story + b"</p>" + slides + b"<p>" + story + b"</p></article></body></html>"


def _consent_banners() -> bytes:
    banner = b"<div><p>We use cookies to measure the audience; you can accept or refuse them.</p><div><label>Analytics</label></div></div>"
    return b"<html><body>" + banner * 8_000 + b"<article><p>" + SENTENCE.encode() * 6 + b"</p></article></body></html>"


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "list": ("a list of 1,000,000 items", _list),
    "br": ("45,000 consecutive <br>", _br),
    "deep": ("nesting 100,000 levels deep", _deep),
    "attribute": ("an attribute of 20 MB", _attribute),
    "colspan": ('colspan="9007199254740991"', _colspan),
    "tiny": ("10,000 tiny paragraphs", _tiny_paragraphs),
    "one-paragraph": ("one 5 MB paragraph", _one_paragraph),
    "scripts": ("all <script> and <style>", _scripts),
    "attribute-raised": ("an attribute of 20 MB, --max-bytes 64 MiB", _attribute),
    "many-attributes": ("200,000 attributes on one element", _many_attributes),
    "gallery": ("8,000 gallery slides in one article", _gallery_slides),
    "consent": ("8,000 consent banners", _consent_banners),
}

LIMITS = {"attribute-raised": {"max_bytes": 64 * 1024 * 1024}}
"""Cases run with other than the default limits."""


def run_case(name: str) -> dict[str, object]:
    """Clean one case in this process and describe the outcome (child side)."""
    import resource

    from filter import FilterError, Limits, clean
    from filter.pipeline import default_model

    default_model()  # load the model before timing: it is loaded once per process
    data = CASES[name][1]()
    start = time.perf_counter()
    try:
        result = clean(data, limits=Limits(**LIMITS.get(name, {})))
        outcome = f"ok: {len(result.segments)} segments, {len(result.text):,} chars kept"
    except FilterError as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": name, "bytes": len(data), "outcome": outcome, "seconds": seconds, "peak_mib": peak_mib}


def measure(name: str) -> dict[str, object]:
    """Run one case in a fresh subprocess (parent side)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", name],
            capture_output=True, text=True, env=env, timeout=MAX_SECONDS * 6,
        )
    except subprocess.TimeoutExpired:
        return {"case": name, "bytes": 0, "outcome": "HANG (killed)", "seconds": time.perf_counter() - start, "peak_mib": float("nan")}
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"case": name, "bytes": 0, "outcome": f"CRASH (exit {proc.returncode}): {last}", "seconds": time.perf_counter() - start, "peak_mib": float("nan")}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)))
        return 0
    failures = 0
    print("| case | input | outcome | seconds | peak MiB |")
    print("|---|---:|---|---:|---:|")
    for name in args.case or list(CASES):
        row = measure(name)
        outcome = str(row["outcome"])
        ok = (
            (outcome.startswith("ok") or outcome.startswith("LimitError"))
            and float(row["seconds"]) <= MAX_SECONDS
            and float(row["peak_mib"]) <= MAX_MIB
        )
        failures += not ok
        size = f"{int(row['bytes']) / 1e6:.1f} MB" if row["bytes"] else "?"
        print(
            f"| {CASES[name][0]} | {size} | {outcome[:110]} | {float(row['seconds']):.2f} | "
            f"{float(row['peak_mib']):.0f} |{'' if ok else ' FAIL'}",
            flush=True,
        )
    print(f"\n{failures} case(s) over {MAX_SECONDS:.0f} s / {MAX_MIB:.0f} MiB, crashed or hung" if failures else f"\nall cases within {MAX_SECONDS:.0f} s and {MAX_MIB:.0f} MiB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
