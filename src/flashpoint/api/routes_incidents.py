"""``/api/incidents``: events merged across reports, with every source and every competing figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from flashpoint.api.deps import Services, clean_text, parse_bbox
from flashpoint.api.schemas import json_response
from flashpoint.incidents.serialize import incident_to_dict
from flashpoint.store.base import IncidentQuery

router = APIRouter(prefix="/api", tags=["incidents"])


def incident_filters(
    since: Annotated[date | None, Query(description="Incidents whose dates reach this day or later.")] = None,
    until: Annotated[
        date | None, Query(description="Incidents whose dates start this day or earlier.")
    ] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    country: Annotated[str | None, Query(description="Country name (exact, case-insensitive).")] = None,
    type: Annotated[list[str] | None, Query(description="Event type or sub-event type (repeatable).")] = None,
    actor: Annotated[str | None, Query(description="A member event's actor contains this.")] = None,
    min_sources: Annotated[
        int | None, Query(ge=1, description="At least this many independent sources.")
    ] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="On the conservative figure.")] = None,
) -> IncidentQuery:
    return IncidentQuery(
        since=since,
        until=until,
        bbox=parse_bbox(bbox),
        country=clean_text(country),
        event_types=tuple(t for t in type or () if t),
        actor=clean_text(actor),
        min_sources=min_sources,
        min_fatalities=min_fatalities,
    )


IncidentFilters = Annotated[IncidentQuery, Depends(incident_filters)]


@router.get("/incidents", response_class=Response)
def list_incidents(
    services: Services,
    filters: IncidentFilters,
    limit: Annotated[int, Query(ge=0, description="At most this many incidents (the server caps it).")] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Incidents matching the filters, the most recent first: merged fields with the events behind them,
    independent sources, first and last report, and per-claimant low / best / high figures."""
    capped = min(limit, services.settings.max_page_size)
    page = services.store.incidents(replace(filters, limit=capped, offset=offset))
    payload: dict[str, Any] = {
        "total": services.store.count_incidents(filters),
        "limit": capped,
        "offset": offset,
        "items": [incident_to_dict(incident) for incident in page],
    }
    return json_response(payload)


@router.get("/incidents/{incident_id}", response_class=Response)
def get_incident(incident_id: str, services: Services) -> Response:
    """One incident with its member events and competing claims."""
    incident = services.store.get_incident(incident_id)
    if incident is None:
        raise HTTPException(status_code=404, detail=f"no incident {incident_id!r}")
    return json_response(incident_to_dict(incident))


@router.get("/events/{event_id}/incident", response_class=Response)
def incident_of_event(event_id: str, services: Services) -> Response:
    """The incident an event belongs to (404 when the event is in none yet)."""
    found = services.store.incident_ids_for_events([event_id]).get(event_id)
    incident = services.store.get_incident(found) if found else None
    if incident is None:
        raise HTTPException(status_code=404, detail=f"event {event_id!r} belongs to no incident")
    return json_response(incident_to_dict(incident))


__all__ = ["incident_filters", "router"]
