"""The newsfilter command, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filter.cli import EXIT_INPUT_FAILED, EXIT_MODEL, EXIT_OK, EXIT_USAGE, app
from tests.conftest import SEED

runner = CliRunner()


def invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def test_clean_seed_prints_the_article() -> None:
    result = invoke("clean", str(SEED))
    assert result.exit_code == EXIT_OK
    assert result.stdout.count("\n\n") == 9
    assert "Read Also" not in result.stdout
    assert result.stdout.startswith("U.S. forces conducted airstrikes")


def test_stdin() -> None:
    result = invoke("clean", "-", stdin=SEED.read_bytes())
    assert result.exit_code == EXIT_OK
    assert "Read Also" not in result.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats(fmt: str) -> None:
    result = invoke("clean", "--format", fmt, "--url", "https://example.org/x", str(SEED))
    assert result.exit_code == EXIT_OK
    record = json.loads(result.stdout)
    assert record["source"] == str(SEED)
    assert record["url"] == "https://example.org/x"
    assert len(record["segments"]) == 13


def test_directory_with_several_files_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<html><body><p>" + "The mayor opened the new library on Monday. " * 8 + "</p></body></html>")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = invoke("clean", "-f", "jsonl", str(tmp_path))
    assert result.exit_code == EXIT_OK
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.html")]


def test_json_array_for_several_inputs(tmp_path: Path) -> None:
    result = invoke("clean", "-f", "json", str(SEED), str(SEED))
    assert result.exit_code == EXIT_OK
    assert len(json.loads(result.stdout)) == 2


def test_text_headers_for_several_inputs() -> None:
    result = invoke("clean", str(SEED), str(SEED))
    assert result.stdout.count(f"==> {SEED} <==") == 2


def test_failed_input_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("clean", str(empty), str(tmp_path / "missing.html"), str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"{empty}: input is empty" in result.stderr
    assert "missing.html: no such file" in result.stderr
    assert "U.S. forces conducted airstrikes" in result.stdout


def test_binary_input_is_reported(tmp_path: Path) -> None:
    png = tmp_path / "x.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = invoke("clean", str(png))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "PNG image" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("clean", "--keep", "gossip", str(SEED)), ("clean", "--format", "xml", str(SEED)), ("clean",), ("clean", "--content-type", "pdf", str(SEED))],
    ids=["bad-label", "bad-format", "no-path", "bad-content-type"],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    assert invoke(*args).exit_code == EXIT_USAGE


def test_keep_news_only() -> None:
    result = invoke("clean", "--keep", "news", "-f", "json", str(SEED))
    record = json.loads(result.stdout)
    assert all(s["label"] == "news" for s in record["segments"] if s["kept"])


def test_tampered_model_exits_3(tmp_path: Path) -> None:
    import shutil

    from filter.model import MODEL_FILE, default_model_dir

    copy = tmp_path / "m"
    shutil.copytree(default_model_dir(), copy)
    (copy / MODEL_FILE).write_bytes(b"not the model")
    result = invoke("clean", "--model", str(copy), str(SEED))
    assert result.exit_code == EXIT_MODEL
    assert "sha256" in result.stderr


@pytest.mark.parametrize("args", [("--help",), ("clean", "--help")], ids=["root", "clean"])
def test_help(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_version() -> None:
    from filter import __version__

    assert invoke("--version").stdout.strip() == f"newsfilter {__version__}"


# --- hostile and broken input, limits and a full disk ------------------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from tests.test_pipeline import NOT_A_PAGE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("source", "error", "message"), NOT_A_PAGE)
def test_not_a_page_is_reported_without_traceback(tmp_path: Path, source: bytes | str, error: type, message: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(source.encode() if isinstance(source, str) else source)
    result = invoke("clean", str(path), str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"{path}: " in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert "U.S. forces conducted airstrikes" in result.stdout  # the other input is still cleaned


def test_empty_directory_has_no_inputs(tmp_path: Path) -> None:
    result = invoke("clean", str(tmp_path))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "no input files found" in result.stderr


def test_symlink_loop_given_directly(tmp_path: Path) -> None:
    (tmp_path / "a.html").symlink_to(tmp_path / "b.html")
    (tmp_path / "b.html").symlink_to(tmp_path / "a.html")
    result = invoke("clean", str(tmp_path / "a.html"), str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "a.html: is a symbolic link loop" in result.stderr
    assert "U.S. forces conducted airstrikes" in result.stdout


def test_symlink_loops_inside_a_directory_are_not_walked(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a directory loop
    (tmp_path / "sub" / "story.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop.html")
    result = invoke("clean", "-f", "jsonl", str(tmp_path))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "loop.html: is a symbolic link loop" in result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(tmp_path / "sub" / "story.txt")]


def test_file_deleted_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filter.cli

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_bytes(SEED.read_bytes())
    real_read = filter.cli.read_input

    def read_then_delete(name: str, max_bytes: int | None = None) -> bytes:
        data = real_read(name, max_bytes)
        second.unlink(missing_ok=True)  # another process removes the next file
        return data

    monkeypatch.setattr(filter.cli, "read_input", read_then_delete)
    result = invoke("clean", "-f", "jsonl", str(tmp_path))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"{second}: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.html"
    locked.write_text("<p>secret</p>")
    real_open = Path.open

    def deny(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    result = invoke("clean", str(locked), str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"{locked}: permission denied" in result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked.html"
    locked.write_text("<p>secret</p>")
    locked.chmod(0)
    result = invoke("clean", str(locked))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "permission denied" in result.stderr


def test_unlistable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filter.io

    def walk(root, onerror=None, followlinks=False):  # type: ignore[no-untyped-def]
        onerror(PermissionError(13, "Permission denied", str(root)))
        return iter(())

    monkeypatch.setattr(filter.io.os, "walk", walk)
    result = invoke("clean", str(tmp_path))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"{tmp_path}: cannot list directory: Permission denied" in result.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--max-bytes", "100", "larger than the limit of 100 bytes"),
        ("--max-segments", "3", "more than 3 segments"),
    ],
    ids=["max-bytes", "max-segments"],
)
def test_limits_from_the_command_line(option: str, value: str, message: str) -> None:
    result = invoke("clean", option, value, str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert message in result.stderr


def test_timeout_on_a_big_page(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    page.write_text("<html><body>" + "<p>Para.</p>" * 40_000 + "</body></html>")
    result = invoke("clean", "--timeout", "0.01", "--max-segments", "1000000", str(page))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "time budget of 0.01 s" in result.stderr


def test_stdin_larger_than_the_limit() -> None:
    result = invoke("clean", "--max-bytes", "1000", "-", stdin=b"<p>" + b"x" * 5000 + b"</p>")
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "<stdin>: input is larger than the limit of 1,000 bytes" in result.stderr


@pytest.mark.parametrize("option", ["--max-bytes", "--max-segments", "--timeout"])
def test_limits_must_be_positive(option: str) -> None:
    assert invoke("clean", option, "0", str(SEED)).exit_code == EXIT_USAGE


def test_output_file_appears_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("clean", "-f", "jsonl", "-o", str(out), str(SEED), str(SEED))
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert len(out.read_text().splitlines()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_full_disk_leaves_no_partial_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from filter.io import Writer

    real_write = Writer.write

    def write_until_full(self: Writer, name: str, result) -> None:  # type: ignore[no-untyped-def]
        if self.count == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, name, result)

    monkeypatch.setattr(Writer, "write", write_until_full)
    out = tmp_path / "out.jsonl"
    result = invoke("clean", "-f", "jsonl", "-o", str(out), str(SEED), str(SEED), str(SEED))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert f"cannot write {out}: No space left on device; stopped" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_full_disk_on_stdout_stops_cleanly(fmt: str) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "filter", "clean", "-f", fmt, str(SEED), str(SEED)],
            stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120,
        )
    assert proc.returncode == EXIT_INPUT_FAILED
    assert "cannot write standard output: No space left on device; stopped" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_a_directory_is_skipped_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")
    (tmp_path / "story.txt").write_bytes(SEED.read_bytes())
    result = invoke("clean", "-f", "jsonl", str(tmp_path))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "pipe.html: not a regular file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_missing_model_directory_says_how_to_fix(tmp_path: Path) -> None:
    result = invoke("clean", "--model", str(tmp_path / "nowhere"), str(SEED))
    assert result.exit_code == EXIT_MODEL
    assert "does not exist; reinstall newsfilter" in result.stderr and "--model" in result.stderr
    assert "Traceback" not in result.stderr
