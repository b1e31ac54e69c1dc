"""Precision 1 is claimed only when nothing in the text or the gazetteer casts doubt on the pick (reports
written by the project; places from a tiny gazetteer)."""

from __future__ import annotations

from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision, Place
from flashpoint.places.sources import CountryInfo


def _places(text: str, gazetteer: Gazetteer, countries: tuple[str, ...] = ()) -> dict[str, Place]:
    """The place of each name (its first occurrence)."""
    found: dict[str, Place] = {}
    for mention, place in resolve_text(text, gazetteer, countries):
        if place is not None:
            found.setdefault(mention.name, place)
    return found


def test_a_name_with_a_comparable_namesake_abroad_is_not_exact_when_nothing_names_the_country(
    tiny_gazetteer: Gazetteer,
) -> None:
    alone = _places("Rioters threw stones at a bank in Tripoli.", tiny_gazetteer)["Tripoli"]
    assert (alone.country_code, alone.geo_precision) == ("LY", GeoPrecision.NEAR)
    assert {c.country_code for c in alone.candidates} >= {"LY", "LB"}  # both stay inspectable
    vouched = _places("Rioters threw stones at a bank in Tripoli.", tiny_gazetteer, ("LY",))["Tripoli"]
    assert (vouched.country_code, vouched.geo_precision) == ("LY", GeoPrecision.EXACT)


def test_a_town_named_with_its_own_unit_is_vouched_for_by_that_unit() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("c:1", "Colon", "PA", "Colon", 9.36, -79.9, 80_000),
            make_place("c:2", "Colon", "PA", "Colon", 9.2, -79.5, 0, feature_class="A", feature_code="ADM1"),
            make_place("c:3", "Colon", "CU", "Matanzas", 22.72, -80.91, 40_000),
        ),
        countries=(
            CountryInfo(code="PA", name="Panama", population=1),
            CountryInfo(code="CU", name="Cuba", population=1),
        ),
    )
    place = _places("Traders protested in Colon (Colon) on Monday.", gazetteer)["Colon"]
    assert (place.key, place.geo_precision) == ("c:1", GeoPrecision.EXACT)


def test_a_village_alone_in_its_unit_while_the_other_places_share_another_places_nothing() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("v:1", "Mekar", "ID", "East Java", -7.5, 112.5, 0),
            make_place("v:2", "Wamena", "ID", "Papua", -4.1, 138.95, 30_000),
        ),
        countries=(CountryInfo(code="ID", name="Indonesia", population=1),),
    )
    places = _places("Villagers in Mekar blocked a road near Wamena.", gazetteer)
    assert "Mekar" not in places  # a namesake of a village the gazetteer lacks near Wamena
    assert places["Wamena"].key == "v:2"
    alone = _places("Villagers in Mekar blocked a road.", gazetteer)["Mekar"]
    assert (alone.key, alone.geo_precision) == ("v:1", GeoPrecision.EXACT)


def test_a_vowel_blind_match_of_a_town_apart_from_the_named_units_places_nothing() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("k:1", "Kiri Buru", "IN", "Odisha", 22.08, 85.35, 40_000),
            make_place("t:1", "Tura", "IN", "Meghalaya", 25.51, 90.22, 75_000),
            make_place("t:2", "Koyrabar", "IN", "Odisha", 21.9, 85.1, 40_000),
        ),
        countries=(CountryInfo(code="IN", name="India", population=1),),
    )
    text = "Armed men attacked a guard in Koraibari village and near Tura."
    places = _places(text, gazetteer, ("IN",))
    assert "Koraibari" not in places  # Kiri Buru's consonants, 400 km from the text's other place
    assert places["Tura"].key == "t:1"
    alone = _places("Armed men attacked a guard in Koraibari village.", gazetteer, ("IN",))["Koraibari"]
    assert (alone.key, alone.geo_precision) == ("k:1", GeoPrecision.NEAR)  # alone, a loose match stays
    exact = _places("Armed men attacked a guard in Koyrabar village and near Tura.", gazetteer, ("IN",))
    assert exact["Koyrabar"].key == "t:2"  # its own name, and a town: not a chance match of letters


def test_a_facility_named_after_a_town_is_near_the_town(tiny_gazetteer: Gazetteer) -> None:
    place = _places("Shells fell on Homs airport on Monday.", tiny_gazetteer)["Homs"]
    assert (place.location, place.geo_precision) == ("Homs", GeoPrecision.NEAR)


def test_a_town_part_name_the_gazetteer_lacks_is_near_its_town() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("z:1", "Zolote", "UA", "Luhansk", 48.7, 38.5, 14_000),
            make_place("z:2", "Kalynove", "UA", "Luhansk", 48.5, 38.6, 900),
        ),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )
    places = _places("Shots were heard near Zolote-4 and near Kalynove-Shchuche, Luhansk.", gazetteer)
    assert (places["Zolote-4"].key, places["Zolote-4"].geo_precision) == ("z:1", GeoPrecision.NEAR)
    assert "Kalynove-Shchuche" not in places or places["Kalynove-Shchuche"].key != "z:2"  # one village's name


def test_a_point_its_source_says_may_lie_kilometres_off_is_never_exact() -> None:
    from dataclasses import replace

    station = make_place(
        "s:1", "Haql Station", "SY", "Homs", 34.6, 38.6, 0, feature_class="S", feature_code="PMPS"
    )
    base = make_place(
        "s:2", "Rimal Airbase", "SY", "Homs", 34.5, 37.6, 0, feature_class="S", feature_code="AIRB"
    )
    gazetteer = Gazetteer.from_rows(
        (
            replace(station, precision_km=10.0),  # "approximate: between two towns"
            replace(base, precision_km=2.0),
            make_place("s:3", "Homs", "SY", "Homs", 34.73, 36.71, 775_000),
        ),
        countries=(CountryInfo(code="SY", name="Syria", population=1),),
    )
    found = _places("Militants attacked the Haql Station and the Rimal Airbase in Homs.", gazetteer, ("SY",))
    assert (found["Haql Station"].key, found["Haql Station"].geo_precision) == ("s:1", GeoPrecision.NEAR)
    assert (found["Rimal Airbase"].key, found["Rimal Airbase"].geo_precision) == ("s:2", GeoPrecision.EXACT)
    assert [c.precision_km for c in gazetteer.lookup("Haql Station")] == [10.0]
