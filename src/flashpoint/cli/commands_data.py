"""``flashpoint events`` and ``flashpoint export``: read the store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from flashpoint.cli.options import parse_bbox, parse_date
from flashpoint.cli.output import events_table, print_json, stdout
from flashpoint.events.ontology import EventType
from flashpoint.events.serialize import event_to_dict
from flashpoint.settings import load_settings
from flashpoint.store import open_store
from flashpoint.store.base import EventQuery, IncidentQuery
from flashpoint.store.export import (
    write_csv,
    write_geojson,
    write_incidents_csv,
    write_incidents_geojson,
    write_incidents_jsonl,
    write_jsonl,
)


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
    incidents: Annotated[
        bool, typer.Option("--incidents", help="Export incidents (one row per incident) instead of events.")
    ] = False,
) -> None:
    """Export stored events (or incidents): CSV (ACLED's columns first), GeoJSON or JSONL."""
    query = _query(since, until, type, actor, country, bbox, None)
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        with _output(out) as stream:
            if incidents:
                count, noun = (
                    _INCIDENT_WRITERS[format](store.iter_incidents(_incident_query(query)), stream),
                    "incidents",
                )
            else:
                count, noun = _EVENT_WRITERS[format](store.iter_events(query), stream), "events"
    finally:
        store.close()
    if out is not None:
        stdout.print(f"wrote {count} {noun} to {out}")


_EVENT_WRITERS = {
    ExportFormat.CSV: write_csv,
    ExportFormat.GEOJSON: write_geojson,
    ExportFormat.JSONL: write_jsonl,
}
_INCIDENT_WRITERS = {
    ExportFormat.CSV: write_incidents_csv,
    ExportFormat.GEOJSON: write_incidents_geojson,
    ExportFormat.JSONL: write_incidents_jsonl,
}


def _incident_query(events: EventQuery) -> IncidentQuery:
    return IncidentQuery(
        since=events.since,
        until=events.until,
        event_types=events.event_types + events.sub_event_types,
        actor=events.actor,
        country=events.country,
        bbox=events.bbox,
    )


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
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        event_types=event_types,
        sub_event_types=tuple(t for t in kinds if t not in event_types),
        actor=actor,
        country=country,
        bbox=parse_bbox(bbox),
        limit=limit,
    )


__all__ = ["register"]
