"""Aggregates and documents: time series, actor / place / claimant lists, articles, search, config."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response

from flashpoint import __version__
from flashpoint.api.deps import Filters, Services
from flashpoint.api.schemas import (
    ArticleOut,
    ConfigOut,
    EventTypeOut,
    HealthOut,
    NamedCountOut,
    PlaceCountOut,
    SearchOut,
    SeriesOut,
    article_out,
    json_response,
    named_out,
    places_out,
    search_out,
    series_payload,
)
from flashpoint.events.ontology import EventType, sub_event_types_of
from flashpoint.store.base import EventQuery
from flashpoint.store.views import Interval, SeriesGroup

router = APIRouter(prefix="/api", tags=["views"])

_Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/health", response_model=HealthOut)
def health(services: Services) -> HealthOut:
    """The server is up and the database readable."""
    return HealthOut(status="ok", events=services.store.count_events(EventQuery()), read_only=True)


@router.get("/config", response_model=ConfigOut)
def config(services: Services) -> ConfigOut:
    """What the web UI needs to start: tiles (if any), whether ingestion is on, the event types."""
    settings = services.settings
    return ConfigOut(
        version=__version__,
        tile_url=settings.tile_url or None,
        tile_attribution=settings.tile_attribution or None,
        ingest_enabled=bool(settings.api_token),
        event_types=[
            EventTypeOut(name=t.value, sub_event_types=[s.value for s in sub_event_types_of(t)])
            for t in EventType
        ],
    )


@router.get("/timeseries", response_model=SeriesOut, response_class=Response)
def timeseries(
    services: Services,
    filters: Filters,
    interval: Interval = Interval.WEEK,
    group_by: SeriesGroup = SeriesGroup.TOTAL,
    top: Annotated[int, Query(ge=1, le=50, description="Keep the groups with the most events.")] = 10,
) -> Response:
    """Events and fatalities per day or ISO week, by event type, actor, admin1, country or in total."""
    points = services.views.time_series(filters, interval=interval, group_by=group_by, top=top)
    return json_response(series_payload(points, interval=interval.value, group_by=group_by.value))


@router.get("/actors", response_model=list[NamedCountOut])
def actors(services: Services, filters: Filters, limit: _Limit = 100) -> list[NamedCountOut]:
    """Actors of the matching events with their event and fatality counts, most frequent first."""
    return named_out(services.views.actors(filters, limit=limit))


@router.get("/claimants", response_model=list[NamedCountOut])
def claimants(services: Services, filters: Filters, limit: _Limit = 100) -> list[NamedCountOut]:
    """Who the matching events' claims are attributed to, most frequent first."""
    return named_out(services.views.claimants(filters, limit=limit))


@router.get("/places", response_model=list[PlaceCountOut])
def places(services: Services, filters: Filters, limit: _Limit = 100) -> list[PlaceCountOut]:
    """Country and admin1 of the matching events, most frequent first."""
    return places_out(services.views.places(filters, limit=limit))


@router.get("/articles/{article_id}", response_model=ArticleOut)
def article(article_id: str, services: Services) -> ArticleOut:
    """An article's cleaned text with the evidence and claim spans of every event coded from it."""
    view = services.views.article(article_id)
    if view is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
    return article_out(view)


@router.get("/search", response_model=SearchOut)
def search(
    services: Services,
    q: Annotated[str, Query(min_length=1)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchOut:
    """Actors, places, claimants and article titles containing ``q``; filter events with ``/api/events?q=``."""
    return search_out(q, services.views.search(q, limit=limit))


__all__ = ["router"]
