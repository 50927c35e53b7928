"""The scheduled batch job: incremental, resumable, parallel.

``run_batch(inputs, out_dir)`` cleans every supported document under
``inputs`` and appends one JSONL record per document version to shards in
``out_dir``. An SQLite database there (``state.sqlite``) remembers each
document, so a rerun only does what is new or changed.

Identity. A file is identified by its absolute path; a record of a JSONL file
by ``<absolute path>#<id or url>``. Its content hash is the sha256 of the
(decompressed) page, or of the record's ``html``/``text`` field. A document
whose hash changes is processed again and a *new* record is appended; the
old record stays in its shard. Consumers take the latest record per ``id``
(shards sort by run and sequence: ``part-r<run>-<seq>.jsonl``; within a shard
lines are in processing order).

Exactly-once protocol. The parent process is the only writer of the database
and of the shards; workers only clean and return serialised lines.

1. Insert the shard's row with state ``pending`` and commit.
2. Write its lines to ``.tmp-<shard>`` in ``out_dir``, flush and fsync.
3. Rename the temporary file to ``<shard>`` and fsync the directory.
4. In ONE transaction: mark the shard ``committed`` and every document in it
   ``done`` (and the documents that failed, ``failed``).

Recovery, at the start of every run under the lock: every shard still
``pending`` is deleted (its file and its temporary file) and forgotten, and
stray ``.tmp-*`` files are removed. A crash before step 4 therefore leaves
no trace of the shard and its documents are still unprocessed in the
database, so the next run does them again; a crash after step 4 has nothing
to undo. The database runs in WAL mode with ``synchronous=FULL``, so a
committed step 4 survives a power cut, and a shard is never visible
half-written because only complete, fsynced files are renamed into place.

Lock. ``fcntl.flock`` on ``out_dir/.lock``: the kernel releases it when the
holder dies, even on ``kill -9``, so a stale lock is simply taken over (the
pid left in the file by the dead run is logged). A second live run gets
``LockedError`` at once. flock is reliable on local disks; do not put
``out_dir`` on NFS.

The library never prints or exits: it logs to ``filter.batch`` and returns a
``BatchSummary``.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import gzip
import hashlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FilterError
from .model import Model, load, load_blocks_with_card, verify, verify_blocks

log = logging.getLogger(__name__)

STATE_FILE = "state.sqlite"
LOCK_FILE = ".lock"
TMP_PREFIX = ".tmp-"
SHARD_PREFIX = "part-"

PAGE_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".txt"})
"""Files cleaned as one page each (also when gzipped: ``page.html.gz``)."""
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl"})
"""Files whose lines are records with ``html`` or ``text`` and ``id`` or ``url``."""

CHUNK_SIZE = 32
"""Documents sent to a worker per task: at ~10 ms a document the ~1 ms cost of
a task is then well under 1%, while chunks stay small enough to balance."""
SHARD_SIZE = 1000
"""Documents per committed shard: the most work a crash can throw away."""
COMMIT_SECONDS = 60.0
"""A shard is also committed after this long, so slow runs still make progress."""
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Larger documents fail with a reason instead of exhausting memory."""
MAX_ATTEMPTS = 3
"""How often ``retry_failed`` tries a document (same content) in all."""
WORKER_IDLE_SECONDS = 20
"""loky workers left idle this long exit (joblib's default is 300 s)."""
LOG_SECONDS = 15.0
"""Progress is logged at most this often."""


class BatchError(FilterError):
    """The batch job cannot run."""


class BatchInputError(BatchError):
    """An input named on the command line does not exist."""


class LockedError(BatchError):
    """Another run holds the lock on the output directory."""


class StateError(BatchError):
    """The output directory or its state database cannot be used."""


@dataclass(frozen=True)
class BatchSummary:
    """What one run did. ``skipped`` counts documents not processed because
    they were done before (or failed before and were not retried);
    ``unsupported`` counts files of an unknown kind."""

    run: int
    processed: int
    failed: int
    skipped: int
    unsupported: int
    elapsed: float
    shards: int
    model: str

    @property
    def docs_per_second(self) -> float:
        done = self.processed + self.failed
        return done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def nothing_to_do(self) -> bool:
        return self.processed == 0 and self.failed == 0


@dataclass(frozen=True)
class BatchProgress:
    processed: int
    failed: int
    skipped: int
    unsupported: int
    elapsed: float


@dataclass(frozen=True)
class Status:
    """The counts in a state database, for ``newsfilter status``."""

    documents: int
    done: int
    failed: int
    shards: int
    models: dict[str, int]
    last_run: dict[str, Any] | None
    failures: list[tuple[str, int, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Task:
    key: str
    source: str
    record: str | None
    sha256: str
    content: bytes | str | None = None
    url: str | None = None
    content_type: str | None = None
    error: str | None = None


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    suffix = os.path.splitext(lower)[1]
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def _walk(root: str) -> Iterator[str]:
    def unreadable(exc: OSError) -> None:
        log.warning("cannot list %s: %s; its files are left out", exc.filename, exc.strerror or exc)

    for directory, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            yield os.path.join(directory, filename)


def iter_files(inputs: Sequence[str], exclude: str | None = None) -> Iterator[str]:
    """Absolute paths of the files under ``inputs``: files as given,
    directories walked recursively in sorted order, globs expanded (``**``
    allowed). Raises ``BatchInputError`` for a name that is neither."""
    for name in inputs:
        if os.path.isdir(name):
            paths: Iterable[str] = _walk(name)
        elif os.path.exists(name):
            paths = [name]
        elif glob.has_magic(name):
            matches = sorted(glob.iglob(name, recursive=True))
            if not matches:
                log.warning("%s matches no files", name)
            paths = (p for m in matches for p in (_walk(m) if os.path.isdir(m) else [m]))
        else:
            raise BatchInputError(f"{name}: no such file or directory")
        for path in paths:
            path = os.path.abspath(path)
            if exclude and (path == exclude or path.startswith(exclude + os.sep)):
                continue  # never read our own output back
            yield path


def _read_bytes(path: str) -> bytes:
    if path.lower().endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    else:
        with open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"larger than {MAX_DOCUMENT_BYTES} bytes")
    return data


def _raw_sha(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return "unreadable"


def _page_tasks(path: str) -> Iterator[_Task]:
    try:
        data = _read_bytes(path)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        yield _Task(path, path, None, _raw_sha(path), error=f"cannot read: {reason}")
        return
    yield _Task(path, path, None, hashlib.sha256(data).hexdigest(), content=data)


def _open_lines(path: str) -> Iterator[bytes]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        yield from handle


def _jsonl_tasks(path: str) -> Iterator[_Task]:
    seen: set[str] = set()
    lineno = 0
    try:
        for lineno, line in enumerate(_open_lines(path), start=1):
            if not line.strip():
                continue
            where = f"{path}#line:{lineno}"
            line_sha = hashlib.sha256(line).hexdigest()
            try:
                item = json.loads(line)
            except (ValueError, UnicodeDecodeError) as exc:
                yield _Task(where, path, None, line_sha, error=f"line {lineno} is not JSON: {exc}")
                continue
            if not isinstance(item, dict):
                yield _Task(where, path, None, line_sha, error=f"line {lineno} is not a JSON object")
                continue
            ident = item.get("id", item.get("url"))
            if ident is None or isinstance(ident, (dict, list)):
                yield _Task(where, path, None, line_sha, error=f"line {lineno} has no 'id' or 'url'")
                continue
            ident = str(ident)
            key = f"{path}#{ident}"
            if key in seen:
                log.warning("%s: line %d repeats id %r; only the first is used", path, lineno, ident)
                continue
            seen.add(key)
            body, ctype = (item.get("html"), "html") if item.get("html") is not None else (item.get("text"), "text")
            url = item.get("url") if isinstance(item.get("url"), str) else None
            if not isinstance(body, str):
                yield _Task(key, path, ident, line_sha, error=f"line {lineno} has no 'html' or 'text' string")
                continue
            sha = hashlib.sha256(f"{ctype}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()
            yield _Task(key, path, ident, sha, content=body, url=url, content_type=ctype)
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        yield _Task(f"{path}#line:{lineno + 1}", path, None, _raw_sha(path), error=f"cannot read: {reason}")


# --------------------------------------------------------------------------- state


_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    record TEXT,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    attempts INTEGER NOT NULL,
    error TEXT,
    model TEXT NOT NULL,
    shard TEXT,
    first_seen REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS shards (
    name TEXT PRIMARY KEY,
    run INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'committed')),
    records INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pid INTEGER, host TEXT, model TEXT,
    started REAL NOT NULL, finished REAL,
    processed INTEGER, failed INTEGER, skipped INTEGER, unsupported INTEGER
);
"""

_UPSERT = """
INSERT INTO documents (key, source, record, sha256, status, attempts, error, model, shard, first_seen, updated)
VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
    source = excluded.source, record = excluded.record, status = excluded.status,
    attempts = CASE WHEN documents.sha256 = excluded.sha256 THEN documents.attempts + 1 ELSE 1 END,
    sha256 = excluded.sha256, error = excluded.error, model = excluded.model,
    shard = excluded.shard, updated = excluded.updated
"""


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    try:
        if readonly:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=30)
        else:
            db = sqlite3.connect(path, isolation_level=None, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
    except sqlite3.Error as exc:
        raise StateError(f"{path}: cannot open the state database ({exc}); move it aside to start afresh") from None
    return db


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _recover(db: sqlite3.Connection, out: Path) -> None:
    pending = [row[0] for row in db.execute("SELECT name FROM shards WHERE state = 'pending'")]
    for name in pending:
        for stale in (out / name, out / (TMP_PREFIX + name)):
            if stale.exists():
                log.warning("recovering: removing %s left by an interrupted run", stale.name)
                stale.unlink()
    with _transaction(db):
        db.executemany("DELETE FROM shards WHERE name = ?", [(n,) for n in pending])
    for stale in out.glob(TMP_PREFIX + "*"):
        stale.unlink(missing_ok=True)
    known = {row[0] for row in db.execute("SELECT name FROM shards")}
    for shard in out.glob(SHARD_PREFIX + "*.jsonl"):
        if shard.name not in known:
            log.warning("%s is not in the state database; it is left alone but may repeat documents", shard)
    if pending:
        _fsync_dir(out)


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    path = out / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            raise LockedError(f"another run holds {path} ({holder}); wait for it to finish") from None
        previous = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        if previous:
            log.warning("taking over the lock left by a run that did not finish (%s)", previous)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid={os.getpid()} host={socket.gethostname()} started={time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n".encode(), 0)
        os.fsync(fd)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the flock


# --------------------------------------------------------------------------- workers


_WORKER_MODELS: dict[str | None, Model] = {}
_WATCHDOG: list[threading.Thread] = []
WATCHDOG_SECONDS = 1.0
"""How often a loky worker checks that the run that started it is alive."""


def _watch_parent() -> None:
    """Exit this worker when its parent dies.

    After a ``kill -9`` of the run, loky workers can block for ever writing a
    result nobody reads; this thread ends them within a second instead."""
    if _WATCHDOG:
        return
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    thread = threading.Thread(target=watch, name="newsfilter-parent-watchdog", daemon=True)
    thread.start()
    _WATCHDOG.append(thread)


def _version(name: str, card: dict[str, Any], blocks: dict[str, Any]) -> str:
    """The segment model and the shipped block model that clean() pairs with
    it: a change of either is a change of model for --reprocess-on-model-change."""
    return f"{name}@{card['sha256']}+{blocks.get('name', 'blocks')}@{blocks['sha256']}"


def _version_of(model: Model) -> str:
    return _version(model.name, model.card, load_blocks_with_card()[1])


def _worker_model(model_dir: str | None, version: str) -> Model:
    """The model, loaded and verified once per worker process.

    ``model_dir`` None means the worker's own shipped model, so that a Dask
    worker installed elsewhere finds it; its version must match the parent's,
    or the run stops rather than mix two models under one version."""
    model = _WORKER_MODELS.get(model_dir)
    if model is None:
        model = _WORKER_MODELS[model_dir] = load(model_dir)
    if _version_of(model) != version:
        raise BatchError(
            f"this worker has model {_version_of(model)}, the run uses {version}; install the same newsfilter "
            f"release on every worker, or name a model directory they all share with --model"
        )
    return model


_Outcome = tuple[str, str, "str | None", str, "str | None", "str | None"]
"""(key, source, record, sha256, JSON line or None, error or None)."""


def _line(task: _Task, result: Any, model: Model, run: int) -> str:
    body = {
        "id": task.key,
        "source": task.source,
        "record": task.record,
        "content_sha256": task.sha256,
        "model_sha256": model.card.get("sha256"),
        "run": run,
        **result.to_dict(),
    }
    if task.url and not body.get("url"):
        body["url"] = task.url
    return json.dumps(body, ensure_ascii=False, check_circular=False, separators=(",", ":"))


def _clean_chunk(
    chunk: Sequence[_Task], model_dir: str | None, version: str, run: int, watch_parent: bool = False
) -> list[_Outcome]:
    """Clean a chunk; a bad document fails alone. Runs in a worker.

    Documents of one content type are scored in one batch (``clean_many``);
    when that raises, they are cleaned one by one so that only the bad one
    fails."""
    from .pipeline import clean, clean_many

    if watch_parent:
        _watch_parent()
    model = _worker_model(model_dir, version)
    lines: dict[str, str] = {}
    errors: dict[str, str] = {t.key: t.error for t in chunk if t.error is not None}
    groups: dict[str | None, list[_Task]] = {}
    for task in chunk:
        if task.error is None:
            groups.setdefault(task.content_type, []).append(task)
    for content_type, tasks in groups.items():
        try:
            results = clean_many([t.content for t in tasks], urls=[t.url for t in tasks], content_type=content_type, model=model)
        except Exception:  # one bad document: clean them one by one below
            results = None
        if results is not None:
            lines.update((t.key, _line(t, r, model, run)) for t, r in zip(tasks, results))
            continue
        for t in tasks:
            try:
                lines[t.key] = _line(t, clean(t.content, url=t.url, content_type=t.content_type, model=model), model, run)
            except FilterError as exc:
                errors[t.key] = f"{type(exc).__name__}: {exc}"
            except Exception as exc:  # a bug must not stop the batch; it is recorded
                errors[t.key] = f"unexpected {type(exc).__name__}: {exc}"
    return [(t.key, t.source, t.record, t.sha256, lines.get(t.key), errors.get(t.key)) for t in chunk]


# --------------------------------------------------------------------------- the run


class _Shard:
    def __init__(self, db: sqlite3.Connection, out: Path, run: int, seq: int) -> None:
        self.db, self.out, self.run = db, out, run
        self.name = f"{SHARD_PREFIX}r{run:06d}-{seq:06d}.jsonl"
        self.tmp = out / (TMP_PREFIX + self.name)
        self.rows: list[tuple[Any, ...]] = []
        self.records = 0
        self.started = time.monotonic()
        with _transaction(db):
            db.execute("INSERT INTO shards (name, run, state, created) VALUES (?, ?, 'pending', ?)", (self.name, run, time.time()))
        self.handle = open(self.tmp, "w", encoding="utf-8")

    def add(self, outcome: _Outcome, model: str) -> None:
        key, source, record, sha, line, error = outcome
        now = time.time()
        if line is not None:
            self.handle.write(line + "\n")
            self.records += 1
            self.rows.append((key, source, record, sha, "done", None, model, self.name, now, now))
        else:
            self.rows.append((key, source, record, sha, "failed", error, model, None, now, now))

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        if self.records:
            os.replace(self.tmp, self.out / self.name)
        else:
            self.tmp.unlink()
        _fsync_dir(self.out)
        with _transaction(self.db):
            self.db.executemany(_UPSERT, self.rows)
            if self.records:
                self.db.execute("UPDATE shards SET state = 'committed', records = ? WHERE name = ?", (self.records, self.name))
            else:
                self.db.execute("DELETE FROM shards WHERE name = ?", (self.name,))


class _Planner:
    """Turns the input stream into chunks of work, consulting the state.

    joblib may pull from it in a dispatch thread, so it has its own read-only
    connection and shares only the in-flight set (under a lock) with the
    writer."""

    def __init__(self, db_path: Path, inputs: Sequence[str], out: Path, model: str, *, run: int,
                 chunk_size: int, reprocess_on_model_change: bool, retry_failed: bool, max_attempts: int) -> None:
        self.db = _connect(db_path, readonly=True)
        self.inputs, self.out, self.model, self.run = inputs, out, model, run
        self.chunk_size = chunk_size
        self.reprocess, self.retry, self.max_attempts = reprocess_on_model_change, retry_failed, max_attempts
        self.in_flight: set[str] = set()
        self.lock = threading.Lock()
        self.skipped = self.unsupported = 0

    def _wanted(self, task: _Task) -> bool:
        with self.lock:
            if task.key in self.in_flight:
                return False
        row = self.db.execute("SELECT sha256, status, attempts, model FROM documents WHERE key = ?", (task.key,)).fetchone()
        if row is not None and row[0] == task.sha256:
            _, status, attempts, model = row
            if status == "done" and not (self.reprocess and model != self.model):
                return False
            if status == "failed" and not (self.retry and attempts < self.max_attempts):
                return False
        return True

    def _tasks(self) -> Iterator[_Task]:
        for path in iter_files(self.inputs, exclude=str(self.out)):
            kind = _kind(path)
            if kind is None:
                self.unsupported += 1
                log.debug("skipping %s: not a supported kind of file", path)
                continue
            for task in _page_tasks(path) if kind == "page" else _jsonl_tasks(path):
                if self._wanted(task):
                    with self.lock:
                        self.in_flight.add(task.key)
                    yield task
                else:
                    self.skipped += 1

    def chunks(self) -> Iterator[list[_Task]]:
        chunk: list[_Task] = []
        for task in self._tasks():
            chunk.append(task)
            if len(chunk) >= self.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def landed(self, keys: Iterable[str]) -> None:
        with self.lock:
            self.in_flight.difference_update(keys)


@contextlib.contextmanager
def _executor(jobs: int, backend: str, scheduler: str | None) -> Iterator[Any]:
    from joblib import Parallel, parallel_config

    if backend == "dask":
        try:
            from distributed import Client
        except ImportError:
            raise BatchError("the dask backend needs the dask extra: python -m pip install 'newsfilter[dask]'") from None
        if not scheduler:
            raise BatchError("the dask backend needs --scheduler tcp://host:port")
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            with parallel_config(backend="dask"):
                n = max(1, sum(client.nthreads().values()))
                yield Parallel(n_jobs=n, return_as="generator", pre_dispatch="2*n_jobs")
        finally:
            client.close()
    elif backend == "loky":
        # Idle workers exit after WORKER_IDLE_SECONDS, which bounds how long
        # workers orphaned by a `kill -9` of the parent linger.
        yield Parallel(n_jobs=jobs, backend="loky", return_as="generator", pre_dispatch="2*n_jobs",
                       idle_worker_timeout=WORKER_IDLE_SECONDS)
    else:
        raise BatchError(f"unknown backend {backend!r}; choose loky or dask")


def run_batch(
    inputs: Sequence[str],
    out_dir: str | os.PathLike[str],
    *,
    jobs: int = 1,
    model: str | os.PathLike[str] | None = None,
    reprocess_on_model_change: bool = False,
    retry_failed: bool = False,
    max_attempts: int = MAX_ATTEMPTS,
    chunk_size: int = CHUNK_SIZE,
    shard_size: int = SHARD_SIZE,
    commit_seconds: float = COMMIT_SECONDS,
    backend: str = "loky",
    scheduler: str | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
) -> BatchSummary:
    """Clean every new or changed document under ``inputs`` into ``out_dir``.

    Raises ``LockedError`` when another run holds ``out_dir``, ``ModelError``
    when the model cannot be loaded, ``BatchInputError`` for an input that
    does not exist and ``StateError`` when ``out_dir`` cannot be used.
    Documents that fail are recorded with their reason, never raised.
    """
    from joblib import delayed

    if jobs == 0 or chunk_size < 1 or shard_size < 1 or max_attempts < 1:
        raise BatchError("jobs, chunk size, shard size and max attempts must be positive (jobs may be -1: all cores)")
    out = Path(out_dir).expanduser().resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StateError(f"cannot create the output directory {out}: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK):
        raise StateError(f"the output directory {out} is not writable")
    # Fail early with ModelError, before taking any lock. A run that hands the
    # work to other processes only verifies the models here: unpickling them
    # in this process too cost a second of start-up and 100 MiB for nothing.
    in_process = backend == "loky" and jobs == 1
    if in_process:
        loaded = load(model)
        path, version = loaded.path, _version_of(loaded)
    else:
        path, card = verify(model)
        version = _version(str(card.get("name", path.name)), card, verify_blocks())
    # Workers get the directory only when one was named: otherwise each uses
    # its own shipped model (a Dask worker's install path may differ).
    model_dir = str(path) if model is not None else None
    if in_process:
        _WORKER_MODELS.setdefault(model_dir, loaded)

    with _locked(out):
        db = _connect(out / STATE_FILE)
        try:
            _recover(db, out)
            with _transaction(db):
                run = db.execute(
                    "INSERT INTO runs (pid, host, model, started) VALUES (?, ?, ?, ?)",
                    (os.getpid(), socket.gethostname(), version, time.time()),
                ).lastrowid
            assert run is not None
            log.info("run %d started: model %s, backend %s, %s jobs, output %s", run, version, backend,
                     jobs if backend == "loky" else "cluster", out)
            summary = _run(db, out, run, inputs, version, model_dir, jobs=jobs, chunk_size=chunk_size,
                           shard_size=shard_size, commit_seconds=commit_seconds, backend=backend, scheduler=scheduler,
                           reprocess=reprocess_on_model_change, retry=retry_failed, max_attempts=max_attempts,
                           progress=progress, delayed=delayed)
            with _transaction(db):
                db.execute(
                    "UPDATE runs SET finished = ?, processed = ?, failed = ?, skipped = ?, unsupported = ? WHERE id = ?",
                    (time.time(), summary.processed, summary.failed, summary.skipped, summary.unsupported, run),
                )
        except sqlite3.Error as exc:
            raise StateError(f"{out / STATE_FILE}: {exc}") from None
        except OSError as exc:  # disk full, permissions: the open shard stays pending and is recovered
            raise StateError(f"cannot write to {out}: {exc}") from None
        finally:
            db.close()
    return summary


def _run(db: sqlite3.Connection, out: Path, run: int, inputs: Sequence[str], version: str, model_dir: str | None, *,
         jobs: int, chunk_size: int, shard_size: int, commit_seconds: float, backend: str, scheduler: str | None,
         reprocess: bool, retry: bool, max_attempts: int, progress: Callable[[BatchProgress], None] | None,
         delayed: Any) -> BatchSummary:
    planner = _Planner(out / STATE_FILE, inputs, out, version, run=run, chunk_size=chunk_size,
                       reprocess_on_model_change=reprocess, retry_failed=retry, max_attempts=max_attempts)
    watch = backend == "loky" and jobs != 1  # only in loky worker processes, never in this one
    started = time.monotonic()
    last_log = started
    processed = failed = shards = seq = 0
    shard: _Shard | None = None

    def commit() -> None:
        nonlocal shard, shards
        if shard is not None:
            shard.commit()
            shards += shard.records > 0
            planner.landed(row[0] for row in shard.rows)
            shard = None

    try:
        with _executor(jobs, backend, scheduler) as parallel:
            results = iter(parallel(delayed(_clean_chunk)(chunk, model_dir, version, run, watch) for chunk in planner.chunks()))
            while True:
                try:
                    outcomes = next(results)
                except StopIteration:
                    break
                except BatchError:
                    raise
                except Exception as exc:
                    # A worker died (killed, out of memory) or the cluster went
                    # away. What was received is sound: keep it, then stop.
                    commit()
                    raise BatchError(
                        f"the run stopped: {type(exc).__name__}: {exc}; {processed} documents were saved, "
                        f"the next run does the rest"
                    ) from exc
                if shard is None:
                    seq += 1
                    shard = _Shard(db, out, run, seq)
                for outcome in outcomes:
                    shard.add(outcome, version)
                    if outcome[4] is None:
                        failed += 1
                        log.info("failed: %s: %s", outcome[0], outcome[5])
                    else:
                        processed += 1
                if len(shard.rows) >= shard_size or time.monotonic() - shard.started >= commit_seconds:
                    commit()
                now = time.monotonic()
                if progress is not None:
                    progress(BatchProgress(processed, failed, planner.skipped, planner.unsupported, now - started))
                if now - last_log >= LOG_SECONDS:
                    last_log = now
                    log.info("%d processed, %d failed, %d skipped so far (%.1f documents/s)",
                             processed, failed, planner.skipped, (processed + failed) / (now - started))
            commit()
    finally:
        planner.db.close()
        if shard is not None:  # interrupted: leave it pending; the next run's recovery removes it
            shard.handle.close()
    return BatchSummary(run=run, processed=processed, failed=failed, skipped=planner.skipped,
                        unsupported=planner.unsupported, elapsed=time.monotonic() - started, shards=shards,
                        model=version)


def status(out_dir: str | os.PathLike[str], *, failures: int = 0) -> Status:
    """Counts from the state database in ``out_dir`` (read-only; no lock)."""
    path = Path(out_dir).expanduser().resolve() / STATE_FILE
    if not path.is_file():
        raise StateError(f"{path} does not exist: no batch has run into {out_dir} yet")
    db = _connect(path, readonly=True)
    try:
        counts = dict(db.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())
        models = dict(db.execute("SELECT model, COUNT(*) FROM documents WHERE status = 'done' GROUP BY model").fetchall())
        shards = db.execute("SELECT COUNT(*) FROM shards WHERE state = 'committed'").fetchone()[0]
        row = db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        names = [d[0] for d in db.execute("SELECT * FROM runs LIMIT 0").description]
        listed = db.execute(
            "SELECT key, attempts, error FROM documents WHERE status = 'failed' ORDER BY key LIMIT ?", (failures,)
        ).fetchall()
    except sqlite3.Error as exc:
        raise StateError(f"{path}: {exc}") from None
    finally:
        db.close()
    return Status(
        documents=sum(counts.values()), done=counts.get("done", 0), failed=counts.get("failed", 0), shards=shards,
        models=models, last_run=dict(zip(names, row)) if row else None, failures=[tuple(r) for r in listed],
    )
