"""Bodies found bound, gagged or beheaded in Mexico or El Salvador: an execution by organised crime, coded as
an unidentified gang; elsewhere, or with weaker signs, the unidentified armed group stays. Project-written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2023, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2023, in Celaya, Guanajuato, a man was found dead near a canal with his hands "
            "tied. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 June 2023, in Soyapango, San Salvador, a man was found dead in a ravine; he had been beheaded.",
            "Unidentified Gang (El Salvador)",
        ),
        (
            "On 3 June 2023, in Celaya, Guanajuato, a man was found dead near a canal with signs of torture. "
            "1 fatality.",
            "Unidentified Armed Group (Mexico)",
        ),
        (
            "On 3 June 2023, in Tumaco, Narino, a man was found dead near the river with his hands "
            "tied. 1 fatality.",
            "Unidentified Armed Group (Colombia)",
        ),
    ],
    ids=["mexico-bound", "el-salvador-beheaded", "torture-only", "colombia"],
)
def test_execution_hallmarks_name_the_unidentified_perpetrator(
    one_event: OneEvent, text: str, expected: str
) -> None:
    event = one_event(text, ON)
    assert (event.event_type, event.actor1) == ("Violence against civilians", expected)
