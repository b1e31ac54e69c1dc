"""Loose matches are no evidence: a vowel-blind match that singles out no place, or a pick abroad found through a
name that is neither its own nor a spelling of it, does not become the document's place."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.sources import CountryInfo, SourcePlace

# Fictional places (the names are the project's): "Bolteni", "Menbaj", "Qarn" and "Zolnik" are not in it.
LOOSE_PLACES = (
    make_place("test:baltanu", "Baltanu", "RO", "Alba", 46.10, 23.60, 40_000),
    make_place("test:biltina", "Biltina", "TD", "Wadi Fira", 14.50, 20.90, 30_000),
    make_place("test:manbuj", "Manbuj", "SY", "Aleppo", 36.52, 37.95, 99_000),
    make_place("test:anyville", "Anyville", "CN", "Henan", 36.10, 114.35, 2_000_000, names=("Qarn",)),
    make_place("test:zolnikove", "Zolnik", "UA", "Luhansk", 48.70, 38.50, 13_000),
    # "Varnek" is only another name of a small place in each of two countries; "Ezaz" of one Syrian town;
    # "Porthaven" of a large city in one country
    make_place("test:kelmar", "Kelmar", "FR", "Normandy", 49.20, 0.40, 1_700, names=("Varnek",)),
    make_place("test:vornik", "Vornik", "AT", "Styria", 47.40, 14.80, 800, names=("Varnek",)),
    make_place("test:izaz", "Izaz", "SY", "Aleppo", 36.59, 37.05, 31_000, names=("Ezaz",)),
    make_place("test:grandport", "Grandport", "MA", "Souss", 30.40, -9.60, 900_000, names=("Porthaven",)),
)


@pytest.fixture
def gazetteer(tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]) -> Gazetteer:
    return Gazetteer.from_rows(tiny_places + LOOSE_PLACES, countries=tiny_countries)


def _place_key(gazetteer: Gazetteer, text: str, countries: tuple[str, ...] = ()) -> str | None:
    places = [place for _, place in resolve_text(text, gazetteer, countries) if place is not None]
    return places[0].key if places else None


def test_a_vowel_blind_match_in_several_countries_is_no_place_without_context(gazetteer: Gazetteer) -> None:
    # "Bolteni" shares its consonants with villages in two countries and the text names none
    assert _place_key(gazetteer, "Observers recorded two explosions near Bolteni.") is None


def test_a_transliteration_tied_to_one_country_stays(gazetteer: Gazetteer) -> None:
    assert _place_key(gazetteer, "Observers recorded two explosions near Menbaj.") == "test:manbuj"


def test_the_first_part_of_a_town_part_name_is_a_part_not_a_loose_match(gazetteer: Gazetteer) -> None:
    assert _place_key(gazetteer, "Observers recorded one explosion near Zolnik-4.") == "test:zolnikove"


def test_a_large_city_abroad_found_by_another_name_is_dropped(gazetteer: Gazetteer) -> None:
    # the document is about Syria; "Qarn" is only an alternate name of a large city elsewhere
    text = "Shelling hit Idlib and a report named Qarn as the source."
    keys = [place.key for _, place in resolve_text(text, gazetteer, ("SY",)) if place is not None]
    assert "test:anyville" not in keys
    assert "geonames:169389" in keys


def test_another_name_of_small_places_in_two_countries_is_no_place_without_context(
    gazetteer: Gazetteer,
) -> None:
    # nothing in the text names a country, and "Varnek" is neither place's own name nor a spelling of it
    assert _place_key(gazetteer, "Rioters blocked the main road in Varnek with burning tyres.") is None


def test_another_name_tied_to_one_country_stays_without_context(gazetteer: Gazetteer) -> None:
    assert _place_key(gazetteer, "Rioters blocked the main road in Ezaz with burning tyres.") == "test:izaz"


def test_a_large_citys_other_name_stays_without_context(gazetteer: Gazetteer) -> None:
    assert (
        _place_key(gazetteer, "Rioters blocked the main road in Porthaven with burning tyres.")
        == "test:grandport"
    )


def test_a_name_written_with_an_inner_article_finds_the_place_written_without(
    tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    rows = (
        make_place("test:tlaxco", "San Benito Tlaxco", "MX", "Veracruz", 18.45, -95.21, 61_000),
        make_place("test:veracruz", "Veracruz", "MX", "Veracruz", 19.18, -96.14, 550_000),
    )
    gazetteer = Gazetteer.from_rows(
        tiny_places + rows,
        countries=(*tiny_countries, CountryInfo(code="MX", name="Mexico", population=126_000_000)),
    )
    text = "On 7 May 2020, in San Benito de Tlaxco, Veracruz, two armed men attacked a man."
    assert _place_key(gazetteer, text) == "test:tlaxco"


def test_a_town_part_name_needs_its_town_written_exactly_and_no_article_at_its_head(
    tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    rows = (
        *LOOSE_PLACES,
        make_place("test:khan-al", "Khan Al", "MN", "Khentii", 47.30, 110.60, 20_000),  # fictional
    )
    gazetteer = Gazetteer.from_rows(tiny_places + rows, countries=tiny_countries)
    assert _place_key(gazetteer, "Observers recorded one explosion near Zolnik-4.") == "test:zolnikove"
    # a vowel-blind spelling of the town is no evidence for a part of it
    assert _place_key(gazetteer, "Observers recorded one explosion near Zalnyk-4.") is None
    # "Khan al-Nusur" is one name: its head "Khan al" is no town
    assert _place_key(gazetteer, "Clashes continued in Khan al-Nusur.") is None


def test_a_neighbourhood_does_not_vouch_for_a_vowel_blind_match(gazetteer: Gazetteer) -> None:
    # a neighbourhood is part of a town: the word says nothing for a town abroad that shares its consonants
    assert _place_key(gazetteer, "Fierce battles raged in the neighbourhood of Bolteni.") is None
    assert _place_key(gazetteer, "Fierce battles raged in the town of Bolteni.") is not None
