"""Honest precision: a pick whose namesake far away scores almost as high is not claimed as the exact place."""

from __future__ import annotations

import pytest
from place_rows import make_place

from flashpoint.documents.model import Sentence
from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision
from flashpoint.places.resolve import resolve_places
from flashpoint.places.sources import CountryInfo, SourcePlace


@pytest.fixture
def gazetteer(tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]) -> Gazetteer:
    """The tiny gazetteer plus two fictional villages of one name 300 km apart and one of a single name."""
    namesakes = (
        make_place("test:1", "Tal Hamra", "SY", "Aleppo", 36.40, 37.30, 900),
        make_place("test:2", "Tal Hamra", "SY", "Deir ez-Zor", 35.10, 40.40, 1100),
        make_place("test:3", "Kafr Qasim", "SY", "Idlib", 35.70, 36.60, 2000),
    )
    return Gazetteer.from_rows(tiny_places + namesakes, countries=tiny_countries)


def _resolve(gazetteer: Gazetteer, text: str) -> tuple[str, GeoPrecision]:
    mentions = find_place_mentions(text, [Sentence(start=0, end=len(text), paragraph=0)], gazetteer.is_known)
    place = next(p for p in resolve_places(mentions, gazetteer) if p is not None)
    return place.key, place.geo_precision


def test_an_ambiguous_village_is_claimed_near_not_exact(gazetteer: Gazetteer) -> None:
    _, precision = _resolve(gazetteer, "Gunmen killed a farmer in Tal Hamra on Monday.")
    assert precision is GeoPrecision.NEAR


def test_the_named_province_decides_and_the_pick_is_exact(gazetteer: Gazetteer) -> None:
    key, precision = _resolve(gazetteer, "Gunmen killed a farmer in Tal Hamra, Deir ez-Zor, on Monday.")
    assert (key, precision) == ("test:2", GeoPrecision.EXACT)


def test_a_single_name_stays_exact(gazetteer: Gazetteer) -> None:
    key, precision = _resolve(gazetteer, "Gunmen killed a farmer in Kafr Qasim on Monday.")
    assert (key, precision) == ("test:3", GeoPrecision.EXACT)


def test_a_conflict_area_of_the_supplement_outweighs_a_small_namesake_abroad(
    tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    area = make_place(
        "supplement:test-valley",
        "Wadi Tamra",
        "SY",
        "Idlib",
        35.9,
        36.5,
        feature_class="L",
        feature_code="VAL",
    )
    village = make_place("test:abroad", "Wadi Tamra", "SK", None, 47.9, 17.9, 10_000)
    gazetteer = Gazetteer.from_rows((*tiny_places, area, village), countries=tiny_countries)
    key, _ = _resolve(gazetteer, "Fighting raged in Wadi Tamra.")
    assert key == "supplement:test-valley"


@pytest.fixture
def own_names() -> Gazetteer:
    """A city the gazetteer also knows by a village's name, that village, and a same-named town abroad."""
    return Gazetteer.from_rows(
        (
            make_place("own:city", "Kamensk", "UA", "Luhansk", 48.57, 39.31, 400_000, names=("Kamenske",)),
            make_place("own:village", "Kamenske", "UA", "Donetsk", 48.01, 37.69, 2_600),
            make_place("own:abroad", "Borovo", "RS", "Vojvodina", 45.40, 19.05, 5_000),
            make_place("own:alias", "Novi Grad", "UA", "Kharkiv", 49.99, 36.23, 900_000, names=("Borovo",)),
        ),
        countries=(
            CountryInfo(code="UA", name="Ukraine", population=1),
            CountryInfo(code="RS", name="Serbia", population=1),
        ),
    )


def test_a_place_of_the_very_name_written_outranks_a_city_known_by_it_too(own_names: Gazetteer) -> None:
    key, _ = _resolve(own_names, "Shelling damaged a school in Kamenske on Sunday.")
    assert key == "own:village"


def test_the_own_name_rule_stays_inside_one_country(own_names: Gazetteer) -> None:
    # the large city known by "Borovo" is in another country than the town named so: size and context decide
    key, _ = _resolve(own_names, "Shelling damaged a school in Borovo on Sunday.")
    assert key == "own:alias"


def test_the_town_at_the_seat_of_its_namesake_municipality_outranks_a_larger_namesake(
    tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    # two fictional towns "San Telmo" in one state, 130 km apart: the municipality of that name lies around the
    # smaller one
    rows = (
        make_place("test:seat", "San Telmo", "MX", "Jalisco", 20.52, -103.18, 21_600),
        make_place("test:far", "San Telmo", "MX", "Jalisco", 20.33, -104.50, 22_500),
        make_place("test:ward", "Las Palmitas", "MX", "Jalisco", 20.56, -103.30, 26_000, admin2="San Telmo"),
    )
    gazetteer = Gazetteer.from_rows(
        tiny_places + rows,
        countries=(*tiny_countries, CountryInfo(code="MX", name="Mexico", population=126_000_000)),
    )
    key, _ = _resolve(gazetteer, "Armed men kidnapped a former mayor in San Telmo, Jalisco.")
    assert key == "test:seat"


def test_a_place_of_the_written_name_outranks_one_abroad_known_by_it_as_another_name(
    tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    # fictional twin towns across a border: "Ras al-Nabi" is the Syrian town's own name and another name of
    # the larger Turkish one
    rows = (
        make_place("test:sy", "Ras al Nabi", "SY", "Al-Hasakeh", 36.85, 40.07, 0),
        make_place("test:tr", "Cesmepinar", "TR", "Sanliurfa", 36.84, 40.05, 31_000, names=("Ras al-Nabi",)),
    )
    gazetteer = Gazetteer.from_rows(tiny_places + rows, countries=tiny_countries)
    text = "Turkish forces and the SDF clashed in Ras al-Nabi."
    mentions = find_place_mentions(text, [Sentence(start=0, end=len(text), paragraph=0)], gazetteer.is_known)

    def pick(countries: tuple[str, ...]) -> str | None:
        places = resolve_places(mentions, gazetteer, context_countries=countries)
        return next((p.key for p in places if p is not None), None)

    assert pick(("TR", "SY")) == "test:sy"  # the document points to Syria as much as to Turkey
    assert pick(("TR",)) == "test:tr"
