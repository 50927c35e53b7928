"""A quality gate that only ratchets up.

    python -m benchmarks.gate --data ../shared/data/extraction/scrapinghub-aeb
        [--update] [--allow-lower] [--floors benchmarks/floors.json]

Runs newsfilter on the dataset and compares its F1 (AEB F1 where the set has
full texts, snippet F1 on trafilatura-eval) with the floor stored under the
dataset folder's name in ``floors.json`` (a name with no floor has floor 0).
Exit 1 when F1 is below the floor.

``--update`` writes the measured F1 as the new floor when it is higher. A
lower floor is written only with ``--update --allow-lower``, so a regression
is never accepted by accident. Floors are rounded down to ``FLOOR_DIGITS``
decimals so that the run that set a floor passes it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from .datasets import DatasetError, detect_format, load_truths
from .report import Summary, summarise
from .runner import ToolFailed, run_tool

TOOL = "newsfilter"
FLOORS_PATH = Path(__file__).with_name("floors.json")
FLOOR_DIGITS = 4


def gate_f1(summary: Summary) -> float:
    """The figure the gate watches: AEB F1, or snippet F1 without full texts."""
    score = summary.aeb if summary.aeb is not None else summary.snippets
    return score.f1 if score is not None else 0.0


def round_down(value: float, digits: int = FLOOR_DIGITS) -> float:
    """``value`` truncated to ``digits`` decimals."""
    scale = 10.0**digits
    return math.floor(value * scale) / scale


def read_floors(path: Path) -> dict[str, float]:
    """Dataset name -> F1 floor."""
    floors: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
    return floors


def write_floors(path: Path, floors: dict[str, float]) -> None:
    """Store the floors, keys sorted, one per line."""
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def decide(measured: float, floor: float, update: bool, allow_lower: bool) -> tuple[int, float]:
    """Exit code and the floor to store, for a measured F1 against a floor.

    Without ``update`` the floor never changes; with it, the floor follows the
    measurement upward, and downward only with ``allow_lower``.
    """
    candidate = round_down(measured)
    if update and (candidate > floor or allow_lower):
        return 0, candidate
    return (0 if measured >= floor else 1), floor


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.gate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="a dataset folder")
    parser.add_argument("--floors", type=Path, default=FLOORS_PATH, help="the floors file")
    parser.add_argument("--update", action="store_true", help="raise the floor to the result")
    parser.add_argument(
        "--allow-lower",
        action="store_true",
        help="with --update, also lower the floor (a deliberate regression)",
    )
    args = parser.parse_args(argv)
    if args.allow_lower and not args.update:
        parser.error("--allow-lower only makes sense with --update")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """0 when newsfilter meets the floor, 1 when it does not, 2 on bad input."""
    args = parse_args(argv)
    dataset = args.data.resolve().name
    try:
        detect_format(args.data)
        run = run_tool(TOOL, args.data)
    except (DatasetError, ToolFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = summarise(run, run.pages, load_truths(args.data, None))
    measured = gate_f1(summary)
    floors = read_floors(args.floors)
    floor = floors.get(dataset, 0.0)
    code, new_floor = decide(measured, floor, args.update, args.allow_lower)
    verdict = "ok" if code == 0 else "BELOW FLOOR"
    print(f"{TOOL} on {dataset}: F1 {measured:.4f}, floor {floor:.4f}: {verdict}")
    if summary.errors:
        print(f"warning: {TOOL} raised on {summary.errors} of {summary.pages} pages")
    if new_floor != floor:
        floors[dataset] = new_floor
        write_floors(args.floors, floors)
        print(f"floor for {dataset} set to {new_floor:.4f} in {args.floors}")
    return code


if __name__ == "__main__":
    sys.exit(main())
