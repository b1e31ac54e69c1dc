from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from flashpoint.errors import StoreError
from flashpoint.store import SqlStore, open_store, schema
from flashpoint.store.engine import create_store_engine, resolve_target
from flashpoint.store.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate


def _engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_store_engine(resolve_target(path), read_only=False)


@contextmanager
def _sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path)) as connection, connection:
        yield connection


def _versions(path: Path) -> list[int]:
    with _sqlite(path) as connection:
        return [row[0] for row in connection.execute("SELECT version FROM schema_version ORDER BY version")]


def _index_names(path: Path) -> set[str]:
    with _sqlite(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")
        return {row[0] for row in rows}


def _columns(path: Path, table: str) -> list[str]:
    with _sqlite(path) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def test_migration_steps_are_numbered_one_to_latest() -> None:
    assert [step.version for step in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert LATEST_VERSION >= 2


def test_fresh_database_reaches_latest_version(store: SqlStore, db_path: Path) -> None:
    assert _versions(db_path) == list(range(1, LATEST_VERSION + 1))
    assert db_path.is_file()


def test_migrated_database_matches_schema_module(store: SqlStore, db_path: Path) -> None:
    engine = _engine(db_path)
    try:
        inspector = inspect(engine)
        assert set(inspector.get_table_names()) == set(schema.metadata.tables)
        for name, table in schema.metadata.tables.items():
            assert [c["name"] for c in inspector.get_columns(name)] == [c.name for c in table.columns], name
            reflected = {i["name"]: i["column_names"] for i in inspector.get_indexes(name)}
            declared = {i.name: [c.name for c in i.columns] for i in table.indexes}
            assert reflected == declared, name
    finally:
        engine.dispose()


def test_version_one_database_is_migrated_with_its_rows(db_path: Path) -> None:
    engine = _engine(db_path)
    assert migrate(engine, target=1) == 1
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO rejections (item_id, source, reason, detail, at) "
                "VALUES ('old-1', 'inbox/old.txt', 'not_english', 'French text', '2025-01-02 03:04:05')"
            )
        )
    engine.dispose()
    assert "content_hash" not in _columns(db_path, "rejections")
    assert _index_names(db_path) == set()

    store = open_store(db_path)
    try:
        assert _versions(db_path) == list(range(1, LATEST_VERSION + 1))
        assert "content_hash" in _columns(db_path, "rejections")
        assert "ix_events_lat_lon_date" in _index_names(db_path)
        assert store.counts().rejections == {"not_english": 1}
    finally:
        store.close()


def test_migrate_is_idempotent(store: SqlStore, db_path: Path) -> None:
    store.migrate()
    store.migrate()
    assert _versions(db_path) == list(range(1, LATEST_VERSION + 1))


def test_failed_step_is_rolled_back(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with _sqlite(db_path) as connection:
        connection.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    with pytest.raises(StoreError, match=r"\[E302\].*schema version 1"):
        open_store(db_path)
    with _sqlite(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "articles" not in tables  # created earlier in the same step, then rolled back
    assert _versions(db_path) == []


def test_newer_database_is_refused(store: SqlStore, db_path: Path) -> None:
    store.close()
    with _sqlite(db_path) as connection:
        connection.execute(
            "INSERT INTO schema_version VALUES (?, 'from the future', ?)",
            (LATEST_VERSION + 1, datetime.now(UTC).isoformat(" ")),
        )
    with pytest.raises(StoreError, match=r"\[E303\].*upgrade Flashpoint"):
        open_store(db_path)


def test_current_version_of_empty_database_is_zero(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "empty.db")
    try:
        with engine.connect() as connection:
            assert current_version(connection) == 0
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("foreign_keys", 1), ("synchronous", 1), ("busy_timeout", 5000)],
    ids=["wal", "foreign-keys", "synchronous-normal", "busy-timeout"],
)
def test_sqlite_pragmas(store: SqlStore, db_path: Path, pragma: str, expected: object) -> None:
    engine = _engine(db_path)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar_one() == expected
    finally:
        engine.dispose()
