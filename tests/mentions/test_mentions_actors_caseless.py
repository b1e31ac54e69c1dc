"""Actor mentions in text written without case, and the KB's Latin American armed groups of 1980-1995."""

from __future__ import annotations

import re

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.actors import find_actor_mentions, is_caseless
from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.model import ActorMention


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _find(text: str, kb: ActorKB) -> tuple[ActorMention, ...]:
    sentences = [
        Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)
    ]
    return find_actor_mentions(text, sentences, kb)


def _names(mentions: tuple[ActorMention, ...]) -> dict[str, str]:
    return {m.text: m.name for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rebels of the fmln cut the road north of the river town of las flores on friday night.", True),
        ("Rebels of the FMLN cut the road north of the river town of Las Flores on Friday night.", False),
        ("REBELS OF THE FMLN CUT THE ROAD NORTH OF THE RIVER TOWN OF LAS FLORES ON FRIDAY NIGHT.", False),
        ("fmln rebels cut it.", False),
    ],
    ids=["all-lower-case", "ordinary-case", "all-capitals", "too-short-to-tell"],
)
def test_is_caseless(text: str, expected: bool) -> None:
    assert is_caseless(text) is expected


def test_acronyms_match_in_text_written_without_case(kb: ActorKB) -> None:
    text = (
        "police said that eln and farc guerrillas blew up a bridge on the road to the coast last night, "
        "while urban commandos of the fmln fired on a patrol in the capital."
    )
    names = _names(_find(text, kb))
    assert names["eln"] == "ELN: National Liberation Army"
    assert names["farc guerrillas"].startswith("FARC")
    assert names["urban commandos of the fmln"] == "FMLN: Farabundo Marti National Liberation Front"


def test_acronyms_stay_case_sensitive_in_ordinary_text(kb: ActorKB) -> None:
    text = "The eln of the story is a made-up word that the Teacher wrote on the board today."
    assert not [m for m in _find(text, kb) if m.actor_id == "eln"]


def test_words_that_are_also_acronyms_stay_words_without_case(kb: ActorKB) -> None:
    text = "the red car and the fact sheet were found near the old mill by the river bank on sunday morning."
    assert not [m for m in _find(text, kb) if not m.generic]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the manuel rodriguez patriotic front", "FPMR: Manuel Rodriguez Patriotic Front"),
        ("the mrta", "MRTA: Tupac Amaru Revolutionary Movement"),
        ("the urng", "URNG: Guatemalan National Revolutionary Unity"),
        ("the extraditables", "Medellin Cartel"),
        ("the m-19", "M-19: 19th of April Movement"),
        ("the erp", "People's Revolutionary Army (El Salvador)"),
    ],
    ids=["fpmr", "mrta", "urng", "extraditables", "m-19", "erp"],
)
def test_named_groups_of_the_period(phrase: str, name: str, kb: ActorKB) -> None:
    text = f"a spokesman said today that {phrase} claimed the attack on the power line outside the city."
    assert name in _names(_find(text, kb)).values()


@pytest.mark.parametrize(
    ("phrase", "inter"),
    [
        ("death squads", 3),
        ("unidentified men", 3),
        ("paid assassins", 3),
        ("peasants", 7),
        ("jesuit priests", 7),
    ],
    ids=["death-squads", "unidentified-men", "assassins", "peasants", "priests"],
)
def test_generic_perpetrators_and_victims(phrase: str, inter: int, kb: ActorKB) -> None:
    text = f"witnesses said that {phrase} were seen near the church of the village late on tuesday evening."
    (mention,) = [m for m in _find(text, kb) if m.text == phrase]
    assert mention.generic
    assert mention.inter == inter


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Guerrillas of the ELN blew up a bridge.", "Guerrillas of the ELN", "ELN: National Liberation Army"),
        (
            "Militants from the Islamic State attacked a post.",
            "Militants from the Islamic State",
            "Islamic State",
        ),
    ],
    ids=["guerrillas-of", "militants-from"],
)
def test_members_of_a_named_group_are_one_mention(text: str, surface: str, name: str, kb: ActorKB) -> None:
    mentions = _find(text, kb)
    assert _names(mentions)[surface].startswith(name)
    assert not [m for m in mentions if m.generic]


def test_members_of_a_place_stay_generic(kb: ActorKB) -> None:
    mentions = _find("Rebels of the valley villages fled north on Monday.", kb)
    assert [m.text for m in mentions if m.generic] == ["Rebels"]


@pytest.mark.parametrize(
    "text",
    [
        "The Army of National Liberation dynamited the pipeline on Sunday.",
        "the army of national liberation dynamited the pipeline near the border post on sunday night.",
    ],
    ids=["ordinary-case", "without-case"],
)
def test_a_name_inside_a_descriptor_wins(text: str, kb: ActorKB) -> None:
    mentions = _find(text, kb)
    assert [m.name for m in mentions] == ["ELN: National Liberation Army"]


def test_the_descriptor_stays_when_no_name_overruns_it(kb: ActorKB) -> None:
    mentions = _find("The army of the republic shelled the hills on Sunday.", kb)
    assert [m.text for m in mentions] == ["The army"]
