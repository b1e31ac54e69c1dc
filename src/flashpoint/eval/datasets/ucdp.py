"""UCDP GED: ``source_headline`` -> one event (date range, place, sides, type of violence, deaths).

An event built from several reports lists their headlines and dates joined by ";": the text is the distinct
headlines, one paragraph each, and the publication hint is the first plausible ``source_date`` (UCDP fills
unknown dates with 1753-01-01 and has typos such as 2109; a date more than 31 days before ``date_start`` or a
year after ``date_end`` is ignored). The gold date is the range ``date_start``..``date_end``.
Coordinates are scored only where ``where_prec`` <= 2 (the place or within 25 km of it), admin1 where
``where_prec`` <= 4 (up to the first-order division); ``best`` is the fatality count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from flashpoint.eval.datasets._files import (
    gold_files,
    limited,
    optional_float,
    optional_int,
    parse_date,
    read_csv,
    unique_ids,
)
from flashpoint.eval.model import EvalItem, GoldEvent

REQUIRED = (
    "id",
    "source_headline",
    "source_date",
    "date_start",
    "date_end",
    "type_of_violence",
    "side_a",
    "side_b",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "latitude",
    "longitude",
    "best",
    "deaths_civilians",
    "country",
)
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S")
WHAT = "a UCDP GED CSV"
_EARLIEST_REPORT = timedelta(days=31)
_LATEST_REPORT = timedelta(days=366)


def load_ucdp(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    return limited(
        unique_ids(pair for file in gold_files(path, (".csv",)) for pair in _load_file(file)), limit
    )


def load_ucdp_places(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    """UCDP GED events with their ``where_coordinates`` name ("Aleppo town") as the place name to geocode,
    the source headlines as its context."""
    return (
        (replace(item, place_name=gold.location), gold)
        for item, gold in load_ucdp(path, limit=limit)
        if gold.location
    )


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    for number, row in enumerate(read_csv(path, REQUIRED, what=WHAT), start=2):
        where = f"line {number}"
        start = parse_date(row["date_start"], DATE_FORMATS, path=path, where=where)
        end = parse_date(row["date_end"], DATE_FORMATS, path=path, where=where)
        item = EvalItem(
            id=f"ucdp-{row['id'].strip()}",
            text=_text(row["source_headline"]),
            published=_published(row["source_date"], start, end),
            country=row["country"].strip() or None,
        )
        yield item, _gold(row, start, end, path, where)


def _text(headlines: str) -> str:
    parts = [h.strip() for h in headlines.split(";") if h.strip()]
    return "\n\n".join(dict.fromkeys(parts))


def _published(source_dates: str, start: date, end: date) -> date | None:
    for text in source_dates.split(";"):
        try:
            candidate = date.fromisoformat(text.strip()[:10])
        except ValueError:
            continue
        if start - _EARLIEST_REPORT <= candidate <= end + _LATEST_REPORT:
            return candidate
    return None


def _gold(row: dict[str, str], start: date, end: date, path: Path, where: str) -> GoldEvent:
    precision = optional_int(row["where_prec"], path=path, where=where) or 7
    located = precision <= 2
    return GoldEvent(
        event_date=start,
        event_date_end=end if end != start else None,
        violence_type=optional_int(row["type_of_violence"], path=path, where=where),
        side_a=row["side_a"].strip() or None,
        side_b=row["side_b"].strip() or None,
        country=row["country"].strip() or None,
        admin1=(row["adm_1"].strip() or None) if precision <= 4 else None,
        location=row["where_coordinates"].strip() or None,
        latitude=optional_float(row["latitude"], path=path, where=where) if located else None,
        longitude=optional_float(row["longitude"], path=path, where=where) if located else None,
        geo_precision=min(precision, 3),
        fatalities=optional_int(row["best"], path=path, where=where),
        civilian_deaths=optional_int(row["deaths_civilians"], path=path, where=where),
    )


__all__ = ["load_ucdp", "load_ucdp_places"]
