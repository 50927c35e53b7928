"""The batch job: incremental reruns, failures, the lock, crashes, Dask."""

from __future__ import annotations

import collections
import fcntl
import gzip
import hashlib
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filter import batch as batch_module
from filter.batch import STATE_FILE, run_batch, status
from filter.cli import EXIT_INPUT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE, app
from filter.model import default_model_dir
from tests.conftest import ROOT, SEED

runner = CliRunner()
PARAGRAPHS = SEED.read_text(encoding="utf-8").split("\n\n")


def page(i: int) -> str:
    """A small distinct plain-text article."""
    return f"Report number {i} from the city council.\n\n" + "\n\n".join(PARAGRAPHS[:3])


def make_pages(root: Path, n: int, start: int = 0) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = root / f"sub{i % 3}" / f"doc{i:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(page(i), encoding="utf-8")
        paths.append(path)
    return paths


def records(out: Path) -> list[dict]:
    """Every record of every shard; each line must parse."""
    lines = [line for shard in sorted(out.glob("part-*.jsonl")) for line in shard.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines]


def ids(out: Path) -> collections.Counter[str]:
    return collections.Counter(r["id"] for r in records(out))


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_first_run_writes_one_record_per_document(tmp_path: Path) -> None:
    pages = make_pages(tmp_path / "in", 12)
    summary = run_batch([str(tmp_path / "in")], tmp_path / "out", chunk_size=4, shard_size=5)
    assert (summary.processed, summary.failed, summary.skipped) == (12, 0, 0)
    assert ids(tmp_path / "out") == collections.Counter(str(p.resolve()) for p in pages)
    record = records(tmp_path / "out")[0]
    assert {"id", "source", "content_sha256", "model", "model_sha256", "text", "segments", "summary"} <= set(record)
    assert record["segments"][0]["scores"].keys() == {"news", "opinion", "filler"}
    assert not list((tmp_path / "out").glob(".tmp-*"))


def test_rerun_over_unchanged_input_does_no_work(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 6)
    run_batch([str(tmp_path / "in")], tmp_path / "out")
    before = sorted(p.name for p in (tmp_path / "out").glob("part-*"))
    result = invoke("batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == EXIT_OK
    assert "nothing to do: 6 documents unchanged" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("part-*")) == before


@pytest.mark.parametrize("change", ["edited", "added"])
def test_only_new_or_changed_documents_are_processed(tmp_path: Path, change: str) -> None:
    pages = make_pages(tmp_path / "in", 5)
    run_batch([str(tmp_path / "in")], tmp_path / "out")
    if change == "edited":
        pages[2].write_text(page(99), encoding="utf-8")
        expected = str(pages[2].resolve())
    else:
        expected = str(make_pages(tmp_path / "in", 1, start=50)[0].resolve())
    summary = run_batch([str(tmp_path / "in")], tmp_path / "out")
    assert (summary.processed, summary.skipped) == (1, 5 if change == "added" else 4)
    counts = ids(tmp_path / "out")
    assert counts[expected] == (2 if change == "edited" else 1)
    if change == "edited":  # the newer record comes last and carries the new hash
        old, new = [r["content_sha256"] for r in records(tmp_path / "out") if r["id"] == expected]
        assert new == hashlib.sha256(pages[2].read_bytes()).hexdigest() != old


def test_inputs_gz_jsonl_globs_and_unknown_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_pages(src, 2)
    with gzip.open(src / "zipped.html.gz", "wt", encoding="utf-8") as handle:
        handle.write("<html><body><article><p>" + "</p><p>".join(PARAGRAPHS[:3]) + "</p></article></body></html>")
    (src / "records.jsonl").write_text(
        json.dumps({"id": "a", "text": page(7)}) + "\n" + json.dumps({"url": "https://example.org/b", "html": f"<p>{page(8)}</p>"}) + "\n",
        encoding="utf-8",
    )
    (src / "picture.png").write_bytes(b"\x89PNG")
    (src / "notes.md").write_text("# notes", encoding="utf-8")
    summary = run_batch([str(src)], tmp_path / "out")
    assert (summary.processed, summary.failed, summary.unsupported) == (5, 0, 2)
    by_id = {r["id"]: r for r in records(tmp_path / "out")}
    jsonl = str((src / "records.jsonl").resolve())
    assert by_id[f"{jsonl}#a"]["record"] == "a"
    assert by_id[f"{jsonl}#https://example.org/b"]["url"] == "https://example.org/b"
    assert by_id[str((src / "zipped.html.gz").resolve())]["content_type"] == "html"

    glob_only = run_batch([str(src / "**" / "*.jsonl")], tmp_path / "out2")
    assert glob_only.processed == 2


BAD_INPUTS = {
    "empty-file": ("bad.html", b""),
    "binary-file": ("bad.txt", b"\x00\x01\x02PK\x03\x04" * 50),
    "corrupt-gzip": ("bad.html.gz", b"not gzip at all"),
    "jsonl-not-json": ("bad.jsonl", b"{broken\n"),
    "jsonl-no-id": ("bad.jsonl", b'{"text": "no id or url"}\n'),
    "jsonl-no-body": ("bad.jsonl", b'{"id": 3}\n'),
}


@pytest.mark.parametrize("name,content", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_a_bad_document_is_recorded_and_the_batch_goes_on(tmp_path: Path, name: str, content: bytes) -> None:
    make_pages(tmp_path / "in", 3)
    (tmp_path / "in" / name).write_bytes(content)
    result = invoke("batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "3 processed" in result.stderr and "1 failed" in result.stderr
    state = status(tmp_path / "out", failures=10)
    assert (state.done, state.failed) == (3, 1)
    assert state.failures[0][2]  # a reason is recorded
    assert len(records(tmp_path / "out")) == 3


def test_retry_failed_up_to_the_limit(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 2)
    bad = tmp_path / "in" / "bad.html"
    bad.write_bytes(b"")
    args = ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    assert invoke(*args).exit_code == EXIT_INPUT_FAILED
    assert invoke(*args).exit_code == EXIT_OK  # not retried without --retry-failed
    retry = [*args, "--retry-failed", "--max-attempts", "2"]
    assert invoke(*retry).exit_code == EXIT_INPUT_FAILED  # attempt 2
    assert invoke(*retry).exit_code == EXIT_OK  # limit reached: not tried again
    assert status(tmp_path / "out", failures=1).failures[0][1] == 2
    bad.write_text(page(5), encoding="utf-8")  # fixed content is a new version
    assert invoke(*args).exit_code == EXIT_OK
    assert status(tmp_path / "out").failed == 0


def test_reprocess_on_model_change(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 3)
    run_batch([str(tmp_path / "in")], tmp_path / "out")
    other = tmp_path / "model-copy"
    shutil.copytree(default_model_dir(), other)
    card = json.loads((other / "card.json").read_text(encoding="utf-8"))
    shipped = card["name"]
    card["name"] = "model-copy"
    (other / "card.json").write_text(json.dumps(card), encoding="utf-8")

    assert run_batch([str(tmp_path / "in")], tmp_path / "out", model=other).processed == 0
    summary = run_batch([str(tmp_path / "in")], tmp_path / "out", model=other, reprocess_on_model_change=True)
    assert summary.processed == 3
    assert collections.Counter(r["model"] for r in records(tmp_path / "out")) == {shipped: 3, "model-copy": 3}
    again = run_batch([str(tmp_path / "in")], tmp_path / "out", model=other, reprocess_on_model_change=True)
    assert again.processed == 0


def test_a_held_lock_gives_its_own_exit_code(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 1)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "w") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = invoke("batch", str(tmp_path / "in"), "--out", str(out))
    assert result.exit_code == EXIT_LOCKED
    assert "another run holds" in result.stderr
    assert invoke("batch", str(tmp_path / "in"), "--out", str(out)).exit_code == EXIT_OK


def test_a_stale_lock_is_taken_over(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    make_pages(tmp_path / "in", 1)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text("pid=999999 host=elsewhere started=2020-01-01T00:00:00\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="filter.batch"):
        assert run_batch([str(tmp_path / "in")], out).processed == 1
    assert "pid=999999" in caplog.text


@pytest.mark.parametrize(
    "args,message",
    [(["--jobs", "0"], "--jobs"), (["--backend", "dask"], "--scheduler"), (["--scheduler", "tcp://x:1"], "--scheduler")],
    ids=["zero-jobs", "dask-without-scheduler", "scheduler-without-dask"],
)
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = invoke("batch", str(tmp_path), "--out", str(tmp_path / "out"), *args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    assert invoke("batch", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")).exit_code == EXIT_USAGE


def test_status_command(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 2)
    (tmp_path / "in" / "bad.html").write_bytes(b"")
    invoke("batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    result = invoke("status", str(tmp_path / "out"), "--failed")
    assert result.exit_code == EXIT_OK
    assert "done:      2" in result.stdout and "failed:    1" in result.stdout
    assert "bad.html" in result.stdout and "input is empty" in result.stdout


class SimulatedCrash(BaseException):
    """Like the process dying: nothing catches it."""


def test_crash_between_rename_and_commit_is_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_pages(tmp_path / "in", 10)
    real_commit = batch_module._Shard.commit
    calls = []

    def crashing_commit(self: batch_module._Shard) -> None:
        calls.append(self.name)
        if len(calls) == 2:  # the second shard reaches its final name, then the process "dies"
            self.handle.close()
            os.replace(self.tmp, self.out / self.name)
            raise SimulatedCrash
        real_commit(self)

    monkeypatch.setattr(batch_module._Shard, "commit", crashing_commit)
    with pytest.raises(SimulatedCrash):
        run_batch([str(tmp_path / "in")], tmp_path / "out", chunk_size=2, shard_size=4)
    monkeypatch.setattr(batch_module._Shard, "commit", real_commit)
    summary = run_batch([str(tmp_path / "in")], tmp_path / "out")
    assert summary.processed == 6
    assert set(ids(tmp_path / "out").values()) == {1} and len(ids(tmp_path / "out")) == 10


def _batch_process(src: Path, out: Path, cwd: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "filter", "batch", str(src), "--out", str(out), *extra],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize(
    "shards_before_kill,rerun_jobs", [(1, "1"), (4, "2")], ids=["after-first-shard", "after-fourth-shard-rerun-2-jobs"]
)
def test_kill_9_part_way_then_rerun_processes_everything_exactly_once(
    tmp_path: Path, shards_before_kill: int, rerun_jobs: str
) -> None:
    n = 300
    make_pages(tmp_path / "in", n)
    out = tmp_path / "out"
    elsewhere = tmp_path / "cwd"  # as under cron: another working directory, no terminal
    elsewhere.mkdir()
    proc = _batch_process(tmp_path / "in", out, elsewhere, "--shard-size", "10", "--chunk-size", "5")
    deadline = time.monotonic() + 60
    while len(list(out.glob("part-*.jsonl"))) < shards_before_kill and proc.poll() is None:
        assert time.monotonic() < deadline, "no shard appeared"
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    done_before = len(ids(out))
    assert 0 < done_before < n

    rerun = _batch_process(tmp_path / "in", out, elsewhere, "--jobs", rerun_jobs)
    _, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == EXIT_OK, stderr.decode()
    counts = ids(out)
    assert len(counts) == n and set(counts.values()) == {1}
    assert not list(out.glob(".tmp-*"))
    db = sqlite3.connect(out / STATE_FILE)
    assert db.execute("SELECT COUNT(*) FROM documents WHERE status = 'done'").fetchone()[0] == n
    assert db.execute("SELECT COUNT(*) FROM shards WHERE state = 'pending'").fetchone()[0] == 0


def test_parallel_jobs_give_the_same_output_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_pages(tmp_path / "in", 40)
    run_batch([str(tmp_path / "in")], tmp_path / "one", jobs=1, chunk_size=4)

    def no_unpickling(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parent of a parallel run loaded the model; only its workers need it")

    monkeypatch.setattr("filter.batch.load", no_unpickling)  # the workers are other processes
    run_batch([str(tmp_path / "in")], tmp_path / "two", jobs=2, chunk_size=4)
    assert records(tmp_path / "one") == records(tmp_path / "two")


def test_dask_local_cluster_gives_the_same_output(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    make_pages(tmp_path / "in", 30)
    run_batch([str(tmp_path / "in")], tmp_path / "local", chunk_size=4)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1", scheduler_port=0,
        dashboard_address=None,
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        result = invoke(
            "batch", str(tmp_path / "in"), "--out", str(tmp_path / "dask"),
            "--backend", "dask", "--scheduler", cluster.scheduler_address, "--chunk-size", "4",
        )
    assert result.exit_code == EXIT_OK, result.stderr
    assert records(tmp_path / "dask") == records(tmp_path / "local")
