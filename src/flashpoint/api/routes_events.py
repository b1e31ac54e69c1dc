"""``/api/events``: filtered pages, one event, and CSV / GeoJSON exports of the same filters."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Annotated, TextIO

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.responses import StreamingResponse

from flashpoint.api.deps import Filters, Services
from flashpoint.api.schemas import EventOut, EventPage, event_out, event_payload, json_response
from flashpoint.store.base import EventQuery, EventRecord
from flashpoint.store.export import write_csv, write_geojson

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["events"])

_CHUNK = 64 * 1024


@router.get("/events", response_model=EventPage, response_class=Response)
def list_events(
    services: Services,
    filters: Filters,
    limit: Annotated[int, Query(ge=0, description="At most this many events (the server caps it).")] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Events matching the filters, newest first, one page at a time."""
    capped = min(limit, services.settings.max_page_size)
    query = replace(filters, limit=capped, offset=offset)
    match = services.views.match_events(query)  # the in-memory columns, when they can answer
    if match is None:
        records = services.store.events(query)
        total = _total(services, filters, records, capped, offset)
    else:
        records = services.store.events(EventQuery(event_ids=match.ids)) if match.ids else []
        total = match.total
    items = [event_payload(r) for r in records]
    return json_response({"total": total, "limit": capped, "offset": offset, "items": items})


def _total(
    services: Services, filters: EventQuery, records: list[EventRecord], limit: int, offset: int
) -> int:
    if len(records) < limit and (records or offset == 0):
        return offset + len(records)  # the last page: no need to count
    return services.store.count_events(filters)


@router.get("/events/{event_id}", response_model=EventOut)
def get_event(event_id: str, services: Services) -> EventOut:
    """One event with its claims, evidence and source."""
    records = services.store.events(EventQuery(event_ids=(event_id,), limit=1))
    if not records:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return event_out(records[0])


@router.get("/export.csv", response_class=StreamingResponse)
def export_csv(services: Services, filters: Filters) -> StreamingResponse:
    """Every matching event as CSV: ACLED's columns in ACLED's order, then Flashpoint's."""
    body = _spooled(write_csv, services.store.iter_events(filters))
    return StreamingResponse(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="flashpoint-events.csv"'},
    )


@router.get("/export.geojson", response_class=StreamingResponse)
def export_geojson(services: Services, filters: Filters) -> StreamingResponse:
    """Every matching event with coordinates as a GeoJSON FeatureCollection of points."""
    body = _spooled(write_geojson, services.store.iter_events(filters))
    return StreamingResponse(
        body,
        media_type="application/geo+json",
        headers={"Content-Disposition": 'attachment; filename="flashpoint-events.geojson"'},
    )


def _spooled(
    write: Callable[[Iterable[EventRecord], TextIO], int], records: Iterable[EventRecord]
) -> Iterator[str]:
    """Write the whole export first (the read transaction ends before the response starts), then stream it."""
    # closed by _drain once the response has been sent
    spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="")  # noqa: SIM115
    count = write(records, spool)
    logger.info("export: %s events", count)
    spool.seek(0)
    return _drain(spool)


def _drain(spool: TextIO) -> Iterator[str]:
    with spool:
        while chunk := spool.read(_CHUNK):
            yield chunk


__all__ = ["router"]
