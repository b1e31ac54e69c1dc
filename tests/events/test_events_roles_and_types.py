"""Event typing, actor roles and segmentation on short project-written reports, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        (
            "On 8 May 2023, the Syrian army repelled an attack by Hayat Tahrir al-Sham fighters near Saraqib.",
            "Armed clash",
            "HTS: Hayat Tahrir al Sham",
            "Military Forces of Syria",
        ),
        (
            "On 8 May 2023, clashes erupted between al-Shabaab militants and Somali soldiers in Afgooye.",
            "Armed clash",
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        (
            "On 8 May 2023, a police officer was shot dead by unidentified gunmen in Peshawar.",
            "Armed clash",
            "Unidentified Armed Group (Pakistan)",
            "Police Forces of Pakistan",
        ),
        (
            "On 8 May 2023, gunmen killed four villagers in an attack on a village near Bankass.",
            "Attack",
            "Unidentified Armed Group (Mali)",
            "Civilians (Mali)",
        ),
        (
            "On 8 May 2023, hundreds of teachers protested outside parliament in Nairobi demanding unpaid wages.",
            "Peaceful protest",
            "Protesters (Kenya)",
            None,
        ),
        (
            "On 8 May 2023, residents burned tyres and threw stones at police in Oicha.",
            "Violent demonstration",
            "Rioters (Democratic Republic of Congo)",
            None,
        ),
        (
            "On 8 May 2023, Russian forces shelled a residential area of Kharkiv, killing three civilians.",
            "Shelling/artillery/missile attack",
            "Military Forces of Russia",
            "Civilians (Ukraine)",
        ),
        (
            "On 8 May 2023, engineers defused a roadside bomb near Kirkuk.",
            "Disrupted weapons use",
            None,
            None,
        ),
    ],
    ids=[
        "repelled-attack-by",
        "clashes-between",
        "passive-by-agent",
        "civilian-victims",
        "protest-crowd",
        "riot-crowd",
        "shelling-with-civilian-victims",
        "defused-device",
    ],
)
def test_type_and_roles(
    text: str, sub_event_type: str, actor1: str | None, actor2: str | None, resources: Resources
) -> None:
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == sub_event_type
    if actor1 is not None:
        assert event.actor1 is not None and event.actor1.startswith(actor1), event.actor1
    if actor2 is not None:
        assert event.actor2 is not None and event.actor2.startswith(actor2), event.actor2


def test_state_forces_abroad_are_external(resources: Resources) -> None:
    text = "On 8 May 2023, Turkish warplanes carried out airstrikes on PKK positions near Zakho in northern Iraq."
    (event,) = extract_text(text, published=PUBLISHED, resources=resources).events
    assert event.country == "Iraq"
    assert event.inter1 == 8


@pytest.mark.parametrize(
    "text",
    [
        "Militias have carried out regular attacks on farmers over the past year.",
        "The minister accused the rebels of killing dozens of civilians.",
        "The ceasefire agreement is not being implemented and the highway remains closed.",
    ],
    ids=["habitual", "accusation", "ongoing-state"],
)
def test_generalities_code_nothing(text: str, resources: Resources) -> None:
    assert extract_text(text, published=PUBLISHED, resources=resources).events == ()


def test_one_incident_told_twice_is_one_event(resources: Resources) -> None:
    text = (
        "On 8 May 2023, a car bomb exploded at a checkpoint in Mogadishu, killing five soldiers.\n\n"
        "The blast also damaged nearby shops, and at least five people died in the explosion, officials said."
    )
    events = extract_text(text, published=PUBLISHED, resources=resources).events
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].fatalities == 5
