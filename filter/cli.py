"""The ``newsfilter`` command: thin commands over the library.

Exit codes, which scripts can rely on:
  0  every input was cleaned
  1  at least one input failed; each failure is reported on stderr
  2  usage error (a bad option or argument)
  3  the model could not be loaded (missing, tampered or incompatible)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

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
        typer.Option(help="A model directory (with model.joblib and card.json) instead of the shipped model."),
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
    from .model import load
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
                result = clean_one(data, url=url, content_type=content_type, keep=labels, model=classifier, limits=limits)
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
