"""A name found only by its skeleton (vowel-blind) is weak evidence: it may be placed when nothing better is
known, but it casts no vote for its country. In "Qatma in Afrin", Qatma's vowel-blind namesake in India had
made Afrin a town in a country nothing else pointed to, and the report lost its place. Project-written
reports; a tiny gazetteer (GeoNames coordinates, rounded)."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision
from flashpoint.places.sources import CountryInfo

PLACES = (
    make_place("sy:afrin", "Afrin", "SY", "Aleppo", 36.51, 36.87, 36_600),
    make_place("in:kotma", "Kotma", "IN", "Madhya Pradesh", 23.20, 81.98, 31_800),
    make_place("in:anuppur", "Anuppur", "IN", "Madhya Pradesh", 23.10, 81.69, 20_000),
)
COUNTRIES = (
    CountryInfo(code="SY", name="Syria", population=17_000_000),
    CountryInfo(code="IN", name="India", population=1_380_000_000),
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(PLACES, countries=COUNTRIES)


def test_a_vowel_blind_namesake_does_not_isolate_the_town_after_it(gazetteer: Gazetteer) -> None:
    resolved = dict(
        (m.name, place)
        for m, place in resolve_text(
            "The body of a woman was found in the fields in Qatma in Afrin.", gazetteer
        )
    )
    afrin = resolved["Afrin"]
    assert afrin is not None and (afrin.key, afrin.country_code) == ("sy:afrin", "SY")
    qatma = resolved["Qatma"]  # unknown here: it falls back to the town it lies in, never to Kotma
    assert qatma is not None and (qatma.location, qatma.geo_precision) == ("Afrin", GeoPrecision.NEAR)


def test_an_exact_name_still_votes_for_its_country(gazetteer: Gazetteer) -> None:
    # Anuppur is exact: India is the report's country, and Kotma next to it is found
    resolved = resolve_text("Police clashed with a mob in Kotma near Anuppur.", gazetteer)
    kotma = resolved[0][1]
    assert kotma is not None and kotma.key == "in:kotma"
