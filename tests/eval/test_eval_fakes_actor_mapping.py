"""FA-KES actor classes for external forces and for first actors whose associates belong to another class."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from flashpoint.eval import mappings as m
from flashpoint.events.model import Event


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"actor1": "Government of Syria (2000-)", "inter1": 8}, m.FAKES_GOVERNMENT),
        ({"actor1": "Military Forces of Israel (2009-)", "inter1": 8}, m.FAKES_UNKNOWN),
        ({"actor1": "United Nations", "inter1": 8}, m.FAKES_UNKNOWN),
        (
            {
                "actor1": "Military Forces of Israel (2009-)",
                "assoc_actor_1": "QDW: National Defense Forces",
                "inter1": 8,
            },
            m.FAKES_UNKNOWN,
        ),
        (
            {"actor1": "Unidentified Armed Group (Syria)", "assoc_actor_1": "Jabhat al Nusra", "inter1": 3},
            m.FAKES_NUSRA,
        ),
    ],
    ids=[
        "government-of-syria-abroad",
        "israel-is-no-coalition-member",
        "united-nations",
        "a-named-first-actor-outranks-its-associates",
        "an-unidentified-first-actor-defers-to-its-associates",
    ],
)
def test_fakes_actor_class_of_external_and_associated_actors(
    event_factory: Callable[..., Event], changes: dict[str, Any], expected: str
) -> None:
    assert m.fakes_actor_class(event_factory(**changes)) == expected
