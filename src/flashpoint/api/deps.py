"""What every route needs: the services (passed in by ``create_app``) and the event filters as an ``EventQuery``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from flashpoint.api.settings import ApiSettings
from flashpoint.store.base import BBox, EventQuery, Store
from flashpoint.store.views import AnalyticViews


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiServices:
    """The read-only store and views the routes read, and how to open the one writer for ingestion."""

    store: Store
    views: AnalyticViews
    settings: ApiSettings
    open_writer: Callable[[], Store]


def services(request: Request) -> ApiServices:
    found: ApiServices = request.app.state.services
    return found


Services = Annotated[ApiServices, Depends(services)]


def parse_bbox(value: str | None) -> BBox | None:
    """``min_lon,min_lat,max_lon,max_lat`` -> a BBox; a malformed value is a 400."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4:
        raise HTTPException(
            status_code=400, detail=f"bbox {value!r} must be four numbers: min_lon,min_lat,max_lon,max_lat"
        )
    return numbers[0], numbers[1], numbers[2], numbers[3]


def clean_text(value: str | None) -> str | None:
    """A query value with its spaces trimmed; None for an empty one."""
    return value.strip() or None if value is not None else None


def event_filters(
    since: Annotated[date | None, Query(description="Earliest event date (inclusive).")] = None,
    until: Annotated[date | None, Query(description="Latest event date (inclusive).")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    country: Annotated[str | None, Query(description="Country name (exact, case-insensitive).")] = None,
    admin1: Annotated[str | None, Query(description="Admin1 name (exact, case-insensitive).")] = None,
    type: Annotated[list[str] | None, Query(description="ACLED event type (repeatable).")] = None,
    sub_type: Annotated[list[str] | None, Query(description="ACLED sub-event type (repeatable).")] = None,
    actor: Annotated[str | None, Query(description="An actor name contains this.")] = None,
    claimant: Annotated[str | None, Query(description="A claim's claimant contains this.")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    q: Annotated[str | None, Query(description="Text in the evidence or the source document.")] = None,
) -> EventQuery:
    return EventQuery(
        since=since,
        until=until,
        bbox=parse_bbox(bbox),
        country=clean_text(country),
        admin1=clean_text(admin1),
        event_types=tuple(t for t in type or () if t),
        sub_event_types=tuple(t for t in sub_type or () if t),
        actor=clean_text(actor),
        claimant=clean_text(claimant),
        min_fatalities=min_fatalities,
        text=clean_text(q),
    )


Filters = Annotated[EventQuery, Depends(event_filters)]

__all__ = ["ApiServices", "Filters", "Services", "clean_text", "event_filters", "parse_bbox", "services"]
