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
