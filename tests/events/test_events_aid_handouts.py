"""Armed groups and cartels handing out food or aid: the codebook's change to a group's activity."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.model import Event
from flashpoint.events.triggers import find_triggers

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2020, 4, 28)


def test_an_armed_giver_changes_its_activity(one_event: OneEvent) -> None:
    text = (
        "On 28 April 2020, in Apatzingan, Michoacan, members of the Gulf Cartel handed out groceries to elderly "
        "residents."
    )
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Strategic developments",
        "Change to group/activity",
        "Gulf Cartel",
    )
    assert event.admin1 == "Michoacan"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Members of the Gulf Cartel handed out food parcels to residents.", True),
        ("The municipal government delivered boxes with food to families.", False),
        ("Volunteers of the Red Crescent distributed aid in the camp.", False),
        ("The gang, police said, later distributed food to the families of its members.", True),
    ],
    ids=["cartel", "government", "charity", "giver-earlier-in-the-sentence"],
)
def test_the_handout_trigger_needs_an_armed_giver_before_it(text: str, fires: bool) -> None:
    triggers = find_triggers(text, (Sentence(start=0, end=len(text), paragraph=0),))
    assert any(t.lemma == "aid handout" for t in triggers) is fires
