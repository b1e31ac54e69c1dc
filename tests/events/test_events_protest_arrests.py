"""Arrests at a protest, a protest written as a "stand", fire exchanged with a state force, and a common typo:
four codebook conventions on project-written reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.model import Event
from flashpoint.events.triggers import find_triggers
from flashpoint.mentions.model import TriggerMention

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2023, 6, 3)


CURFEW = (
    "On 3 June 2023, 40 activists of opposition youth groups staged a demonstration in Kassala to condemn the "
    "murder of a union organiser there a day earlier. The 40 were arrested, police said, for breaking curfew "
    "rules in force during the emergency. "
)


@pytest.mark.parametrize(
    "after",
    [
        # the event-type model reads these as arrests (0.92 and 0.81): the protest anchor decides
        "Those arrested are members of groups the authorities often accuse of links to rebels.",
        "The detainees belong to groups that officials regularly accuse of rebel ties.",
        # here the model reads a protest; "The 40 were arrested" names the protesters back
        "Two journalists covering the protest were detained as well.",
    ],
    ids=["model-says-arrests", "model-says-arrests-2", "named-back"],
)
def test_demonstrators_arrested_at_their_protest_are_a_protest_with_intervention(
    one_event: OneEvent, after: str
) -> None:
    event = one_event(CURFEW + after, ON)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_people_arrested_for_taking_part_in_protests_are_arrests(one_event: OneEvent) -> None:
    text = (
        "On 3 June 2023, police in Minsk arrested 23 people over three days for taking part in protests against "
        "the detention of a journalist."
    )
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "verb", ["held a solidarity stand", "organised a protest stand", "staged a silent stand"]
)
def test_a_stand_is_a_protest(one_event: OneEvent, verb: str) -> None:
    text = f"On 3 June 2023, families of fishermen {verb} outside the port authority in Tyre, south Lebanon."
    triggers = _triggers(text)
    assert [t.text for t in triggers if t.sub_event_type == "Peaceful protest"] == [verb]
    event = one_event(text, ON)
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Lebanon)")


def test_taking_a_stand_is_no_protest() -> None:
    assert not _triggers("The minister said the government would take a firm stand against smuggling.")


def test_gun_shots_exchanged_with_police_are_a_clash(one_event: OneEvent) -> None:
    text = (
        "On 3 June 2023, cadres of a banned faction exchanged gun shots with police personnel in a forest near "
        "Dhankuta. Two cadres were arrested after the incident."
    )
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_opened_fired_is_read_as_opened_fire(one_event: OneEvent) -> None:
    text = (
        "On 3 June 2023, border guards opened fired against migrants trying to cross the fence east of the camp. "
        "Several were wounded and others were detained."
    )
    assert "opened fired" in [t.text for t in _triggers(text)]
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def _triggers(text: str) -> tuple[TriggerMention, ...]:
    return find_triggers(text, (Sentence(start=0, end=len(text), paragraph=0),))
