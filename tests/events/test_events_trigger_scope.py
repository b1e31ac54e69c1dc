"""Which triggers a habitual or hypothetical marker governs: its own clause and later ones, never an
earlier coordinated clause."""

from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.triggers import find_triggers


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
    ],
    ids=[
        "earlier-clause-specific",
        "marker-clause-generic",
        "same-clause",
        "marker-scopes-forward",
        "semicolon-earlier",
        "semicolon-later",
    ],
)
def test_generic_marker_scope(text: str, trigger: str, generic: bool) -> None:
    assert _generic_by_trigger(text)[trigger] is generic
