"""``flashpoint geocode``: place names in a CSV column, each geocoded in the context of its row's text."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Annotated, TextIO

import typer

from flashpoint.cli.output import error_line, stdout
from flashpoint.pipeline.api import default_resources
from flashpoint.pipeline.geocode import Geocoded, geocode_name

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
BATCH = 512  # rows read ahead per pool round: bounds memory on large sheets
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
    country_column: Annotated[
        str | None,
        typer.Option(
            help="Column holding each row's country (name or ISO code): its names are weighed towards it."
        ),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write the CSV here instead of standard output.")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Geocode a CSV's place-name column in the context of its text column, adding geo_* columns.

    The name says which place and the text where to look (see flashpoint.pipeline.geocode); geo_basis says
    which evidence decided. A row without a name or with a bad date is reported on stderr, written with empty
    geo columns and geo_basis "skipped", and the others proceed; the exit code is then 1. Rows keep their
    order with any number of --jobs."""
    columns = _Columns(name=name_column, text=text_column, date=date_column, country=country_column)
    try:
        with source.open(encoding="utf-8-sig", newline="") as handle:  # Excel writes a BOM
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            wanted = (name_column, text_column, date_column, country_column)
            missing = [c for c in wanted if c and c not in header]
            if missing:
                error_line(
                    f"{source}: no column {', '.join(missing)}; the header has {', '.join(header) or 'nothing'}"
                )
                raise typer.Exit(2)
            rows = _geocoded(_requests(reader, source, columns), jobs)
            skipped = _write_file(rows, header, out) if out else _write(rows, header, sys.stdout)
    except OSError as exc:
        error_line(f"{source}: cannot be read ({exc.strerror}); pass an existing CSV file")
        raise typer.Exit(2) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        error_line(f"{source}: not a UTF-8 CSV file ({exc}); save it as CSV UTF-8 and run again")
        raise typer.Exit(2) from None
    if out:
        stdout.print(f"wrote {out}" + (f"; {skipped} rows skipped (see the errors above)" if skipped else ""))
    if skipped:
        raise typer.Exit(1)


@dataclass(frozen=True, slots=True)
class _Columns:
    name: str
    text: str
    date: str | None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class _Request:
    name: str
    text: str
    published: date | None
    country: str | None = None


Row = dict[str, str]


def _requests(
    reader: csv.DictReader[str], source: Path, columns: _Columns
) -> Iterator[tuple[Row, _Request | None]]:
    """Each row with what to geocode, or None (its error printed) for a row that cannot be geocoded."""
    for number, row in enumerate(reader, start=2):
        name = (row.get(columns.name) or "").strip()
        if not name:
            error_line(f"{source} line {number}: column {columns.name!r} is empty; fill in the place name")
            yield row, None
            continue
        raw = (row.get(columns.date) or "").strip() if columns.date else ""
        try:
            published = date.fromisoformat(raw) if raw else None
        except ValueError:
            error_line(f"{source} line {number}: {raw!r} in {columns.date!r} is not a date; use YYYY-MM-DD")
            yield row, None
            continue
        country = (row.get(columns.country) or "").strip() or None if columns.country else None
        if country is not None and default_resources().gazetteer.country(country) is None:
            error_line(
                f"{source} line {number}: {country!r} in {columns.country!r} is not a country the gazetteer "
                "knows; give its English name or ISO code (e.g. Syria or SY), or leave it empty"
            )
            yield row, None
            continue
        yield row, _Request(name=name, text=row.get(columns.text) or "", published=published, country=country)


def _geocoded(
    requests: Iterator[tuple[Row, _Request | None]], jobs: int
) -> Iterator[tuple[Row, Geocoded | None]]:
    """The rows in order, each with its geocoding; with ``jobs`` > 1, BATCH rows at a time over a process pool
    (each worker loads the gazetteer once)."""
    if jobs == 1:
        for row, request in requests:
            yield row, None if request is None else _geocode(request)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while batch := list(islice(requests, BATCH)):
            wanted = [request for _, request in batch if request is not None]
            found = iter(pool.map(_geocode, wanted, chunksize=max(1, len(wanted) // (jobs * 4))))
            for row, request in batch:
                yield row, None if request is None else next(found)


def _geocode(request: _Request) -> Geocoded:
    """One row's geocoding, on this process's resources (picklable, for the pool)."""
    return geocode_name(request.name, request.text, published=request.published, country_hint=request.country)


def _write_file(rows: Iterator[tuple[Row, Geocoded | None]], header: list[str], out: Path) -> int:
    """Write to a side file and move it over ``out`` only when every row is written: a run that fails
    part-way (a line that is not UTF-8) leaves no partial file."""
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as target:
            skipped = _write(rows, header, target)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return skipped


def _write(rows: Iterator[tuple[Row, Geocoded | None]], header: list[str], target: TextIO) -> int:
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
