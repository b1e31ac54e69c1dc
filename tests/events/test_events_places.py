"""Which place an event gets, through the real pipeline and the packaged gazetteer (project-written reports)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2016, 8, 7)


def test_a_modifier_like_us_led_is_not_the_place_and_a_town_before_its_country_stays_exact(
    resources: Resources,
) -> None:
    text = (
        "On 6 August 2016, U.S.-led coalition aircraft struck the Islamic State stronghold of Raqqa in eastern "
        "Syria, killing ten people, Iran-backed media said."
    )
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.country == "Syria"
    assert (event.location, event.admin1, event.geo_precision) == ("Ar Raqqah", "Ar-Raqqa", 1)


def test_a_country_only_event_takes_the_province_the_report_names_at_region_precision(
    resources: Resources,
) -> None:
    text = (
        "Air strikes on two hospitals in rebel-held northwestern Syria on Saturday killed ten people, a monitor "
        "said.\n\nIt was the third time in a week that medical facilities in Idlib province were hit."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert events, "the air strike must be coded"
    assert events[0].admin1 == "Idlib"
    assert events[0].geo_precision == 3


@pytest.mark.parametrize(
    "text",
    [
        "On 6 August 2016, Damascus-based monitors said Turkish-backed fighters shelled Tal Rifaat.",
        "On 6 August 2016, Iraq-based militias said Turkish-backed fighters shelled Tal Rifaat.",
    ],
    ids=["city-based", "country-based"],
)
def test_a_place_used_as_a_modifier_never_places_the_event(text: str, resources: Resources) -> None:
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.admin1 == "Aleppo", (event.location, event.admin1)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 August 2016, gunmen killed two farmers of the Bani Zaid chieftaincy (Afrin, Aleppo).",
        "On 6 August 2016, gunmen killed two farmers in Kharab Sultan hills, Afrin.",
    ],
    ids=["in-brackets", "after-a-named-part"],
)
def test_a_town_written_as_the_container_of_an_unplaced_name_is_not_claimed_exactly(
    text: str, resources: Resources
) -> None:
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert (event.location, event.geo_precision) == ("Afrin", 2)


def test_a_place_people_travelled_from_comes_after_the_region_of_the_event(resources: Resources) -> None:
    text = (
        "On 6 August 2016, police arrested a reporter in Idlib province as he was travelling from Aleppo to "
        "visit his family."
    )
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert (event.admin1, event.geo_precision) == ("Idlib", 3)


def test_an_event_whose_sentences_name_no_place_takes_the_unit_the_report_is_about(
    resources: Resources,
) -> None:
    text = (
        "Air raids killed 12 civilians on Sunday, a monitor said. Families who fled to Aleppo city last year "
        "lost relatives. Most victims lived in Idlib province, where rescuers worked through the night in Idlib "
        "province's villages."
    )
    events = extract_text(
        text, published=PUBLISHED, title="Air raids kill 12 in Idlib province", resources=resources
    ).events
    assert events, "the air raids must be coded"
    assert (events[0].admin1, events[0].geo_precision) == ("Idlib", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes killed nine civilians on Sunday. Moscow denied any role.",
        "Warplanes killed nine civilians on Sunday, Moscow said.",
    ],
    ids=["denied", "said"],
)
def test_a_capital_standing_for_its_government_is_not_the_place(text: str, resources: Resources) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert events, "the air strike must be coded"
    assert events[0].location != "Moscow"
    assert events[0].country != "Russia"


def test_where_the_attackers_fled_to_is_not_the_event_s_place(resources: Resources) -> None:
    """A later paragraph naming only the attackers' escape route stays with the attack, not a second event."""
    text = (
        "Gunmen killed four herders near the village of Dikwa, Borno, on Monday, residents said.\n\n"
        "A vigilante leader said the attackers fled towards the Sambisa forest. Police said three people died."
    )
    events = extract_text(text, published=date(2024, 3, 12), resources=resources).events
    assert [(e.location, e.admin1) for e in events] == [("Dikwa", "Borno")]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        (
            "On 4 March 2024, gunmen burned a school in Kombone, South-West, Cameroon.",
            "Sud-Ouest",
            "Cameroon",
        ),
        ("On 4 March 2024, a bomb hit a patrol near Karzakan, Northern, Bahrain.", "Northern", "Bahrain"),
    ],
    ids=["south-west-cameroon", "northern-bahrain"],
)
def test_a_unit_named_by_a_direction_in_an_address_is_the_admin1(
    text: str, admin1: str, country: str, resources: Resources
) -> None:
    """ "X, South-West, Cameroon": the unit between the town and the country, though its name is a direction."""
    (event,) = extract_text(text, published=date(2024, 3, 5), resources=resources).events
    assert (event.admin1, event.country) == (admin1, country)
