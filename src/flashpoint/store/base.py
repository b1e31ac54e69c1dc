"""The store's interface: what the pipeline, the API and the exports may ask of a database.

Nothing here mentions SQL. ``sql.SqlStore`` is the implementation; ``open_store`` in the package
``__init__`` picks it for a path or URL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from flashpoint.articles.model import Article
from flashpoint.documents.model import Document
from flashpoint.errors import StoreError
from flashpoint.events.model import Event

BBox = tuple[float, float, float, float]
"""``(min_lon, min_lat, max_lon, max_lat)``; ``min_lon > max_lon`` means the box crosses the antimeridian."""


class SaveOutcome(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # an article with the same content hash is already stored; nothing written


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Filters over stored events; every filter left at its default matches everything.

    Results are ordered by ``event_date`` descending (undated events last), then ``id``.
    """

    since: date | None = None  # inclusive, on event_date
    until: date | None = None  # inclusive, on event_date
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    actor: str | None = None  # case-insensitive substring of actor1/actor2/assoc_actor_1/assoc_actor_2
    country: str | None = None  # case-insensitive exact
    admin1: str | None = None  # case-insensitive exact
    bbox: BBox | None = None
    min_fatalities: int | None = None
    event_ids: tuple[str, ...] = ()  # only these events (exact ids)
    claimant: str | None = None  # events with a claim whose claimant contains this (case-insensitive)
    text: str | None = None  # case-insensitive substring of the event's evidence or its document's text
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"EventQuery limit {self.limit} is negative; pass 0 or more", code="E310")
        if self.offset < 0:
            raise StoreError(f"EventQuery offset {self.offset} is negative; pass 0 or more", code="E310")
        if self.since and self.until and self.since > self.until:
            raise StoreError(
                f"EventQuery since {self.since} is after until {self.until}; swap them", code="E310"
            )
        if self.bbox is not None:
            _check_bbox(self.bbox)


def _check_bbox(bbox: BBox) -> None:
    min_lon, min_lat, max_lon, max_lat = bbox
    if min_lat > max_lat:
        raise StoreError(
            f"EventQuery bbox {bbox} has min_lat above max_lat; "
            "the order is (min_lon, min_lat, max_lon, max_lat)",
            code="E310",
        )
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise StoreError(f"EventQuery bbox {bbox} is outside longitude ±180 / latitude ±90", code="E310")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRecord:
    """An Event plus where it came from (for exports and the API)."""

    event: Event
    article_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    ingested_at: datetime  # timezone-aware, UTC
    summary: str  # the document sentence(s) holding the event's evidence


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    articles: int
    documents: int
    events: int
    claims: int
    rejections: dict[str, int]  # reason -> count


class Store(Protocol):
    """A database of coded articles. One writer, any number of read-only readers."""

    def migrate(self) -> None:
        """Bring the database to the newest schema version (a no-op when it is current)."""

    def has_content(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored."""

    def save_article(self, article: Article, document: Document, events: Sequence[Event]) -> SaveOutcome:
        """Store the article, its document and events in one transaction (all or nothing)."""

    def save_rejection(
        self, *, item_id: str, source: str, reason: str, detail: str, content_hash: str | None
    ) -> None:
        """Record that an item was not coded, and why."""

    def events(self, query: EventQuery) -> list[EventRecord]:
        """Events matching ``query``, ordered by event_date descending, then id."""

    def iter_events(self, query: EventQuery, *, batch_size: int = 500) -> Iterator[EventRecord]:
        """Like :meth:`events`, but streamed in batches (for exports of the whole database)."""

    def count_events(self, query: EventQuery) -> int:
        """How many events match ``query`` (ignoring ``limit`` and ``offset``)."""

    def get_document(self, document_id: str) -> Document | None: ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...


__all__ = ["BBox", "EventQuery", "EventRecord", "SaveOutcome", "Store", "StoreCounts"]
