"""Trigger rules for the means of violence, crowd violence and security measures (project-written sentences)."""

from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.triggers import find_triggers, names_no_means, strongest_trigger


def _strongest_type(text: str) -> str | None:
    best = strongest_trigger(find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)]))
    return best.sub_event_type if best is not None else None


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A barrel bomb attack hit the eastern quarter of the town.", "Air/drone strike"),
        ("Regime bombing raids struck the suburb overnight.", "Air/drone strike"),
        ("Fighter jets in breach of the truce hit a depot near the border.", "Air/drone strike"),
        ("Five civilians died in strikes by coalition jets near the river.", "Air/drone strike"),
        ("Strikes killed nine people in the hills on Sunday.", "Air/drone strike"),
        ("A bombing in the central market wounded twelve shoppers.", "Remote explosive/landmine/IED"),
        ("Missile strikes killed three soldiers at the airfield.", "Shelling/artillery/missile attack"),
        ("Residents lynched a suspected cattle thief in the village.", "Mob violence"),
        ("A scuffle between two families left one man wounded.", "Mob violence"),
        ("A farmer was beaten by community members over a missing goat.", "Mob violence"),
        ("Army units conducted a joint patrol along the northern road.", "Change to group/activity"),
        ("The governor imposed a 24-hour curfew on the old town.", "Change to group/activity"),
        ("Militia fighters established two fortifications east of the port.", "Change to group/activity"),
    ],
    ids=[
        "barrel-bomb",
        "bombing-raids",
        "jets-hit",
        "strikes-by-jets",
        "strikes-killed",
        "market-bombing",
        "missile-strikes",
        "lynching",
        "scuffle",
        "community-members",
        "patrol",
        "curfew",
        "fortifications",
    ],
)
def test_strongest_trigger_type(text: str, sub_event_type: str) -> None:
    assert _strongest_type(text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    ["Workers' strikes hit the port economy last year.", "The union called strikes across the province."],
    ids=["labour-strikes-hit", "labour-strikes"],
)
def test_labour_strikes_are_not_air_strikes(text: str) -> None:
    assert _strongest_type(text) != "Air/drone strike"


@pytest.mark.parametrize(
    ("trigger_text", "expected"),
    [
        ("killed", True),
        ("Killing", True),
        ("attack", True),
        ("massacre", True),
        ("airstrike", False),
        ("shot dead", False),
        ("clashes", False),
    ],
    ids=["killed", "killing-capital", "attack", "massacre", "airstrike", "shot-dead", "clashes"],
)
def test_names_no_means(trigger_text: str, expected: bool) -> None:
    assert names_no_means(trigger_text) is expected
