"""MUC-4 role fillers: the MUC-like match of gold mentions with the predicted role's mentions and KB names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flashpoint.eval.compare import alias_names_filler, fillers_match, observe
from flashpoint.eval.model import GoldEvent
from flashpoint.events.model import Event, Evidence


@pytest.mark.parametrize(
    ("gold", "surface", "expected"),
    [
        ("the guerrillas", "guerrillas", True),
        ("guerrilla column", "the guerrillas", True),
        ("four nuns of the order", "nuns", True),
        ("eastern army", "the army", True),
        ("twelve soldiers", "a soldier", True),
        ("unidentified men", "an unidentified man", True),
        ("men", "unidentified men", False),
        ("armed men wearing masks", "armed men", True),
        ("the army", "guerrillas", False),
        ("soldiers", "rebels", False),
        ("members of the river front", "members of the hill brigade", False),
        ("a group of farmers", "a group of students", False),
        ("the army", "the", False),
        ("", "guerrillas", False),
    ],
    ids=[
        "same-head",
        "content-words-contained",
        "head-before-of",
        "head-with-modifier",
        "plural-folding",
        "irregular-plural",
        "weak-head-alone",
        "post-modifier-cut",
        "army-is-not-guerrillas",
        "soldiers-are-not-rebels",
        "weak-head-needs-the-rest",
        "group-of-differs",
        "stopword-only",
        "empty-gold",
    ],
)
def test_fillers_match(gold: str, surface: str, expected: bool) -> None:
    assert fillers_match(gold, surface) is expected


@pytest.mark.parametrize(
    ("gold", "alias", "expected"),
    [
        ("nrf", "NRF", True),
        ("fighters of the nrf", "NRF", True),
        ("northern resistance front", "Northern Resistance Front (Valoria)", True),
        ("the army", "Northern Resistance Army", False),
        ("members", "Members", False),
    ],
    ids=["acronym", "acronym-inside", "qualifier-dropped", "generic-head-is-not-the-name", "weak-alias"],
)
def test_alias_names_filler(gold: str, alias: str, expected: bool) -> None:
    assert alias_names_filler(gold, alias) is expected


def _gold(perpetrators: tuple[str, ...]) -> GoldEvent:
    return GoldEvent(incident_types=("attack",), perpetrators=perpetrators, targets=())


def test_the_role_is_scored_by_its_mention_as_written(event_factory: Callable[..., Event]) -> None:
    event = event_factory(
        actor1="Unidentified Armed Group",
        evidence=(Evidence(field="actor1", start=0, end=10, text="guerrillas"),),
    )
    (observation,) = observe(_gold(("a guerrilla column",)), event, "d1", ("perpetrators",))
    assert observation.correct
    assert observation.predicted == "Unidentified Armed Group [guerrillas]"


def test_a_normalised_name_alone_does_not_match_a_mention(event_factory: Callable[..., Event]) -> None:
    event = event_factory(actor1="Unidentified Armed Group", evidence=())
    (observation,) = observe(_gold(("unidentified men",)), event, "d1", ("perpetrators",))
    assert not observation.correct


def test_a_kb_actor_matches_by_its_aliases_also_when_associated(event_factory: Callable[..., Event]) -> None:
    event = event_factory(actor1="Military Forces of Syria (2000-)", assoc_actor_1="Civilians; Shining Path")
    (observation,) = observe(_gold(("sendero luminoso",)), event, "d1", ("perpetrators",))
    assert observation.correct


def test_the_wrong_side_does_not_match(event_factory: Callable[..., Event]) -> None:
    event = event_factory(
        actor1="Military Forces", evidence=(Evidence(field="actor1", start=0, end=8, text="the army"),)
    )
    (observation,) = observe(_gold(("guerrillas", "rebel column")), event, "d1", ("perpetrators",))
    assert not observation.correct


def test_no_event_misses_the_filler() -> None:
    (observation,) = observe(_gold(("guerrillas",)), None, "d1", ("perpetrators",))
    assert not observation.correct
