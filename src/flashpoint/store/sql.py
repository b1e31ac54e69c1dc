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
from flashpoint.store import migrations, queries, rows, schema
from flashpoint.store.base import EventQuery, EventRecord, SaveOutcome, Store, StoreCounts
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

    def save_article(self, article: Article, document: Document, events: Sequence[Event]) -> SaveOutcome:
        self._require_writable(f"save article {article.id!r}")
        _check_belongs(article, document, events)
        try:
            with self._translate(f"save article {article.id!r} to"), write_transaction(self._engine) as conn:
                if _content_stored(conn, article.content_hash):
                    return SaveOutcome.DUPLICATE
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
    statement = select(schema.articles.c.id).where(schema.articles.c.content_hash == content_hash).limit(1)
    return connection.execute(statement).first() is not None


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
