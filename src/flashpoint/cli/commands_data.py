"""``flashpoint events`` and ``flashpoint export``: read the store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from flashpoint.cli.output import events_table, print_json, stdout
from flashpoint.events.ontology import EventType
from flashpoint.events.serialize import event_to_dict
from flashpoint.settings import load_settings
from flashpoint.store import open_store
from flashpoint.store.base import BBox, EventQuery
from flashpoint.store.export import write_csv, write_geojson, write_jsonl


class EventsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class ExportFormat(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"
    JSONL = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("events")(events)
    app.command("export")(export)


_Since = Annotated[str | None, typer.Option(help="Earliest event date, YYYY-MM-DD (inclusive).")]
_Until = Annotated[str | None, typer.Option(help="Latest event date, YYYY-MM-DD (inclusive).")]
_Type = Annotated[list[str] | None, typer.Option("--type", help="Event type or sub-event type (repeatable).")]
_Actor = Annotated[str | None, typer.Option(help="Actor name contains this (case-insensitive).")]
_Country = Annotated[str | None, typer.Option(help="Country name (exact, case-insensitive).")]
_BBox = Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")]
_Db = Annotated[str | None, typer.Option(help="Database file (default ./flashpoint.db or $FLASHPOINT_DB).")]


def events(
    since: _Since = None,
    until: _Until = None,
    type: _Type = None,
    actor: _Actor = None,
    country: _Country = None,
    bbox: _BBox = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    format: Annotated[EventsFormat, typer.Option("--format", "-f")] = EventsFormat.TABLE,
    db: _Db = None,
) -> None:
    """List stored events matching the filters, newest first."""
    query = _query(since, until, type, actor, country, bbox, limit)
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        if format == EventsFormat.CSV:
            write_csv(store.iter_events(query), sys.stdout)
            return
        records = store.events(query)
    finally:
        store.close()
    if format == EventsFormat.JSON:
        print_json({"events": [event_to_dict(r.event) for r in records]})
    else:
        stdout.print(events_table([r.event for r in records], title=f"{len(records)} events"))


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.CSV,
    out: Annotated[Path | None, typer.Option(help="Output file (default: standard output).")] = None,
    since: _Since = None,
    until: _Until = None,
    type: _Type = None,
    actor: _Actor = None,
    country: _Country = None,
    bbox: _BBox = None,
    db: _Db = None,
) -> None:
    """Export stored events: CSV (ACLED's columns first), GeoJSON or JSONL."""
    query = _query(since, until, type, actor, country, bbox, None)
    writer = {
        ExportFormat.CSV: write_csv,
        ExportFormat.GEOJSON: write_geojson,
        ExportFormat.JSONL: write_jsonl,
    }[format]
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        with _output(out) as stream:
            count = writer(store.iter_events(query), stream)
    finally:
        store.close()
    if out is not None:
        stdout.print(f"wrote {count} events to {out}")


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    with out.open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _query(
    since: str | None,
    until: str | None,
    types: list[str] | None,
    actor: str | None,
    country: str | None,
    bbox: str | None,
    limit: int | None,
) -> EventQuery:
    kinds = types or []
    event_types = tuple(t for t in kinds if t in {e.value for e in EventType})
    return EventQuery(
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        event_types=event_types,
        sub_event_types=tuple(t for t in kinds if t not in event_types),
        actor=actor,
        country=country,
        bbox=_bbox(bbox),
        limit=limit,
    )


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{option} {value!r} is not a date; use YYYY-MM-DD") from exc


def _bbox(value: str | None) -> BBox | None:
    if value is None:
        return None
    parts = value.split(",")
    try:
        a, b, c, d = (float(p) for p in parts)
    except ValueError as exc:
        raise typer.BadParameter(
            f"--bbox {value!r} must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from exc
    return (a, b, c, d)


__all__ = ["register"]
