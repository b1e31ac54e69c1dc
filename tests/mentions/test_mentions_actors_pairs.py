from __future__ import annotations

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.actors import find_actor_mentions
from flashpoint.mentions.kb import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _found(text: str, kb: ActorKB) -> list[tuple[str, str]]:
    mentions = find_actor_mentions(text, [Sentence(start=0, end=len(text), paragraph=0)], kb)
    return [(text[m.start : m.end], m.name) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heavy fighting between IS and SDF north of Tabqa",
            [("IS", "Islamic State (Syria)"), ("SDF", "QSD: Syrian Democratic Forces")],
        ),
        ("The gap between is and was in the report", []),
    ],
    ids=["acronym-as-a-side", "verb-is-no-actor"],
)
def test_guarded_acronym_between_two_sides(text: str, expected: list[tuple[str, str]], kb: ActorKB) -> None:
    assert _found(text, kb) == expected
