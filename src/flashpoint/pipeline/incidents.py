"""Keep incidents current as articles are stored: fingerprint, find near duplicates, cluster, save.

Runs in the single writing process. ``IncidentUpdater.add`` takes each stored article's events; its
fingerprint and the incidents it touches are saved every ``flush_every`` articles (one transaction per
batch) and at :meth:`IncidentUpdater.flush`.
Nothing is recomputed from scratch: stored incidents near the new events' dates are loaded once per
month of events (``seed``), so ids stay stable and users' splits hold. ``rebuild_incidents``
recomputes everything from the stored events (after a threshold change, say).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from flashpoint.articles.model import Article
from flashpoint.documents.model import Document
from flashpoint.events.model import Event
from flashpoint.incidents.cluster import IncidentClusterer
from flashpoint.incidents.fingerprint import DuplicateIndex, Fingerprint, best_duplicate, fingerprint_text
from flashpoint.incidents.merge import member_from_event
from flashpoint.incidents.model import IncidentMember, Report
from flashpoint.incidents.similarity import slack_days
from flashpoint.mentions.sources import SourceRegistry
from flashpoint.store.base import EventQuery, EventRecord, IncidentQuery, Store, StoredFingerprint

logger = logging.getLogger(__name__)
_FLUSH_EVERY = 200  # articles between saves: one write transaction per batch, not per article
_SEED_MARGIN = timedelta(days=2 * slack_days(3) + 1)  # the widest date window an event can join across


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSource:
    """The independent source an article counts as, and the earlier article it nearly duplicates."""

    source_key: str
    duplicate_of: str | None


def source_key_for(article: Article, sources: SourceRegistry) -> str:
    """The registry's origin outlet (a republisher counts as the outlet it reposts), else the outlet name,
    else the URL's host, else the article itself."""
    outlet = article.outlet or _registered_outlet(article, sources)
    if outlet:
        return sources.origin(outlet) if sources.normalise(outlet) else " ".join(outlet.split()).casefold()
    host = urlsplit(article.url).hostname if article.url else None
    return host or f"article:{article.id}"


def _registered_outlet(article: Article, sources: SourceRegistry) -> str | None:
    found = sources.outlet_for_url(article.url) if article.url else None
    return found.name if found else None


class IncidentUpdater:
    """Incremental incident maintenance over one store (the writer's)."""

    def __init__(
        self,
        store: Store,
        sources: SourceRegistry,
        *,
        flush_every: int = _FLUSH_EVERY,
        today: date | None = None,
    ) -> None:
        """``today`` stands in as the report date of articles without a publication date."""
        self._store = store
        self._today = today or date.today()
        self._sources = sources
        self._flush_every = flush_every
        self._clusterer: IncidentClusterer | None = None
        self._seeded: set[tuple[int, int]] = set()
        self._pending = 0
        self._touched: set[str] = set()
        self._prints: list[StoredFingerprint] = []  # fingerprints not yet saved
        # this run's fingerprints, so near duplicates within a batch are found before it is saved
        self._session = DuplicateIndex()
        self._session_records: dict[str, StoredFingerprint] = {}
        # whether the store held fingerprints before this run; if not, the session index has them all
        self._store_prints: bool | None = None

    def add(self, article: Article, document: Document, events: Sequence[Event]) -> tuple[str, ...]:
        """Fingerprint a newly stored article and cluster its events; returns their incident ids."""
        origin = self.register_article(article, document)
        if not events:
            self._count_pending()
            return ()
        for event in events:
            self._seed(event.event_date or article.published)
        reported = article.published or self._today
        ids = self._ready().add_report(_report(article, document, events, origin.source_key, reported))
        self._count_pending()
        return ids

    def _count_pending(self) -> None:
        self._pending += 1
        if self._pending >= self._flush_every:
            self.flush()

    def register_article(self, article: Article, document: Document) -> ArticleSource:
        """Fingerprint the article (saved at the next flush); a near duplicate of an article stored
        earlier, or added earlier in this run, shares that article's source."""
        fingerprint = fingerprint_text(document.text)
        known = {c.article_id: c for c in self._stored_candidates(fingerprint)}
        known.update({c.article_id: c for c in self._session_candidates(fingerprint)})
        known.pop(article.id, None)
        match = best_duplicate(fingerprint, ((c.article_id, c.fingerprint) for c in known.values()))
        if match is None:
            origin = ArticleSource(source_key=source_key_for(article, self._sources), duplicate_of=None)
        else:
            original = known[match[0]]
            origin = ArticleSource(source_key=original.source_key, duplicate_of=original.article_id)
            logger.info("article %s nearly duplicates %s (%.2f)", article.id, match[0], match[1])
        record = StoredFingerprint(
            article_id=article.id,
            fingerprint=fingerprint,
            source_key=origin.source_key,
            duplicate_of=origin.duplicate_of,
        )
        self._prints.append(record)
        self._session.add(article.id, fingerprint)
        self._session_records[article.id] = record
        return origin

    def _stored_candidates(self, fingerprint: Fingerprint) -> list[StoredFingerprint]:
        """Articles stored before this run that share a band (this run's own are in the session index)."""
        if self._store_prints is None:
            self._store_prints = self._store.has_fingerprints()
        return self._store.fingerprint_candidates(fingerprint) if self._store_prints else []

    def _session_candidates(self, fingerprint: Fingerprint) -> list[StoredFingerprint]:
        match = self._session.find(fingerprint)
        return [self._session_records[match[0]]] if match else []

    def flush(self) -> int:
        """Save pending fingerprints and every incident changed since the last flush; returns how many."""
        self._store.save_fingerprints(self._prints)
        self._prints = []
        self._pending = 0
        if self._clusterer is None:
            return 0
        changed = self._clusterer.changed()
        self._store.save_incidents(changed)
        self._touched.update(incident.id for incident in changed)
        return len(changed)

    def flush_total(self) -> int:
        """Flush, then return how many distinct incidents this updater created or changed in all."""
        self.flush()
        return len(self._touched)

    def _ready(self) -> IncidentClusterer:
        if self._clusterer is None:
            self._clusterer = IncidentClusterer(splits=self._store.incident_splits())
        return self._clusterer

    def _seed(self, day: date | None) -> None:
        if day is None or (day.year, day.month) in self._seeded:
            return
        self._seeded.add((day.year, day.month))
        first = day.replace(day=1)
        query = IncidentQuery(since=first - _SEED_MARGIN, until=first + timedelta(days=31) + _SEED_MARGIN)
        clusterer = self._ready()
        for incident in self._store.iter_incidents(query):
            clusterer.seed(incident)


def _report(
    article: Article, document: Document, events: Sequence[Event], source_key: str, reported: date
) -> Report:
    text = " ".join([document.title or ""] + [e.text for event in events for e in event.evidence])
    members = tuple(
        member_from_event(
            event,
            article_id=article.id,
            outlet=article.outlet,
            source_key=source_key,
            reported=reported,
            text=text,
        )
        for event in events
    )
    return Report(
        article_id=article.id,
        outlet=article.outlet,
        source_key=source_key,
        reported=reported,
        members=members,
    )


def rebuild_incidents(store: Store, *, batch: int = 2000) -> int:
    """Recompute every incident from the stored events (date order), keeping users' splits.

    Source keys come from the stored article fingerprints (articles stored before incidents existed
    count as their outlet). Returns how many incidents were saved.
    """
    store.clear_incidents()
    clusterer = IncidentClusterer(splits=store.incident_splits())
    members = sorted(_members(store, store.iter_events(EventQuery())), key=_order)
    saved = 0
    for number, member in enumerate(members, start=1):
        clusterer.add(member)
        if number % batch == 0 and member.event_date is not None:
            closed = clusterer.evict_before(member.event_date)
            store.save_incidents(closed)
            saved += len(closed)
    rest = list(clusterer.incidents())
    store.save_incidents(rest)
    return saved + len(rest)


def _members(store: Store, records: Iterable[EventRecord]) -> Iterable[IncidentMember]:
    keys: dict[str, str] = {}
    for record in records:
        if record.article_id not in keys:
            stored = store.get_fingerprint(record.article_id)
            keys[record.article_id] = stored.source_key if stored else (record.outlet or record.article_id)
        yield member_from_event(
            record.event,
            article_id=record.article_id,
            outlet=record.outlet,
            source_key=keys[record.article_id],
            reported=record.published or record.ingested_at.date(),
            text=f"{record.title or ''} {record.summary}",
        )


def _order(member: IncidentMember) -> tuple[int, str]:
    day = member.event_date or member.reported
    return (day.toordinal() if day else 0, member.event_id)


__all__ = ["ArticleSource", "IncidentUpdater", "rebuild_incidents", "source_key_for"]
