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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Military forces of India and Pakistan exchanged fire across the line of control.",
            ["Military Forces of India", "Military Forces of Pakistan"],
        ),
        (
            "The military forces of Armenia and of Azerbaijan exchanged fire near Tovuz.",
            ["Military Forces of Armenia", "Military Forces of Azerbaijan"],
        ),
        # a second name that is no country adds nothing
        (
            "Military forces of India and Kashmir police arrested two men.",
            ["Military Forces of India"],
        ),
    ],
    ids=["two-states", "of-repeated", "not-a-country"],
)
def test_forces_of_two_states(text: str, expected: list[str], kb: ActorKB) -> None:
    names = [name.split(" (")[0] for _, name in _found(text, kb) if name.startswith("Military Forces")]
    assert names == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces shelled IS gatherings with mortars near the lake.",
        "Iraqi forces defused an IS booby-trapped car on the highway.",
        "Coalition aircraft destroyed the IS caves in the mountains.",
    ],
)
def test_the_group_is_named_by_what_is_hit(text: str, kb: ActorKB) -> None:
    assert "Islamic State" in {name.split(" (")[0] for _, name in _found(text, kb)}


def test_the_verb_is_stays_a_verb(kb: ActorKB) -> None:
    assert _found("The base is empty and the road is open.", kb) == []
