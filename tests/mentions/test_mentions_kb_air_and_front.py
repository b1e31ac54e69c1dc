"""The actor KB's knowledge of who flies where ([[airspace]]) and who holds which side of a front ([frontline.held])."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint.errors import ResourceError
from flashpoint.mentions.actors import find_actor_mentions
from flashpoint.mentions.kb import ActorKB, gap_allows_phrase, tokenize


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(
    ("country", "on", "text", "targets", "expected"),
    [
        ("Syria", date(2016, 5, 1), "Air strikes hit a market in rebel-held Idlib.", (), "military-sy"),
        ("Syria", date(2017, 6, 1), "Air strikes hit an ISIS-held town near Raqqa.", (), "global-coalition"),
        (
            "Syria",
            date(2017, 6, 1),
            "Raids on villages controlled by Daesh killed ten.",
            (),
            "global-coalition",
        ),
        (
            "Syria",
            date(2017, 6, 1),
            "Air strikes hit the town.",
            ("islamic-state-syria",),
            "global-coalition",
        ),
        ("Syria", date(2013, 6, 1), "Air strikes hit an ISIS-held town.", (), "military-sy"),
        (
            "Syria",
            date(2017, 6, 1),
            "Air raids on rebel-held areas, as ISIS fighters fled east.",
            (),
            "military-sy",
        ),
        ("Yemen", date(2018, 3, 1), "Air strikes hit a wedding in Hajjah.", (), "operation-restoring-hope"),
        ("Syria", date(2011, 6, 1), "Air strikes hit the town.", (), None),
        ("Mali", date(2020, 5, 1), "Air strikes hit a camp near Gao.", (), None),
        ("Syria", None, "Air strikes hit the town.", (), None),
    ],
    ids=[
        "syria-rebel-area",
        "syria-isis-held-town",
        "syria-held-by-daesh",
        "syria-isis-target",
        "before-the-coalition-flew",
        "rebel-held-beats-a-passing-isis-mention",
        "yemen-coalition",
        "before-the-air-war",
        "no-single-air-force",
        "no-date",
    ],
)
def test_an_unattributed_air_strike_goes_to_the_force_that_flies_there(
    kb: ActorKB, country: str, on: date | None, text: str, targets: tuple[str, ...], expected: str | None
) -> None:
    assert kb.air_operator(country, on, text, targets) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The OSCE SMM recorded 20 explosions near Avdiivka.", ("naf", "military-ua")),
        ("The OSCE SMM recorded 20 explosions near Horlivka.", ("military-ua", "naf")),
        ("The OSCE SMM recorded 20 explosions near Zolote-5.", ("military-ua", "naf")),
        ("The OSCE SMM recorded 20 explosions near Zolote-4.", ("naf", "military-ua")),
        ("The OSCE SMM recorded 20 explosions in the Donetsk region.", ("military-ua", "naf")),
        ("The OSCE SMM recorded 20 explosions near a farm.", ("military-ua", "naf")),
    ],
    ids=[
        "government-held",
        "separatist-held",
        "numbered-settlement-held-by-separatists",
        "numbered-settlement-held-by-the-government",
        "a-region-is-not-a-town",
        "unknown-place-keeps-listed-order",
    ],
)
def test_fire_near_a_held_place_came_from_the_other_side(
    kb: ActorKB, text: str, expected: tuple[str, str]
) -> None:
    assert kb.frontline_sides("Ukraine", date(2020, 5, 9), text) == expected


def test_a_held_place_names_the_front_even_when_the_country_was_misread(kb: ActorKB) -> None:
    text = "The OSCE SMM recorded 2 explosions near Dokuchaievsk."
    assert kb.frontline_sides("Nigeria", date(2020, 5, 9), text) == ("military-ua", "naf")
    assert kb.frontline_sides("Nigeria", date(2020, 5, 9), "The OSCE SMM recorded 2 explosions.") is None
    assert kb.frontline_sides("Ukraine", date(2014, 8, 1), text) == (
        "military-ua",
        "naf",
    )  # before the line held


def test_initials_join_a_hyphenated_name() -> None:
    text = "U.S.-led coalition"
    tokens = tokenize(text)
    assert [t.raw for t in tokens[:3]] == ["U", "S", "led"]
    assert gap_allows_phrase(text, tokens[0], tokens[1])
    assert gap_allows_phrase(text, tokens[1], tokens[2])


_AIRSPACE = """
[[airspace]]
id = "test-air"
country = "SY"
actor = "{actor}"
since = "2012"
provenance = "test"
"""


def test_an_airspace_naming_an_unknown_actor_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "air.toml"
    path.write_text(_AIRSPACE.format(actor="no-such-force"), encoding="utf-8")
    with pytest.raises(ResourceError, match="unknown actor ids"):
        ActorKB.load(extra=[path])


def test_a_user_airspace_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "air.toml"
    path.write_text(
        _AIRSPACE.format(actor="military-ru").replace("test-air", "syria-government-air-force"),
        encoding="utf-8",
    )
    kb = ActorKB.load(extra=[path])
    assert kb.air_operator("Syria", date(2016, 5, 1), "Air strikes hit Idlib.") == "military-ru"


def test_held_places_must_belong_to_a_side(tmp_path: Path) -> None:
    path = tmp_path / "front.toml"
    path.write_text(
        '[[frontline]]\nid = "f"\ncountry = "SY"\nsides = ["sdf", "military-sy"]\nphrases = ["front"]\n'
        'since = "2019"\nprovenance = "test"\n[frontline.held]\nnaf = ["Raqqa"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match="'held' must be a table"):
        ActorKB.load(extra=[path])


def test_a_guarded_acronym_that_is_a_word_needs_an_actor_context(kb: ActorKB) -> None:
    assert find_actor_mentions("Iran urged a Fact-Finding Mission on the attack.", (), kb) == ()
    found = find_actor_mentions("FACT fighters clashed with the army near Mao.", (), kb)
    assert [m.actor_id for m in found if m.actor_id] == ["fact"]
