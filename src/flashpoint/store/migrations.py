"""Numbered schema migrations; each step runs once, inside its own transaction.

A step is frozen once released: it describes the schema as it was then, so it defines its own
tables instead of importing ``schema.py`` (which always describes the newest schema). To change the
schema, append a step here and update ``schema.py``; ``tests/store`` checks the two agree.

1. base tables: articles, documents, events, claims, evidence, rejections, settings
2. secondary indexes for the query filters (date and coordinates both ways round, type, country,
   admin1, each followed by the date) and the foreign keys, plus ``rejections.content_hash``, so a
   rejection can be tied to the exact bytes that were rejected (re-runs can tell a known-bad item
   from a new one)
3. incidents: ``incidents`` (one row per incident, its JSON contract in ``data`` plus filter columns),
   ``incident_members`` (event -> incident), ``incident_splits`` (users' splits, kept for good),
   ``article_fingerprints`` and ``fingerprint_bands`` (MinHash signatures and LSH band keys of stored
   articles, for near-duplicate lookups), with their indexes
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    Double,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
)
from sqlalchemy.exc import DBAPIError

from flashpoint.errors import StoreError
from flashpoint.store.engine import write_transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


# --- version bookkeeping (created before step 1, never changed) -------------------------------
_bookkeeping = MetaData()
_schema_version = Table(
    "schema_version",
    _bookkeeping,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

# --- step 1: base tables ----------------------------------------------------------------------
_v1 = MetaData()
_v1_articles = Table(
    "articles",
    _v1,
    Column("id", String, primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("outlet", Text),
    Column("format", String, nullable=False),
    Column("content_hash", String, nullable=False, unique=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Table(
    "documents",
    _v1,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String, nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("outlet", Text),
    Column("url", Text),
    Column("paragraphs", JSON, nullable=False),
    Column("sentences", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
)
Table(
    "events",
    _v1,
    Column("id", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_date", Date),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", String, nullable=False),
    Column("sub_event_type", String, nullable=False),
    Column("actor1", Text),
    Column("assoc_actor_1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("assoc_actor_2", Text),
    Column("inter2", Integer),
    Column("country", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("geo_precision", Integer),
    Column("fatalities", Integer, nullable=False),
    Column("injuries", Integer, nullable=False),
    Column("confidence", Double, nullable=False),
    Column("notes", JSON, nullable=False),
    Column("extractor", String, nullable=False),
    Column("extractor_version", String, nullable=False),
    Column("summary", Text, nullable=False),
    Column("country_key", Text),
    Column("admin1_key", Text),
    Column("actors_key", Text, nullable=False),
)
Table(
    "claims",
    _v1,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("field", String, nullable=False),
    Column("value_text", Text),
    Column("value_int", Integer),
    Column("claimant", Text),
    Column("stance", String, nullable=False),
    Column("hedge", Text),
    Column("quantifier", Text),
    Column("victim_group", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Table(
    "evidence",
    _v1,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("field", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Table(
    "rejections",
    _v1,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("reason", String, nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
Table(
    "settings",
    _v1,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)


def _create_base_tables(connection: Connection) -> None:
    _v1.create_all(connection, checkfirst=False)


# --- step 2: indexes and rejections.content_hash ----------------------------------------------
# Partial copies of the tables, holding only the columns this step touches: Index objects bound
# to the step-1 tables would be created by step 1's create_all.
_v2 = MetaData()
_v2_events = Table(
    "events",
    _v2,
    Column("event_date", Date),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("event_type", String),
    Column("country_key", Text),
    Column("admin1_key", Text),
    Column("document_id", String),
    Column("id", String),
)
_v2_documents = Table("documents", _v2, Column("article_id", String))
_v2_rejections = Table("rejections", _v2, Column("content_hash", String))
_V2_INDEXES = (
    Index(
        "ix_events_date_lat_lon",
        _v2_events.c.event_date,
        _v2_events.c.latitude,
        _v2_events.c.longitude,
        _v2_events.c.id,
    ),
    Index(
        "ix_events_lat_lon_date",
        _v2_events.c.latitude,
        _v2_events.c.longitude,
        _v2_events.c.event_date,
        _v2_events.c.id,
    ),
    Index("ix_events_type_date", _v2_events.c.event_type, _v2_events.c.event_date),
    Index("ix_events_country_date", _v2_events.c.country_key, _v2_events.c.event_date),
    Index("ix_events_admin1_date", _v2_events.c.admin1_key, _v2_events.c.event_date),
    Index("ix_events_document_id", _v2_events.c.document_id),
    Index("ix_documents_article_id", _v2_documents.c.article_id),
    Index("ix_rejections_content_hash", _v2_rejections.c.content_hash),
)


def _add_indexes_and_rejection_hash(connection: Connection) -> None:
    varchar = String().compile(dialect=connection.dialect)
    connection.exec_driver_sql(f"ALTER TABLE rejections ADD COLUMN content_hash {varchar}")
    for index in _V2_INDEXES:
        index.create(connection)


# --- step 3: incidents and article fingerprints -----------------------------------------------------
# Partial copies of the referenced tables (their key columns only) so the foreign keys resolve.
_v3 = MetaData()
Table("articles", _v3, Column("id", String, primary_key=True))
Table("events", _v3, Column("id", String, primary_key=True))
_v3_incidents = Table(
    "incidents",
    _v3,
    Column("id", String, primary_key=True),
    Column("event_type", String, nullable=False),
    Column("sub_event_type", String, nullable=False),
    Column("first_date", Date),
    Column("last_date", Date),
    Column("country", Text),
    Column("admin1", Text),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("fatalities", Integer, nullable=False),
    Column("source_count", Integer, nullable=False),
    Column("member_count", Integer, nullable=False),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("country_key", Text),
    Column("actors_key", Text, nullable=False),
)
_v3_members = Table(
    "incident_members",
    _v3,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", String, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
)
Table(
    "incident_splits",
    _v3,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String, nullable=False),
    Column("new_incident_id", String, nullable=False),
    Column("moved", JSON, nullable=False),
    Column("kept", JSON, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
_v3_fingerprints = Table(
    "article_fingerprints",
    _v3,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("duplicate_of", String),
    Column("source_key", String, nullable=False),
)
_v3_bands = Table(
    "fingerprint_bands",
    _v3,
    Column("band_key", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)
_V3_TABLES = ("incidents", "incident_members", "incident_splits", "article_fingerprints", "fingerprint_bands")
_V3_INDEXES = (
    Index("ix_incidents_first_date", _v3_incidents.c.first_date, _v3_incidents.c.last_date),
    Index("ix_incidents_country_date", _v3_incidents.c.country_key, _v3_incidents.c.first_date),
    Index("ix_incident_members_incident_id", _v3_members.c.incident_id),
    Index("ix_fingerprint_bands_article_id", _v3_bands.c.article_id),
)


def _add_incidents(connection: Connection) -> None:
    """The new tables; ``create_all`` also creates the indexes in ``_V3_INDEXES`` (bound to them)."""
    _v3.create_all(connection, tables=[_v3.tables[name] for name in _V3_TABLES], checkfirst=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, description="base tables", apply=_create_base_tables),
    Migration(
        version=2,
        description="query indexes; rejections.content_hash",
        apply=_add_indexes_and_rejection_hash,
    ),
    Migration(
        version=3,
        description="incidents, incident members and splits; article fingerprints",
        apply=_add_incidents,
    ),
)
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Connection) -> int:
    """The schema version of the database (0 for an empty database)."""
    if not inspect(connection).has_table("schema_version"):
        return 0
    return int(connection.execute(select(func.coalesce(func.max(_schema_version.c.version), 0))).scalar_one())


def migrate(engine: Engine, *, target: int = LATEST_VERSION, name: str = "the database") -> int:
    """Apply every step up to ``target`` not yet applied; returns the version reached.

    ``target`` below the newest version exists for tests that need an older database.
    """
    with write_transaction(engine) as connection:
        _schema_version.create(connection, checkfirst=True)
    for step in MIGRATIONS:
        if step.version > target:
            break
        _apply_once(engine, step, name)
    with write_transaction(engine) as connection:
        return current_version(connection)


def _apply_once(engine: Engine, step: Migration, name: str) -> None:
    try:
        with write_transaction(engine) as connection:
            version = current_version(connection)
            refuse_newer(version, name)
            if version >= step.version:
                return
            logger.info("migrating %s to schema version %s (%s)", name, step.version, step.description)
            step.apply(connection)
            connection.execute(
                _schema_version.insert().values(
                    version=step.version, description=step.description, applied_at=datetime.now(UTC)
                )
            )
    except DBAPIError as error:
        raise StoreError(
            f"could not migrate {name} to schema version {step.version} ({step.description}): "
            f"{error.orig}; the step was rolled back. Check the file is a Flashpoint database "
            "and not in use by an older Flashpoint, then retry",
            code="E302",
        ) from error


def refuse_newer(version: int, name: str) -> None:
    """Raise when the database was written by a newer Flashpoint than this one."""
    if version > LATEST_VERSION:
        raise StoreError(
            f"{name} is at schema version {version}, newer than this Flashpoint supports "
            f"({LATEST_VERSION}); upgrade Flashpoint to open it",
            code="E303",
        )


__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "current_version", "migrate", "refuse_newer"]
