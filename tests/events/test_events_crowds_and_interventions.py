"""What police did at a protest, said in a sentence of its own; crowds that fight or attack are mob violence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event

PUBLISHED = date(2022, 3, 4)
OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)


@pytest.mark.parametrize(
    "second",
    [
        "Police officers fired tear gas to disperse the crowd.",
        "Police resorted to baton charge to bring the situation under control.",
        "Four protesters were arrested.",
        "The police forced them to disperse after an hour.",
    ],
    ids=["fired-tear-gas", "baton-charge", "protesters-arrested", "forced-to-disperse"],
)
def test_an_intervention_in_its_own_sentence_belongs_to_the_protest(second: str, one_event: OneEvent) -> None:
    text = (
        "On 3 March 2022, about 200 bus drivers held a protest outside the transport ministry in Nairobi, "
        f"demanding fuel subsidies. {second}"
    )
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Kenya")


def test_a_protest_without_intervention_stays_peaceful(one_event: OneEvent) -> None:
    text = (
        "On 3 March 2022, about 200 bus drivers held a protest outside the transport ministry in Nairobi, "
        "demanding fuel subsidies. The drivers said they would return next week."
    )
    assert one_event(text, PUBLISHED).sub_event_type == "Peaceful protest"


def test_police_who_rescue_a_mobs_victim_are_no_side_of_the_mob(one_event: OneEvent) -> None:
    text = (
        "On 3 March 2022, a mob attacked a suspected thief in Kisumu, beating him severely. "
        "Police intervened to rescue the victim."
    )
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Mob violence"
    assert event.actor2 == "Civilians (Kenya)"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2022, a clash erupted between police and traders at the main market in Kisumu after "
        "officers ordered them to close their stalls.",
        "On 3 March 2022, dozens of young men clashed with police in Kisumu when officers closed a bar.",
        "On 3 March 2022, two groups clashed at a water point in Kisumu over access to the tap. Six people "
        "were injured.",
        "On 3 March 2022, at least 6 citizens attacked police officers who were enforcing a curfew in Kisumu.",
    ],
    ids=["between-police-and-traders", "dozens-of-men", "two-groups", "citizens-attacked"],
)
def test_a_crowd_that_fights_is_mob_violence(text: str, one_event: OneEvent) -> None:
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Mob violence"
    assert event.actor1 is not None and event.actor1.startswith("Rioters")


def test_citizens_who_are_victims_do_not_make_a_mob(one_event: OneEvent) -> None:
    text = (
        "On 3 March 2022, 5 citizens were killed in clashes between the army and al-Shabaab militants in "
        "Afgooye."
    )
    assert one_event(text, PUBLISHED).sub_event_type == "Armed clash"


def test_foreign_citizens_are_no_foreign_army(one_event: OneEvent) -> None:
    text = (
        "On 3 March 2022, a group of 12 Ugandan citizens attacked a police officer who tried to stop them "
        "from blocking a highway in Kisumu."
    )
    event = one_event(text, PUBLISHED)
    assert event.actor1 is not None and not event.actor1.startswith("Military Forces")
    assert event.sub_event_type == "Mob violence"
