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
