"""How precise an event's place is claimed to be, through the real pipeline and the packaged gazetteer.

Precision 1 says "this is the town"; the reports below (written by the project) name a town only as the
container of an unknown place, as the town an outer part or a road belongs to, as one of several listed units,
or as a namesake of the place the text means, and the event is then placed at precision 2 or 3.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2021, 3, 4)


def _place_of_first_event(text: str, resources: Resources) -> tuple[str | None, str | None, int | None]:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert events, f"an event must be coded from {text!r}"
    return events[0].location, events[0].admin1, events[0].geo_precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2021, in the South Zone of Sao Paulo, Sao Paulo, police exchanged fire with gunmen.",
            ("Sao Paulo", "Sao Paulo", 2),
        ),
        (
            "On 3 March 2021, gunmen killed two policemen in Zarbolak district center, Kandahar.",
            ("Kandahar", "Kandahar", 2),
        ),
        (
            "On 3 March 2021, gunmen shot dead a driver on the road linking Aden to Lahij.",
            ("Aden", "Aden", 2),
        ),
        (
            "On 3 March 2021, protesters blocked the Sidon roundabout with burning tyres.",
            ("Sidon", "South", 2),
        ),
        (
            "On 3 March 2021, Turkish warplanes struck PKK targets in Kani Zerdan (Jabal Zerdan) area of Erbil,"
            " Northern Iraq.",
            ("Erbil", "Erbil", 2),
        ),
    ],
    ids=[
        "outer-zone-of-a-city",
        "unknown-district-centre",
        "road-to-a-town",
        "thing-named-after-a-town",
        "area-of-a-city-after-an-aside",
    ],
)
def test_a_town_that_only_frames_the_event_is_claimed_at_precision_two(
    text: str, expected: tuple[str, str, int], resources: Resources
) -> None:
    assert _place_of_first_event(text, resources) == expected


def test_a_name_listed_before_a_plural_unit_word_is_the_province(resources: Resources) -> None:
    text = "On 3 March 2021, police arrested 12 militants in Kabul, Logar, and Wardak provinces."
    assert _place_of_first_event(text, resources) == ("Kabul", "Kabul", 3)


def test_a_name_listed_before_frontlines_is_a_front_not_the_town(resources: Resources) -> None:
    text = "On 3 March 2021, Houthi forces and government forces clashed on the Harib (Marib) and Nihm (Sanaa) frontlines."
    location, admin1, precision = _place_of_first_event(text, resources)
    assert (admin1, precision) == ("Ma'rib", 2), location


def test_a_pick_outside_the_units_written_after_it_gives_way_to_them(resources: Resources) -> None:
    text = "On 3 March 2021, gunmen attacked a checkpoint at Binnish fort (Jableh, Lattakia)."
    location, admin1, precision = _place_of_first_event(text, resources)
    assert (admin1, precision) == ("Lattakia", 2), location


def test_a_part_of_a_town_is_placed_in_that_town_not_at_a_namesake_far_away(resources: Resources) -> None:
    text = (
        "On 3 March 2021, residents protested in Rampur area of Surat city (Surat, Gujarat) over water cuts."
    )
    assert _place_of_first_event(text, resources) == ("Surat", "Gujarat", 2)


def test_places_people_came_from_come_after_the_place_of_the_event(resources: Resources) -> None:
    text = "On 3 March 2021, workers from Bihar and Odisha pelted stones at police in Surat."
    location, admin1, _ = _place_of_first_event(text, resources)
    assert (location, admin1) == ("Surat", "Gujarat")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March 2021, rioters threw stones at a bank in Tripoli.", 2),
        ("On 3 March 2021, rioters threw stones at a bank in Tripoli, Lebanon.", 1),
    ],
    ids=["no-country-said", "country-said"],
)
def test_a_name_shared_with_a_comparable_town_abroad_needs_the_country_to_be_exact(
    text: str, expected: int, resources: Resources
) -> None:
    assert _place_of_first_event(text, resources)[2] == expected


def test_a_village_far_from_the_other_places_of_its_sentence_gives_way_to_them(resources: Resources) -> None:
    text = (
        "On 3 March 2021, gunmen clashed in Habban area in the east of Taizz city (Sabir Al Mawadim, Taizz)."
    )
    assert _place_of_first_event(text, resources) == ("Taiz", "Ta'izz", 2)
