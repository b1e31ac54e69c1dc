"""A road named after the towns it joins ("the Tripoli-Beirut highway") names both towns: each is a place of the
report, neither contains the other, and together they say which country the report is about. Project-written
reports; the tiny gazetteer's Tripolis and Beirut (GeoNames coordinates) and two fictional villages."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text, sentences_of

from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.sources import CountryInfo, SourcePlace

VILLAGES = (
    make_place("test:zahra", "Kfar Zahra", "LB", "Bekaa", 33.60, 35.90, 900),
    make_place("test:wadi", "Wadi Sahm", "YE", "Hadramawt", 15.90, 48.80, 700, names=("Kfar Sahm",)),
)


@pytest.fixture
def gazetteer(tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]) -> Gazetteer:
    return Gazetteer.from_rows(tiny_places + VILLAGES, countries=tiny_countries)


def _mentions(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(m.name, m.kind_hint) for m in find_place_mentions(text, sentences_of(text), gazetteer.is_known)]


def test_both_towns_of_a_road_are_mentions_set_aside_as_a_roads(gazetteer: Gazetteer) -> None:
    text = "Rioters blocked the Tripoli-Beirut highway with burning tyres."
    assert _mentions(text, gazetteer) == [("Tripoli", "road"), ("Beirut", "highway")]


def test_a_hyphenated_word_that_names_no_road_is_left_alone(gazetteer: Gazetteer) -> None:
    assert _mentions("A Tripoli-Beirut agreement was signed.", gazetteer) == []
    assert _mentions("The Tripoli-based government protested.", gazetteer) == []


def test_the_other_end_of_the_road_tells_which_tripoli(gazetteer: Gazetteer) -> None:
    alone = resolve_text("Rioters gathered in Tripoli.", gazetteer)[0][1]
    assert alone is not None and alone.country_code == "LY"  # the larger Tripoli, with nothing else said
    road = resolve_text("Rioters blocked the Tripoli-Beirut highway with burning tyres.", gazetteer)
    assert [(p.key, p.country_code) for _, p in road if p is not None] == [
        ("geonames:266826", "LB"),
        ("geonames:276781", "LB"),
    ]


def test_one_end_of_a_road_does_not_contain_the_other(gazetteer: Gazetteer) -> None:
    # read as "Kfar Zahra, Kfar Sahm" the Lebanese village would lie outside the Yemeni one and be dropped
    resolved = resolve_text("Protesters blocked the Kfar Zahra-Kfar Sahm road.", gazetteer)
    zahra = resolved[0][1]
    assert zahra is not None and zahra.key == "test:zahra"
