"""The ``flashpoint`` command line: parse, call the library, print. Logging is configured here only."""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from flashpoint import __version__
from flashpoint.cli import (
    commands_actors,
    commands_bench,
    commands_data,
    commands_extract,
    commands_geocode,
    commands_incidents,
    commands_places,
    commands_serve,
    commands_train,
    eval_cmd,
)
from flashpoint.errors import FlashpointError

app = typer.Typer(
    name="flashpoint",
    help="Conflict reporting in, a geocoded, deduplicated, source-attributed event database out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"flashpoint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # trafilatura reports every unparseable page at ERROR; Flashpoint reports them itself, once, per item
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL if not verbose else logging.INFO)


commands_extract.register(app)
commands_data.register(app)
commands_bench.register(app)
eval_cmd.register(app)
commands_places.register(app)
commands_geocode.register(app)
commands_actors.register(app)
commands_incidents.register(app)
commands_serve.register(app)
commands_train.register(app)


def main() -> None:
    try:
        app()
    except FlashpointError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from exc


__all__ = ["app", "main"]
