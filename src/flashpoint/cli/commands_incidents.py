"""``flashpoint incidents``: list, show, split and rebuild incidents (one event, many reports).

flashpoint incidents [--since D] [--until D] [--type T] [--actor A] [--country C] [--bbox B]
                     [--min-sources N] [--min-fatalities N] [--limit N] [--format table|json|csv]
flashpoint incidents show ID [--format table|json]
flashpoint incidents split ID --events EVENT_ID [--events EVENT_ID ...]
flashpoint incidents rebuild
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from flashpoint.cli.options import parse_bbox, parse_date
from flashpoint.cli.output import print_json, stdout
from flashpoint.incidents.model import Incident
from flashpoint.incidents.serialize import incident_to_dict
from flashpoint.pipeline.incidents import rebuild_incidents
from flashpoint.settings import load_settings
from flashpoint.store import open_store
from flashpoint.store.base import IncidentQuery
from flashpoint.store.export import write_incidents_csv


class IncidentsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


incidents_app = typer.Typer(
    help="Incidents: one real-world event with every report, source and competing figure.",
    add_completion=False,
    pretty_exceptions_enable=False,
)

_Db = Annotated[str | None, typer.Option(help="Database file (default ./flashpoint.db or $FLASHPOINT_DB).")]


def register(app: typer.Typer) -> None:
    app.add_typer(incidents_app, name="incidents")


@incidents_app.callback(invoke_without_command=True)
def list_incidents(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Incidents ending on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Incidents starting on or before YYYY-MM-DD.")] = None,
    type: Annotated[
        list[str] | None, typer.Option("--type", help="Event or sub-event type (repeatable).")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="An actor name contains this (case-insensitive).")] = None,
    country: Annotated[str | None, typer.Option(help="Country name (exact, case-insensitive).")] = None,
    bbox: Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")] = None,
    min_sources: Annotated[int | None, typer.Option(min=1, help="At least N independent sources.")] = None,
    min_fatalities: Annotated[int | None, typer.Option(min=0, help="Conservative fatalities >= N.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many incidents.")] = 100,
    format: Annotated[IncidentsFormat, typer.Option("--format", "-f")] = IncidentsFormat.TABLE,
    db: _Db = None,
) -> None:
    """List stored incidents matching the filters, most recent first."""
    if ctx.invoked_subcommand is not None:
        return
    query = IncidentQuery(
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        event_types=tuple(type or ()),
        actor=actor,
        country=country,
        bbox=parse_bbox(bbox),
        min_sources=min_sources,
        min_fatalities=min_fatalities,
        limit=limit,
    )
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        if format == IncidentsFormat.CSV:
            write_incidents_csv(store.iter_incidents(query), sys.stdout)
            return
        found = store.incidents(query)
    finally:
        store.close()
    if format == IncidentsFormat.JSON:
        print_json({"incidents": [incident_to_dict(i) for i in found]})
    else:
        stdout.print(incidents_table(found, title=f"{len(found)} incidents"))


@incidents_app.command("show")
def show(
    incident_id: Annotated[str, typer.Argument(help="Incident id (from `flashpoint incidents`).")],
    format: Annotated[IncidentsFormat, typer.Option("--format", "-f")] = IncidentsFormat.TABLE,
    db: _Db = None,
) -> None:
    """One incident: its members, sources and competing figures."""
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        incident = store.get_incident(incident_id)
    finally:
        store.close()
    if incident is None:
        raise typer.BadParameter(f"no incident {incident_id!r}; list them with `flashpoint incidents`")
    if format == IncidentsFormat.JSON:
        print_json(incident_to_dict(incident))
        return
    stdout.print(incidents_table([incident], title=f"incident {incident.id}"))
    stdout.print(members_table(incident))
    if incident.claims:
        stdout.print(claims_table(incident))


@incidents_app.command("split")
def split(
    incident_id: Annotated[str, typer.Argument(help="Incident to split.")],
    events: Annotated[list[str], typer.Option("--events", help="Member event id to move out (repeatable).")],
    db: _Db = None,
) -> None:
    """Move the named member events into a new incident, for good (a wrong merge stays split)."""
    store = open_store(load_settings(db=db).db)
    try:
        kept, new = store.split_incident(incident_id, events)
    finally:
        store.close()
    stdout.print(f"kept {kept.id} ({len(kept.members)} events); new {new.id} ({len(new.members)} events)")


@incidents_app.command("rebuild")
def rebuild(db: _Db = None) -> None:
    """Recompute every incident from the stored events (users' splits are kept)."""
    store = open_store(load_settings(db=db).db)
    try:
        count = rebuild_incidents(store)
    finally:
        store.close()
    stdout.print(f"rebuilt {count} incidents")


def incidents_table(incidents: list[Incident], title: str) -> Table:
    table = Table(title=title)
    for column in ("id", "dates", "type", "location", "admin1", "sources", "events", "fat. (low-high)"):
        table.add_column(column)
    for incident in incidents:
        figure = incident.figure("fatalities")
        deaths = f"{figure.conservative} ({figure.low}-{figure.high})" if figure else "0"
        table.add_row(
            incident.id,
            _span(incident.first_date, incident.last_date),
            incident.sub_event_type,
            incident.location or "",
            incident.admin1 or "",
            str(incident.source_count),
            str(len(incident.members)),
            deaths,
        )
    return table


def members_table(incident: Incident) -> Table:
    table = Table(title="members")
    for column in ("event", "reported", "outlet", "source", "date", "type", "location", "fat."):
        table.add_column(column)
    for m in incident.members:
        table.add_row(
            m.event_id,
            m.reported.isoformat() if m.reported else "",
            m.outlet or "",
            m.source_key,
            m.event_date.isoformat() if m.event_date else "",
            m.sub_event_type,
            m.location or "",
            str(m.fatalities),
        )
    return table


def claims_table(incident: Incident) -> Table:
    table = Table(title="claims")
    for column in ("field", "claimant", "low", "best", "high", "reports"):
        table.add_column(column)
    for c in incident.claims:
        who = f"{c.claimant} (own voice)" if c.own_voice else (c.claimant or "")
        table.add_row(c.field, who, str(c.low), str(c.best), str(c.high), str(c.claims))
    return table


def _span(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "?"
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


__all__ = ["claims_table", "incidents_app", "incidents_table", "members_table", "register"]
