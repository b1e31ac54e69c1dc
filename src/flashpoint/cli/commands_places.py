"""``flashpoint places QUERY`` (candidates and scores) and ``flashpoint gazetteer import FILE...``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from flashpoint.cli.output import stdout
from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.pipeline.geocode import geocode_name
from flashpoint.pipeline.resources import Resources
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.importer import import_features
from flashpoint.places.model import Candidate
from flashpoint.places.resolve import NATIONAL_SOURCES, resolve_places
from flashpoint.settings import load_settings

gazetteer_app = typer.Typer(help="Manage the offline gazetteer.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("places")(places)
    app.add_typer(gazetteer_app, name="gazetteer")


def places(
    query: Annotated[str, typer.Argument(help="A place name as written in a report, e.g. 'al-Sukhna'.")],
    country: Annotated[str | None, typer.Option(help="ISO country code of the context, e.g. SY.")] = None,
    context: Annotated[
        str | None,
        typer.Option(help="The report the name comes from: the name is geocoded where the report points."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="The report's publication date (YYYY-MM-DD), with --context.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Candidates to show.")] = 10,
) -> None:
    """Show the gazetteer's candidates for a place name, with scores, and the one chosen."""
    if context is not None:
        _places_in_context(query, context, published, limit)
        return
    gazetteer = Gazetteer.open(load_settings().cache_dir)
    mention = PlaceMention(
        start=0,
        end=len(query),
        text=query,
        sentence=0,
        extractor="cli",
        name=query,
        relation=PlaceRelation.IN,
    )
    (chosen,) = resolve_places([mention], gazetteer, context_countries=(country,) if country else ())
    candidates = chosen.candidates if chosen is not None else tuple(gazetteer.lookup(query))
    stdout.print(_candidates_table(query, candidates, chosen.key if chosen is not None else None, limit))
    if chosen is None:
        _explain_unresolved(candidates, country)


def _places_in_context(query: str, context: str, published: str | None, limit: int) -> None:
    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        raise typer.BadParameter(f"{published!r} is not a date; use YYYY-MM-DD, e.g. 2020-03-19") from None
    found = geocode_name(query, context, published=day, resources=Resources(settings=load_settings()))
    place = found.place
    stdout.print(_candidates_table(query, found.candidates, place.key if place is not None else None, limit))
    if place is None:
        stdout.print(f"no place: nothing in the report places {query!r} ({found.basis.value})")
        raise typer.Exit(1)
    stdout.print(
        f"chosen by {found.basis.value}: {place.location} ({place.admin1 or '-'}, {place.country}) "
        f"{place.latitude:.4f}, {place.longitude:.4f}, precision {int(place.geo_precision)}"
    )


def _candidates_table(query: str, candidates: Sequence[Candidate], chosen: str | None, limit: int) -> Table:
    table = Table(title=f"candidates for {query!r}")
    for column in (
        "",
        "name",
        "country",
        "admin1",
        "admin2",
        "lat",
        "lon",
        "class",
        "population",
        "score",
        "key",
    ):
        table.add_column(column)
    for candidate in list(candidates)[:limit]:
        table.add_row(
            "*" if candidate.key == chosen else "",
            candidate.name,
            candidate.country_code,
            candidate.admin1 or "",
            candidate.admin2 or "",
            f"{candidate.latitude:.4f}",
            f"{candidate.longitude:.4f}",
            f"{candidate.feature_class}.{candidate.feature_code}",
            str(candidate.population),
            f"{candidate.score:.3f}",
            candidate.key,
        )
    return table


def _explain_unresolved(candidates: Sequence[Candidate], country: str | None) -> None:
    national = sorted(
        {
            code
            for c in candidates
            for prefix, code in NATIONAL_SOURCES.items()
            if c.key.startswith(prefix) and code != (country or "").upper()
        }
    )
    if national:
        stdout.print(
            f"no place resolved: the candidates of a national settlement list are used only in reports "
            f"about their country; pass --country {national[0]}"
        )
    else:
        stdout.print(
            "no place resolved: add it with `flashpoint gazetteer import` (a GeoNames dump or your CSV)"
        )
    raise typer.Exit(1)


@gazetteer_app.command("import")
def import_files(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dumps (allCountries.zip, XX.zip, XX.txt, "
            "admin1CodesASCII.txt, admin2Codes.txt), CSV or GeoJSON."
        ),
    ],
) -> None:
    """Add places to the gazetteer: GeoNames dumps for village-level coverage, or your own features."""
    summary = import_features(files, load_settings().cache_dir)
    stdout.print(
        f"imported {summary.places} places and {summary.admin_names} admin names from "
        f"{len(summary.files)} files into {summary.store}"
    )


__all__ = ["register"]
