"""Shared fixtures for the eval tests: the fixture folder and a factory for predicted events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flashpoint.events.model import Event

FIXTURES = Path(__file__).resolve().parent / "fixtures"

BASE_EVENT = Event(
    id="e1",
    document_id="d1",
    event_date=date(2020, 5, 3),
    time_precision=1,
    event_type="Explosions/Remote violence",
    sub_event_type="Shelling/artillery/missile attack",
    actor1="Military Forces of Syria (2000-)",
    assoc_actor_1=None,
    actor2="Civilians (Syria)",
    assoc_actor_2=None,
    inter1=1,
    inter2=7,
    country="Syria",
    admin1="Idlib",
    admin2=None,
    location="Kafr Nabl",
    latitude=35.613,
    longitude=36.56,
    geo_precision=1,
    fatalities=2,
    injuries=0,
    claims=(),
    evidence=(),
    confidence=0.9,
    extractor="test-extractor",
    extractor_version="0.0",
)


def make_event(**changes: Any) -> Event:
    """A predicted event: the base event with ``changes`` applied."""
    return replace(BASE_EVENT, **changes)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    return make_event
