"""Flashpoint store stage: coded articles in an embedded SQLite database behind the ``Store`` interface.

    store = open_store("data/flashpoint.db")              # writer: creates and migrates the file
    reader = open_store("data/flashpoint.db", read_only=True)  # API / web: refuses writes
    for record in reader.iter_events(EventQuery(country="Sudan")): ...

Exports (CSV in ACLED's column order, GeoJSON, JSONL) live in ``store.export``.

Error codes (all :class:`~flashpoint.errors.StoreError`): E301 cannot open (bad URL, missing file for
read-only, unwritable folder); E302 a migration step failed and was rolled back; E303 the database
is newer than this Flashpoint; E304 a write through a read-only store; E305 a driver error (locked,
read-only file, not a Flashpoint database); E306 a read-only open of a database that needs
migrating; E307 an id clash while saving (nothing of the article written); E308 the article,
document and events passed together do not belong together; E310 an invalid ``EventQuery`` or
``IncidentQuery``; E311 a split of an unknown incident.

Incidents (``flashpoint.incidents``) are stored whole, as their JSON contract, beside filter columns:
``save_incidents``, ``incidents(IncidentQuery)``, ``iter_incidents``, ``count_incidents``,
``get_incident``, ``split_incident``; article fingerprints for near-duplicate lookups:
``save_fingerprint``, ``fingerprint_candidates``, ``has_fingerprints``. The writer's duplicate check
looks up a batch of content hashes at once (``stored_contents``); ``save_article`` relies on the
unique content hash (no look-up first) and reports ``SaveOutcome.DUPLICATE`` when it refuses a copy.

Module map: ``base`` (the interface), ``engine`` (the only dialect-aware module), ``schema``
(newest tables), ``migrations`` (numbered steps), ``rows`` (model <-> row), ``queries``
(``EventQuery`` -> SQL), ``sql`` (``SqlStore``), ``export``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from flashpoint.errors import StoreError
from flashpoint.store.base import (
    EventQuery,
    EventRecord,
    IncidentQuery,
    SaveOutcome,
    Store,
    StoreCounts,
    StoredFingerprint,
)
from flashpoint.store.engine import StoreTarget, create_store_engine, resolve_target
from flashpoint.store.sql import SqlStore

logger = logging.getLogger(__name__)


def open_store(
    target: str | Path, *, read_only: bool = False, clock: Callable[[], datetime] | None = None
) -> SqlStore:
    """Open the store at a path, ``sqlite:///path`` or another SQLAlchemy URL.

    Read-write: creates parent directories and the file, then migrates to the newest schema.
    Read-only: the database must exist and be current; every write raises :class:`StoreError`.
    """
    resolved = resolve_target(target)
    name = _display_name(resolved)
    if resolved.path is not None:
        _prepare_path(resolved.path, name, read_only=read_only)
    engine = create_store_engine(resolved, read_only=read_only)
    store = SqlStore(engine, name=name, read_only=read_only, clock=clock)
    try:
        store.migrate()
    except StoreError:
        store.close()
        raise
    return store


def _display_name(target: StoreTarget) -> str:
    if target.path is not None:
        return str(target.path)
    return target.url.render_as_string(hide_password=True)


def _prepare_path(path: Path, name: str, *, read_only: bool) -> None:
    if read_only:
        if not path.is_file():
            raise StoreError(
                f"no database at {name} to open read-only; "
                "run ingestion first, or open it read-write to create it",
                code="E301",
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the folder for {name}: {error}; choose a writable path", code="E301"
        ) from error


__all__ = [
    "EventQuery",
    "EventRecord",
    "IncidentQuery",
    "SaveOutcome",
    "SqlStore",
    "Store",
    "StoreCounts",
    "StoredFingerprint",
    "open_store",
]
