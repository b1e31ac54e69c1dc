"""Demonstrators who turn violent make a violent demonstration, whatever the police then do: the codebook's
protest with intervention is for peaceful protesters. Project-written reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flashpoint.events.model import Event

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)
ON = date(2023, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2023, about 300 textile workers protested outside a factory in Gazipur over unpaid wages. "
        "Police fired tear gas to disperse them and the workers threw stones at the officers.",
        "On 5 June 2023, about 300 textile workers demonstrated in Gazipur over unpaid wages; they lit tyres on "
        "the main road until riot police broke them up with water cannons.",
    ],
    ids=["tear-gas-and-stones", "lit-tyres-then-water-cannons"],
)
def test_violence_by_demonstrators_outranks_the_intervention(one_event: OneEvent, text: str) -> None:
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


def test_peaceful_protesters_dispersed_remain_a_protest_with_intervention(one_event: OneEvent) -> None:
    text = (
        "On 5 June 2023, about 200 nurses marched to the county offices in Kisumu to demand unpaid allowances. "
        "Police fired tear gas to disperse them."
    )
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2023, residents pelted stones at a police patrol in Narok town (Narok) after officers ordered "
        "the bars to close at dusk. Police lobbed tear gas.",
        "On 5 June 2023, inmates of Kamiti prison (Nairobi) rioted, tearing down the doors of two cell blocks.",
        "On 5 June 2023, rioters torched a chief's office in Kisii town (Kisii) after a boy died in police custody.",
    ],
    ids=["stones-at-a-patrol", "prison-riot", "torched-office"],
)
def test_riot_with_no_protest_voiced_is_mob_violence(one_event: OneEvent, text: str) -> None:
    """Rioting that voices no protest, demand or grievance and uses no protest tactic is a mob's violence."""
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2023, residents of Mlolongo (Machakos) burned tyres on the highway, denouncing week-long "
        "water cuts.",
        "On 5 June 2023, rioters in Kisii town (Kisii) stoned police, calling for the release of a local MCA.",
        "On 5 June 2023, traders pelted police with stones in Kisumu (Kisumu) and barricaded the market road.",
        "On 5 June 2023, about 300 hawkers demonstrated outside the county offices in Eldoret (Uasin Gishu) over "
        "evictions. They barricaded the approach roads with rocks and debris.",
        "On 5 June 2023, factory workers demonstrated in Thika (Kiambu) for higher wages; a bus carrying "
        "colleagues who refused to join was attacked with rocks.",
    ],
    ids=[
        "tyres-and-grievance",
        "calling-for",
        "barricade",
        "barricaded-with-stones",
        "bus-attacked-with-rocks",
    ],
)
def test_riot_with_a_protest_voiced_stays_a_violent_demonstration(one_event: OneEvent, text: str) -> None:
    event = one_event(text, ON)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "On 5 June 2023, rioters protesting fuel prices hurled petrol bombs at the Equity Bank branch in "
            "Kisumu (Kisumu).",
            "Civilians (Kenya)",
        ),
        (
            "On 5 June 2023, demonstrators against the tax bill smashed two shops in Nakuru town (Nakuru).",
            "Civilians (Kenya)",
        ),
        # burning tyres in front of a bank does not hit the bank
        (
            "On 5 June 2023, residents burned tyres in front of a bank in Nakuru town (Nakuru) to protest its closure.",
            None,
        ),
    ],
    ids=["petrol-bombs-at-a-bank", "smashed-shops", "tyres-before-a-bank"],
)
def test_rioters_damaging_private_property_target_civilians(
    one_event: OneEvent, text: str, actor2: str | None
) -> None:
    event = one_event(text, ON)
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", actor2)


def test_a_crowd_clashing_with_police_is_the_riot_not_its_target(one_event: OneEvent) -> None:
    """ "residents clashed with police": a clash word, typed a riot; the residents are the crowd (actor1), the
    police the target."""
    event = one_event("On 5 June 2023, residents clashed with police in Kisumu town (Kisumu).", ON)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence",
        "Rioters (Kenya)",
        "Police Forces of Kenya (2022-)",
    )
