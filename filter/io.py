"""Finding inputs, reading them, and writing results as text, JSON or JSONL."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from .document import Result
from .errors import InputError, LimitError

PAGE_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml", ".txt", ".text"})
"""Files picked up when a directory is given; named files are read whatever their suffix."""
STDIN = "-"


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


def expand(paths: Iterable[str], on_error: Callable[[str, str], None] | None = None) -> Iterator[str]:
    """Input names in order: files as given, directories walked recursively
    (sorted, page suffixes only, symlinked directories not followed, so a
    symlink loop is never walked), ``-`` for standard input.

    A directory that cannot be listed is passed to ``on_error(name, reason)``
    (when given) instead of being skipped in silence."""
    for name in paths:
        if name == STDIN:
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, on_error)
        else:
            yield name


def _walk(root: Path, on_error: Callable[[str, str], None] | None) -> Iterator[str]:
    def report(exc: OSError) -> None:
        if on_error is not None:
            on_error(str(exc.filename or root), f"cannot list directory: {exc.strerror or exc}")

    for directory, dirnames, filenames in os.walk(root, onerror=report, followlinks=False):
        dirnames.sort()
        for filename in sorted(filenames):
            if Path(filename).suffix.lower() in PAGE_SUFFIXES:
                path = os.path.join(directory, filename)
                if _special(path):
                    # A FIFO would block the run forever, a device never ends.
                    if on_error is not None:
                        on_error(path, "not a regular file (a FIFO, socket or device); skipped")
                    continue
                yield path


def _special(path: str) -> bool:
    """True for a FIFO, socket or device; a broken link or a loop is read
    (and reported) as usual."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def read_input(name: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a file or of standard input, with a clear error on failure.

    Reads at most ``max_bytes`` + 1 bytes, and raises ``LimitError`` for
    input larger than ``max_bytes``, so an endless stream cannot fill memory."""
    try:
        if name == STDIN:
            handle: IO[bytes] = sys.stdin.buffer
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError("is a directory, not a file")
            with path.open("rb") as file:
                data = file.read() if max_bytes is None else file.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("is a symbolic link loop, not a file") from None
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise LimitError(f"input is larger than the limit of {max_bytes:,} bytes; raise it with --max-bytes")
    return data


def record(name: str, result: Result) -> dict[str, Any]:
    """The JSON record of one input: its name, then ``Result.to_dict()``."""
    return {"source": name, **result.to_dict()}


class Writer:
    """Writes results to a stream in one of the output formats, one at a time."""

    def __init__(self, stream: IO[str], fmt: OutputFormat, many: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.many = many
        self.count = 0

    def write(self, name: str, result: Result) -> None:
        out = self.stream
        text = result.text
        if self.fmt is OutputFormat.TEXT:
            if self.many:
                out.write(("\n" if self.count else "") + f"==> {name} <==\n")
            out.write(text + ("\n" if text else ""))
        elif self.fmt is OutputFormat.JSONL:
            out.write(json.dumps(record(name, result), ensure_ascii=False) + "\n")
        else:
            body = json.dumps(record(name, result), ensure_ascii=False, indent=2)
            if self.many:
                out.write(("[\n" if self.count == 0 else ",\n") + body)
            else:
                out.write(body + "\n")
        self.count += 1
        out.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.JSON and self.many:
            self.stream.write(("[" if self.count == 0 else "") + "\n]\n")
            self.stream.flush()


class AtomicFile:
    """A file that appears at its path only when complete.

    Writes go to a temporary file in the same directory; ``commit()`` renames
    it into place, ``discard()`` removes it. A full disk or an interrupted run
    therefore never leaves a partial output file behind."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent or ".")
        self.tmp = Path(tmp)
        self.stream: IO[str] = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass
        self.tmp.unlink(missing_ok=True)
