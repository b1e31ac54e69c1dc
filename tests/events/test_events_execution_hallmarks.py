"""Bodies found bound, gagged or beheaded in Mexico, El Salvador or Brazil: an execution by organised crime, coded
as an unidentified gang (in Brazil, where police militias kill that way too, "Unidentified Gang and/or Police
Militia"); elsewhere, or with weaker signs, the unidentified armed group stays. Project-written reports."""

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
            "On 3 June 2023, in Belem, Para, a young man was found dead beside a dirt road; his body had been "
            "dismembered.",
            "Unidentified Gang and/or Police Militia",
        ),
        (
            "On 3 June 2023, in Tumaco, Narino, a man was found dead near the river with his hands "
            "tied. 1 fatality.",
            "Unidentified Armed Group (Colombia)",
        ),
    ],
    ids=["mexico-bound", "el-salvador-beheaded", "torture-only", "brazil-dismembered", "colombia"],
)
def test_execution_hallmarks_name_the_unidentified_perpetrator(
    one_event: OneEvent, text: str, expected: str
) -> None:
    event = one_event(text, ON)
    assert (event.event_type, event.actor1) == ("Violence against civilians", expected)


def test_a_drive_by_in_brazil_is_a_gang_or_police_militia(one_event: OneEvent) -> None:
    """Brazil's police militias kill that way too: ACLED's perpetrator there has no country suffix."""
    text = (
        "On 3 June 2023, in Natal, Rio Grande do Norte, two brothers were shot dead outside a bakery in a drive-by "
        "attack by men riding a motorbike."
    )
    assert one_event(text, ON).actor1 == "Unidentified Gang and/or Police Militia"
    mexico = text.replace("Natal, Rio Grande do Norte", "Celaya, Guanajuato")
    assert one_event(mexico, ON).actor1 == "Unidentified Gang (Mexico)"


def test_hallmarks_told_in_a_sentence_of_their_own_count(one_event: OneEvent) -> None:
    """The body is often described after the event's sentence: "... was found. The body was burned." """
    text = (
        "On 3 June 2023, in Irapuato, Guanajuato, a man was found on a dirt road near the rail yard. "
        "The body was burned. 1 fatality."
    )
    event = one_event(text, ON)
    assert event.actor1 == "Unidentified Gang (Mexico)"
    assert [n for n in event.notes if n.startswith("actor1")] == [
        "actor1 is an unidentified gang: the victims bear the hallmarks of a criminal execution"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2023, in Maraba, Para, a farmer was shot dead and his partially burnt corpse left by a farm track.",
            "Unidentified Gang and/or Police Militia",
        ),
        (
            "On 3 June 2023, in Uruapan, Michoacan, two men on a motorbike executed a taxi driver at a petrol "
            "station. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 June 2023, in Tumaco, Narino, two men on a motorbike executed a taxi driver at a petrol station.",
            "Unidentified Armed Group (Colombia)",
        ),
    ],
    ids=["brazil-partially-burnt", "mexico-executed", "colombia-executed"],
)
def test_burnt_bodies_and_executions(one_event: OneEvent, text: str, expected: str) -> None:
    assert one_event(text, ON).actor1 == expected
