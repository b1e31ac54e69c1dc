"""A perpetrator named by its own claim of responsibility in a later sentence, through the real pipeline on
project-written reports."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events.merge import main_event
from flashpoint.events.model import Event
from flashpoint.mentions.model import Stance
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

PUBLISHED = date(2023, 5, 10)


# the report every test completes with one more sentence
_ATTACK = (
    "On 8 May 2023, assailants fired rockets at a police post in Chardara, Kunduz, Afghanistan. "
    "Two officers were wounded."
)


def _event(text: str, resources: Resources) -> Event:
    event = main_event(extract_text(text, published=PUBLISHED, resources=resources).events)
    assert event is not None
    return event


def test_a_claim_of_responsibility_names_the_assailants(resources: Resources) -> None:
    event = _event(f"{_ATTACK} The Taliban claimed responsibility for the attack.", resources)
    assert event.actor1 == "Taliban"
    claim = next(c for c in event.claims if c.field == "actor1")
    assert (claim.value, claim.claimant, claim.stance, claim.hedge) == (
        "Taliban",
        "Taliban",
        Stance.ASSERTS,
        "claimed responsibility",
    )


@pytest.mark.parametrize(
    "later",
    [
        "The Taliban denied responsibility for the attack.",
        "Earlier that week, Taliban fighters attacked a convoy near Baghlan.",
    ],
    ids=["denial", "another-attack"],
)
def test_only_a_claim_names_the_assailants(resources: Resources, later: str) -> None:
    event = _event(f"{_ATTACK} {later}", resources)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified")
    assert not [c for c in event.claims if c.field == "actor1" and c.claimant == "Taliban"]


@pytest.mark.parametrize(
    ("later", "claimant"),
    [
        (
            "No group claimed responsibility; however, sources attributed the attack to the Taliban.",
            "sources",
        ),
        ("A district official blamed the attack on the Taliban.", "officials"),
    ],
    ids=["attributed-to", "blamed-on"],
)
def test_a_source_that_names_the_assailants_is_kept_as_the_claimant(
    resources: Resources, later: str, claimant: str
) -> None:
    event = _event(f"{_ATTACK} {later}", resources)
    assert event.actor1 == "Taliban"
    assert [(c.value, c.claimant, c.stance) for c in event.claims if c.field == "actor1"] == [
        ("Taliban", claimant, Stance.ASSERTS)
    ]


def test_a_named_initiator_is_not_replaced_by_a_later_attribution(resources: Resources) -> None:
    event = _event(
        "On 8 May 2023, ISKP militants fired rockets at a police post in Chardara, Kunduz, Afghanistan. "
        "Two officers were wounded. A local official attributed the attack to the Taliban.",
        resources,
    )
    assert event.actor1 == "Islamic State (Afghanistan)"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 8 May 2023, ISWAP claimed to have killed 4 soldiers of the Nigerian army in an ambush near "
            "Damboa (Borno).",
            "Islamic State (West Africa)",
            "Military Forces of Nigeria (2015-)",
        ),
        (  # a claim about what another actor did keeps the claimant out of the sides
            "On 8 May 2023, ISWAP claimed that Nigerian troops shelled a village near Damboa (Borno).",
            "Military Forces of Nigeria (2015-)",
            None,
        ),
    ],
    ids=["claimed-to-have-killed", "claimed-that-others"],
)
def test_a_group_claiming_its_own_attack_is_its_author(
    text: str, actor1: str, actor2: str | None, resources: Resources
) -> None:
    event = _event(text, resources)
    assert (event.actor1, event.actor2) == (actor1, actor2)
