"""A force abroad coded under an operation's name ([[deployment]] coded_as)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from flashpoint.errors import ResourceError
from flashpoint.events.model import Event
from flashpoint.mentions.kb import ActorKB

OneEvent = Callable[[str, date], Event]  # the one_event fixture (tests/conftest.py)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(
    ("actor", "country", "on", "expected"),
    [
        ("military-sa", "Yemen", date(2019, 7, 1), "operation-restoring-hope"),
        ("military-sa", "Yemen", date(2014, 7, 1), None),
        ("military-sa", "Saudi Arabia", date(2019, 7, 1), None),
        ("military-us", "Syria", date(2018, 2, 1), "global-coalition"),
        ("military-us", "Afghanistan", date(2018, 2, 1), None),
        ("military-ru", "Syria", date(2018, 2, 1), None),
    ],
    ids=["saudi-in-yemen", "before-the-war", "at-home", "us-in-syria", "no-operation-there", "no-coded-as"],
)
def test_coded_as(kb: ActorKB, actor: str, country: str, on: date, expected: str | None) -> None:
    assert kb.coded_as(actor, country, on) == expected


def test_coded_as_must_name_an_actor(tmp_path: Path) -> None:
    path = tmp_path / "deploy.toml"
    path.write_text(
        '[[deployment]]\nid = "d"\nactor = "military-sa"\ncountry = "YE"\nsince = "2015"\n'
        'provenance = "test"\ncoded_as = "no-such-operation"\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match="coded_as 'no-such-operation' is no actor id"):
        ActorKB.load(extra=[path])


def test_saudi_forces_in_yemen_are_the_operation(one_event: OneEvent) -> None:
    text = "On 2 July 2019, Saudi forces fired artillery at villages in Shada district, Saada, wounding a farmer."
    assert one_event(text, date(2019, 7, 3)).actor1 == "Operation Restoring Hope"


def test_us_forces_in_syria_are_the_coalition(one_event: OneEvent) -> None:
    text = "On 2 July 2019, US forces shot dead a civilian near the Omar oil field in Deir ez-Zor."
    assert one_event(text, date(2019, 7, 3)).actor1 == "Global Coalition Against Daesh"


def test_us_forces_in_afghanistan_keep_their_name(one_event: OneEvent) -> None:
    text = "On 2 July 2019, US forces shot dead a civilian at a checkpoint in Khost city."
    actor1 = one_event(text, date(2019, 7, 3)).actor1
    assert actor1 is not None and actor1.startswith("Military Forces of the United States")
