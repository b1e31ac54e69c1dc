"""The units written after a place say where it lies: a state abbreviation closing a parenthesis ("Pratapgarh
(UP)") names the state, and a loose match outside the innermost unit ("Bansure town (Alwar, Rajasthan)") is a
namesake of a place the gazetteer lacks. Project-written reports; a tiny gazetteer of Indian places (GeoNames
coordinates, rounded) and the packaged state names."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text, sentences_of

from flashpoint.mentions.places import UNIT_ABBREVIATIONS, find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision
from flashpoint.places.sources import CountryInfo, read_admin1_namings

INDIA = (
    make_place("in:lucknow", "Lucknow", "IN", "Uttar Pradesh", 26.85, 80.92, 2_470_000),
    make_place("in:jaipur", "Jaipur", "IN", "Rajasthan", 26.92, 75.79, 2_710_000),
    make_place("in:vijayawada", "Vijayawada", "IN", "Andhra Pradesh", 16.51, 80.62, 1_050_000),
    make_place("in:pratapgarh-up", "Pratapgarh", "IN", "Uttar Pradesh", 25.90, 81.95, 13_600),
    make_place("in:pratapgarh-rj", "Pratapgarh", "IN", "Rajasthan", 24.03, 74.78, 42_000),
    make_place("in:guntur", "Guntur", "IN", "Andhra Pradesh", 16.30, 80.45, 530_000),
    make_place("in:alwar", "Alwar", "IN", "Rajasthan", 27.56, 76.60, 260_000),
    make_place("in:banswara", "Banswara", "IN", "Rajasthan", 23.55, 74.44, 101_000),
    make_place("af:kabul", "Kabul", "AF", "Kabul", 34.53, 69.17, 3_040_000),
    make_place("pk:peshawar", "Peshawar", "PK", "Khyber Pakhtunkhwa", 34.01, 71.58, 1_220_000),
)
COUNTRIES = (
    CountryInfo(code="IN", name="India", population=1_380_000_000),
    CountryInfo(code="AF", name="Afghanistan", population=38_000_000),
    CountryInfo(code="PK", name="Pakistan", population=220_000_000),
)


@pytest.fixture(scope="module")
def india() -> Gazetteer:
    namings = [naming for naming in read_admin1_namings() if naming.country_code in {"IN", "PK"}]
    return Gazetteer.from_rows(INDIA, countries=COUNTRIES, admin1_namings=namings)


def _names(text: str, gazetteer: Gazetteer) -> list[str]:
    return [m.name for m in find_place_mentions(text, sentences_of(text), gazetteer.is_known)]


def test_every_state_abbreviation_is_an_alias_of_its_state() -> None:
    aliases = {alias for naming in read_admin1_namings() for alias in naming.aliases}
    assert not UNIT_ABBREVIATIONS - aliases, "abbreviations no state is known by"


def test_a_state_abbreviation_closing_a_parenthesis_is_a_place(india: Gazetteer) -> None:
    assert _names("Two mobs clashed in Pratapgarh (UP) over a land dispute.", india) == ["Pratapgarh", "UP"]
    assert _names("Workers protested in a village (Guntur, AP) over unpaid wages.", india) == ["Guntur", "AP"]
    assert _names("Residents protested in Wana town (SW, KPK) on Friday.", india) == ["Wana", "KPK"]
    resolved = resolve_text("Residents protested in Wana town (SW, KPK) on Friday.", india)
    unit = resolved[0][1]
    assert unit is not None and (unit.admin1, unit.country_code) == ("Khyber Pakhtunkhwa", "PK")


def test_a_wire_credit_or_an_acronym_elsewhere_is_no_place(india: Gazetteer) -> None:
    assert _names("Kabul (AP) - A bomb exploded near a market.", india) == ["Kabul"]
    assert _names("The UP police arrested 12 people in Alwar.", india) == ["Alwar"]


def test_the_state_abbreviation_picks_the_namesake_in_that_state(india: Gazetteer) -> None:
    resolved = resolve_text("Two mobs clashed in Pratapgarh (UP) over a land dispute.", india)
    pratapgarh = resolved[0][1]
    assert pratapgarh is not None and (pratapgarh.key, pratapgarh.admin1) == (
        "in:pratapgarh-up",
        "Uttar Pradesh",
    )
    without = resolve_text("Two mobs clashed in Pratapgarh over a land dispute.", india)[0][1]
    assert (
        without is not None and without.key == "in:pratapgarh-rj"
    )  # the larger namesake, with no unit named


def test_a_loose_match_outside_the_innermost_unit_falls_back_to_it(india: Gazetteer) -> None:
    # "Bansure" matches Banswara only loosely; Banswara lies in Rajasthan but 450 km from Alwar
    resolved = resolve_text("Volunteers beat up a truck driver in Bansure town (Alwar, Rajasthan).", india)
    place = resolved[0][1]
    assert place is not None
    assert (place.key, place.geo_precision) == ("in:alwar", GeoPrecision.NEAR)
