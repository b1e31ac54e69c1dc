from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.triggers import find_triggers, strongest_trigger


def _strongest(text: str) -> tuple[str, bool, bool] | None:
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    best = strongest_trigger(triggers)
    if best is None:
        return None
    return best.sub_event_type, best.generic, best.negated


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
        ("A roadside bomb struck a patrol near the town.", "Remote explosive/landmine/IED"),
        ("Warplanes carried out airstrikes on the village.", "Air/drone strike"),
        ("Rebels shelled the district with mortars.", "Shelling/artillery/missile attack"),
        ("Clashes erupted between the army and rebels.", "Armed clash"),
        ("Government forces recaptured the town.", "Government regains territory"),
        ("Gunmen abducted three aid workers.", "Abduction/forced disappearance"),
        ("Hundreds protested outside parliament.", "Peaceful protest"),
        ("Police fired tear gas to disperse the protest.", "Protest with intervention"),
        ("Rioters threw stones at police.", "Violent demonstration"),
        ("The two sides signed a ceasefire agreement.", "Agreement"),
        ("Police arrested a local journalist.", "Arrests"),
        ("Engineers defused an explosive device.", "Disrupted weapons use"),
        ("Militants looted shops in the market.", "Looting/property destruction"),
        ("A chlorine gas attack hit the suburb.", "Chemical weapon"),
        ("A grenade was thrown into a bar.", "Grenade"),
        (
            "Police recovered arms and ammunition, including two rifles and three mortar shells, in a raid.",
            "Disrupted weapons use",
        ),
    ],
    ids=[
        "suicide",
        "ied",
        "air",
        "shelling",
        "clash",
        "regain",
        "abduction",
        "protest",
        "intervention",
        "riot",
        "agreement",
        "arrest",
        "defused",
        "looting",
        "chemical",
        "grenade",
        "recovered-cache",
    ],
)
def test_strongest_trigger(text: str, sub_event_type: str) -> None:
    found = _strongest(text)
    assert found is not None and found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "generic", "negated"),
    [
        ("Government forces have carried out regular attacks over the past year.", True, False),
        ("The minister accused Russia of killing dozens of soldiers.", True, False),
        ("No new war has yet taken place.", False, True),
        ("Late on March 17, gunmen attacked a convoy.", False, False),
    ],
    ids=["habitual", "accusation", "negated", "specific-with-month-may-not-be-modal"],
)
def test_generic_and_negated_flags(text: str, generic: bool, negated: bool) -> None:
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    if triggers:
        assert (triggers[0].generic, triggers[0].negated) == (generic, negated)
    else:
        assert negated or generic


def test_march_the_month_is_not_a_protest() -> None:
    text = "On March 18 rockets hit the city."
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    assert all(t.sub_event_type != "Peaceful protest" for t in triggers)


@pytest.mark.parametrize(
    "text",
    [
        "Violence returns to the town, claiming the life of a teacher",
        "Violence claimed the lives of two teachers",
    ],
)
def test_claiming_a_life_is_a_killing(text: str) -> None:
    assert _strongest(text) == ("Attack", False, False)
