"""``flashpoint actors search|show`` (the knowledge base) and ``flashpoint claims EVENT_ID`` (the store)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from flashpoint.cli.output import stdout
from flashpoint.mentions.kb import ActorKB
from flashpoint.settings import load_settings
from flashpoint.store import open_store
from flashpoint.store.base import EventQuery

actors_app = typer.Typer(help="Search and inspect the actor knowledge base.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
    app.command("claims")(claims)


def _kb() -> ActorKB:
    return ActorKB.load(load_settings().actor_files)


@actors_app.command("search")
def search(
    query: Annotated[
        str, typer.Argument(help="A name, alias or brand, e.g. 'Daesh' or 'Afrin Liberation Forces'.")
    ],
    limit: Annotated[int, typer.Option(help="At most this many actors.")] = 10,
) -> None:
    """Actors whose names, aliases or brands match QUERY (fuzzy)."""
    table = Table(title=f"actors matching {query!r}")
    for column in ("id", "name", "inter", "country", "aliases"):
        table.add_column(column)
    kb = _kb()
    for actor in kb.search(query, limit=limit):
        table.add_row(
            actor.id, kb.name_on(actor.id), str(actor.inter), actor.country, ", ".join(actor.aliases[:6])
        )
    stdout.print(table)


@actors_app.command("show")
def show(
    actor_id: Annotated[str, typer.Argument(help="An actor id from `flashpoint actors search`.")],
) -> None:
    """One actor: its names, type, ACLED interaction code, brands and dated affiliations."""
    kb = _kb()
    actor = kb.get(actor_id)
    if actor is None:
        stdout.print(f"no actor {actor_id!r}: find its id with `flashpoint actors search NAME`")
        raise typer.Exit(1)
    stdout.print(
        f"[bold]{kb.name_on(actor.id)}[/bold]  ({actor.id}; inter {actor.inter}; {actor.type}; "
        f"country {actor.country or '-'})",
        highlight=False,
    )
    for label, values in (("aliases", actor.aliases), ("brands", actor.brands), ("persons", actor.persons)):
        if values:
            stdout.print(f"{label}: {', '.join(values)}", highlight=False)
    for affiliation in actor.affiliations:
        period = f"{affiliation.since or '...'} to {affiliation.until or 'now'}"
        stdout.print(f"{affiliation.relation}: {affiliation.target} ({period})", highlight=False)
    if actor.provenance:
        stdout.print(f"source: {actor.provenance}", highlight=False)


def claims(
    event_id: Annotated[
        str, typer.Argument(help="An event id, as printed by `flashpoint events --format json`.")
    ],
    db: Annotated[
        str | None, typer.Option(help="Database file (default ./flashpoint.db or $FLASHPOINT_DB).")
    ] = None,
) -> None:
    """Every claim of one stored event, side by side: field, value, claimant, stance, hedge, quantifier."""
    store = open_store(load_settings(db=db).db, read_only=True)
    try:
        records = store.events(EventQuery(event_ids=(event_id,), limit=1))
    finally:
        store.close()
    if not records:
        stdout.print(f"no event {event_id!r} in the store: list ids with `flashpoint events --format json`")
        raise typer.Exit(1)
    event = records[0].event
    table = Table(
        title=f"{event.id}: {event.sub_event_type}, {event.location or '?'}, {event.event_date or '?'}"
    )
    for column in ("field", "value", "claimant", "stance", "hedge", "quantifier", "victims"):
        table.add_column(column)
    for claim in event.claims:
        table.add_row(
            claim.field,
            str(claim.value),
            claim.claimant or "(the outlet)",
            claim.stance.value,
            claim.hedge or "",
            claim.quantifier or "",
            claim.victim_group or "",
        )
    stdout.print(table)
    stdout.print(f"fatalities (most conservative): {event.fatalities}; injuries: {event.injuries}")


__all__ = ["register"]
