"""Pydantic response and request bodies: the API's trust boundary and its OpenAPI documentation.

Event fields follow the JSON contract of ``events.serialize`` (same names, same meanings) plus where
the event came from.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import orjson
from fastapi import Response
from pydantic import BaseModel, ConfigDict, Field

from flashpoint.events.serialize import event_to_dict
from flashpoint.store.base import EventRecord
from flashpoint.store.views import ArticleView, NamedCount, PlaceCount, SearchHit, SeriesPoint


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ClaimOut(_Out):
    field: str
    value: int | str
    claimant: str | None
    stance: str
    hedge: str | None
    quantifier: str | None
    victim_group: str | None
    start: int
    end: int


class EvidenceOut(_Out):
    field: str
    start: int
    end: int
    text: str


class FiguresOut(_Out):
    """One claimant's figures for one field (low, best, high), derived from the claims."""

    field: str
    claimant: str | None
    stance: str
    low: int | None
    best: int | None
    high: int | None
    quantifiers: list[str]
    hedges: list[str]


class EventOut(_Out):
    id: str
    document_id: str
    event_date: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    injuries: int
    claims: list[ClaimOut]
    evidence: list[EvidenceOut]
    confidence: float
    notes: list[str]
    extractor: str
    extractor_version: str
    figures_by_claimant: list[FiguresOut] = Field(default_factory=list)
    article_id: str = Field(description="The stored article the event was coded from.")
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    summary: str = Field(description="The document sentence(s) holding the event's evidence.")


class EventPage(_Out):
    total: int = Field(description="Events matching the filters, ignoring limit and offset.")
    limit: int
    offset: int
    items: list[EventOut]


class SeriesPointOut(_Out):
    period: date = Field(description="The day, or the Monday of the ISO week.")
    key: str
    events: int
    fatalities: int


class SeriesOut(_Out):
    interval: str
    group_by: str
    points: list[SeriesPointOut]


class NamedCountOut(_Out):
    name: str
    events: int
    fatalities: int


class PlaceCountOut(_Out):
    country: str
    admin1: str | None
    events: int
    fatalities: int


class SpanOut(_Out):
    event_id: str
    kind: Literal["evidence", "claim"]
    field: str
    start: int
    end: int
    claimant: str | None


class ArticleOut(_Out):
    article_id: str
    document_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    language: str
    text: str = Field(description="The cleaned text; span offsets are characters into it.")
    spans: list[SpanOut]
    event_ids: list[str]


class SearchHitOut(_Out):
    kind: str
    label: str
    id: str | None
    events: int


class SearchOut(_Out):
    query: str
    hits: list[SearchHitOut]


class EventTypeOut(_Out):
    name: str
    sub_event_types: list[str]


class ConfigOut(_Out):
    version: str
    tile_url: str | None
    tile_attribution: str | None
    ingest_enabled: bool
    event_types: list[EventTypeOut]


class HealthOut(_Out):
    status: Literal["ok"]
    events: int
    read_only: bool


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The report: plain text, or HTML when html is true.")
    html: bool | None = Field(
        default=None, description="None sniffs for a leading <html> or <!doctype html>."
    )
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    country: str | None = Field(
        default=None,
        description="The country the report is about (name or ISO code): its place names are weighed towards it.",
    )


class IngestOut(_Out):
    outcome: Literal["stored", "duplicate", "rejected"]
    article_id: str
    event_ids: list[str]
    reason: str | None = None


def event_payload(record: EventRecord) -> dict[str, Any]:
    """An :class:`EventOut` as plain JSON-ready values (the list endpoint skips pydantic for speed)."""
    return {
        **event_to_dict(record.event),
        "article_id": record.article_id,
        "source": record.source,
        "url": record.url,
        "outlet": record.outlet,
        "title": record.title,
        "published": record.published,
        "summary": record.summary,
    }


def event_out(record: EventRecord) -> EventOut:
    return EventOut.model_validate(event_payload(record))


def json_response(payload: dict[str, Any]) -> Response:
    """Serialise with orjson (dates as ISO text); the route's ``response_model`` still documents the shape."""
    return Response(content=orjson.dumps(payload), media_type="application/json")


def series_payload(points: list[SeriesPoint], *, interval: str, group_by: str) -> dict[str, Any]:
    """A :class:`SeriesOut` as plain values (thousands of points: pydantic would dominate the time)."""
    return {
        "interval": interval,
        "group_by": group_by,
        "points": [
            {"period": p.period, "key": p.key, "events": p.events, "fatalities": p.fatalities} for p in points
        ],
    }


def named_out(counts: list[NamedCount]) -> list[NamedCountOut]:
    return [NamedCountOut(name=c.name, events=c.events, fatalities=c.fatalities) for c in counts]


def places_out(counts: list[PlaceCount]) -> list[PlaceCountOut]:
    return [
        PlaceCountOut(country=c.country, admin1=c.admin1, events=c.events, fatalities=c.fatalities)
        for c in counts
    ]


def article_out(view: ArticleView) -> ArticleOut:
    spans = [
        SpanOut(
            event_id=s.event_id,
            kind="claim" if s.kind == "claim" else "evidence",
            field=s.field,
            start=s.start,
            end=s.end,
            claimant=s.claimant,
        )
        for s in view.spans
    ]
    return ArticleOut(
        article_id=view.article_id,
        document_id=view.document_id,
        source=view.source,
        url=view.url,
        outlet=view.outlet,
        title=view.title,
        published=view.published,
        language=view.language,
        text=view.text,
        spans=spans,
        event_ids=list(view.event_ids),
    )


def search_out(query: str, hits: list[SearchHit]) -> SearchOut:
    return SearchOut(
        query=query,
        hits=[SearchHitOut(kind=h.kind, label=h.label, id=h.id, events=h.events) for h in hits],
    )


__all__ = [
    "ArticleOut",
    "ClaimOut",
    "ConfigOut",
    "EventOut",
    "EventPage",
    "EventTypeOut",
    "EvidenceOut",
    "FiguresOut",
    "HealthOut",
    "IngestIn",
    "IngestOut",
    "NamedCountOut",
    "PlaceCountOut",
    "SearchHitOut",
    "SearchOut",
    "SeriesOut",
    "SeriesPointOut",
    "SpanOut",
    "article_out",
    "event_out",
    "event_payload",
    "json_response",
    "named_out",
    "places_out",
    "search_out",
    "series_payload",
]
