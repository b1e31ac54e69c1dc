"""Rendering helpers shared by the CLI commands."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

import orjson
from rich.console import Console
from rich.table import Table

from flashpoint._types import JSONObject
from flashpoint.events.model import Event

_PIPE_WIDTH = 220  # tables written to a pipe or file are not squeezed into 80 columns
stdout = Console(soft_wrap=True, width=None if sys.stdout.isatty() else _PIPE_WIDTH)
stderr = Console(stderr=True, soft_wrap=True, width=None if sys.stderr.isatty() else _PIPE_WIDTH)


def print_json_line(obj: JSONObject) -> None:
    sys.stdout.write(orjson.dumps(obj).decode() + "\n")


def print_json(obj: JSONObject) -> None:
    sys.stdout.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode() + "\n")


def events_table(events: Iterable[Event], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for column in (
        "date",
        "type",
        "sub-type",
        "actor1",
        "actor2",
        "location",
        "admin1",
        "prec",
        "fat.",
        "inj.",
        "conf.",
    ):
        table.add_column(column)
    for e in events:
        table.add_row(
            e.event_date.isoformat() if e.event_date else "?",
            e.event_type,
            e.sub_event_type,
            e.actor1 or "",
            e.actor2 or "",
            e.location or "",
            e.admin1 or "",
            str(e.geo_precision or ""),
            str(e.fatalities),
            str(e.injuries),
            f"{e.confidence:.2f}",
        )
    return table


def error_line(message: str) -> None:
    """One plain line on stderr (no markup: messages carry brackets such as error codes)."""
    sys.stderr.write(f"error: {' '.join(message.split())}\n")


def summary_table(rows: Sequence[tuple[str, str]], title: str) -> Table:
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, count in rows:
        table.add_row(what, count)
    return table


__all__ = ["error_line", "events_table", "print_json", "print_json_line", "stderr", "stdout", "summary_table"]
