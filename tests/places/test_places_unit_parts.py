"""A direction inside a first-level unit ("the southern countryside of Idlib") places the event in that part of
the unit, still at the precision of a region. A fictional unit of nine villages on a grid (project-written)."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision
from flashpoint.places.resolve import unit_part
from flashpoint.places.sources import CountryInfo

# Nine villages of "Qarawan" province 0.3 degrees apart, its capital in the middle; one village of another unit
GRID = tuple(
    make_place(
        f"test:q{row}{col}",
        f"Qarya {row}{col}",
        "SY",
        "Qarawan",
        35.0 + 0.3 * row,
        37.0 + 0.3 * col,
        90_000 if (row, col) == (1, 1) else 900,
    )
    for row in range(3)
    for col in range(3)
)
ELSEWHERE = make_place("test:other", "Baladi", "SY", "Sahil", 40.0, 40.0, 800)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(
        (*GRID, ELSEWHERE), countries=(CountryInfo(code="SY", name="Syria", population=17_000_000),)
    )


def test_a_compass_word_picks_the_outer_third_of_the_units_settlements(gazetteer: Gazetteer) -> None:
    points = gazetteer.settlements("SY", "Qarawan")
    assert len(points) == 9
    assert unit_part(points, "southern") == (35.0, 37.3)  # the bottom row, its middle village
    assert unit_part(points, "north-east") == (35.6, 37.6)
    assert unit_part(points, "western") == (35.3, 37.0)


def test_no_part_without_a_direction_a_centre_or_enough_settlements() -> None:
    points = [(35.0 + 0.1 * i, 37.0) for i in range(9)]
    assert unit_part(points, None) is None
    assert unit_part(points, "central") is None
    assert unit_part(points[:5], "southern") is None


def test_the_southern_countryside_of_a_province_is_its_southern_part(gazetteer: Gazetteer) -> None:
    (whole,) = [p for _, p in resolve_text("Regime forces shelled villages in Qarawan province.", gazetteer)]
    assert whole is not None and (whole.latitude, whole.geo_precision) == (35.3, GeoPrecision.REGION)
    resolved = resolve_text(
        "Regime forces shelled villages in the southern countryside of Qarawan.", gazetteer
    )
    (south,) = [place for _, place in resolved]
    assert south is not None
    assert (south.latitude, south.longitude) == (35.0, 37.3)
    assert (south.admin1, south.geo_precision, south.location) == (
        "Qarawan",
        GeoPrecision.REGION,
        "southern Qarawan",
    )
