"""Which triggers a habitual or hypothetical marker governs: a habit its own clause and later ones, a plan,
threat or accusation only what follows it; neither an earlier coordinated clause."""

from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.triggers import find_triggers, strongest_trigger


def _generic_by_trigger(text: str) -> dict[str, bool]:
    triggers = find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)])
    return {t.text.lower(): t.generic for t in triggers}


@pytest.mark.parametrize(
    ("text", "trigger", "generic"),
    [
        (
            "Gunmen assassinated a teacher in the southern countryside of Dara, and the ongoing clashes "
            "in the north left more wounded",
            "assassinated",
            False,
        ),
        (
            "Gunmen assassinated a teacher in the southern countryside of Dara, and the ongoing clashes "
            "in the north left more wounded",
            "clashes",
            True,
        ),
        ("Militants repeatedly attacked checkpoints along the highway.", "attacked checkpoints", True),
        (
            "In recent weeks, militants attacked checkpoints, and the army shelled their hideouts.",
            "shelled",
            True,
        ),
        ("The army shelled the hills; insurgents vowed to attack the base.", "shelled", False),
        ("The army shelled the hills; insurgents vowed to attack the base.", "attack", True),
        # a plan, threat or accusation governs what follows it, not an act told before it
        ("Security forces killed 16 men accused of being members of a sleeper cell.", "killed", False),
        ("The governor accused the militia of shelling the market.", "shelling", True),
        ("The bombing, which may have been planned abroad, killed five.", "bombing", False),
        ("Officials said the militants may attack the base.", "attack", True),
        # a habit governs its whole clause, wherever it stands
        ("Militants attacked the checkpoints every week.", "attacked the checkpoints", True),
        ("The militia executed a commander one year after his arrest.", "executed", False),
        ("Gunmen killed 40 farmers in a single year.", "killed", True),
    ],
    ids=[
        "earlier-clause-specific",
        "marker-clause-generic",
        "same-clause",
        "marker-scopes-forward",
        "semicolon-earlier",
        "semicolon-later",
        "accused-after-act",
        "accused-before-act",
        "modal-after-act",
        "modal-before-act",
        "habit-after-act",
        "one-year-after",
        "single-year",
    ],
)
def test_generic_marker_scope(text: str, trigger: str, generic: bool) -> None:
    assert _generic_by_trigger(text)[trigger] is generic


def _strongest_sub_event(text: str) -> str | None:
    best = strongest_trigger(find_triggers(text, [Sentence(start=0, end=len(text), paragraph=0)]))
    return None if best is None else best.sub_event_type


@pytest.mark.parametrize(
    ("headline", "sub_event_type"),
    [
        ("Army units shell villages north of the dam", "Shelling/artillery/missile attack"),
        ("Gunmen kill two farmers near the canal", "Attack"),
        ("Militants behead a shepherd in the eastern desert", "Attack"),
        ("The militia executes three detainees in the town square", "Attack"),
        ("Russian strikes kill 12 in a market town", "Air/drone strike"),
        ("Rebels seize control of the border crossing", "Non-state actor overtakes territory"),
        ("The factions control 5 villages during the past 24 hours", "Non-state actor overtakes territory"),
        ("Government troops advance on the rebel-held district", "Armed clash"),
        ("Tribal fighters responded to pro-government fire near the dam", "Armed clash"),
        ("Militiamen fired sniper rifles and medium weapons at residential neighbourhoods", "Attack"),
    ],
    ids=[
        "shell",
        "kill",
        "behead",
        "executes",
        "strikes-kill",
        "seize-control",
        "control-villages",
        "advance-on",
        "responded-to-fire",
        "fired-at-homes",
    ],
)
def test_headline_present_tense(headline: str, sub_event_type: str) -> None:
    assert _strongest_sub_event(headline) == sub_event_type
