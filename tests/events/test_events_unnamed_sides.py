"""Sides the text does not name: a clash of two unnamed groups, drug seizures, victims with a criminal record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flashpoint.events.model import Event

PUBLISHED = date(2021, 8, 12)
OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)


def test_a_clash_of_two_unnamed_sides_has_two_unidentified_groups(one_event: OneEvent) -> None:
    text = "On 10 August 2021, a shoot-out took place in the Mare neighbourhood of Rio de Janeiro."
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == event.actor2 == "Unidentified Armed Group (Brazil)"
    assert any("neither side" in note for note in event.notes)


def test_a_clash_with_a_named_side_keeps_its_target(one_event: OneEvent) -> None:
    text = "On 10 August 2021, gunmen clashed with military police officers in the Mare neighbourhood of Rio de Janeiro."
    event = one_event(text, PUBLISHED)
    assert event.actor2 is not None and "Unidentified" not in event.actor2


def test_drugs_seized_were_a_gangs(one_event: OneEvent) -> None:
    text = (
        "On 10 August 2021, in Campinas, Sao Paulo, federal police forces seized 2 tons of cocaine hidden in a "
        "truck. The driver was arrested."
    )
    event = one_event(text, PUBLISHED)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 == "Unidentified Gang (Brazil)"


def test_a_victim_with_a_criminal_record_was_a_gangs(one_event: OneEvent) -> None:
    text = (
        "On 10 August 2021, in Campinas, Sao Paulo, a man was shot dead by two armed men on a motorcycle. "
        "The victim had a criminal record for drug trafficking."
    )
    event = one_event(text, PUBLISHED)
    assert event.actor2 == "Unidentified Gang (Brazil)"
    assert any("criminal record" in note for note in event.notes)


def test_property_looted_from_shops_stays_civilians(one_event: OneEvent) -> None:
    text = "On 10 August 2021, in Campinas, Sao Paulo, armed men looted three shops in the city centre."
    assert one_event(text, PUBLISHED).actor2 == "Civilians (Brazil)"


def test_a_clash_of_rival_cartels_has_a_gang_on_both_sides(one_event: OneEvent) -> None:
    text = "On 10 August 2021, in Uruapan, Michoacan, an armed clash between two rival cartels left 3 dead."
    event = one_event(text, PUBLISHED)
    assert event.actor1 == event.actor2 == "Unidentified Gang (Mexico)"
