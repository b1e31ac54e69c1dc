"""What else an event's report says was done, kept as ``act`` evidence (project-written reports)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events.model import ACT_FIELD
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


def _acts(text: str, resources: Resources) -> list[str]:
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    spans = [e for e in event.evidence if e.field == ACT_FIELD]
    assert all(text[e.start : e.end] == e.text for e in spans)  # offsets point at the words themselves
    return [e.text for e in spans]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # captives taken in an attack on a base: one clash that also took hostages
            "On 8 May 2023, militants attacked an army post in Tessit, killing four soldiers. In addition, two "
            "soldiers were abducted; their fate is unknown.",
            ["abducted"],
        ),
        (  # the weapon's modifier stays with it
            "On 8 May 2023, militants armed with rifles and rocket-propelled grenades attacked a police post in "
            "Tessit. Two officers were killed.",
            ["rocket-propelled grenades"],
        ),
    ],
)
def test_other_acts_of_the_event(text: str, wanted: list[str], resources: Resources) -> None:
    assert _acts(text, resources) == wanted


def test_plain_killing_and_a_negated_act_are_no_acts(resources: Resources) -> None:
    text = (
        "On 8 May 2023, gunmen attacked a police post in Tessit and killed two officers. No one was abducted, "
        "police said."
    )
    assert _acts(text, resources) == []
