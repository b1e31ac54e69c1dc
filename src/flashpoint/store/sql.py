"""``SqlStore``: the Store over SQLAlchemy Core (SQLite by default; the dialect lives in ``engine.py``)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Self

from sqlalchemy import Connection, Engine, RowMapping, Table, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from flashpoint.articles.model import Article
from flashpoint.documents.model import Document
from flashpoint.errors import StoreError
from flashpoint.events.model import Event
from flashpoint.incidents.cluster import split_members
from flashpoint.incidents.fingerprint import Fingerprint
from flashpoint.incidents.model import Incident, SplitRecord
from flashpoint.store import migrations, queries, rows, schema
from flashpoint.store.base import (
    EventQuery,
    EventRecord,
    IncidentQuery,
    SaveOutcome,
    Store,
    StoreCounts,
    StoredFingerprint,
)
from flashpoint.store.engine import plans_indexes, read_transaction, write_transaction

logger = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SqlStore:
    """One database. Open it read-write in one process (the writer) and read-only everywhere else.

    ``name`` is how messages refer to the database (its path, or its URL without the password).
    ``clock`` stamps ``ingested_at`` and rejections; tests pass a fixed one.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        name: str,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._engine = engine
        self._name = name
        self._read_only = read_only
        self._clock = clock or _utc_now

    @property
    def read_only(self) -> bool:
        return self._read_only

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------------------------
    def migrate(self) -> None:
        if self._read_only:
            self._require_current_schema()
            return
        with self._translate("migrate"):
            migrations.migrate(self._engine, name=self._name)

    def _require_current_schema(self) -> None:
        with self._translate("read the schema version of"), read_transaction(self._engine) as connection:
            version = migrations.current_version(connection)
        migrations.refuse_newer(version, self._name)
        if version < migrations.LATEST_VERSION:
            raise StoreError(
                f"{self._name} is at schema version {version}, this Flashpoint needs "
                f"{migrations.LATEST_VERSION}; open it once read-write (not read-only) to migrate it",
                code="E306",
            )

    # --- writing --------------------------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        with self._translate("look up a content hash in"), read_transaction(self._engine) as connection:
            return _content_stored(connection, content_hash)

    def stored_contents(self, content_hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self._translate("look up content hashes in"), read_transaction(self._engine) as connection:
            for start in range(0, len(content_hashes), _IN_BATCH):
                params = {"content_hashes": list(content_hashes[start : start + _IN_BATCH])}
                found.update(str(h) for (h,) in connection.execute(queries.SELECT_STORED_CONTENTS, params))
        return found

    def save_article(self, article: Article, document: Document, events: Sequence[Event]) -> SaveOutcome:
        self._require_writable(f"save article {article.id!r}")
        _check_belongs(article, document, events)
        try:
            with self._translate(f"save article {article.id!r} to"), write_transaction(self._engine) as conn:
                # no look-up first: the unique content hash refuses a duplicate, and the whole
                # transaction rolls back (one statement less per article)
                _insert_article(conn, article, document, events, self._now())
        except IntegrityError as error:
            if self.has_content(article.content_hash):
                return SaveOutcome.DUPLICATE
            raise StoreError(
                f"could not save article {article.id!r} to {self._name}: {error.orig}; nothing of the "
                "article was written. Article, document and event ids must be unique: "
                "re-ingest with distinct ids",
                code="E307",
            ) from error
        return SaveOutcome.STORED

    def save_rejection(
        self, *, item_id: str, source: str, reason: str, detail: str, content_hash: str | None
    ) -> None:
        self._require_writable(f"record the rejection of {item_id!r}")
        row = {
            "item_id": item_id,
            "source": source,
            "reason": str(reason),
            "detail": detail,
            "content_hash": content_hash,
            "at": self._now(),
        }
        with (
            self._translate(f"record the rejection of {item_id!r} in"),
            write_transaction(self._engine) as conn,
        ):
            conn.execute(schema.rejections.insert(), row)

    # --- reading --------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> list[EventRecord]:
        return list(self.iter_events(query))

    def iter_events(self, query: EventQuery, *, batch_size: int = 500) -> Iterator[EventRecord]:
        if batch_size < 1:
            raise StoreError(f"batch_size {batch_size} must be at least 1", code="E310")
        with self._translate("read events from"), read_transaction(self._engine) as connection:
            plan = _plan(connection, query)
            result = connection.execute(queries.select_events(query, plan)).mappings()
            while batch := result.fetchmany(batch_size):
                yield from _load_records(connection, batch)

    def count_events(self, query: EventQuery) -> int:
        with self._translate("count events in"), read_transaction(self._engine) as connection:
            plan = _plan(connection, query)
            return int(connection.execute(queries.count_events(query, plan)).scalar_one())

    def get_document(self, document_id: str) -> Document | None:
        statement = select(schema.documents).where(schema.documents.c.id == document_id)
        with self._translate(f"read document {document_id!r} from"), read_transaction(self._engine) as conn:
            row = conn.execute(statement).mappings().first()
        return None if row is None else rows.document_from_row(row)

    # --- incidents ------------------------------------------------------------------------------
    def save_incidents(self, incidents: Sequence[Incident]) -> None:
        if not incidents:
            return
        self._require_writable(f"save {len(incidents)} incident(s)")
        now = self._now()
        with self._translate("save incidents to"), write_transaction(self._engine) as connection:
            _replace_incidents(connection, incidents, now)

    def clear_incidents(self) -> None:
        self._require_writable("delete the incidents")
        with self._translate("delete incidents from"), write_transaction(self._engine) as connection:
            connection.execute(schema.incident_members.delete())
            connection.execute(schema.incidents.delete())

    def incidents(self, query: IncidentQuery) -> list[Incident]:
        return list(self.iter_incidents(query))

    def iter_incidents(self, query: IncidentQuery, *, batch_size: int = 500) -> Iterator[Incident]:
        if batch_size < 1:
            raise StoreError(f"batch_size {batch_size} must be at least 1", code="E310")
        with self._translate("read incidents from"), read_transaction(self._engine) as connection:
            result = connection.execute(queries.select_incidents(query)).mappings()
            while batch := result.fetchmany(batch_size):
                yield from (rows.incident_from_row(row) for row in batch)

    def count_incidents(self, query: IncidentQuery) -> int:
        with self._translate("count incidents in"), read_transaction(self._engine) as connection:
            return int(connection.execute(queries.count_incidents(query)).scalar_one())

    def get_incident(self, incident_id: str) -> Incident | None:
        found = self.incidents(IncidentQuery(incident_ids=(incident_id,), limit=1))
        return found[0] if found else None

    def incident_ids_for_events(self, event_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        with self._translate("read incident members from"), read_transaction(self._engine) as connection:
            for start in range(0, len(event_ids), _IN_BATCH):
                statement = queries.select_incident_ids_for_events(event_ids[start : start + _IN_BATCH])
                found.update({str(e): str(i) for e, i in connection.execute(statement)})
        return found

    def split_incident(self, incident_id: str, moved: Sequence[str]) -> tuple[Incident, Incident]:
        self._require_writable(f"split incident {incident_id!r}")
        now = self._now()
        with self._translate(f"split incident {incident_id!r} in"), write_transaction(self._engine) as conn:
            row = conn.execute(
                queries.select_incidents(IncidentQuery(incident_ids=(incident_id,)))
            ).mappings()
            found = row.first()
            if found is None:
                raise StoreError(
                    f"no incident {incident_id!r} in {self._name}; list them with `flashpoint incidents`",
                    code="E311",
                )
            split_id = _next_split_id(conn)
            kept, new, record = split_members(rows.incident_from_row(found), moved, split_id=split_id)
            _replace_incidents(conn, (kept, new), now)
            conn.execute(schema.incident_splits.insert(), rows.split_row(record, now))
        return kept, new

    def incident_splits(self) -> list[SplitRecord]:
        statement = select(schema.incident_splits).order_by(schema.incident_splits.c.id)
        with self._translate("read incident splits from"), read_transaction(self._engine) as connection:
            return [rows.split_from_row(row) for row in connection.execute(statement).mappings()]

    def save_fingerprint(
        self, article_id: str, fingerprint: Fingerprint, *, source_key: str, duplicate_of: str | None
    ) -> None:
        record = StoredFingerprint(
            article_id=article_id, fingerprint=fingerprint, source_key=source_key, duplicate_of=duplicate_of
        )
        self.save_fingerprints([record])

    def save_fingerprints(self, records: Sequence[StoredFingerprint]) -> None:
        if not records:
            return
        self._require_writable(f"save the fingerprints of {len(records)} article(s)")
        ids = [r.article_id for r in records]
        fingerprints, band_table = schema.article_fingerprints, schema.fingerprint_bands
        with self._translate("save fingerprints to"), write_transaction(self._engine) as connection:
            for start in range(0, len(ids), _IN_BATCH):
                chunk = ids[start : start + _IN_BATCH]
                connection.execute(fingerprints.delete().where(fingerprints.c.article_id.in_(chunk)))
                connection.execute(band_table.delete().where(band_table.c.article_id.in_(chunk)))
            connection.execute(fingerprints.insert(), [rows.fingerprint_row(r) for r in records])
            connection.execute(band_table.insert(), [row for r in records for row in rows.band_rows(r)])

    def has_fingerprints(self) -> bool:
        with self._translate("look up fingerprints in"), read_transaction(self._engine) as connection:
            return connection.execute(queries.SELECT_ANY_FINGERPRINT).first() is not None

    def fingerprint_candidates(self, fingerprint: Fingerprint) -> list[StoredFingerprint]:
        statement, params = queries.SELECT_FINGERPRINTS_SHARING_BANDS, {"band_keys": list(fingerprint.bands)}
        with self._translate("look up fingerprints in"), read_transaction(self._engine) as connection:
            found = connection.execute(statement, params).mappings()
            return [rows.stored_fingerprint_from_row(row) for row in found]

    def get_fingerprint(self, article_id: str) -> StoredFingerprint | None:
        table = schema.article_fingerprints
        statement = select(table).where(table.c.article_id == article_id)
        with self._translate("read a fingerprint from"), read_transaction(self._engine) as connection:
            row = connection.execute(statement).mappings().first()
        return None if row is None else rows.stored_fingerprint_from_row(row)

    def counts(self) -> StoreCounts:
        by_reason = select(schema.rejections.c.reason, func.count()).group_by(schema.rejections.c.reason)
        with self._translate("count rows in"), read_transaction(self._engine) as connection:
            return StoreCounts(
                articles=_count(connection, schema.articles),
                documents=_count(connection, schema.documents),
                events=_count(connection, schema.events),
                claims=_count(connection, schema.claims),
                rejections={str(reason): int(n) for reason, n in connection.execute(by_reason)},
            )

    def close(self) -> None:
        self._engine.dispose()

    # --- helpers --------------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def _require_writable(self, action: str) -> None:
        if self._read_only:
            raise StoreError(
                f"cannot {action}: {self._name} was opened read-only; "
                "open it with read_only=False in the one writing process",
                code="E304",
            )

    @contextmanager
    def _translate(self, action: str) -> Iterator[None]:
        """Turn driver errors (locked, read-only file, disk full) into a StoreError naming the database."""
        try:
            yield
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise StoreError(
                f"could not {action} {self._name}: {error.orig}; check the file is a Flashpoint "
                "database, writable, and not locked by another writer",
                code="E305",
            ) from error


def _check_belongs(article: Article, document: Document, events: Sequence[Event]) -> None:
    if document.article_id != article.id:
        raise StoreError(
            f"document {document.id!r} belongs to article {document.article_id!r}, not {article.id!r}; "
            "save each article with the document made from it",
            code="E308",
        )
    for event in events:
        if event.document_id != document.id:
            raise StoreError(
                f"event {event.id!r} was coded from document {event.document_id!r}, not {document.id!r}; "
                "save each document with its own events",
                code="E308",
            )


def _content_stored(connection: Connection, content_hash: str) -> bool:
    return (
        connection.execute(queries.SELECT_CONTENT_STORED, {"content_hash": content_hash}).first() is not None
    )


def _insert_article(
    connection: Connection, article: Article, document: Document, events: Sequence[Event], now: datetime
) -> None:
    connection.execute(schema.articles.insert(), rows.article_row(article, now))
    connection.execute(schema.documents.insert(), rows.document_row(document))
    _insert_many(connection, schema.events, [rows.event_row(event, document) for event in events])
    _insert_many(connection, schema.claims, [row for event in events for row in rows.claim_rows(event)])
    _insert_many(connection, schema.evidence, [row for event in events for row in rows.evidence_rows(event)])


def _insert_many(connection: Connection, table: Table, params: list[rows.SqlParams]) -> None:
    if params:
        connection.execute(table.insert(), params)


_IN_BATCH = 500  # ids per IN (...) list: below SQLite's default limit of bound parameters


def _replace_incidents(connection: Connection, incidents: Sequence[Incident], now: datetime) -> None:
    """Delete these incidents and any member rows of their events, then insert them afresh."""
    ids = [incident.id for incident in incidents]
    event_ids = [e for incident in incidents for e in incident.event_ids]
    members, table = schema.incident_members, schema.incidents
    for start in range(0, len(ids), _IN_BATCH):
        chunk = ids[start : start + _IN_BATCH]
        connection.execute(members.delete().where(members.c.incident_id.in_(chunk)))
        connection.execute(table.delete().where(table.c.id.in_(chunk)))
    for start in range(0, len(event_ids), _IN_BATCH):
        connection.execute(
            members.delete().where(members.c.event_id.in_(event_ids[start : start + _IN_BATCH]))
        )
    _insert_many(connection, table, [rows.incident_row(incident, now) for incident in incidents])
    _insert_many(
        connection, members, [row for incident in incidents for row in rows.incident_member_rows(incident)]
    )


def _next_split_id(connection: Connection) -> int:
    latest = connection.execute(select(func.max(schema.incident_splits.c.id))).scalar_one()
    return int(latest or 0) + 1


def _plan(connection: Connection, query: EventQuery) -> queries.IndexPlan:
    if not (queries.needs_extent(query) and plans_indexes(connection)):
        return queries.IndexPlan.PLANNER
    first_date, last_date, min_lat, max_lat, rows_ = connection.execute(queries.select_extent()).one()
    extent = queries.Extent(
        first_date=first_date, last_date=last_date, min_lat=min_lat, max_lat=max_lat, rows=rows_ or 0
    )
    return queries.choose_plan(query, extent)


def _load_records(connection: Connection, batch: Sequence[RowMapping]) -> list[EventRecord]:
    """Claims and evidence for a whole batch in one IN query each (no query per event)."""
    ids = [row["id"] for row in batch]
    claims_by_event = _group_by_event(connection.execute(queries.select_claims(ids)).mappings().all())
    evidence_by_event = _group_by_event(connection.execute(queries.select_evidence(ids)).mappings().all())
    return [
        rows.record_from_row(
            row, rows.event_from_rows(row, claims_by_event[row["id"]], evidence_by_event[row["id"]])
        )
        for row in batch
    ]


def _group_by_event(result: Sequence[RowMapping]) -> defaultdict[str, list[RowMapping]]:
    grouped: defaultdict[str, list[RowMapping]] = defaultdict(list)
    for row in result:
        grouped[row["event_id"]].append(row)
    return grouped


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


if TYPE_CHECKING:

    def _conforms(store: SqlStore) -> Store:  # mypy checks SqlStore against the Store protocol
        return store


__all__ = ["SqlStore"]
