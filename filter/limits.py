"""Limits on what one document may cost: its size, its time, its segments.

A crawler brings back whatever it finds, so every document is cleaned under
limits; a document that exceeds one is refused with a ``LimitError`` that
says which limit and how to raise it. The defaults were measured with
``benchmarks/pathological.py`` on a 2-core machine.

The time budget holds inside library calls, with no signals or threads: the
stages check a ``Deadline`` cooperatively in their loops (the tree walk every
``CHECK_EVERY`` elements, scoring between chunks). The lxml parse is one C
call that cannot be interrupted; ``max_bytes`` bounds it instead (16 MiB of
the densest markup parses in about 1.5 s).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .errors import LimitError

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""16 MiB. Real news pages, inline scripts and all, are well under 5 MB. The
parsed tree of the densest markup (an element every 8 bytes) takes about 40
times the input's size: 16 MiB of it peaks near 700 MiB, and adding the model
keeps a worst-case document under 1 GiB. Str input is measured in characters."""

DEFAULT_MAX_SECONDS = 5.0
"""A typical page takes 10–50 ms and a 5 MB single-paragraph page about 2 s.
5 s leaves room for a slow machine, and the budget plus one uninterruptible
parse of ``DEFAULT_MAX_BYTES`` stays under 10 s."""

DEFAULT_MAX_SEGMENTS = 50_000
"""The longest news pages we have seen have a few thousand blocks; 50,000
blocks segment and score in about 2 s. A list of a million items is refused
after its first 50,000 instead of building a million records."""

CHECK_EVERY = 1024
"""Loops look at the clock once every this many steps."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost. ``None`` switches a limit off.

    ``max_bytes``: the largest input (bytes, or characters for str input).
    ``max_seconds``: the time budget of one document, from decoding to scoring.
    ``max_segments``: the most segments (blocks) one document may yield.
    """

    max_bytes: int | None = DEFAULT_MAX_BYTES
    max_seconds: float | None = DEFAULT_MAX_SECONDS
    max_segments: int | None = DEFAULT_MAX_SEGMENTS

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_seconds", "max_segments"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not value > 0):
                raise ValueError(f"Limits.{name} must be a positive number or None, not {value!r}")

    def check_size(self, size: int, unit: str = "bytes") -> None:
        if self.max_bytes is not None and size > self.max_bytes:
            raise LimitError(
                f"input is {size:,} {unit}, more than the limit of {self.max_bytes:,}; "
                f"raise it with --max-bytes or Limits(max_bytes=...)"
            )

    def deadline(self) -> "Deadline":
        return Deadline(self.max_seconds)


def too_many_segments(max_segments: int) -> LimitError:
    """The error for a document with more than ``max_segments`` segments."""
    return LimitError(
        f"document has more than {max_segments:,} segments; "
        f"raise the limit with --max-segments or Limits(max_segments=...)"
    )


DEFAULT_LIMITS = Limits()
NO_LIMITS = Limits(max_bytes=None, max_seconds=None, max_segments=None)


class Deadline:
    """The moment a document's time budget runs out."""

    __slots__ = ("seconds", "end")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self, stage: str) -> None:
        """Raise ``LimitError`` when the budget is spent."""
        if self.end is not None and time.monotonic() > self.end:
            raise LimitError(
                f"cleaning took longer than the time budget of {self.seconds:g} s (while {stage}); "
                f"raise it with --timeout or Limits(max_seconds=...)"
            )


NO_DEADLINE = Deadline(None)
