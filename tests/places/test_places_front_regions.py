"""A report of fire along a standing front places its villages in the units the front runs through
(project-written reports; a tiny gazetteer of namesakes)."""

from __future__ import annotations

from datetime import date

import pytest
from place_rows import make_place
from place_text import sentences_of

from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import Place
from flashpoint.places.resolve import resolve_places
from flashpoint.places.sources import CountryInfo

FRONT = (("UA", "Donetsk"), ("UA", "Luhansk"))


@pytest.fixture(scope="module")
def namesakes() -> Gazetteer:
    return Gazetteer.from_rows(
        (
            make_place("m:1", "Myrne", "UA", "Odessa", 46.5, 30.2, 2_400),
            make_place("m:2", "Myrne", "UA", "Donetsk", 48.0, 37.6, 900),
            make_place("p:1", "Pavlivka", "UA", "Poltava", 49.6, 34.5, 1_800),
            make_place("k:1", "Kharkiv", "UA", "Kharkiv", 49.99, 36.23, 1_400_000),
        ),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )


def _place(text: str, gazetteer: Gazetteer, fronts: tuple[tuple[str, str], ...]) -> Place | None:
    mentions = find_place_mentions(text, sentences_of(text), gazetteer.is_known)
    (place,) = resolve_places(mentions, gazetteer, context_countries=("UA",), context_admin1s=fronts)
    return place


def test_the_front_picks_its_own_namesake(namesakes: Gazetteer) -> None:
    text = "Monitors recorded 12 explosions near Myrne."
    elsewhere = _place(text, namesakes, ())
    assert elsewhere is not None and elsewhere.key == "m:1"
    on_the_line = _place(text, namesakes, FRONT)
    assert on_the_line is not None and on_the_line.key == "m:2"


def test_a_village_only_known_far_from_the_front_is_not_placed(namesakes: Gazetteer) -> None:
    assert _place("Monitors recorded 3 explosions near Pavlivka.", namesakes, FRONT) is None
    kept = _place("Monitors recorded 3 explosions near Pavlivka.", namesakes, ())
    assert kept is not None and kept.key == "p:1"


def test_a_large_town_off_the_front_stays(namesakes: Gazetteer) -> None:
    place = _place("Monitors met officials in Kharkiv.", namesakes, FRONT)
    assert place is not None and place.key == "k:1"


def test_the_packaged_donbas_front_names_its_units() -> None:
    kb = ActorKB.load()
    text = "The SMM recorded 40 explosions in both directions of the frontline near a village."
    assert kb.frontline_regions(date(2020, 5, 9), text) == FRONT
    assert kb.frontline_regions(date(2023, 5, 9), text) == ()  # the front of 2014-2022 no longer stands
    assert kb.frontline_regions(date(2020, 5, 9), "Protesters gathered in a square.") == ()
