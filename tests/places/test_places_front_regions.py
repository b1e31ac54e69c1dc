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
from flashpoint.places.resolve import front_line_points, resolve_places
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


@pytest.fixture(scope="module")
def line_namesakes() -> Gazetteer:
    """Two villages one side holds on a fictional stretch of the line, two namesakes in one oblast (one near
    the line, a larger one 60 km behind it), and a town the held list names that lies behind the line."""
    return Gazetteer.from_rows(
        (
            make_place("l:1", "Zorianivka", "UA", "Donetsk", 48.00, 37.70, 800),
            make_place("l:2", "Pidlisne", "UA", "Donetsk", 48.10, 37.75, 600),
            make_place("l:3", "Kalynivka", "UA", "Donetsk", 48.05, 37.80, 500),
            make_place("l:4", "Kalynivka", "UA", "Donetsk", 48.55, 37.20, 4_000),
            make_place("l:5", "Rearton", "UA", "Donetsk", 48.60, 37.25, 60_000),
            make_place("l:6", "Dvoiane", "UA", "Donetsk", 47.50, 37.00, 900),
            make_place("l:7", "Dvoiane", "UA", "Donetsk", 48.90, 37.90, 700),
        ),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )


def test_the_line_runs_through_the_held_villages_named_without_doubt(line_namesakes: Gazetteer) -> None:
    held = ("zorianivka", "pidlisne", "rearton", "dvoiane", "nowhere")
    points = front_line_points(line_namesakes, held, FRONT)
    # the town behind the line, the name of two villages apart and the unknown name give no point
    assert points == ((48.0, 37.7), (48.1, 37.75))


def test_a_village_on_the_line_beats_a_larger_namesake_behind_it(line_namesakes: Gazetteer) -> None:
    text = "Monitors recorded 7 explosions near Kalynivka."
    mentions = find_place_mentions(text, sentences_of(text), line_namesakes.is_known)
    line = front_line_points(line_namesakes, ("zorianivka", "pidlisne"), FRONT)
    (on_line,) = resolve_places(
        mentions, line_namesakes, context_countries=("UA",), context_admin1s=FRONT, front_line=line
    )
    assert on_line is not None and on_line.key == "l:3"
    (no_line,) = resolve_places(mentions, line_namesakes, context_countries=("UA",), context_admin1s=FRONT)
    assert no_line is not None and no_line.key == "l:4"


def test_the_packaged_front_lists_its_held_places_after_the_line_settled() -> None:
    kb = ActorKB.load()
    report = (
        "The Ukrainian Forces fired mortars at the positions of the Donbass People's Militia near a village."
    )
    held = kb.frontline_places(date(2020, 5, 9), report)
    assert "avdiivka" in held and "horlivka" in held
    assert kb.frontline_regions(date(2020, 5, 9), report) == FRONT
    assert kb.frontline_places(date(2014, 9, 1), report) == ()  # before the Minsk II line (held_since)
    assert kb.frontline_places(date(2020, 5, 9), "Protesters gathered in a square.") == ()


def test_fire_by_the_naf_at_government_positions_is_fire_along_the_front() -> None:
    """Reports name the separatist side as "the NAF rebel forces" as often as "the people's militia"."""
    kb = ActorKB.load()
    report = "The NAF rebel forces fired 82mm mortars at the governmental positions near a village, Luhansk."
    assert kb.frontline_regions(date(2020, 5, 9), report) == FRONT
    assert "avdiivka" in kb.frontline_places(date(2020, 5, 9), report)
    assert kb.frontline_regions(date(2023, 5, 9), report) == ()  # the front of 2014-2022 no longer stands
    assert (
        kb.frontline_regions(date(2020, 5, 9), "Rebel forces fired mortars at governmental positions.") == ()
    )
