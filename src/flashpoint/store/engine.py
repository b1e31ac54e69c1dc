"""Connecting to a database: the one module that knows which database engine is behind the store.

SQLite (the default) gets its pragmas and explicit ``BEGIN`` handling here. Everything else in
``store/`` is dialect-neutral SQLAlchemy Core. A PostgreSQL backend would change only this module:
``resolve_target`` already passes other URLs (``postgresql+psycopg://...``) through, but the
connection setup below (pragmas, ``BEGIN IMMEDIATE``, read-only mode, ``plans_indexes``) is
SQLite's; a PostgreSQL branch would set ``default_transaction_read_only`` for readers instead, and
``ix_events_date_lat_lon`` would want ``event_date DESC NULLS LAST`` (SQLite refuses NULLS in an
index). It is untested here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from flashpoint.errors import StoreError

logger = logging.getLogger(__name__)

_IMMEDIATE = "flashpoint_begin_immediate"
# How long a connection waits for another writer's lock before failing. 5 s covers a pipeline
# committing a large article while the API reads; it is not tuned on measurements.
_BUSY_TIMEOUT_MS = 5000
_MEMORY = ":memory:"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreTarget:
    """Where a store lives: ``path`` is the SQLite file (``None`` for ``:memory:`` and server URLs)."""

    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"


def resolve_target(target: str | Path) -> StoreTarget:
    """Turn a path, ``sqlite:///path`` or another SQLAlchemy URL into a :class:`StoreTarget`."""
    if isinstance(target, Path) or "://" not in target:
        path = Path(target).expanduser()
        return StoreTarget(url=URL.create("sqlite", database=str(path)), path=path)
    try:
        url = make_url(target)
    except ArgumentError as error:
        raise StoreError(
            f"cannot read the store URL {target!r}: {error}; pass a path or a URL", code="E301"
        ) from error
    if url.get_backend_name() != "sqlite":
        return StoreTarget(url=url, path=None)
    database = url.database or _MEMORY
    return StoreTarget(url=url, path=None if database == _MEMORY else Path(database).expanduser())


def create_store_engine(target: StoreTarget, *, read_only: bool) -> Engine:
    """An engine for ``target``; connecting is lazy (no I/O happens here)."""
    if not target.is_sqlite:
        return create_engine(target.url)
    if target.path is None:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif read_only:
        uri = target.path.resolve().as_uri()
        engine = create_engine(URL.create("sqlite", database=uri, query={"mode": "ro", "uri": "true"}))
    else:
        engine = create_engine(URL.create("sqlite", database=str(target.path)))
    event.listen(engine, "connect", _sqlite_setup(read_only=read_only))
    event.listen(engine, "begin", _begin)
    return engine


def _sqlite_setup(*, read_only: bool) -> Any:
    def configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (see _begin): the sqlite3 module's legacy transaction
        # control would otherwise run DDL (migrations) and SELECTs outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA query_only=ON" if read_only else "PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    return configure


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def plans_indexes(connection: Connection) -> bool:
    """Whether the store picks the index for bbox + date queries itself (``queries.choose_plan``).

    Only on SQLite, whose planner has no range statistics; other databases plan with their own.
    """
    return connection.dialect.name == "sqlite"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that takes SQLite's write lock up front, so it never fails halfway on a lock upgrade."""
    with engine.connect() as connection:
        connection.execution_options(**{_IMMEDIATE: True})
        with connection.begin():
            yield connection


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A read transaction: one consistent snapshot for every statement inside it."""
    with engine.connect() as connection, connection.begin():
        yield connection


__all__ = [
    "StoreTarget",
    "create_store_engine",
    "plans_indexes",
    "read_transaction",
    "resolve_target",
    "write_transaction",
]
