"""Current first-level units in the real gazetteer (slow: builds the packaged store once per session)."""

from __future__ import annotations

import pytest

from flashpoint.places.gazetteer import Gazetteer

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Casablanca", "MA", "Casablanca-Settat"),  # Morocco's 2015 regions
        ("Agadir", "MA", "Souss-Massa"),
        ("Bunia", "CD", "Ituri"),  # the DR Congo's 2015 provinces
        ("Kisangani", "CD", "Tshopo"),
        ("Arraijan", "PA", "Panama Oeste"),  # split from Panama province in 2014
        ("Mymensingh", "BD", "Mymensingh"),  # a division since 2015
        ("Gulu", "UG", "Gulu"),  # Uganda's districts, not its four statistical regions
        ("Belgrade", "RS", "Belgrade"),  # the City of Belgrade, not "Central Serbia"
        ("Aleppo", "SY", "Aleppo"),  # untouched
    ],
    ids=[
        "casablanca",
        "agadir",
        "bunia",
        "kisangani",
        "arraijan",
        "mymensingh",
        "gulu",
        "belgrade",
        "aleppo",
    ],
)
def test_a_town_is_in_its_current_first_level_unit(
    packaged_gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    found = [
        c for c in packaged_gazetteer.lookup(town) if c.country_code == country and c.feature_class == "P"
    ]
    assert found, f"{town} not found in {country}"
    assert max(found, key=lambda c: c.population).admin1 == admin1


def test_a_new_unit_is_a_place_of_its_own(packaged_gazetteer: Gazetteer) -> None:
    units = [c for c in packaged_gazetteer.lookup("Ituri") if c.feature_code == "ADM1"]
    assert [(c.country_code, c.name) for c in units] == [("CD", "Ituri")]
