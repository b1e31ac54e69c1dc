"""Armed groups and cartels handing out food or aid: the codebook's change to a group's activity."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.model import Event
from flashpoint.events.triggers import find_triggers
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

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


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2023, the Red Crescent distributed food parcels to displaced families in Idlib.",
        "On 2 June 2023, soldiers handed out food rations to residents of Goma.",
        "On 2 June 2023, the municipal government of Apatzingan delivered boxes with food to flooded families.",
    ],
    ids=["charity", "army", "government"],
)
def test_no_event_is_made_of_anyone_elses_handout(resources: Resources, text: str) -> None:
    """The event-type model reads such sentences as a change of activity, and even as a transfer of territory
    (the army's); with no trigger, the fallback to the model must not code them."""
    assert extract_text(text, published=date(2023, 6, 2), resources=resources).events == ()
