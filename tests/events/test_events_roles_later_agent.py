"""Roles: a "by" agent after a collective noun or a count, and the doer named in a later sentence."""

from __future__ import annotations

import re

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.events.roles import agent_named_later, assign_sides
from flashpoint.mentions.actors import find_actor_mentions
from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.model import ActorMention, TriggerMention


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _mentions(text: str, kb: ActorKB) -> tuple[ActorMention, ...]:
    sentences = [
        Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)
    ]
    return find_actor_mentions(text, sentences, kb)


def _trigger(text: str, word: str) -> TriggerMention:
    start = text.index(word)
    return TriggerMention(
        start=start,
        end=start + len(word),
        text=word,
        sentence=0,
        extractor="lexicon",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        lemma=word,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two traders were shot dead by a group of gunmen near the market of Tamra.",
        "Two traders were shot dead by three gunmen near the market of Tamra.",
        "Two traders were shot dead by a band of armed men near the market of Tamra.",
    ],
    ids=["group-of", "count", "band-of"],
)
def test_a_by_agent_after_a_collective_noun_or_count(text: str, kb: ActorKB) -> None:
    sides = assign_sides(text, 0, _trigger(text, "shot dead"), _mentions(text, kb), kb, "Mali")
    assert [a.mention.text for a in sides.initiators] in (["gunmen"], ["armed men"])


@pytest.mark.parametrize(
    ("later", "doer"),
    [
        (
            "The attack was carried out by the ELN, police said.",
            "ELN: National Liberation Army",
        ),
        ("The ELN claimed responsibility for it in a statement.", "ELN: National Liberation Army"),
        ("Witnesses said ELN guerrillas attacked the station at dawn.", "ELN: National Liberation Army"),
    ],
    ids=["carried-out-by", "claimed-responsibility", "attack-verb"],
)
def test_the_doer_named_in_a_later_sentence(later: str, doer: str, kb: ActorKB) -> None:
    text = f"A pumping station on the northern pipeline was destroyed overnight. {later}"
    found = agent_named_later(text, _mentions(text, kb), kb, "Colombia")
    assert found is not None
    assert found.name == doer


@pytest.mark.parametrize(
    "later",
    [
        "The ELN has been active in the province for decades.",
        "Civilians fled the area after the blast, residents said.",
        "The army said the ELN was attacked by unknown men.",
    ],
    ids=["mere-mention", "civilians-never", "passive-is-not-the-doer"],
)
def test_no_doer_when_the_later_sentence_names_none(later: str, kb: ActorKB) -> None:
    text = f"A pumping station on the northern pipeline was destroyed overnight. {later}"
    found = agent_named_later(
        text, [m for m in _mentions(text, kb) if m.text != "unknown men"], kb, "Colombia"
    )
    assert found is None


def test_the_subject_of_an_attack_verb_after_a_victim_clause(kb: ActorKB) -> None:
    text = "A watchman was wounded tonight when rebels attacked the gate of the dam near Puerto Sol."
    sides = assign_sides(text, 0, _trigger(text, "wounded"), _mentions(text, kb), kb, "Colombia")
    assert [a.mention.text for a in sides.initiators] == ["rebels"]


@pytest.mark.parametrize(
    "later",
    [
        'The "ELN," a group founded decades ago, has claimed responsibility for the attack.',
        "Residents said ELN guerrillas reportedly blew up two pylons nearby.",
        "Witnesses said ELN guerrillas shot repeatedly at the guards.",
    ],
    ids=["claim-after-apposition", "adverb-before-verb", "shot-at"],
)
def test_the_doer_named_later_in_other_words(later: str, kb: ActorKB) -> None:
    text = f"A pumping station on the northern pipeline was destroyed overnight. {later}"
    found = agent_named_later(text, _mentions(text, kb), kb, "Colombia")
    assert found is not None
    assert found.name == "ELN: National Liberation Army"


def test_the_doer_of_a_when_clause_after_the_trigger(kb: ActorKB) -> None:
    text = "Heavy fighting raged last night when rebels attacked a power plant north of Puerto Sol."
    sides = assign_sides(text, 0, _trigger(text, "fighting"), _mentions(text, kb), kb, "Colombia")
    assert [a.mention.text for a in sides.initiators] == ["rebels"]
