from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from flashpoint.eval import mappings as m
from flashpoint.eval.compare import compare_country
from flashpoint.eval.model import GoldEvent
from flashpoint.events.model import Event

EventFactory = Callable[..., Event]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Syria", "SY"),
        ("SY", "SY"),
        ("SYR", "SY"),
        ("Democratic Republic of Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Ivory Coast", "CI"),
        ("Palestinian Territory", "PS"),
        ("  ", None),
        (None, None),
        ("Atlantis", None),
    ],
    ids=[
        "name",
        "alpha-2",
        "alpha-3",
        "acled-spelling",
        "geonames-spelling",
        "english-name",
        "geonames-territory",
        "blank",
        "none",
        "unknown",
    ],
)
def test_country_code(name: str | None, code: str | None) -> None:
    assert m.country_code(name) == code


@pytest.mark.parametrize(
    ("gold", "changes", "correct"),
    [
        ("Syria", {"country": "Syria"}, True),
        ("Syria", {"country": "SY"}, True),
        ("Democratic Republic of Congo", {"country": "Democratic Republic of the Congo"}, True),
        ("Syria", {"country": "Colombia"}, False),
        ("Syria", {"country": None}, False),
    ],
    ids=["same-name", "code-vs-name", "two-spellings", "namesake-abroad", "no-country"],
)
def test_compare_country(
    event_factory: EventFactory, gold: str, changes: dict[str, Any], correct: bool
) -> None:
    observation = compare_country(GoldEvent(country=gold), event_factory(**changes), "item-1")
    assert observation is not None
    assert observation.correct is correct


def test_compare_country_without_event_or_gold(event_factory: EventFactory) -> None:
    missed = compare_country(GoldEvent(country="Syria"), None, "item-2")
    assert missed is not None and missed.correct is False
    assert compare_country(GoldEvent(), event_factory(country="Syria"), "item-3") is None
