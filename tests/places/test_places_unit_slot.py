"""A name written right after places the gazetteer lacks ("Diguel (Diguel, Soum)", "Punucapa (Los Rios)")
stands where a report names the unit they lie in: a unit of that name is meant, not a town abroad called the
same. A city named like a unit of its own country ("Ayn Zarah (Tripoli)") stays the city; a district named
like a city of another state ("Ado LGA, Benue") is not that city. Project-written
reports; a tiny gazetteer (GeoNames coordinates, rounded) whose units come from its places."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.sources import CountryInfo

PLACES = (
    make_place("bf:djibo", "Djibo", "BF", "Sahel", 14.10, -1.63, 45_000, admin2="Province du Soum"),
    make_place("bf:arbinda", "Arbinda", "BF", "Sahel", 14.23, -0.87, 10_000, admin2="Province du Soum"),
    make_place("bf:dori", "Dori", "BF", "Sahel", 14.03, -0.03, 37_800, admin2="Province du Seno"),
    make_place("sn:soum", "Soum", "SN", "Fatick", 14.08, -16.48, 5_000),
    make_place("sn:fatick", "Fatick", "SN", "Fatick", 14.34, -16.41, 24_200),
    make_place("ly:tripoli", "Tripoli", "LY", "Tripoli", 32.89, 13.19, 1_150_000),
    make_place("ly:tajura", "Tajura", "LY", "Tripoli", 32.88, 13.35, 100_000),
    make_place("lb:tripoli", "Tripoli", "LB", "North", 34.44, 35.85, 229_400),
    make_place("ng:ado-ekiti", "Ado-Ekiti", "NG", "Ekiti", 7.62, 5.22, 446_700, names=("Ado",)),
    make_place("ng:makurdi", "Makurdi", "NG", "Benue", 7.73, 8.54, 292_600),
    make_place("ng:otukpo", "Otukpo", "NG", "Benue", 7.19, 8.13, 88_000),
)
COUNTRIES = (
    CountryInfo(code="BF", name="Burkina Faso", population=20_900_000),
    CountryInfo(code="SN", name="Senegal", population=16_700_000),
    CountryInfo(code="LY", name="Libya", population=6_900_000),
    CountryInfo(code="LB", name="Lebanon", population=6_800_000),
    CountryInfo(code="NG", name="Nigeria", population=206_000_000),
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(PLACES, countries=COUNTRIES)


def test_a_unit_after_unknown_places_is_the_unit_not_a_town_abroad(gazetteer: Gazetteer) -> None:
    resolved = resolve_text("Militants vandalised the prefecture in Diguel (Diguel, Soum).", gazetteer)
    soum = resolved[-1][1]
    assert soum is not None
    assert (soum.country_code, soum.admin1, soum.admin2) == ("BF", "Sahel", "Soum")


def test_the_same_name_after_a_known_place_is_read_as_before(gazetteer: Gazetteer) -> None:
    # Fatick is known: the report is about Senegal, and Soum is the town there
    resolved = resolve_text("Farmers protested in Fatick and in Soum on Monday.", gazetteer)
    soum = resolved[-1][1]
    assert soum is not None and soum.key == "sn:soum"


def test_a_city_named_like_a_unit_of_its_country_stays_the_city(gazetteer: Gazetteer) -> None:
    resolved = resolve_text("Shells hit homes in Ayn Zarah (Tripoli) overnight.", gazetteer)
    tripoli = resolved[-1][1]
    assert tripoli is not None
    assert (tripoli.key, tripoli.country_code) == ("ly:tripoli", "LY")


def test_a_district_named_like_a_city_of_another_state_is_not_the_city(gazetteer: Gazetteer) -> None:
    resolved = resolve_text("Gunmen abducted a banker in Apa Agila (Ado LGA, Benue).", gazetteer)
    ado = resolved[1][1]
    assert ado is not None
    assert (ado.country_code, ado.admin1) == ("NG", "Benue")
    # not called a district, the large city stays: the text more likely names the wrong state
    resolved = resolve_text("Gunmen abducted a banker in Ado (Benue).", gazetteer)
    city = resolved[0][1]
    assert city is not None and city.key == "ng:ado-ekiti"
