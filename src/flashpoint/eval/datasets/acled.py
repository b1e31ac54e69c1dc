"""ACLED: ``notes`` -> one event, current schema or the older one (upper-case columns, ``ally_actor_*``).

The event date is given to the extractor as the publication date hint (ACLED notes open "On 9 May 2020, ...").
The gold date is scored only when ``time_precision`` is 1 (the day is known); week- and month-precise
rows keep every other field. Older event types are mapped to current ones by
:func:`flashpoint.eval.mappings.old_acled_types` (only the event type is scored where the old type had no
sub-event type). Rows without notes are skipped (the file's own count of them is logged).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
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
from flashpoint.eval.mappings import old_acled_types
from flashpoint.eval.model import EvalItem, GoldEvent

logger = logging.getLogger(__name__)

REQUIRED = (
    "event_date",
    "event_type",
    "actor1",
    "actor2",
    "inter1",
    "inter2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "notes",
    "fatalities",
)
DATE_FORMATS = ("%d-%b-%y", "%Y-%m-%d", "%d-%B-%Y", "%d-%b-%Y", "%d %B %Y", "%d/%m/%Y")
WHAT = "an ACLED export (current or old schema)"


def load_acled(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    """ACLED rows as (item, gold); ``path`` is a CSV export or a folder of them (read in name order)."""
    return limited(
        unique_ids(pair for file in gold_files(path, (".csv",)) for pair in _load_file(file)), limit
    )


def load_acled_places(path: Path, *, limit: int | None) -> Iterator[tuple[EvalItem, GoldEvent]]:
    """ACLED rows with their ``location`` column as the place name to geocode, the notes as its context
    (rows without a location are skipped: there is nothing to geocode)."""
    return (
        (replace(item, place_name=gold.location), gold)
        for item, gold in load_acled(path, limit=limit)
        if gold.location
    )


def _load_file(path: Path) -> Iterator[tuple[EvalItem, GoldEvent]]:
    skipped = 0
    for number, row in enumerate(read_csv(path, REQUIRED, what=WHAT), start=2):
        if not row["notes"].strip():
            skipped += 1
            continue
        yield _item(row, path, number), _gold(row, path, number)
    if skipped:
        logger.info("%s: %d rows without notes skipped", path, skipped)


def _item(row: dict[str, str], path: Path, number: int) -> EvalItem:
    event_date = parse_date(row["event_date"], DATE_FORMATS, path=path, where=f"line {number}")
    row_id = row.get("event_id_cnty") or row.get("data_id") or f"{path.stem}-{number}"
    return EvalItem(
        id=f"acled-{row_id}", text=row["notes"].strip(), published=event_date, country=row["country"]
    )


def _gold(row: dict[str, str], path: Path, number: int) -> GoldEvent:
    where = f"line {number}"
    inter1 = optional_int(row["inter1"], path=path, where=where)
    inter2 = optional_int(row["inter2"], path=path, where=where) or 0
    event_type, sub_event_type = _types(row, inter1, inter2)
    day_precise = optional_int(row["time_precision"], path=path, where=where) == 1
    return GoldEvent(
        event_date=parse_date(row["event_date"], DATE_FORMATS, path=path, where=where)
        if day_precise
        else None,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=row["actor1"].strip() or None,
        actor2=row["actor2"].strip(),
        inter1=inter1,
        inter2=inter2,
        country=row["country"].strip() or None,
        admin1=row["admin1"].strip() or None,
        location=row["location"].strip() or None,
        latitude=optional_float(row["latitude"], path=path, where=where),
        longitude=optional_float(row["longitude"], path=path, where=where),
        geo_precision=optional_int(row["geo_precision"], path=path, where=where),
        fatalities=optional_int(row["fatalities"], path=path, where=where),
    )


def _types(row: dict[str, str], inter1: int | None, inter2: int | None) -> tuple[str | None, str | None]:
    if "sub_event_type" in row:  # current schema
        return row["event_type"].strip() or None, row["sub_event_type"].strip() or None
    return old_acled_types(row["event_type"], inter1, inter2)


__all__ = ["load_acled", "load_acled_places"]
