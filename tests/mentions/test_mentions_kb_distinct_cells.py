"""Criminal cells allied with one cartel are groups of their own: a report naming one is not attributed to
another (the KB once listed Los Salazar and El Senoron as aliases of Gente Nueva). Project-written reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event
from flashpoint.mentions.kb import ActorKB

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2023, 6, 2)


@pytest.mark.parametrize(
    ("group", "place", "expected"),
    [
        ("Los Salazar", "Hermosillo, Sonora", "Los Salazar Gang"),
        ("El Senoron Gang", "Cuautla, Morelos", "El Senoron Gang"),
        ("Los Cabrera", "Tepehuanes, Durango", "Los Cabrera Gang"),
        ("Gente Nueva", "Guadalupe y Calvo, Chihuahua", "Gente Nueva Gang"),
    ],
)
def test_each_cell_is_coded_as_itself(one_event: OneEvent, group: str, place: str, expected: str) -> None:
    text = f"As reported on 2 June 2023, in {place}, members of {group} handed out food parcels to families."
    event = one_event(text, ON)
    assert (event.sub_event_type, event.actor1) == ("Change to group/activity", expected)


def test_no_cell_is_an_alias_of_another() -> None:
    kb = ActorKB.load()
    gente_nueva = kb.get("gente-nueva")
    assert gente_nueva is not None
    assert not {"Los Salazar", "El Senoron", "Los Cabrera"} & set(gente_nueva.aliases)
    for cell in ("los-salazar", "los-cabrera"):
        actor = kb.get(cell)
        assert actor is not None and actor.inter == 3
