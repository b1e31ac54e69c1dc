"""``flashpoint geocode``: place names in a CSV column, each geocoded in the context of its row's text."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, TextIO

import typer

from flashpoint.cli.output import error_line, stdout
from flashpoint.pipeline.geocode import Geocoded, geocode_name
from flashpoint.pipeline.resources import Resources
from flashpoint.settings import load_settings

GEO_COLUMNS = (
    "geo_location",
    "geo_latitude",
    "geo_longitude",
    "geo_admin1",
    "geo_admin2",
    "geo_country",
    "geo_precision",
    "geo_basis",
)
SKIPPED = "skipped"  # geo_basis of a row that could not be geocoded (its error is on stderr)


def register(app: typer.Typer) -> None:
    app.command("geocode")(geocode)


def geocode(
    source: Annotated[Path, typer.Argument(help="A UTF-8 CSV file with a header row.")],
    name_column: Annotated[str, typer.Option(help="Column holding the place names.")] = "location",
    text_column: Annotated[str, typer.Option(help="Column holding each row's report text.")] = "notes",
    date_column: Annotated[
        str | None, typer.Option(help="Column holding each row's publication date (YYYY-MM-DD).")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write the CSV here instead of standard output.")] = None,
) -> None:
    """Geocode a CSV's place-name column in the context of its text column, adding geo_* columns.

    The name says which place and the text where to look (see flashpoint.pipeline.geocode); geo_basis says
    which evidence decided. A row without a name or with a bad date is reported on stderr, written with empty
    geo columns and geo_basis "skipped", and the others proceed; the exit code is then 1."""
    try:
        handle = source.open(encoding="utf-8", newline="")
    except OSError as exc:
        error_line(f"{source}: cannot be read ({exc.strerror}); pass an existing CSV file")
        raise typer.Exit(2) from None
    with handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        wanted = [c for c in (name_column, text_column, date_column) if c]
        missing = [c for c in wanted if c not in header]
        if missing:
            error_line(
                f"{source}: no column {', '.join(missing)}; the header has {', '.join(header) or 'nothing'}"
            )
            raise typer.Exit(2)
        resources = Resources(settings=load_settings())
        target: TextIO = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            skipped = _write(
                _rows(reader, source, name_column, text_column, date_column, resources),
                header,
                target,
            )
        finally:
            if out:
                target.close()
    if out:
        stdout.print(f"wrote {out}" + (f"; {skipped} rows skipped (see the errors above)" if skipped else ""))
    if skipped:
        raise typer.Exit(1)


def _rows(
    reader: csv.DictReader[str],
    source: Path,
    name_column: str,
    text_column: str,
    date_column: str | None,
    resources: Resources,
) -> Iterator[tuple[dict[str, str], Geocoded | None]]:
    for number, row in enumerate(reader, start=2):
        name = (row.get(name_column) or "").strip()
        if not name:
            error_line(f"{source} line {number}: column {name_column!r} is empty; fill in the place name")
            yield row, None
            continue
        published = None
        if date_column:
            raw = (row.get(date_column) or "").strip()
            try:
                published = date.fromisoformat(raw) if raw else None
            except ValueError:
                error_line(
                    f"{source} line {number}: {raw!r} in {date_column!r} is not a date; use YYYY-MM-DD"
                )
                yield row, None
                continue
        text = row.get(text_column) or ""
        yield row, geocode_name(name, text, published=published, resources=resources)


def _write(rows: Iterator[tuple[dict[str, str], Geocoded | None]], header: list[str], target: TextIO) -> int:
    writer = csv.DictWriter(target, fieldnames=[*header, *GEO_COLUMNS], extrasaction="ignore")
    writer.writeheader()
    skipped = 0
    for row, found in rows:
        skipped += found is None
        writer.writerow({**row, **_geo_fields(found)})
    return skipped


def _geo_fields(found: Geocoded | None) -> dict[str, str]:
    if found is None:
        return {**dict.fromkeys(GEO_COLUMNS, ""), "geo_basis": SKIPPED}
    place = found.place
    if place is None:
        return {**dict.fromkeys(GEO_COLUMNS, ""), "geo_basis": found.basis.value}
    return {
        "geo_location": place.location,
        "geo_latitude": f"{place.latitude:.5f}",
        "geo_longitude": f"{place.longitude:.5f}",
        "geo_admin1": place.admin1 or "",
        "geo_admin2": place.admin2 or "",
        "geo_country": place.country,
        "geo_precision": str(int(place.geo_precision)),
        "geo_basis": found.basis.value,
    }


__all__ = ["register"]
