"""Read-only analytic views over the store: what the API and the web UI ask beyond the ``Store`` interface.

Time series (events and fatalities per day or week, grouped by type, actor or admin1), actor, place and
claimant lists with counts, one article's cleaned text with every evidence span, and a small search.
Every method takes the same :class:`EventQuery` filters as ``Store.events`` (its ``limit``/``offset``
are ignored). The SQL is dialect-neutral Core: series are grouped by day in SQL and folded into weeks
in Python, so no database-specific date function is needed.

    views = open_views("flashpoint.db")
    for point in views.time_series(EventQuery(actor="islamic state"), interval=Interval.WEEK,
                                   group_by=SeriesGroup.ADMIN1): ...
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    String,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.exc import DBAPIError

from flashpoint.errors import StoreError
from flashpoint.store.base import EventQuery
from flashpoint.store.engine import create_store_engine, plans_indexes, read_transaction, resolve_target
from flashpoint.store.queries import event_conditions
from flashpoint.store.rows import ACTOR_SEPARATOR
from flashpoint.store.schema import articles, claims, documents, events, evidence

logger = logging.getLogger(__name__)

_OTHER = "(none)"  # the group key of events whose grouping column is empty


class Interval(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO weeks, labelled by their Monday


class SeriesGroup(StrEnum):
    TOTAL = "total"
    EVENT_TYPE = "event_type"
    SUB_EVENT_TYPE = "sub_event_type"
    ACTOR = "actor"  # actor1, the initiating actor
    ADMIN1 = "admin1"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesPoint:
    period: date  # the day, or the Monday of the week
    key: str  # the group's value ("total" when ungrouped)
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedCount:
    name: str
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCount:
    country: str
    admin1: str | None
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceSpan:
    event_id: str
    kind: str  # "evidence" or "claim"
    field: str
    start: int  # character offsets into ArticleView.text
    end: int
    claimant: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    article_id: str
    document_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    language: str
    text: str  # the cleaned document text the offsets refer to
    spans: tuple[EvidenceSpan, ...]
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    kind: str  # "actor", "place", "claimant" or "article"
    label: str
    id: str | None  # the article id for articles; None for names
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMatch:
    ids: tuple[str, ...]  # one page, in the store's order (event_date descending, then id)
    total: int  # all matching events, ignoring limit and offset


class AnalyticViews(Protocol):
    """Aggregates and documents for an analyst's view; read-only."""

    def time_series(
        self, query: EventQuery, *, interval: Interval, group_by: SeriesGroup, top: int = 10
    ) -> list[SeriesPoint]:
        """Counts and fatalities per period and group; only the ``top`` groups by event count."""

    def match_events(self, query: EventQuery) -> EventMatch | None:
        """The ids of the page ``query`` asks for and the total, or None when only the store can tell."""

    def actors(self, query: EventQuery, *, limit: int = 100) -> list[NamedCount]:
        """Actors (actor1 or actor2) of the matching events, most frequent first."""

    def places(self, query: EventQuery, *, limit: int = 100) -> list[PlaceCount]:
        """Country and admin1 pairs of the matching events, most frequent first."""

    def claimants(self, query: EventQuery, *, limit: int = 100) -> list[NamedCount]:
        """Claimants of the matching events' claims, most frequent first."""

    def article(self, article_id: str) -> ArticleView | None:
        """One article's cleaned text with the evidence and claim spans of all its events."""

    def article_id_of(self, event_id: str) -> str | None:
        """The article an event was coded from."""

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Actors, places, claimants and article titles containing ``text`` (case-insensitive)."""

    def warm(self) -> None:
        """Prepare caches ahead of the first request (optional)."""

    def close(self) -> None: ...


class SqlViews:
    """:class:`AnalyticViews` over SQLAlchemy Core; pass the read-only engine the store uses."""

    def __init__(self, engine: Engine, *, name: str) -> None:
        self._engine = engine
        self._name = name
        self._columns: EventColumns | None = None
        self._loading = threading.Lock()

    def time_series(
        self, query: EventQuery, *, interval: Interval, group_by: SeriesGroup, top: int = 10
    ) -> list[SeriesPoint]:
        if supports(query):
            columns = self._current_columns()
            rows = period_counts(columns, matching(columns, query), _GROUP_COLUMNS[group_by], interval)
            return fold_series(rows, interval=interval, top=top)
        key = _group_column(group_by)
        statement = (
            select(events.c.event_date, key, func.count(), func.coalesce(func.sum(events.c.fatalities), 0))
            .where(events.c.event_date.is_not(None), *_conditions(query))
            .group_by(events.c.event_date, key)
        )
        with self._reading("compute a time series from") as connection:
            found = connection.execute(statement).all()
        return fold_series(found, interval=interval, top=top)

    def actors(self, query: EventQuery, *, limit: int = 100) -> list[NamedCount]:
        conditions = _conditions(query)
        both = union_all(
            *(
                select(column.label("name"), events.c.fatalities.label("fatalities")).where(
                    column.is_not(None), *conditions
                )
                for column in (events.c.actor1, events.c.actor2)
            )
        ).subquery("named")
        return self._named_counts(both.c.name, both.c.fatalities, both, limit, "list actors in")

    def match_events(self, query: EventQuery) -> EventMatch | None:
        if not supports(query):
            return None
        columns = self._current_columns()
        mask = matching(columns, query)
        ids = page(columns, mask, limit=query.limit, offset=query.offset)
        return EventMatch(ids=tuple(ids), total=int(mask.sum()))

    def claimants(self, query: EventQuery, *, limit: int = 100) -> list[NamedCount]:
        rows = (
            select(
                claims.c.claimant.label("name"), claims.c.event_id, events.c.fatalities.label("fatalities")
            )
            .join(events, events.c.id == claims.c.event_id)
            .where(claims.c.claimant.is_not(None), *_conditions(query))
            .distinct()
            .subquery("claimed")
        )
        return self._named_counts(rows.c.name, rows.c.fatalities, rows, limit, "list claimants in")

    def places(self, query: EventQuery, *, limit: int = 100) -> list[PlaceCount]:
        count = func.count().label("n")
        statement = (
            select(events.c.country, events.c.admin1, count, func.coalesce(func.sum(events.c.fatalities), 0))
            .where(events.c.country.is_not(None), *_conditions(query))
            .group_by(events.c.country, events.c.admin1)
            .order_by(count.desc(), events.c.country, events.c.admin1)
            .limit(limit)
        )
        with self._reading("list places in") as connection:
            rows = connection.execute(statement).all()
        return [PlaceCount(country=str(c), admin1=a, events=int(n), fatalities=int(f)) for c, a, n, f in rows]

    def article(self, article_id: str) -> ArticleView | None:
        with self._reading(f"read article {article_id!r} from") as connection:
            row = connection.execute(_select_article(article_id)).mappings().first()
            if row is None:
                return None
            event_ids = tuple(
                connection.execute(
                    select(events.c.id)
                    .where(events.c.document_id == row["document_id"])
                    .order_by(events.c.id)
                ).scalars()
            )
            spans = _load_spans(connection, event_ids)
        return _article_view(row, event_ids, spans)

    def article_id_of(self, event_id: str) -> str | None:
        statement = (
            select(documents.c.article_id)
            .join(events, events.c.document_id == documents.c.id)
            .where(events.c.id == event_id)
        )
        with self._reading(f"find the article of event {event_id!r} in") as connection:
            found = connection.execute(statement).scalar_one_or_none()
        return None if found is None else str(found)

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        needle = text.strip()
        if not needle:
            return []
        with self._reading(f"search {needle!r} in") as connection:
            hits = [
                hit
                for build in (_search_actors, _search_places, _search_claimants, _search_articles)
                for hit in build(connection, needle, limit)
            ]
        return hits

    def close(self) -> None:
        self._engine.dispose()

    def _named_counts(
        self,
        name: ColumnElement[Any],
        fatalities: ColumnElement[Any],
        source: Any,
        limit: int,
        action: str,
    ) -> list[NamedCount]:
        count = func.count().label("n")
        statement = (
            select(name, count, func.coalesce(func.sum(fatalities), 0))
            .select_from(source)
            .group_by(name)
            .order_by(count.desc(), name)
            .limit(limit)
        )
        with self._reading(action) as connection:
            rows = connection.execute(statement).all()
        return [NamedCount(name=str(n), events=int(c), fatalities=int(f)) for n, c, f in rows]

    def warm(self) -> None:
        """Load the in-memory columns now (``flashpoint serve`` does it in the background at start)."""
        self._current_columns()

    def _current_columns(self) -> EventColumns:
        """The in-memory columns, (re)loaded when events were added since the last load."""
        with self._loading, self._reading("load the event columns of") as connection:
            if self._columns is None or self._columns.version != table_version(connection):
                self._columns = load_columns(connection)
            return self._columns

    @contextmanager
    def _reading(self, action: str) -> Iterator[Connection]:
        try:
            with read_transaction(self._engine) as connection:
                yield connection
        except DBAPIError as error:
            raise StoreError(
                f"could not {action} {self._name}: {error.orig}; check the file is a Flashpoint database",
                code="E305",
            ) from error


def open_views(target: str | Path) -> SqlViews:
    """Read-only views over the database at a path or URL (no I/O until the first query)."""
    resolved = resolve_target(target)
    name = str(resolved.path) if resolved.path else resolved.url.render_as_string(hide_password=True)
    return SqlViews(create_store_engine(resolved, read_only=True), name=name)


def _conditions(query: EventQuery) -> list[ColumnElement[bool]]:
    return event_conditions(replace(query, limit=None, offset=0))


def _group_column(group_by: SeriesGroup) -> ColumnElement[Any]:
    columns: dict[SeriesGroup, ColumnElement[Any]] = {
        SeriesGroup.TOTAL: literal(str(SeriesGroup.TOTAL)),
        SeriesGroup.EVENT_TYPE: events.c.event_type,
        SeriesGroup.SUB_EVENT_TYPE: events.c.sub_event_type,
        SeriesGroup.ACTOR: events.c.actor1,
        SeriesGroup.ADMIN1: events.c.admin1,
        SeriesGroup.COUNTRY: events.c.country,
    }
    return columns[group_by].label("key")


_GROUP_COLUMNS: dict[SeriesGroup, str | None] = {
    SeriesGroup.TOTAL: None,
    SeriesGroup.EVENT_TYPE: "event_type",
    SeriesGroup.SUB_EVENT_TYPE: "sub_event_type",
    SeriesGroup.ACTOR: "actor1",
    SeriesGroup.ADMIN1: "admin1",
    SeriesGroup.COUNTRY: "country",
}


def period_of(day: date, interval: Interval) -> date:
    """The day itself, or the Monday that starts its ISO week."""
    return day if interval is Interval.DAY else day - timedelta(days=day.weekday())


def fold_series(rows: Sequence[Any], *, interval: Interval, top: int) -> list[SeriesPoint]:
    """Per-day rows ``(date, key, events, fatalities)`` -> points per period, top groups only, in order."""
    totals: defaultdict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    by_key: defaultdict[str, int] = defaultdict(int)
    for day, key, count, fatalities in rows:
        label = _OTHER if key is None else str(key)
        cell = totals[(period_of(day, interval), label)]
        cell[0] += int(count)
        cell[1] += int(fatalities)
        by_key[label] += int(count)
    kept = set(sorted(by_key, key=lambda k: (-by_key[k], k))[:top])
    return [
        SeriesPoint(period=period, key=key, events=cell[0], fatalities=cell[1])
        for (period, key), cell in sorted(totals.items())
        if key in kept
    ]


def _select_article(article_id: str) -> Select[Any]:
    return (
        select(
            articles.c.id.label("article_id"),
            articles.c.source,
            articles.c.url,
            articles.c.outlet,
            articles.c.title,
            articles.c.published,
            documents.c.id.label("document_id"),
            documents.c.title.label("document_title"),
            documents.c.language,
            documents.c.text,
        )
        .join(documents, documents.c.article_id == articles.c.id)
        .where(articles.c.id == article_id)
    )


def _load_spans(connection: Connection, event_ids: Sequence[str]) -> list[EvidenceSpan]:
    if not event_ids:
        return []
    found = [
        EvidenceSpan(event_id=r.event_id, kind="evidence", field=r.field, start=r.start, end=r.end)
        for r in connection.execute(
            select(evidence.c.event_id, evidence.c.field, evidence.c.start, evidence.c.end).where(
                evidence.c.event_id.in_(event_ids)
            )
        )
    ]
    found += [
        EvidenceSpan(
            event_id=r.event_id, kind="claim", field=r.field, start=r.start, end=r.end, claimant=r.claimant
        )
        for r in connection.execute(
            select(claims.c.event_id, claims.c.field, claims.c.start, claims.c.end, claims.c.claimant).where(
                claims.c.event_id.in_(event_ids)
            )
        )
    ]
    return sorted(found, key=lambda s: (s.start, s.end, s.event_id, s.kind, s.field))


def _article_view(row: Any, event_ids: tuple[str, ...], spans: list[EvidenceSpan]) -> ArticleView:
    text = str(row["text"])
    return ArticleView(
        article_id=str(row["article_id"]),
        document_id=str(row["document_id"]),
        source=str(row["source"]),
        url=row["url"],
        outlet=row["outlet"],
        title=row["document_title"] or row["title"],
        published=row["published"],
        language=str(row["language"]),
        text=text,
        spans=tuple(s for s in spans if 0 <= s.start < s.end <= len(text)),
        event_ids=event_ids,
    )


def _search_actors(connection: Connection, needle: str, limit: int) -> list[SearchHit]:
    hits: defaultdict[str, int] = defaultdict(int)
    for column in (events.c.actor1, events.c.actor2):
        statement = (
            select(column, func.count()).where(column.icontains(needle, autoescape=True)).group_by(column)
        )
        for name, count in connection.execute(statement):
            hits[str(name)] += int(count)
    return _ranked_hits("actor", hits, limit)


def _search_places(connection: Connection, needle: str, limit: int) -> list[SearchHit]:
    hits: defaultdict[str, int] = defaultdict(int)
    for column in (events.c.country, events.c.admin1, events.c.location):
        statement = (
            select(column, func.count()).where(column.icontains(needle, autoescape=True)).group_by(column)
        )
        for name, count in connection.execute(statement):  # a name in two columns of one event counts once
            hits[str(name)] = max(hits[str(name)], int(count))
    return _ranked_hits("place", hits, limit)


def _search_claimants(connection: Connection, needle: str, limit: int) -> list[SearchHit]:
    statement = (
        select(claims.c.claimant, func.count(func.distinct(claims.c.event_id)))
        .where(claims.c.claimant.icontains(needle, autoescape=True))
        .group_by(claims.c.claimant)
    )
    hits = {str(name): int(count) for name, count in connection.execute(statement)}
    return _ranked_hits("claimant", hits, limit)


def _search_articles(connection: Connection, needle: str, limit: int) -> list[SearchHit]:
    count = (
        select(func.count())
        .select_from(events)
        .join(documents, documents.c.id == events.c.document_id)
        .where(documents.c.article_id == articles.c.id)
        .scalar_subquery()
    )
    statement = (
        select(articles.c.id, articles.c.title, count)
        .where(articles.c.title.icontains(needle, autoescape=True))
        .order_by(articles.c.published.desc(), articles.c.id)
        .limit(limit)
    )
    return [
        SearchHit(kind="article", label=str(title), id=str(article_id), events=int(n))
        for article_id, title, n in connection.execute(statement)
    ]


def _ranked_hits(kind: str, hits: dict[str, int], limit: int) -> list[SearchHit]:
    ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [SearchHit(kind=kind, label=name, id=None, events=count) for name, count in ranked]


# --- the in-memory columns ------------------------------------------------------------------------
# SQLite answers a bbox + date page or a grouped time series over a million rows in 0.1-3 s (a time
# series visits every matching row; an actor filter is a substring scan). The API reads the same few
# columns again and again, so the views load them once into numpy arrays (about 100 bytes an event,
# 2-4 s per million on first use) and answer with vectorised masks in milliseconds. The semantics match
# ``queries.event_conditions`` for every filter but ``claimant`` and ``text`` (they need the claims and
# documents tables; ``supports`` says when the columns may answer). They reload when events are added.
Codes = npt.NDArray[np.int32]
UNDATED = -1  # the day ordinal of an undated event
_DENSE_CELLS = 4_000_000  # period x group cells counted with bincount (32 MB) rather than a sort

_LOADED = (
    events.c.id,
    type_coerce(events.c.event_date, String).label("event_date"),  # ISO text: numpy parses it in bulk
    events.c.event_type,
    events.c.sub_event_type,
    events.c.actor1,
    events.c.admin1,
    events.c.country,
    events.c.country_key,
    events.c.admin1_key,
    events.c.actors_key,
    events.c.latitude,
    events.c.longitude,
    events.c.fatalities,
)
_CODED = (
    "event_type",
    "sub_event_type",
    "actor1",
    "admin1",
    "country",
    "country_key",
    "admin1_key",
    "actors_key",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Vocabulary:
    """The distinct values of one text column; ``codes[i]`` indexes ``values``."""

    values: tuple[str | None, ...]
    codes: Codes

    def matching(self, wanted: Sequence[str], window: slice) -> npt.NDArray[np.bool_]:
        """Rows of ``window`` whose value is one of ``wanted``."""
        keep = set(wanted)
        found = [i for i, v in enumerate(self.values) if v in keep]
        return np.isin(self.codes[window], np.array(found, dtype=np.int32))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventColumns:
    version: int  # the events table's state when loaded (see table_version)
    ids: npt.NDArray[np.object_]
    day: Codes  # date ordinal, UNDATED when missing
    latitude: npt.NDArray[np.float64]  # NaN when missing
    longitude: npt.NDArray[np.float64]
    fatalities: npt.NDArray[np.int64]
    text: dict[str, Vocabulary]  # _CODED column -> its vocabulary

    @property
    def size(self) -> int:
        return len(self.ids)


def table_version(connection: Connection) -> int:
    """Changes whenever events are added (SQLite: the largest rowid; elsewhere: the row count)."""
    largest = func.max(literal_column("rowid")) if plans_indexes(connection) else func.count()
    return int(connection.execute(select(largest).select_from(events)).scalar_one() or 0)


def load_columns(connection: Connection) -> EventColumns:
    """Every event's filter columns, rows sorted in the store's order (newest first, undated last, then id)."""
    version = table_version(connection)
    rows = connection.execute(select(*_LOADED)).all()
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in _LOADED]
    by_name = dict(zip([c.name for c in _LOADED], columns, strict=True))
    day = _day_ordinals(by_name["event_date"])
    ids = np.array(by_name["id"], dtype=object)
    order = _store_order(ids, day)
    loaded = EventColumns(
        version=version,
        ids=ids[order],
        day=day[order],
        latitude=np.array([np.nan if v is None else v for v in by_name["latitude"]], dtype=np.float64)[order],
        longitude=np.array([np.nan if v is None else v for v in by_name["longitude"]], dtype=np.float64)[
            order
        ],
        fatalities=np.array(by_name["fatalities"], dtype=np.int64)[order],
        text={name: _vocabulary(by_name[name], order) for name in _CODED},
    )
    logger.info("loaded %s events' columns into memory", loaded.size)
    return loaded


def _day_ordinals(values: Sequence[str | None]) -> Codes:
    """``YYYY-MM-DD`` texts (or None) -> date ordinals (UNDATED for None), parsed by numpy in bulk."""
    parsed = np.array([v if v else "NaT" for v in values], dtype="datetime64[D]")
    days = (parsed - np.datetime64("1970-01-01", "D")).astype(np.int64) + date(1970, 1, 1).toordinal()
    return np.where(np.isnat(parsed), UNDATED, days).astype(np.int32)


def _vocabulary(values: Sequence[Any], order: npt.NDArray[np.intp]) -> Vocabulary:
    distinct = tuple(dict.fromkeys(values))  # first-seen order; C loops only (1,000,000 values in ~0.2 s)
    index = {value: code for code, value in enumerate(distinct)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int32, count=len(values))
    return Vocabulary(values=distinct, codes=codes[order])


def _store_order(ids: npt.NDArray[np.object_], day: Codes) -> npt.NDArray[np.intp]:
    if not len(ids):
        return np.zeros(0, dtype=np.intp)
    by_id = np.argsort(ids, kind="stable")
    undated = (day[by_id] == UNDATED).astype(np.int8)
    newest_first = np.lexsort((-day[by_id].astype(np.int64), undated))  # last key sorts first
    return by_id[newest_first]


def supports(query: EventQuery) -> bool:
    """Whether :func:`matching` can answer ``query`` (claimant and text filters need SQL)."""
    return query.claimant is None and query.text is None


def matching(columns: EventColumns, query: EventQuery) -> npt.NDArray[np.bool_]:
    """A row mask equal to ``queries.event_conditions(query)``; call only when :func:`supports`.

    Rows are in date order, so the date range is a contiguous window found by binary search; the
    other filters only look inside it.
    """
    window = _date_window(columns, query)
    mask = np.zeros(columns.size, dtype=bool)
    inside = np.ones(window.stop - window.start, dtype=bool)
    if query.event_types:
        inside &= columns.text["event_type"].matching(query.event_types, window)
    if query.sub_event_types:
        inside &= columns.text["sub_event_type"].matching(query.sub_event_types, window)
    if query.event_ids:
        inside &= np.isin(columns.ids[window], np.array(query.event_ids, dtype=object))
    if query.min_fatalities is not None:
        inside &= columns.fatalities[window] >= query.min_fatalities
    mask[window] = inside & _places(columns, query, window) & _actor(columns, query, window)
    return mask


def _date_window(columns: EventColumns, query: EventQuery) -> slice:
    """The rows whose date is inside ``since..until`` (rows run newest first, undated last)."""
    newest_first = -columns.day.astype(np.int64)  # ascending; undated rows (day -1) come last
    start, stop = 0, columns.size
    if query.until is not None:
        start = int(np.searchsorted(newest_first, -query.until.toordinal(), side="left"))
        stop = int(np.searchsorted(newest_first, -UNDATED, side="left"))  # no undated events
    if query.since is not None:
        stop = min(stop, int(np.searchsorted(newest_first, -query.since.toordinal(), side="right")))
    return slice(start, max(start, stop))


def _places(columns: EventColumns, query: EventQuery, window: slice) -> npt.NDArray[np.bool_]:
    mask = np.ones(window.stop - window.start, dtype=bool)
    for name, value in (("country_key", query.country), ("admin1_key", query.admin1)):
        if value is not None:
            mask &= columns.text[name].matching([value.strip().casefold()], window)
    if query.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = query.bbox
        latitude, longitude = columns.latitude[window], columns.longitude[window]
        with np.errstate(invalid="ignore"):
            mask &= (latitude >= min_lat) & (latitude <= max_lat)
            if min_lon <= max_lon:
                mask &= (longitude >= min_lon) & (longitude <= max_lon)
            else:  # crosses the antimeridian
                mask &= (longitude >= min_lon) | (longitude <= max_lon)
    return mask


def _actor(columns: EventColumns, query: EventQuery, window: slice) -> npt.NDArray[np.bool_]:
    if query.actor is None:
        return np.ones(window.stop - window.start, dtype=bool)
    needle = query.actor.strip().casefold()
    if ACTOR_SEPARATOR in needle:
        return np.zeros(window.stop - window.start, dtype=bool)
    vocabulary = columns.text["actors_key"]
    wanted = [v for v in vocabulary.values if v is not None and needle in v]
    return vocabulary.matching(wanted, window)


def page(columns: EventColumns, mask: npt.NDArray[np.bool_], *, limit: int | None, offset: int) -> list[str]:
    """The ids of one page of matching events, in the store's order."""
    end = None if limit is None else offset + limit
    return [str(i) for i in columns.ids[np.flatnonzero(mask)[offset:end]]]


def period_counts(
    columns: EventColumns, mask: npt.NDArray[np.bool_], key: str | None, interval: Interval
) -> list[tuple[date, str | None, int, int]]:
    """``(period, key value, events, fatalities)`` per day or ISO week and value of ``key`` (None: in total)."""
    selected = mask & (columns.day != UNDATED)
    days = columns.day[selected].astype(np.int64)
    if interval is Interval.WEEK:
        days -= (days - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
    codes = columns.text[key].codes[selected].astype(np.int64) if key else np.zeros(len(days), dtype=np.int64)
    width = len(columns.text[key].values) if key else 1
    first = int(days.min()) if len(days) else 0
    cells = (days - first) * width + codes
    weights = columns.fatalities[selected]
    if len(days) and int(cells.max()) < _DENSE_CELLS:  # one pass, no sort
        counts = np.bincount(cells)
        fatalities = np.bincount(cells, weights=weights, minlength=len(counts))
        combined = np.flatnonzero(counts)
        counts, fatalities = counts[combined], fatalities[combined]
    else:
        combined, inverse, counts = np.unique(cells, return_inverse=True, return_counts=True)
        fatalities = np.bincount(inverse, weights=weights, minlength=len(combined))
    combined = combined + first * width
    values: tuple[str | None, ...] = columns.text[key].values if key else ("total",)
    return [
        (date.fromordinal(int(c // width)), values[int(c % width)], int(n), int(f))
        for c, n, f in zip(combined, counts, fatalities, strict=True)
    ]


__all__ = [
    "AnalyticViews",
    "ArticleView",
    "EventColumns",
    "EventMatch",
    "EvidenceSpan",
    "Interval",
    "NamedCount",
    "PlaceCount",
    "SearchHit",
    "SeriesGroup",
    "SeriesPoint",
    "SqlViews",
    "fold_series",
    "load_columns",
    "matching",
    "open_views",
    "page",
    "period_counts",
    "period_of",
    "supports",
]
