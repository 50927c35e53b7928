"""The long property run: clean() over many hypothesis examples.

Runs the properties of ``tests/test_fuzz.py`` (see ``tests/fuzz_strategies.py``)
over random HTML, plain text and bytes, split over worker processes with
different seeds, and reports how many examples ran and every failure::

    python benchmarks/fuzz.py --examples 100000 --jobs 2

Exit status 0 when every example passed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _worker(args: tuple[int, int, bool]) -> tuple[int, list[str]]:
    examples, seed, full = args
    import logging

    from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings

    from tests.fuzz_strategies import check, inputs

    logging.disable(logging.WARNING)  # bs4 warns on every undecodable byte
    count = 0
    first = True

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, report_multiple_bugs=True,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink])
    @given(inputs)
    def run(source: str | bytes) -> None:
        nonlocal count, first
        count += 1
        try:
            check(source, full=full)
        except BaseException:
            if first:  # the unshrunk input, at once: shrinking can take many minutes
                first = False
                print(f"worker with seed {seed}: first failing input {source!r:.3000}\n{traceback.format_exc()[-3000:]}",
                      file=sys.stderr, flush=True)
            raise

    failures: list[str] = []
    try:
        run()
    except BaseException as exc:  # report every failure, whatever it is
        failures.append("".join(traceback.format_exception(exc))[-4000:])
        # Also at once: the pool reports only when every worker is done, and
        # a long run can be cut short before then.
        print(f"worker with seed {seed} failed after {count:,} examples:\n{failures[-1]}", file=sys.stderr, flush=True)
    return count, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000, help="examples in total (default 100,000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument(
        "--quick", action="store_true",
        help="check properties 1 and 2 only (Result or FilterError; nothing invented): one clean() per example",
    )
    args = parser.parse_args()
    per_job = -(-args.examples // args.jobs)
    start = time.perf_counter()
    with multiprocessing.Pool(args.jobs) as pool:
        outcomes = pool.map(_worker, [(per_job, args.seed + job, not args.quick) for job in range(args.jobs)])
    total = sum(count for count, _ in outcomes)
    failures = [failure for _, fs in outcomes for failure in fs]
    for failure in failures:
        print(failure, file=sys.stderr)
    checked = "properties 1-2" if args.quick else "properties 1-4"
    print(f"{total:,} examples (includes shrinking replays), {checked}, in {time.perf_counter() - start:.0f} s "
          f"over {args.jobs} process(es): {len(failures)} failing run(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
