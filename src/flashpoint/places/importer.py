"""``gazetteer import``: add GeoNames dumps and a user's own features to the user store.

Accepted files (by name and content):
- GeoNames dumps: ``allCountries.zip``, one country's ``XX.zip`` or ``XX.txt``, ``citiesNNNN.zip``
  (the 19-column tab-separated "geoname" table), ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (names
  for the admin codes of the imported rows; import them first or in the same call).
- CSV with a header: ``name``, ``latitude``, ``longitude``, ``country_code`` required; ``id``, ``aliases``
  (``|``-separated), ``admin1``, ``admin2``, ``kind`` (base, checkpoint, station, crossing, ...),
  ``feature_class``, ``feature_code``, ``population``, ``source`` optional.
- GeoJSON FeatureCollection: the same keys as ``properties``; a Point is used as it is, a line (a highway)
  by the point halfway along it, a polygon (a zone) by its centroid.

Rows go to ``cache_dir/gazetteer-user.sqlite``, which the gazetteer queries next to the packaged store and
which survives its rebuilds. Importing a row with a key already there replaces it.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import logging
import math
import re
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.places.build import INDEXES, insert_aliases, insert_place
from flashpoint.places.gazetteer import USER_STORE, create_user_store
from flashpoint.places.geo import distance_km
from flashpoint.places.sources import SourcePlace, ascii_name

logger = logging.getLogger(__name__)

GEONAMES_COLUMNS = 19
_KIND_CODES = {
    "base": ("S", "MILB"),
    "military base": ("S", "MILB"),
    "garrison": ("S", "MILB"),
    "airbase": ("S", "AIRB"),
    "airport": ("S", "AIRP"),
    "checkpoint": ("S", "CTRL"),
    "station": ("S", "STN"),
    "crossing": ("S", "BCN"),
    "border crossing": ("S", "BCN"),
    "camp": ("S", "CMP"),
    "highway": ("R", "RD"),
    "road": ("R", "RD"),
    "zone": ("L", "AREA"),
    "area": ("L", "AREA"),
    "town": ("P", "PPL"),
    "village": ("P", "PPL"),
    "city": ("P", "PPL"),
}
_GEOMETRY_CLASS = {
    "Point": ("S", "SPOT"),
    "LineString": ("R", "RD"),
    "MultiLineString": ("R", "RD"),
    "Polygon": ("L", "AREA"),
    "MultiPolygon": ("L", "AREA"),
}
_COUNTRY_DUMP = re.compile(r"^(?:[A-Z]{2}|allCountries|cities\d+)\.(?:zip|txt)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportSummary:
    """What one import did, file by file."""

    store: Path
    places: int
    admin_names: int
    files: tuple[str, ...]


def import_features(paths: Sequence[Path], cache_dir: Path) -> ImportSummary:
    """Import ``paths`` into ``cache_dir``'s user store; ``InputError`` names a file it cannot read."""
    store = cache_dir / USER_STORE
    connection = create_user_store(store)
    connection.executescript(
        "CREATE TABLE IF NOT EXISTS admin2_name (country_code TEXT, admin1_code TEXT, code TEXT, name TEXT);"
    )
    ordered = sorted(paths, key=lambda path: not path.name.startswith(("admin1Codes", "admin2Codes")))
    places = admin_names = 0
    try:
        for path in ordered:
            added_places, added_names = _import_file(connection, path)
            places, admin_names = places + added_places, admin_names + added_names
            logger.info("imported %s: %d places, %d admin names", path, added_places, added_names)
        connection.executescript(INDEXES)
        connection.commit()
    finally:
        connection.close()
    return ImportSummary(
        store=store, places=places, admin_names=admin_names, files=tuple(str(p) for p in ordered)
    )


def _import_file(connection: sqlite3.Connection, path: Path) -> tuple[int, int]:
    if not path.is_file():
        raise InputError(f"{path} is not a file: give GeoNames dumps, CSV or GeoJSON files", code="E110")
    name = path.name
    if name.startswith("admin1Codes"):
        return 0, _import_admin_codes(connection, path, level=1)
    if name.startswith("admin2Codes"):
        return 0, _import_admin_codes(connection, path, level=2)
    if _COUNTRY_DUMP.match(name):
        return _insert(connection, _geonames_places(connection, _dump_lines(path))), 0
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _insert(connection, _csv_places(path)), 0
    if suffix in {".geojson", ".json"}:
        return _insert(connection, _geojson_places(path)), 0
    raise InputError(
        f"{path}: unknown gazetteer file; expected a GeoNames dump (XX.zip, XX.txt, allCountries.zip,"
        " admin1CodesASCII.txt, admin2Codes.txt), a .csv or a .geojson file",
        code="E111",
    )


def _insert(connection: sqlite3.Connection, places: Iterable[SourcePlace]) -> int:
    count = 0
    for place in places:
        connection.execute(
            "DELETE FROM alias WHERE place IN (SELECT id FROM place WHERE key = ?)", (place.key,)
        )
        insert_aliases(connection, insert_place(connection, place, admin2=place.admin2), place.names)
        count += 1
    return count


def _import_admin_codes(connection: sqlite3.Connection, path: Path, *, level: int) -> int:
    count = 0
    for line in _read_lines(path):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3:
            continue
        code, name = fields[0].split("."), fields[2] or fields[1]
        if level == 1 and len(code) == 2:
            connection.execute("INSERT INTO admin1_name VALUES (?, ?, ?)", (code[0], code[1], name))
            count += 1
        elif level == 2 and len(code) == 3:
            connection.execute("INSERT INTO admin2_name VALUES (?, ?, ?, ?)", (*code, name))
            count += 1
    return count


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() != ".zip":
        yield from _read_lines(path)
        return
    try:
        with zipfile.ZipFile(path) as archive:
            member = next(
                (n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()), None
            )
            if member is None:
                raise InputError(f"{path} holds no GeoNames .txt table", code="E112")
            with archive.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    except zipfile.BadZipFile as error:
        raise InputError(f"{path} is not a readable zip archive ({error})", code="E113") from error


def _read_lines(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8") as handle:
            yield from (line for line in handle if line.strip() and not line.startswith("#"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path} as UTF-8 text ({error})", code="E114") from error


def _geonames_places(connection: sqlite3.Connection, lines: Iterable[str]) -> Iterator[SourcePlace]:
    admin1 = {(cc, code): name for cc, code, name in connection.execute("SELECT * FROM admin1_name")}
    admin2 = {(cc, a1, code): name for cc, a1, code, name in connection.execute("SELECT * FROM admin2_name")}
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) != GEONAMES_COLUMNS:
            continue
        cc, a1, a2 = fields[8], fields[10], fields[11]
        yield SourcePlace(
            key=f"geonames:{fields[0]}",
            name=fields[2] or ascii_name(fields[1]),
            names=(fields[1], fields[2], *fields[3].split(",")),
            country_code=cc,
            admin1_code=a1 or None,
            admin1=admin1.get((cc, a1)),
            admin2=admin2.get((cc, a1, a2)),
            latitude=float(fields[4]),
            longitude=float(fields[5]),
            feature_class=fields[6] or "P",
            feature_code=fields[7] or "PPL",
            population=int(fields[14] or 0),
            source="GeoNames dump (CC BY 4.0)",
        )


def _csv_places(path: Path) -> Iterator[SourcePlace]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                yield _feature(path, number, row, None)
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path} as a UTF-8 CSV file ({error})", code="E115") from error


def _geojson_places(path: Path) -> Iterator[SourcePlace]:
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read {path} as GeoJSON ({error})", code="E116") from error
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise InputError(f"{path} is no GeoJSON FeatureCollection (no 'features' list)", code="E117")
    for number, feature in enumerate(features, start=1):
        properties = {
            str(k): "" if v is None else str(v) for k, v in (feature.get("properties") or {}).items()
        }
        geometry = feature.get("geometry") or {}
        yield _feature(path, number, properties, geometry)


def _feature(path: Path, number: int, row: dict[str, str], geometry: dict[str, object] | None) -> SourcePlace:
    name = (row.get("name") or "").strip()
    country = (row.get("country_code") or "").strip().upper()
    if not name or len(country) != 2:
        raise InputError(f"{path}, feature {number}: needs a name and a two-letter country_code", code="E118")
    latitude, longitude = _point(path, number, row, geometry)
    feature_class, feature_code = _classify(row, geometry)
    aliases = [alias.strip() for alias in (row.get("aliases") or "").split("|") if alias.strip()]
    identifier = (row.get("id") or "").strip() or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return SourcePlace(
        key=f"user:{path.stem}:{identifier}",
        name=name,
        names=(name, *aliases),
        country_code=country,
        admin1_code=None,
        admin1=(row.get("admin1") or "").strip() or None,
        admin2=(row.get("admin2") or "").strip() or None,
        latitude=latitude,
        longitude=longitude,
        feature_class=feature_class,
        feature_code=feature_code,
        population=int(row.get("population") or 0),
        source=(row.get("source") or "").strip() or f"user file {path.name}",
        precision_km=_precision_km(path, number, row),
    )


def _precision_km(path: Path, number: int, row: dict[str, str]) -> float:
    """The optional ``precision_km``: how far the point may lie from the feature (above 3, never exact)."""
    written = (row.get("precision_km") or "").strip()
    try:
        value = float(written) if written else 0.0
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0.0):
        raise InputError(
            f"{path}, feature {number}: precision_km must be a number of kilometres (0 or more), not {written!r}",
            code="E120",
        )
    return value


def _classify(row: dict[str, str], geometry: dict[str, object] | None) -> tuple[str, str]:
    if row.get("feature_class") and row.get("feature_code"):
        return row["feature_class"].strip().upper(), row["feature_code"].strip().upper()
    kind = (row.get("kind") or "").strip().lower()
    if kind in _KIND_CODES:
        return _KIND_CODES[kind]
    geometry_type = str((geometry or {}).get("type", "Point"))
    return _GEOMETRY_CLASS.get(geometry_type, ("S", "SPOT"))


def _point(
    path: Path, number: int, row: dict[str, str], geometry: dict[str, object] | None
) -> tuple[float, float]:
    try:
        if geometry:
            return representative_point(str(geometry.get("type")), geometry.get("coordinates"))
        return float(row["latitude"]), float(row["longitude"])
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InputError(
            f"{path}, feature {number}: no usable coordinates ({error});"
            " give latitude and longitude, or a geometry",
            code="E119",
        ) from error


def representative_point(geometry_type: str, coordinates: object) -> tuple[float, float]:
    """(latitude, longitude) standing for a GeoJSON geometry: the point, a line's halfway point, a
    polygon's centroid (first polygon's exterior ring for multi-geometries)."""
    if geometry_type == "Point":
        return _lat_lon(coordinates)
    if geometry_type == "LineString":
        return _halfway(_positions(coordinates))
    if geometry_type == "MultiLineString":
        return _halfway([p for line in _sequence(coordinates) for p in _positions(line)])
    if geometry_type == "Polygon":
        return _centroid(_positions(_sequence(coordinates)[0]))
    if geometry_type == "MultiPolygon":
        return _centroid(_positions(_sequence(_sequence(coordinates)[0])[0]))
    raise ValueError(f"unsupported geometry type {geometry_type!r}")


def _sequence(value: object) -> list[object]:
    if not isinstance(value, list) or not value:
        raise ValueError("empty or malformed coordinates")
    return value


def _positions(value: object) -> list[tuple[float, float]]:
    return [_lat_lon(position) for position in _sequence(value)]


def _lat_lon(position: object) -> tuple[float, float]:
    longitude, latitude = _sequence(position)[:2]
    return float(str(latitude)), float(str(longitude))


def _halfway(points: list[tuple[float, float]]) -> tuple[float, float]:
    lengths = [distance_km(*a, *b) for a, b in itertools.pairwise(points)]
    remaining = sum(lengths) / 2
    for (start, end), length in zip(itertools.pairwise(points), lengths, strict=True):
        if length >= remaining and length > 0:
            share = remaining / length
            return start[0] + share * (end[0] - start[0]), start[1] + share * (end[1] - start[1])
        remaining -= length
    return points[0]


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    area = lat_sum = lon_sum = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = lon1 * lat2 - lon2 * lat1
        area += cross
        lon_sum += (lon1 + lon2) * cross
        lat_sum += (lat1 + lat2) * cross
    if abs(area) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return lat_sum / (3 * area), lon_sum / (3 * area)


__all__ = ["GEONAMES_COLUMNS", "ImportSummary", "import_features", "representative_point"]
