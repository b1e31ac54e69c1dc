"""Country names the gazetteer writes resolve to the knowledge base's country, so actors carry its name."""

from __future__ import annotations

import pytest

from flashpoint.mentions.kb import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(
    "name", ["Palestinian Territory", "Occupied Palestinian Territory", "Palestine", "PS"]
)
def test_palestine_under_the_gazetteer_s_name(name: str, kb: ActorKB) -> None:
    country = kb.country(name)
    assert country is not None and (country.iso, country.name) == ("PS", "Palestine")


def test_victims_are_named_after_the_kb_country(kb: ActorKB) -> None:
    assert kb.resolve_descriptor("civilians", "Palestinian Territory") == ("Civilians (Palestine)", 7)
