"""An arrest by a non-state armed group is coded as an abduction; the state's arrests stay arrests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2020, 5, 4)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        (
            "On 4 May 2020, SDF fighters arrested five young men in Raqqa city on charges of joining IS.",
            "Abduction/forced disappearance",
            "QSD: Syrian Democratic Forces",
        ),
        (
            "On 4 May 2020, Taliban militants arrested two teachers in Ghazni.",
            "Abduction/forced disappearance",
            "Taliban",
        ),
        (
            "On 4 May 2020, Al Shabaab detained five traders in Jilib.",
            "Abduction/forced disappearance",
            "Al Shabaab",
        ),
        (
            "On 4 May 2020, Houthi police arrested a journalist in Ibb.",
            "Arrests",
            "Police Forces of Yemen (2016-) Supreme Political Council",
        ),
        (
            "On 4 May 2020, police arrested a senior opposition leader in Lahore.",
            "Arrests",
            "Police Forces of Pakistan (2018-)",
        ),
    ],
    ids=["sdf", "taliban", "al-shabaab-detained", "houthi-authorities-are-the-state", "police"],
)
def test_who_arrests_decides(one_event: OneEvent, text: str, sub_event_type: str, actor1: str) -> None:
    event = one_event(text, ON)
    assert (event.sub_event_type, event.actor1) == (sub_event_type, actor1)
    abducted = sub_event_type.startswith("Abduction")
    assert (event.event_type == "Violence against civilians") is abducted
    assert any("coded as an abduction" in note for note in event.notes) is abducted
