"""Finding inputs, reading them, and writing results as text, JSON or JSONL."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from .document import Result
from .errors import InputError

PAGE_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml", ".txt", ".text"})
"""Files picked up when a directory is given; named files are read whatever their suffix."""
STDIN = "-"


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Input names in order: files as given, directories walked recursively
    (sorted, page suffixes only, symlinked directories not followed), ``-``
    for standard input."""
    for name in paths:
        if name == STDIN:
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield name


def _walk(root: Path) -> Iterator[str]:
    for directory, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames.sort()
        for filename in sorted(filenames):
            if Path(filename).suffix.lower() in PAGE_SUFFIXES:
                yield os.path.join(directory, filename)


def read_input(name: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a file or of standard input, with a clear error on failure."""
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
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
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
