"""The ``newsfilter`` command: thin commands over the library.

Exit codes, which scripts can rely on:
  0  every input was cleaned
  1  at least one input failed; each failure is reported on stderr
  2  usage error (a bad option or argument)
  3  the model could not be loaded (missing, tampered or incompatible)
  4  (batch) another run holds the lock on the output directory
  5  (batch, status) the output directory or its state database cannot be used

For ``newsfilter batch``, 0 means every document this run looked at is done
(including "nothing to do") and 1 that some documents failed in this run;
they are recorded in the state database (``newsfilter status DIR --failed``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .document import LABELS, Label
from .errors import FilterError, ModelError
from .io import STDIN, AtomicFile, OutputFormat, Writer, expand, read_input
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, DEFAULT_MAX_SEGMENTS, Limits

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_MODEL = 3
EXIT_LOCKED = 4
EXIT_STATE = 5

app = typer.Typer(
    name="newsfilter",
    help="Clean news pages (HTML or plain text) and label every paragraph as news, opinion or filler.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _parse_keep(value: str) -> frozenset[Label]:
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    if not names:
        raise typer.BadParameter("name at least one label: news, opinion, filler")
    try:
        return frozenset(Label(name) for name in names)
    except ValueError:
        raise typer.BadParameter(
            f"unknown label in {value!r}; choose from {', '.join(label.value for label in LABELS)}"
        ) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsfilter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what is being done on stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="newsfilter: %(message)s")


@app.command()
def clean(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories to clean (directories are searched for .html, .htm, .xhtml and .txt "
            "files, in sorted order); '-' reads standard input.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: the article text, a blank line between paragraphs (with a '==> name <==' header per "
            "input when there are several). json: the full result with every segment, its label, scores and "
            "why it was dropped (an array when there are several inputs). jsonl: one such record per line.",
        ),
    ] = OutputFormat.TEXT,
    keep: Annotated[
        str,
        typer.Option(
            help="Comma-separated labels whose segments make up the text: news, opinion, filler. "
            "'--keep news' prints reporting only.",
        ),
    ] = "news,opinion",
    url: Annotated[
        Optional[str], typer.Option(help="The page's URL, recorded in JSON output (one input only).")
    ] = None,
    content_type: Annotated[
        Optional[str],
        typer.Option("--content-type", help="'html' or 'text'; detected from the content when not given."),
    ] = None,
    model: Annotated[
        Optional[Path],
        typer.Option(help="A segment model directory (with model.joblib and card.json) instead of the shipped one."),
    ] = None,
    block_model: Annotated[
        Optional[Path],
        typer.Option(help="A block model directory (content versus boilerplate, for HTML) instead of the shipped one."),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output", "-o",
            help="Write to this file instead of standard output. It appears only when complete: "
            "a failed write (a full disk) leaves no partial file behind.",
        ),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse an input larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.001, help="Time budget of one input, in seconds; a slower input is refused.")
    ] = DEFAULT_MAX_SECONDS,
    max_segments: Annotated[
        int, typer.Option("--max-segments", min=1, help="Refuse an input with more segments than this.")
    ] = DEFAULT_MAX_SEGMENTS,
) -> None:
    """Clean pages and print their article text, or every segment with its label as JSON.

    Exit status: 0 when every input was cleaned, 1 when some input failed (each
    reason is on stderr), 2 for a usage error, 3 when the model cannot be loaded.
    """
    from .model import load, load_blocks
    from .pipeline import clean as clean_one

    labels = _parse_keep(keep)
    if content_type is not None and content_type.lower() not in {"html", "text"}:
        raise typer.BadParameter("must be 'html' or 'text'", param_hint="--content-type")
    failed = 0

    def unlisted(name: str, reason: str) -> None:
        nonlocal failed
        failed += 1
        typer.echo(f"newsfilter: {name}: {reason}", err=True)

    names = list(expand(paths, on_error=unlisted))
    if url is not None and len(names) > 1:
        raise typer.BadParameter("--url names one page; give a single input", param_hint="--url")
    try:
        classifier = load(model)
        blocks_classifier = load_blocks(block_model)
    except ModelError as exc:
        typer.echo(f"newsfilter: {exc}", err=True)
        raise typer.Exit(EXIT_MODEL) from None

    limits = Limits(max_bytes=max_bytes, max_seconds=timeout, max_segments=max_segments)
    try:
        target = AtomicFile(output) if output is not None else None
    except OSError as exc:
        typer.echo(f"newsfilter: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    writer = Writer(target.stream if target is not None else sys.stdout, fmt, many=len(names) > 1)
    try:
        for name in names:
            try:
                data = read_input(name, max_bytes=max_bytes)
                result = clean_one(
                    data, url=url, content_type=content_type, keep=labels, model=classifier, block_model=blocks_classifier, limits=limits
                )
            except FilterError as exc:
                failed += 1
                typer.echo(f"newsfilter: {'<stdin>' if name == STDIN else name}: {exc}", err=True)
                continue
            writer.write(name, result)
        writer.close()
        if target is not None:
            target.commit()
    except BrokenPipeError:
        raise
    except OSError as exc:
        # A full disk (ENOSPC), a quota, an I/O error: stop cleanly.
        if target is not None:
            target.discard()
        else:
            _silence_stdout()
        where = output if output is not None else "standard output"
        typer.echo(f"newsfilter: cannot write {where}: {exc.strerror or exc}; stopped", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    except BaseException:
        if target is not None:
            target.discard()
        raise
    if not names:
        typer.echo("newsfilter: no input files found", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


class Backend(StrEnum):
    LOKY = "loky"
    DASK = "dask"


def _progress_bar() -> tuple[Any, Any]:
    """A rich progress display on stderr and the callback that feeds it."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("starting", total=None)

    def update(p: Any) -> None:
        rate = (p.processed + p.failed) / p.elapsed if p.elapsed else 0.0
        bar.update(task, description=f"{p.processed} processed, {p.failed} failed, {p.skipped} skipped ({rate:.1f}/s)")

    return bar, update


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Directories (searched recursively), files or globs ('pages/**/*.html'). Pages are .html, .htm and "
            ".txt files, also gzipped (.html.gz); .jsonl files hold records with 'html' or 'text' and 'id' or 'url'. "
            "Other files are skipped and counted.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory: JSONL shards and the state database.", show_default=False)
    ],
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (-1: one per core).")] = 1,
    model: Annotated[
        Optional[Path], typer.Option(help="A model directory instead of the shipped model.")
    ] = None,
    reprocess_on_model_change: Annotated[
        bool, typer.Option(help="Also process documents that were done with another model.")
    ] = False,
    retry_failed: Annotated[bool, typer.Option(help="Retry documents that failed before, up to --max-attempts.")] = False,
    max_attempts: Annotated[int, typer.Option(min=1, help="Attempts per document version with --retry-failed.")] = 3,
    chunk_size: Annotated[int, typer.Option(min=1, help="Documents per task sent to a worker.")] = 32,
    shard_size: Annotated[int, typer.Option(min=1, help="Documents per committed shard.")] = 1000,
    backend: Annotated[Backend, typer.Option(help="loky: local processes; dask: a Dask cluster (--scheduler).")] = Backend.LOKY,
    scheduler: Annotated[
        Optional[str], typer.Option(help="The Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --backend dask).")
    ] = None,
) -> None:
    """Clean new and changed documents into JSONL shards, remembering what was done.

    Safe to run from cron: reruns only do new or changed documents, a killed run
    is finished by the next one, and two runs never overlap. Exit status: 0 all
    done, 1 some documents failed (see `newsfilter status DIR --failed`), 2 usage
    error, 3 model cannot be loaded, 4 another run holds the lock, 5 the output
    directory or state database cannot be used.
    """
    from .batch import BatchError, BatchInputError, LockedError, run_batch

    if backend is Backend.DASK and not scheduler:
        raise typer.BadParameter("--backend dask needs --scheduler tcp://host:port", param_hint="--scheduler")
    if scheduler and backend is not Backend.DASK:
        raise typer.BadParameter("--scheduler only applies to --backend dask", param_hint="--scheduler")
    if jobs == 0 or jobs < -1:
        raise typer.BadParameter("must be a positive number of workers, or -1 for one per core", param_hint="--jobs")

    batch_log = logging.getLogger("filter.batch")
    on_terminal = sys.stderr.isatty()
    bar = update = None
    if on_terminal:
        bar, update = _progress_bar()
    else:  # cron, systemd, a pipe: plain timestamped lines
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s newsfilter batch: %(message)s"))
        batch_log.addHandler(handler)
        batch_log.setLevel(min(logging.INFO, logging.getLogger().getEffectiveLevel()))  # -v gives DEBUG
        batch_log.propagate = False
    try:
        with bar if bar is not None else contextlib.nullcontext():
            summary = run_batch(
                inputs, out, jobs=jobs, model=model, reprocess_on_model_change=reprocess_on_model_change,
                retry_failed=retry_failed, max_attempts=max_attempts, chunk_size=chunk_size, shard_size=shard_size,
                backend=backend.value, scheduler=scheduler, progress=update,
            )
    except (BatchError, ModelError) as exc:
        typer.echo(f"newsfilter: {exc}", err=True)
        # Most specific first: LockedError and BatchInputError are BatchErrors.
        exits = ((LockedError, EXIT_LOCKED), (ModelError, EXIT_MODEL), (BatchInputError, EXIT_USAGE), (BatchError, EXIT_STATE))
        raise typer.Exit(next(code for kind, code in exits if isinstance(exc, kind))) from None
    finally:
        if not on_terminal:
            batch_log.removeHandler(handler)
            batch_log.propagate = True
    if summary.nothing_to_do:
        typer.echo(
            f"newsfilter: nothing to do: {summary.skipped} documents unchanged, "
            f"{summary.unsupported} unsupported files skipped ({summary.elapsed:.1f} s)",
            err=True,
        )
    else:
        typer.echo(
            f"newsfilter: run {summary.run}: {summary.processed} processed, {summary.skipped} skipped, "
            f"{summary.failed} failed, {summary.unsupported} unsupported files; "
            f"{summary.docs_per_second:.1f} documents/s, {summary.elapsed:.1f} s elapsed",
            err=True,
        )
    raise typer.Exit(EXIT_INPUT_FAILED if summary.failed else EXIT_OK)


@app.command()
def status(
    out: Annotated[Path, typer.Argument(help="The output directory of `newsfilter batch`.", show_default=False)],
    failed: Annotated[bool, typer.Option("--failed", help="Also list failed documents and why.")] = False,
    limit: Annotated[int, typer.Option(min=1, help="List at most this many failures.")] = 100,
) -> None:
    """Print the counts in a batch output directory's state database."""
    import datetime

    from .batch import BatchError, status as read_status

    try:
        state = read_status(out, failures=limit if failed else 0)
    except BatchError as exc:
        typer.echo(f"newsfilter: {exc}", err=True)
        raise typer.Exit(EXIT_STATE) from None
    typer.echo(f"documents: {state.documents}")
    typer.echo(f"done:      {state.done}")
    typer.echo(f"failed:    {state.failed}")
    typer.echo(f"shards:    {state.shards}")
    for version, count in sorted(state.models.items()):
        typer.echo(f"model:     {version}: {count} done")
    run = state.last_run
    if run is not None:
        when = datetime.datetime.fromtimestamp(run["started"]).isoformat(timespec="seconds")
        if run["finished"] is None:
            typer.echo(f"last run:  {run['id']} started {when} (pid {run['pid']}) did not finish, or is still running")
        else:
            typer.echo(
                f"last run:  {run['id']} started {when}: {run['processed']} processed, {run['failed']} failed, "
                f"{run['skipped']} skipped, {run['unsupported']} unsupported"
            )
    for key, attempts, error in state.failures:
        typer.echo(f"FAILED {key} (attempts {attempts}): {error}")


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's flush at exit
    does not fail a second time on the same full disk."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test runner's buffer): nothing to flush at exit


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        # The reader went away (`newsfilter clean … | head`): stop quietly.
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        typer.echo("newsfilter: interrupted", err=True)
        sys.exit(130)
