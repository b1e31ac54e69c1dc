from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.places.gazetteer import USER_STORE
from flashpoint.places.importer import import_features, representative_point

# Two rows in GeoNames' 19-column "geoname" format, written by the project (values as GeoNames has them).
GEONAMES_ROWS = (
    "163345\tTalbiseh\tTalbiseh\tTalbisah,Talbiseh,Tell Bisa\t34.84083\t36.73083\tP\tPPL\tSY\t\t11\t\t\t\t"
    "31062\t\t469\tAsia/Damascus\t2012-01-18\n"
    "169304\tJabal az Zawiyah\tJabal az Zawiyah\tJabal al-Zawiya,Jebel Zawiyeh\t35.66667\t36.5\tT\tMTS\tSY"
    "\t\t12\t"
    "\t\t\t0\t\t650\tAsia/Damascus\t2012-01-18\n"
)
ADMIN1_CODES = "SY.11\tHoms Governorate\tHoms\t169575\nSY.12\tIdlib Governorate\tIdlib\t169388\n"


def _user_rows(
    cache_dir: Path, columns: str = "key, name, admin1, feature_class, feature_code, latitude, longitude"
) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(cache_dir / USER_STORE)
    try:
        return list(connection.execute(f"SELECT {columns} FROM place ORDER BY key"))
    finally:
        connection.close()


def test_geonames_country_zip_with_admin1_codes(tmp_path: Path) -> None:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.writestr("SY.txt", GEONAMES_ROWS)
        archive.writestr("readme.txt", "not a table")
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text(ADMIN1_CODES, encoding="utf-8")
    summary = import_features([dump, codes], tmp_path)
    assert (summary.places, summary.admin_names) == (2, 2)
    assert summary.files[0].endswith("admin1CodesASCII.txt")
    rows = _user_rows(tmp_path)
    assert rows == [
        ("geonames:163345", "Talbiseh", "Homs", "P", "PPL", 34.84083, 36.73083),
        ("geonames:169304", "Jabal az Zawiyah", "Idlib", "T", "MTS", 35.66667, 36.5),
    ]


def test_reimporting_a_row_replaces_it(tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(GEONAMES_ROWS, encoding="utf-8")
    import_features([dump], tmp_path)
    import_features([dump], tmp_path)
    assert len(_user_rows(tmp_path)) == 2


def test_geojson_points_lines_and_polygons(tmp_path: Path) -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Crossing 9", "country_code": "SY", "kind": "crossing"},
                "geometry": {"type": "Point", "coordinates": [36.5, 36.2]},
            },
            {
                "type": "Feature",
                "properties": {"name": "Route 7", "country_code": "SY", "id": "route-7"},
                "geometry": {"type": "LineString", "coordinates": [[36.0, 35.0], [37.0, 35.0]]},
            },
            {
                "type": "Feature",
                "properties": {"name": "Buffer Zone North", "country_code": "SY"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 36.0], [36.0, 35.0]]],
                },
            },
        ],
    }
    path = tmp_path / "lines.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    assert import_features([path], tmp_path).places == 3
    rows = {row[0]: row for row in _user_rows(tmp_path)}
    assert rows["user:lines:crossing-9"][3:5] == ("S", "BCN")
    route = rows["user:lines:route-7"]
    assert route[3:5] == ("R", "RD")
    assert route[5] == pytest.approx(35.0) and route[6] == pytest.approx(36.5, abs=0.01)
    zone = rows["user:lines:buffer-zone-north"]
    assert zone[3:5] == ("L", "AREA")
    assert zone[5] == pytest.approx(35.5) and zone[6] == pytest.approx(36.5)


@pytest.mark.parametrize(
    ("geometry_type", "coordinates", "expected"),
    [
        ("Point", [38.58, 34.62], (34.62, 38.58)),
        ("MultiLineString", [[[0.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [0.0, 3.0]]], (1.5, 0.0)),
        ("MultiPolygon", [[[[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [0.0, 0.0]]]], (1.0, 1.0)),
    ],
    ids=["point", "multiline", "multipolygon"],
)
def test_representative_point(geometry_type: str, coordinates: object, expected: tuple[float, float]) -> None:
    latitude, longitude = representative_point(geometry_type, coordinates)
    assert latitude == pytest.approx(expected[0], abs=0.01)
    assert longitude == pytest.approx(expected[1], abs=0.01)


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("notes.txt", "hello", "unknown gazetteer file"),
        (
            "bad.csv",
            "name,country_code,latitude,longitude\nHill 12,Syria,35.1,36.2\n",
            "two-letter country_code",
        ),
        ("bad.geojson", '{"type": "Feature"}', "no GeoJSON FeatureCollection"),
        ("nocoords.csv", "name,country_code,latitude\nHill 12,SY,35.1\n", "no usable coordinates"),
        ("XX.zip", "not a zip", "not a readable zip"),
        (
            "vague.csv",
            "name,country_code,latitude,longitude,precision_km\nHill 12,SY,35.1,36.2,about five\n",
            "precision_km must be a number",
        ),
    ],
    ids=["unknown-type", "bad-country", "not-a-collection", "no-coordinates", "broken-zip", "bad-precision"],
)
def test_unreadable_files_are_named_in_the_error(
    tmp_path: Path, filename: str, content: str, message: str
) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as raised:
        import_features([path], tmp_path)
    assert filename in str(raised.value)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a file"):
        import_features([tmp_path / "absent.csv"], tmp_path)


def test_a_feature_may_say_how_far_its_point_may_lie(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        "name,country_code,latitude,longitude,precision_km,source\n"
        "Hill 12,SY,35.1,36.2,8,estimated from a field sketch\n"
        "Hill 13,SY,35.2,36.3,,surveyed\n",
        encoding="utf-8",
    )
    import_features([path], tmp_path)
    assert _user_rows(tmp_path, "name, precision_km") == [("Hill 12", 8.0), ("Hill 13", 0.0)]
