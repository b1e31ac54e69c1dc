"""``EventQuery`` -> SQLAlchemy Core statements. One small function per filter, one dispatcher.

Index choice for bbox + date queries
------------------------------------
Two covering indexes serve them: ``(event_date, latitude, longitude, id)`` and
``(latitude, longitude, event_date, id)``. Without range statistics SQLite takes the date index for
every query (it also gives the ORDER BY), which reads every event of a long date range to find the
few inside a small box. :func:`choose_plan` estimates the index entries each would read, and
:class:`unindexed` hides the other column from SQLite's planner (rendered ``+column``, SQLite's
documented way to disqualify a term from index use; other databases get the plain column and
plan with their own statistics). Measured on 1,000,000 synthetic events: the worst p95 over
eleven query shapes went from 1.2 s (SQLite's own choice) to under 100 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, exists, false, func, literal_column, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from flashpoint.store.base import BBox, EventQuery, IncidentQuery
from flashpoint.store.rows import ACTOR_SEPARATOR, EVENT_COLUMNS
from flashpoint.store.schema import (
    article_fingerprints,
    articles,
    claims,
    documents,
    events,
    evidence,
    fingerprint_bands,
    incident_members,
    incidents,
)

Condition = ColumnElement[bool]


class IndexPlan(StrEnum):
    PLANNER = "planner"  # no bbox (or a country/admin1 filter): the database chooses
    BY_DATE = "by_date"  # scan the date range in order, filter coordinates from the index
    BY_AREA = "by_area"  # scan the latitude band, filter longitude and date from the index


@dataclass(frozen=True, slots=True, kw_only=True)
class Extent:
    """The stored events' date and latitude ranges (``None`` when nothing is stored) and size."""

    first_date: date | None
    last_date: date | None
    min_lat: float | None
    max_lat: float | None
    rows: int  # an estimate: SQLite's largest rowid


class unindexed(FunctionElement[Any]):  # lower case: reads as a SQL function in expressions
    """A column the SQLite planner must not use an index for; typed as the column itself."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _compile_unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _compile_unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


def select_extent() -> Select[Any]:
    """Single-aggregate subqueries, each one index step (a combined min/max would scan the table).

    SQLite only (``rowid``): index plans are chosen only there, see ``engine.plans_indexes``.
    """
    return select(
        select(func.min(events.c.event_date)).scalar_subquery(),
        select(func.max(events.c.event_date)).scalar_subquery(),
        select(func.min(events.c.latitude)).scalar_subquery(),
        select(func.max(events.c.latitude)).scalar_subquery(),
        select(func.max(literal_column("rowid"))).select_from(events).scalar_subquery(),
    )


def needs_extent(query: EventQuery) -> bool:
    return query.bbox is not None and query.country is None and query.admin1 is None


def choose_plan(query: EventQuery, extent: Extent | None) -> IndexPlan:
    """The cheaper of the two coordinate/date indexes, in index entries read.

    BY_AREA reads the latitude band. BY_DATE reads the date range in date order, and for a page
    stops once ``offset + limit`` matches are found.
    """
    if query.bbox is None or extent is None or not needs_extent(query):
        return IndexPlan.PLANNER
    lat_share = _share(query.bbox[1], query.bbox[3], extent.min_lat, extent.max_lat)
    hit_share = lat_share * _lon_share(query.bbox)  # of the events inside the date range
    date_share = _date_share(query, extent)
    by_area = extent.rows * lat_share
    by_date = extent.rows * date_share
    if query.limit is not None and extent.rows * date_share * hit_share > query.offset + query.limit:
        by_date = (query.offset + query.limit) / max(hit_share, 1e-9)
    return IndexPlan.BY_AREA if by_area < by_date else IndexPlan.BY_DATE


def _lon_share(bbox: BBox) -> float:
    min_lon, _, max_lon, _ = bbox
    width = max_lon - min_lon if min_lon <= max_lon else 360 - (min_lon - max_lon)
    return width / 360


def _date_share(query: EventQuery, extent: Extent) -> float:
    if extent.first_date is None or extent.last_date is None:
        return 1.0
    since = (query.since or extent.first_date).toordinal()
    until = (query.until or extent.last_date).toordinal()
    return _share(since, until + 1, extent.first_date.toordinal(), extent.last_date.toordinal() + 1)


def _share(low: float, high: float, lowest: float | None, highest: float | None) -> float:
    """Share of ``[lowest, highest]`` that ``[low, high]`` covers, in 0..1."""
    if lowest is None or highest is None or highest <= lowest:
        return 1.0
    covered = min(high, highest) - max(low, lowest)
    return max(0.0, covered) / (highest - lowest)


def _event_date(plan: IndexPlan) -> ColumnElement[Any]:
    return unindexed(events.c.event_date) if plan is IndexPlan.BY_AREA else events.c.event_date


def _latitude(plan: IndexPlan) -> ColumnElement[Any]:
    return unindexed(events.c.latitude) if plan is IndexPlan.BY_DATE else events.c.latitude


def _dates(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    conditions: list[Condition] = []
    if query.since is not None:
        conditions.append(_event_date(plan) >= query.since)
    if query.until is not None:
        conditions.append(_event_date(plan) <= query.until)
    return conditions


def _types(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    conditions: list[Condition] = []
    if query.event_types:
        conditions.append(events.c.event_type.in_(query.event_types))
    if query.sub_event_types:
        conditions.append(events.c.sub_event_type.in_(query.sub_event_types))
    return conditions


def _actor(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    if query.actor is None:
        return []
    needle = query.actor.strip().casefold()
    if ACTOR_SEPARATOR in needle:
        return [false()]
    return [events.c.actors_key.contains(needle, autoescape=True)]


def _places(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    conditions: list[Condition] = []
    if query.country is not None:
        conditions.append(events.c.country_key == query.country.strip().casefold())
    if query.admin1 is not None:
        conditions.append(events.c.admin1_key == query.admin1.strip().casefold())
    if query.bbox is not None:
        conditions.extend(_bbox(query.bbox, plan))
    return conditions


def _bbox(bbox: BBox, plan: IndexPlan) -> list[Condition]:
    min_lon, min_lat, max_lon, max_lat = bbox
    latitude = _latitude(plan).between(min_lat, max_lat)
    if min_lon <= max_lon:
        return [latitude, events.c.longitude.between(min_lon, max_lon)]
    # The box crosses the antimeridian: e.g. (170, -20, -170, 0) spans Fiji.
    return [latitude, or_(events.c.longitude >= min_lon, events.c.longitude <= max_lon)]


def _fatalities(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    if query.min_fatalities is None:
        return []
    return [events.c.fatalities >= query.min_fatalities]


def _ids(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    return [events.c.id.in_(query.event_ids)] if query.event_ids else []


def _claimant(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    if query.claimant is None:
        return []
    # lower() LIKE is ASCII-case-insensitive on SQLite; claimants are matched on their Latin spelling.
    matching = claims.c.claimant.icontains(query.claimant.strip(), autoescape=True)
    return [exists().where(claims.c.event_id == events.c.id, matching)]


def _text(query: EventQuery, plan: IndexPlan) -> list[Condition]:
    if query.text is None:
        return []
    needle = query.text.strip()
    in_evidence = exists().where(
        evidence.c.event_id == events.c.id, evidence.c.text.icontains(needle, autoescape=True)
    )
    in_document = exists().where(
        documents.c.id == events.c.document_id, documents.c.text.icontains(needle, autoescape=True)
    )
    return [or_(in_evidence, in_document)]


_FILTERS: tuple[Callable[[EventQuery, IndexPlan], list[Condition]], ...] = (
    _dates,
    _types,
    _actor,
    _places,
    _fatalities,
    _ids,
    _claimant,
    _text,
)


def event_conditions(query: EventQuery, plan: IndexPlan = IndexPlan.PLANNER) -> list[Condition]:
    """Every WHERE condition ``query`` asks for (an empty list matches all events)."""
    return [condition for build in _FILTERS for condition in build(query, plan)]


def select_events(query: EventQuery, plan: IndexPlan = IndexPlan.PLANNER) -> Select[Any]:
    """Event columns plus their article's provenance, filtered, ordered and paged.

    The page is chosen first from ``events`` alone (inside the covering indexes), then joined: the
    joins run for the rows returned, not for every row sorted or skipped by ``offset``.
    """
    page = (
        select(events.c.id, events.c.event_date)
        .where(*event_conditions(query, plan))
        .order_by(_event_date(plan).desc().nulls_last(), events.c.id)
        .offset(query.offset or None)
    )
    if query.limit is not None:
        page = page.limit(query.limit)
    paged = page.subquery("page")
    return (
        select(
            *(events.c[name] for name in EVENT_COLUMNS),
            events.c.summary,
            documents.c.article_id,
            articles.c.source.label("article_source"),
            articles.c.url.label("article_url"),
            articles.c.outlet.label("article_outlet"),
            articles.c.title.label("article_title"),
            articles.c.published.label("article_published"),
            articles.c.ingested_at.label("article_ingested_at"),
        )
        .select_from(paged)
        .join(events, events.c.id == paged.c.id)
        .join(documents, events.c.document_id == documents.c.id)
        .join(articles, documents.c.article_id == articles.c.id)
        .order_by(paged.c.event_date.desc().nulls_last(), paged.c.id)
    )


def count_events(query: EventQuery, plan: IndexPlan = IndexPlan.PLANNER) -> Select[Any]:
    return select(func.count()).select_from(events).where(*event_conditions(query, plan))


def select_claims(event_ids: Sequence[str]) -> Select[Any]:
    return (
        select(claims).where(claims.c.event_id.in_(event_ids)).order_by(claims.c.event_id, claims.c.position)
    )


def select_evidence(event_ids: Sequence[str]) -> Select[Any]:
    return (
        select(evidence)
        .where(evidence.c.event_id.in_(event_ids))
        .order_by(evidence.c.event_id, evidence.c.position)
    )


# --- incidents ----------------------------------------------------------------------------------------
def _incident_dates(query: IncidentQuery) -> list[Condition]:
    conditions: list[Condition] = []
    if query.since is not None:
        conditions.append(incidents.c.last_date >= query.since)
    if query.until is not None:
        conditions.append(incidents.c.first_date <= query.until)
    return conditions


def _incident_types(query: IncidentQuery) -> list[Condition]:
    if not query.event_types:
        return []
    return [
        or_(incidents.c.event_type.in_(query.event_types), incidents.c.sub_event_type.in_(query.event_types))
    ]


def _incident_actor(query: IncidentQuery) -> list[Condition]:
    if query.actor is None:
        return []
    needle = query.actor.strip().casefold()
    if ACTOR_SEPARATOR in needle:
        return [false()]
    return [incidents.c.actors_key.contains(needle, autoescape=True)]


def _incident_place(query: IncidentQuery) -> list[Condition]:
    conditions: list[Condition] = []
    if query.country is not None:
        conditions.append(incidents.c.country_key == query.country.strip().casefold())
    if query.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = query.bbox
        conditions.append(incidents.c.latitude.between(min_lat, max_lat))
        if min_lon <= max_lon:
            conditions.append(incidents.c.longitude.between(min_lon, max_lon))
        else:
            conditions.append(or_(incidents.c.longitude >= min_lon, incidents.c.longitude <= max_lon))
    return conditions


def _incident_numbers(query: IncidentQuery) -> list[Condition]:
    conditions: list[Condition] = []
    if query.min_sources is not None:
        conditions.append(incidents.c.source_count >= query.min_sources)
    if query.min_fatalities is not None:
        conditions.append(incidents.c.fatalities >= query.min_fatalities)
    if query.incident_ids:
        conditions.append(incidents.c.id.in_(query.incident_ids))
    return conditions


_INCIDENT_FILTERS: tuple[Callable[[IncidentQuery], list[Condition]], ...] = (
    _incident_dates,
    _incident_types,
    _incident_actor,
    _incident_place,
    _incident_numbers,
)


def incident_conditions(query: IncidentQuery) -> list[Condition]:
    return [condition for build in _INCIDENT_FILTERS for condition in build(query)]


def select_incidents(query: IncidentQuery) -> Select[Any]:
    """The incidents' stored JSON, filtered, ordered (last_date desc, undated last, then id) and paged."""
    statement = (
        select(incidents.c.id, incidents.c.data)
        .where(*incident_conditions(query))
        .order_by(incidents.c.last_date.desc().nulls_last(), incidents.c.id)
        .offset(query.offset or None)
    )
    return statement.limit(query.limit) if query.limit is not None else statement


def count_incidents(query: IncidentQuery) -> Select[Any]:
    return select(func.count()).select_from(incidents).where(*incident_conditions(query))


def select_incident_ids_for_events(event_ids: Sequence[str]) -> Select[Any]:
    return select(incident_members.c.event_id, incident_members.c.incident_id).where(
        incident_members.c.event_id.in_(event_ids)
    )


# Built once: the writer runs these for every article or batch. Parameters (bound at execution) are
# the bindparam names: ``content_hash``, ``content_hashes``, ``band_keys``.
SELECT_CONTENT_STORED: Select[Any] = (
    select(articles.c.id).where(articles.c.content_hash == bindparam("content_hash")).limit(1)
)
SELECT_STORED_CONTENTS: Select[Any] = select(articles.c.content_hash).where(
    articles.c.content_hash.in_(bindparam("content_hashes", expanding=True))
)
SELECT_ANY_FINGERPRINT: Select[Any] = select(article_fingerprints.c.article_id).limit(1)
SELECT_FINGERPRINTS_SHARING_BANDS: Select[Any] = select(article_fingerprints).where(
    article_fingerprints.c.article_id.in_(
        select(fingerprint_bands.c.article_id).where(
            fingerprint_bands.c.band_key.in_(bindparam("band_keys", expanding=True))
        )
    )
)


__all__ = [
    "SELECT_ANY_FINGERPRINT",
    "SELECT_CONTENT_STORED",
    "SELECT_FINGERPRINTS_SHARING_BANDS",
    "SELECT_STORED_CONTENTS",
    "Extent",
    "IndexPlan",
    "choose_plan",
    "count_events",
    "count_incidents",
    "event_conditions",
    "incident_conditions",
    "needs_extent",
    "select_claims",
    "select_events",
    "select_evidence",
    "select_extent",
    "select_incident_ids_for_events",
    "select_incidents",
    "unindexed",
]
