"""Extraction benchmarks: newsfilter side by side with other extractors.

- ``metrics``: the AEB shingle metric, bag-of-words F1 and trafilatura's
  snippet metric, as pure functions.
- ``datasets``: streaming loaders for the three development sets.
- ``extraction``: ``python -m benchmarks.extraction --data DIR`` prints the table.
- ``gate``: ``python -m benchmarks.gate --data DIR`` fails when newsfilter's
  F1 drops below the floor stored in ``floors.json``.

The data lives outside the repository; every command takes it as ``--data``.
"""
