"""Option values the commands share: dates and bounding boxes, parsed with a message naming the option."""

from __future__ import annotations

from datetime import date

import typer

from flashpoint.store.base import BBox


def parse_date(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` -> a date; anything else is a usage error naming ``option``."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{option} {value!r} is not a date; use YYYY-MM-DD") from exc


def parse_bbox(value: str | None) -> BBox | None:
    """``min_lon,min_lat,max_lon,max_lat`` -> a BBox; anything else is a usage error."""
    if value is None:
        return None
    try:
        a, b, c, d = (float(p) for p in value.split(","))
    except ValueError as exc:
        raise typer.BadParameter(
            f"--bbox {value!r} must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from exc
    return (a, b, c, d)


__all__ = ["parse_bbox", "parse_date"]
