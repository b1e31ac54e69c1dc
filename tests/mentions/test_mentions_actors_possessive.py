"""Actor names written with a possessive ("the Taliban's attack") and suspects named in parentheses
("militants (suspected TTP)") on project-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.actors import find_actor_mentions
from flashpoint.mentions.kb import ActorKB
from flashpoint.pipeline.api import extract_text


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _names(text: str, kb: ActorKB) -> list[str]:
    mentions = find_actor_mentions(text, [Sentence(start=0, end=len(text), paragraph=0)], kb)
    return [m.name for m in mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Taliban's attack on the checkpoint lasted an hour.", "Taliban"),
        ("Al-Shabaab's fighters stormed the base at dawn.", "Al Shabaab"),
        ("The PMF's rocket shelling hit the hills east of the town.", "Popular Mobilization Forces"),
    ],
)
def test_a_name_with_a_possessive_is_found(text: str, name: str, kb: ActorKB) -> None:
    assert any(name in found for found in _names(text, kb)), _names(text, kb)


def test_a_name_that_holds_a_possessive_still_matches_whole(kb: ActorKB) -> None:
    names = _names("The People's Protection Units shelled the village.", kb)
    assert names == ["YPG: People's Protection Units"]


def test_a_possessive_of_no_name_adds_nothing(kb: ActorKB) -> None:
    assert _names("The drought's toll on the harvest was heavy.", kb) == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 3 March 2024, two soldiers were killed by militants (suspected TTP) in an attack on a post "
            "near Wana.",
            "TTP: Tehreek-i-Taliban Pakistan",
        ),
        (
            "On 3 March 2024, gunmen (presumably of the ELN) burned two trucks on the road to Saravena.",
            "ELN: National Liberation Army",
        ),
        ("On 3 March 2024, the Taliban's fighters attacked a police post in Kunduz city.", "Taliban"),
    ],
)
def test_the_named_suspect_or_owner_is_actor1(text: str, actor1: str) -> None:
    events = extract_text(text, published=date(2024, 3, 4)).events
    assert [e.actor1 for e in events] == [actor1]


def test_a_single_gendarme_is_the_police(kb: ActorKB) -> None:
    names = _names("A gendarme shot a motorcyclist at the checkpoint in Bafoussam, Cameroon.", kb)
    assert names == ["police"]  # the descriptor; the events stage names the country's police
