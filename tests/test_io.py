"""Reading inputs and writing outputs: clear errors, no partial files."""

from __future__ import annotations

from pathlib import Path

import pytest

from filter import InputError, LimitError
from filter.io import AtomicFile, expand, read_input


def test_a_directory_given_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_input(str(tmp_path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_input(str(tmp_path / "gone.html"))


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "a")
    with pytest.raises(InputError, match="symbolic link loop"):
        read_input(str(tmp_path / "a"))


def test_read_stops_after_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 10_000)
    assert read_input(str(big), max_bytes=10_000) == b"x" * 10_000
    with pytest.raises(LimitError, match="larger than the limit of 9,999 bytes"):
        read_input(str(big), max_bytes=9_999)


def test_special_files_are_read_with_a_bound() -> None:
    with pytest.raises(LimitError):
        read_input("/dev/zero", max_bytes=1024)


def test_expand_reports_unlistable_directories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filter.io

    def walk(root, onerror=None, followlinks=False):  # type: ignore[no-untyped-def]
        assert followlinks is False
        onerror(PermissionError(13, "Permission denied", str(root)))
        return iter(())

    monkeypatch.setattr(filter.io.os, "walk", walk)
    errors: list[tuple[str, str]] = []
    assert list(expand([str(tmp_path)], on_error=lambda name, reason: errors.append((name, reason)))) == []
    assert errors == [(str(tmp_path), "cannot list directory: Permission denied")]


def test_atomic_file_commit_and_discard(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    kept = AtomicFile(target)
    kept.stream.write("done\n")
    assert not target.exists()
    kept.commit()
    assert target.read_text() == "done\n"

    dropped = AtomicFile(target)
    dropped.stream.write("partial")
    dropped.discard()
    assert target.read_text() == "done\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
