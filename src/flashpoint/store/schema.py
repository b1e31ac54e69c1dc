"""The newest database schema, as SQLAlchemy Core tables (dialect-neutral types only).

These objects are what the queries use. They are NOT what creates the database: ``migrations.py``
does, step by step, and a test checks that a migrated database matches the tables below. When the
schema changes, add a migration step and update this module in the same commit.

``*_key`` columns hold ``str.casefold()`` forms written by the store, so case-insensitive filters
compare Unicode text correctly and can use an index on every database engine.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
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

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String, nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("outlet", Text),
    Column("url", Text),
    Column("paragraphs", JSON, nullable=False),  # [[start, end], ...]
    Column("sentences", JSON, nullable=False),  # [[start, end, paragraph], ...]
    Column("removed", JSON, nullable=False),  # [{"kind": ..., "text": ...}, ...]
)

events = Table(
    "events",
    metadata,
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
    Column("notes", JSON, nullable=False),  # ["caveat", ...]
    Column("extractor", String, nullable=False),
    Column("extractor_version", String, nullable=False),
    Column("summary", Text, nullable=False),  # the document sentence(s) holding the evidence
    Column("country_key", Text),
    Column("admin1_key", Text),
    Column("actors_key", Text, nullable=False),  # the four actor fields, casefolded, separated by \x1f
)

claims = Table(
    "claims",
    metadata,
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

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("field", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("reason", String, nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("content_hash", String),  # added by migration 2
)

settings = Table(
    "settings",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

# Added by migration 3: incidents (the JSON contract in ``data``, filter columns beside it), which
# event belongs to which incident, users' splits, and article fingerprints with their LSH band keys.
incidents = Table(
    "incidents",
    metadata,
    Column("id", String, primary_key=True),
    Column("event_type", String, nullable=False),
    Column("sub_event_type", String, nullable=False),
    Column("first_date", Date),
    Column("last_date", Date),
    Column("country", Text),
    Column("admin1", Text),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("fatalities", Integer, nullable=False),  # the conservative figure
    Column("source_count", Integer, nullable=False),
    Column("member_count", Integer, nullable=False),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("data", JSON, nullable=False),  # incidents.serialize.incident_to_dict
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("country_key", Text),
    Column("actors_key", Text, nullable=False),
)

incident_members = Table(
    "incident_members",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", String, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
)

incident_splits = Table(
    "incident_splits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String, nullable=False),
    Column("new_incident_id", String, nullable=False),
    Column("moved", JSON, nullable=False),  # [event_id, ...]
    Column("kept", JSON, nullable=False),  # [event_id, ...]
    Column("at", DateTime(timezone=True), nullable=False),
)

article_fingerprints = Table(
    "article_fingerprints",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),  # MinHash values, uint32 little-endian
    Column("duplicate_of", String),  # the earlier stored article this one nearly duplicates
    Column("source_key", String, nullable=False),  # the independent source the article counts as
)

fingerprint_bands = Table(
    "fingerprint_bands",
    metadata,
    Column("band_key", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

# Added by migration 2. The two coordinate/date indexes cover a bbox + date filter entirely inside
# the index (see queries.py for how one of them is chosen); the others serve an equality filter
# and keep its events in date order.
Index("ix_events_date_lat_lon", events.c.event_date, events.c.latitude, events.c.longitude, events.c.id)
Index("ix_events_lat_lon_date", events.c.latitude, events.c.longitude, events.c.event_date, events.c.id)
Index("ix_events_type_date", events.c.event_type, events.c.event_date)
Index("ix_events_country_date", events.c.country_key, events.c.event_date)
Index("ix_events_admin1_date", events.c.admin1_key, events.c.event_date)
Index("ix_events_document_id", events.c.document_id)
Index("ix_documents_article_id", documents.c.article_id)
Index("ix_rejections_content_hash", rejections.c.content_hash)
# Added by migration 3.
Index("ix_incidents_first_date", incidents.c.first_date, incidents.c.last_date)
Index("ix_incidents_country_date", incidents.c.country_key, incidents.c.first_date)
Index("ix_incident_members_incident_id", incident_members.c.incident_id)
Index("ix_fingerprint_bands_article_id", fingerprint_bands.c.article_id)

__all__ = [
    "article_fingerprints",
    "articles",
    "claims",
    "documents",
    "events",
    "evidence",
    "fingerprint_bands",
    "incident_members",
    "incident_splits",
    "incidents",
    "metadata",
    "rejections",
    "schema_version",
    "settings",
]
