"""Typing by the means a report gives later, by who the victims were, and merging an unspecific lead with its
means; through the real pipeline on project-written reports."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events.merge import main_event
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


def test_the_next_sentence_gives_the_means(resources: Resources) -> None:
    text = (
        "At least 30 people were killed in Maarat al-Numan on Tuesday. "
        "Most of them died in air strikes on the vegetable market, rescuers said."
    )
    event = main_event(extract_text(text, published=PUBLISHED, resources=resources).events)
    assert event is not None
    assert event.sub_event_type == "Air/drone strike"


def test_weapons_that_back_a_ground_fight_are_not_its_means(resources: Resources) -> None:
    text = (
        "On 8 May 2023, Houthi forces repelled an advance of government troops near Harib, killing 12 soldiers. "
        "The advance was backed by several air strikes."
    )
    event = main_event(extract_text(text, published=PUBLISHED, resources=resources).events)
    assert event is not None
    assert event.event_type == "Battles"


def test_a_victim_with_a_trafficking_record_makes_a_clash(resources: Resources) -> None:
    text = (
        "On 8 May 2023, in Feira de Santana, Bahia, a man was shot dead by two armed men on a motorcycle. "
        "The victim had charges against him for drug trafficking."
    )
    event = main_event(extract_text(text, published=PUBLISHED, resources=resources).events)
    assert event is not None
    assert event.sub_event_type == "Armed clash"


def test_an_unspecific_lead_takes_the_means_of_the_same_days_report(resources: Resources) -> None:
    text = (
        "Eleven civilians were killed in Douma on Monday, a monitor said.\n\n"
        "On Monday, warplanes struck the main market of Douma, the monitor added."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    event = main_event(events)
    assert event is not None
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 11
    assert len(events) == 1


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 8 May 2023, separatist forces fired 120mm mortars at army positions near Avdiivka, Donetsk. "
            "Two soldiers were wounded.",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 8 May 2023, separatist forces fired 120mm mortars at army positions near Avdiivka, Donetsk. "
            "Monitors recorded 40 explosions in both directions of the line near Avdiivka.",
            "Armed clash",
        ),
        (
            "On 8 May 2023, Taliban fighters fired rockets and firearms at a police post in Kunduz. "
            "Two officers were wounded.",
            "Armed clash",
        ),
    ],
    ids=["one-way-mortars", "fire-both-ways", "rockets-and-firearms"],
)
def test_heavy_weapons_are_shelling_unless_fire_is_exchanged(
    text: str, sub_event_type: str, resources: Resources
) -> None:
    event = main_event(extract_text(text, published=PUBLISHED, resources=resources).events)
    assert event is not None
    assert event.sub_event_type == sub_event_type
