"""``flashpoint train``: fit the event-type model on the user's own labelled ACLED-format CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flashpoint.cli.output import stdout
from flashpoint.training import build_user_model, write_user_model


def register(app: typer.Typer) -> None:
    app.command("train")(train)


def train(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="ACLED-format CSV export(s): notes and sub_event_type columns (or the old schema's NOTES and "
            "EVENT_TYPE).",
            exists=True,
            dir_okay=False,
        ),
    ],
    out: Annotated[Path, typer.Option(help="Where to write the model (outside the package).")],
    user_rows_only: Annotated[
        bool,
        typer.Option(
            help="Fit on your rows alone; by default the project's own labelled corpus is added, which keeps "
            "every sub-event type and the no-event class represented."
        ),
    ] = False,
) -> None:
    """Fit the event-type classifier on your labelled rows. Your data's licence governs the model it writes.

    Use it with FLASHPOINT_EVENT_MODEL=OUT (ingest, extract, eval); measure it with `flashpoint eval acled`.
    """
    stdout.print(f"fitting on {', '.join(str(f) for f in files)} (a few minutes with the project corpus)")
    model = build_user_model(files, with_project_corpus=not user_rows_only)
    write_user_model(model, out)
    stdout.print(
        f"wrote {out} ({len(model.data):,} bytes, sha256 {model.sha256[:12]}): {model.rows_used} of your rows "
        f"used, {model.rows_skipped} skipped (no notes or no usable type), {model.examples} examples in all.\n"
        f"Use it with FLASHPOINT_EVENT_MODEL={out}. Your data's licence governs this model: do not "
        "redistribute it with Flashpoint.",
        highlight=False,
    )


__all__ = ["register", "train"]
