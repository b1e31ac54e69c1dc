from __future__ import annotations

import pytest

from flashpoint.places.geo import distance_km, midpoint


def test_distance_between_homs_and_hama_is_about_forty_km() -> None:
    assert distance_km(34.72405, 36.72559, 35.13179, 36.75783) == pytest.approx(45.4, abs=1.0)


def test_distance_to_itself_is_zero() -> None:
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_midpoint_of_two_nearby_points_is_their_average() -> None:
    latitude, longitude = midpoint(34.88533, 38.8711, 34.62, 38.58)
    assert latitude == pytest.approx((34.88533 + 34.62) / 2, abs=0.01)
    assert longitude == pytest.approx((38.8711 + 38.58) / 2, abs=0.01)


def test_midpoint_across_the_antimeridian_stays_near_it() -> None:
    _, longitude = midpoint(0.0, 179.0, 0.0, -179.0)
    assert abs(abs(longitude) - 180.0) < 0.01
