"""The ``newsfilter`` command: thin commands over the library.

Exit codes, which scripts can rely on:
  0  every input was cleaned
  1  at least one input failed; each failure is reported on stderr
  2  usage error (a bad option or argument)
  3  the model could not be loaded (missing, tampered or incompatible)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .document import LABELS, Label
from .errors import FilterError, ModelError
from .io import STDIN, OutputFormat, Writer, expand, read_input

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
    names = list(expand(paths))
    if url is not None and len(names) > 1:
        raise typer.BadParameter("--url names one page; give a single input", param_hint="--url")
    try:
        classifier = load(model)
    except ModelError as exc:
        typer.echo(f"newsfilter: {exc}", err=True)
        raise typer.Exit(EXIT_MODEL) from None

    writer = Writer(sys.stdout, fmt, many=len(names) > 1)
    failed = 0
    for name in names:
        try:
            result = clean_one(read_input(name), url=url, content_type=content_type, keep=labels, model=classifier)
        except FilterError as exc:
            failed += 1
            typer.echo(f"newsfilter: {'<stdin>' if name == STDIN else name}: {exc}", err=True)
            continue
        writer.write(name, result)
    writer.close()
    if not names:
        typer.echo("newsfilter: no input files found", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


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
