"""Claimant mentions: claim frames, stance, hedges and normalisation through the source registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.claimants import EXTRACTOR, find_claimant_mentions
from flashpoint.mentions.model import ClaimantMention, Stance
from flashpoint.mentions.sources import SourceRegistry

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "corpus" / "southfront-isis-idlib.txt"


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.load()


def _sentences(text: str) -> list[Sentence]:
    return [
        Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)
    ]


def _find(text: str, registry: SourceRegistry) -> tuple[ClaimantMention, ...]:
    return find_claimant_mentions(text, _sentences(text), registry)


_TABLE = [
    ("SOHR said that 12 civilians were killed.", "SOHR said", "SOHR", Stance.ASSERTS, None),
    (
        "The Syrian Observatory for Human Rights reported heavy shelling.",
        "Syrian Observatory for Human Rights reported",
        "SOHR",
        Stance.ASSERTS,
        None,
    ),
    (
        "Pro-opposition sources claim that 20 soldiers died.",
        "Pro-opposition sources claim",
        "pro-opposition sources",
        Stance.ASSERTS,
        "claim",
    ),
    (
        "Pro-government sources deny casualties.",
        "Pro-government sources deny",
        "pro-government sources",
        Stance.DENIES,
        None,
    ),
    (
        "The Turkish defence ministry denied the reports.",
        "Turkish defence ministry denied",
        "Turkish Ministry of National Defence",
        Stance.DENIES,
        None,
    ),
    (
        "The ministry rejected reports of civilian deaths.",
        "The ministry rejected",
        "officials",
        Stance.DENIES,
        None,
    ),
    (
        "According to local sources, the strike hit a bakery.",
        "According to local sources",
        "local sources",
        Stance.ASSERTS,
        "according to",
    ),
    (
        '"We repelled them," said the Syrian Arab News Agency.',
        "said the Syrian Arab News Agency",
        "SANA",
        Stance.ASSERTS,
        None,
    ),
    ("Activists told Reuters the town was shelled.", "Activists told", "activists", Stance.ASSERTS, None),
    (
        "Citing a military source, the paper gave no toll.",
        "Citing a military source",
        "military sources",
        Stance.ASSERTS,
        "citing",
    ),
    (
        "SANA reportedly said the convoy was hit.",
        "SANA reportedly said",
        "SANA",
        Stance.ASSERTS,
        "reportedly",
    ),
    (
        "Medical sources said three children died.",
        "Medical sources said",
        "medical sources",
        Stance.ASSERTS,
        None,
    ),
    (
        "Karim Mansour accused the army of shelling.",
        "Karim Mansour accused",
        "Karim Mansour",
        Stance.ASSERTS,
        "accuse",
    ),
    ("UN OCHA announced that aid convoys had stopped.", "UN OCHA announced", "UN OCHA", Stance.ASSERTS, None),
    (
        "The Kaduna state police command confirmed the raid.",
        "Kaduna state police command confirmed",
        "Kaduna state police command",
        Stance.ASSERTS,
        None,
    ),
    (
        "A local vigilante leader said the gunmen fled.",
        "A local vigilante leader said",
        "local vigilante leader",
        Stance.ASSERTS,
        None,
    ),
    (
        "Officials state that two soldiers died.",
        "Officials state",
        "officials",
        Stance.ASSERTS,
        None,
    ),
    (
        "Two civilians were killed, said Abu Ahmad, a resident of the town.",
        "said Abu Ahmad",
        "Abu Ahmad",
        Stance.ASSERTS,
        None,
    ),
    (
        "Three soldiers died, said Colonel Ivan Petrov.",
        "said Colonel Ivan Petrov",
        "Colonel Ivan Petrov",
        Stance.ASSERTS,
        None,
    ),
    (
        "Local sources attributed the attack to the Taliban.",
        "Local sources attributed",
        "local sources",
        Stance.ASSERTS,
        None,
    ),
    (
        "Three soldiers died in the raid, said the regional governor.",
        "said the regional governor",
        "regional governor",
        Stance.ASSERTS,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "claimant", "stance", "hedge"),
    _TABLE,
    ids=[
        "sohr-said",
        "sohr-long-reported",
        "class-claim",
        "class-deny",
        "ministry-denied",
        "rejected-reports",
        "according-to",
        "inverted-said",
        "told-outlet",
        "citing",
        "hedged-frame",
        "medical",
        "named-person",
        "ocha",
        "state-is-a-noun-before-police",
        "sentence-initial-generic-head",
        "state-that-is-a-verb",
        "said-then-a-person",
        "said-then-a-person-ending-the-sentence",
        "attributed",
        "said-then-a-generic-head",
    ],
)
def test_claim_frames(
    registry: SourceRegistry, text: str, span: str, claimant: str, stance: Stance, hedge: str | None
) -> None:
    found = [m for m in _find(text, registry) if m.claimant is not None]
    assert len(found) == 1, found
    mention = found[0]
    assert (mention.text, mention.claimant, mention.stance, mention.hedge) == (span, claimant, stance, hedge)
    assert text[mention.start : mention.end] == mention.text
    assert mention.extractor == EXTRACTOR


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Five civilians were reportedly killed.", "reportedly"),
        ("The commander was allegedly executed.", "allegedly"),
        ("A purportedly leaked video showed the raid.", "purportedly"),
        ("It is claimed that 30 fighters died.", "it is claimed"),
        ("The drone is said to have hit a depot.", "is said to"),
    ],
    ids=["reportedly", "allegedly", "purportedly", "it-is-claimed", "is-said-to"],
)
def test_bare_hedges(registry: SourceRegistry, text: str, hedge: str) -> None:
    found = _find(text, registry)
    assert [(m.claimant, m.hedge) for m in found] == [(None, hedge)]


@pytest.mark.parametrize(
    "text",
    [
        "He said the attack failed.",
        "Said al-Ahmad was killed in the raid.",
        "The army rejected the proposal.",
        "They denied it.",
        "Kaduna state forces shelled the camp.",
        "The Kaduna state government shut the schools.",
        "In Tamsa, Kaduna state, a crowd blocked the road.",
        "On Monday in Lorvane state, protesters burned tyres.",
        "Two blasts hit a market near Homs claiming 6 martyrs and 20 injured.",
        "A car bomb in Kabul claimed the lives of two children.",
    ],
    ids=[
        "pronoun",
        "name-said",
        "rejected-non-claim",
        "pronoun-deny",
        "state-forces",
        "state-government",
        "place-list-state",
        "in-state",
        "toll-claimed-by-a-blast",
        "lives-claimed",
    ],
)
def test_no_claimant_frames(registry: SourceRegistry, text: str) -> None:
    assert [m for m in _find(text, registry) if m.claimant is not None] == []


def test_coordinated_cue_reuses_the_claimant(registry: SourceRegistry) -> None:
    text = "Pro-government sources deny casualties and say that the attackers retreated."
    found = _find(text, registry)
    assert [(m.text, m.claimant, m.stance) for m in found] == [
        ("Pro-government sources deny", "pro-government sources", Stance.DENIES),
        ("say", "pro-government sources", Stance.ASSERTS),
    ]


def test_sentence_indices(registry: SourceRegistry) -> None:
    text = "Shelling continued. Residents said the market was hit. The army denied it."
    found = _find(text, registry)
    assert [(m.claimant, m.sentence, m.stance) for m in found] == [
        ("residents", 1, Stance.ASSERTS),
        ("military sources", 2, Stance.DENIES),
    ]


@pytest.mark.needs_shared
def test_seed_claims(registry: SourceRegistry) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: ../shared (seed corpus) is not checked out here")
    text = SEED.read_text(encoding="utf-8")
    found = _find(text, registry)
    frames = {(m.claimant, m.stance) for m in found}
    assert {
        ("pro-opposition sources", Stance.ASSERTS),
        ("pro-government sources", Stance.DENIES),
        ("pro-Turkish sources", Stance.ASSERTS),
    } <= frames
    assert any(m.claimant is None and m.hedge == "reportedly" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Four civilians were killed, said a local council official.",
        "Municipal officials said four civilians were killed.",
    ],
)
def test_an_official_of_a_local_body_is_an_official_not_a_resident(
    text: str, registry: SourceRegistry
) -> None:
    claimants = [m.claimant for m in _find(text, registry)]
    assert claimants == ["officials"]


def test_a_local_alone_is_a_resident(registry: SourceRegistry) -> None:
    claimants = [m.claimant for m in _find("Four civilians were killed, said a local.", registry)]
    assert claimants == ["residents"]
