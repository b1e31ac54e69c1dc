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
from flashpoint.incidents.fingerprint import Fingerprint
from flashpoint.incidents.model import Incident, SplitRecord

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
class IncidentQuery:
    """Filters over stored incidents; every filter left at its default matches everything.

    ``since``/``until`` match incidents whose date span (first_date..last_date) overlaps the range.
    Results are ordered by ``last_date`` descending (undated incidents last), then ``id``.
    """

    since: date | None = None
    until: date | None = None
    event_types: tuple[str, ...] = ()  # the incident's merged event type or sub-event type
    actor: str | None = None  # case-insensitive substring of any member's actor
    country: str | None = None  # case-insensitive exact
    bbox: BBox | None = None  # on the incident's most precise coordinates
    min_sources: int | None = None  # at least this many independent sources
    min_fatalities: int | None = None  # on the conservative figure
    incident_ids: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"IncidentQuery limit {self.limit} is negative; pass 0 or more", code="E310")
        if self.offset < 0:
            raise StoreError(f"IncidentQuery offset {self.offset} is negative; pass 0 or more", code="E310")
        if self.since and self.until and self.since > self.until:
            raise StoreError(
                f"IncidentQuery since {self.since} is after until {self.until}; swap them", code="E310"
            )
        if self.bbox is not None:
            _check_bbox(self.bbox)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredFingerprint:
    """A stored article's MinHash fingerprint and the independent source it counts as."""

    article_id: str
    fingerprint: Fingerprint
    source_key: str
    duplicate_of: str | None


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

    def stored_contents(self, content_hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored (one look-up for a batch of items)."""

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

    # --- incidents (one writer saves; readers query) ------------------------------------------
    def save_incidents(self, incidents: Sequence[Incident]) -> None:
        """Insert or replace these incidents and their member rows, in one transaction.

        An event belongs to one incident: saving an incident that now holds an event moves the event.
        """

    def clear_incidents(self) -> None:
        """Delete every incident (before a rebuild); users' splits are kept."""

    def incidents(self, query: IncidentQuery) -> list[Incident]:
        """Incidents matching ``query``, ordered by last_date descending, then id."""

    def iter_incidents(self, query: IncidentQuery, *, batch_size: int = 500) -> Iterator[Incident]:
        """Like :meth:`incidents`, streamed in batches (exports, seeding a clusterer)."""

    def count_incidents(self, query: IncidentQuery) -> int:
        """How many incidents match ``query`` (ignoring ``limit`` and ``offset``)."""

    def get_incident(self, incident_id: str) -> Incident | None:
        """One incident by id, or None."""

    def incident_ids_for_events(self, event_ids: Sequence[str]) -> dict[str, str]:
        """event id -> incident id, for those of ``event_ids`` that belong to an incident."""

    def split_incident(self, incident_id: str, moved: Sequence[str]) -> tuple[Incident, Incident]:
        """Move ``moved`` member events of an incident into a new incident, for good.

        Returns (the incident as kept, the new incident). The split is recorded: later clustering never
        puts the two sides together again. Raises ``StoreError`` (E311) for an unknown incident and
        ``incidents.cluster.SplitError`` (E610) when ``moved`` is empty, all members, or not members.
        """

    def incident_splits(self) -> list[SplitRecord]:
        """Every recorded split, oldest first."""

    def save_fingerprint(
        self, article_id: str, fingerprint: Fingerprint, *, source_key: str, duplicate_of: str | None
    ) -> None:
        """Store an article's fingerprint and band keys (replacing any earlier one)."""

    def save_fingerprints(self, records: Sequence[StoredFingerprint]) -> None:
        """Like :meth:`save_fingerprint` for many articles, in one transaction (the ingest batches)."""

    def has_fingerprints(self) -> bool:
        """Whether any article fingerprint is stored."""

    def fingerprint_candidates(self, fingerprint: Fingerprint) -> list[StoredFingerprint]:
        """Stored fingerprints sharing at least one LSH band with ``fingerprint``."""

    def get_fingerprint(self, article_id: str) -> StoredFingerprint | None: ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...


__all__ = [
    "BBox",
    "EventQuery",
    "EventRecord",
    "IncidentQuery",
    "SaveOutcome",
    "Store",
    "StoreCounts",
    "StoredFingerprint",
]
