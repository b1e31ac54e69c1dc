"""The canonical example: the seed article from ../shared/corpus, coded end to end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from flashpoint.events.model import Event
from flashpoint.mentions.model import Stance
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources

pytestmark = pytest.mark.needs_shared


@pytest.fixture(scope="module")
def seed_events(resources: Resources, shared_path: Callable[..., Path]) -> tuple[Event, ...]:
    text = shared_path("corpus", "southfront-isis-idlib.txt").read_text(encoding="utf-8")
    result = extract_text(text, doc_id="seed", resources=resources)
    assert result.document is not None
    return result.events


def _event_at(events: tuple[Event, ...], location_fragment: str) -> Event:
    matches = [e for e in events if e.location and location_fragment.lower() in e.location.lower()]
    assert matches, f"no event located at {location_fragment}: {[e.location for e in events]}"
    return matches[0]


def test_isis_attack_near_sukhna(seed_events: tuple[Event, ...]) -> None:
    event = _event_at(seed_events, "Sukhnah")
    assert event.event_date == date(2020, 3, 17)
    assert event.event_type == "Battles"
    assert event.actor1 is not None and "Islamic State" in event.actor1
    assert event.actor2 is not None and "Military Forces of Syria" in event.actor2
    assert event.assoc_actor_2 is not None and "National Defen" in event.assoc_actor_2
    assert event.admin1 == "Homs"
    assert event.geo_precision == 2
    claims = {(c.claimant, c.stance, c.value, c.quantifier) for c in event.claims if c.field == "fatalities"}
    assert ("pro-opposition sources", Stance.ASSERTS, 20, "at least") in claims
    assert any(c[0] == "pro-government sources" and c[1] == Stance.DENIES for c in claims)
    assert event.fatalities == 0  # the conservative figure: a denial against a claim of at least 20
    assert any("inferred" in note for note in event.notes)


def test_rocket_strike_on_afrin(seed_events: tuple[Event, ...]) -> None:
    event = _event_at(seed_events, "Afrin")
    assert event.event_date == date(2020, 3, 18)
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.fatalities, event.injuries) == (5, 15)
    assert event.latitude == pytest.approx(36.51, abs=0.03) and event.longitude == pytest.approx(
        36.87, abs=0.03
    )
    alleged = [c for c in event.claims if c.field == "actor1"]
    assert any("YPG" in str(c.value) or "People's Protection Units" in str(c.value) for c in alleged)
    assert all(c.claimant == "pro-Turkish sources" for c in alleged)


def test_assassination_near_jisr_al_shughur(seed_events: tuple[Event, ...]) -> None:
    event = _event_at(seed_events, "Jisr")
    assert event.event_type in ("Battles", "Violence against civilians")
    assert event.admin1 == "Idlib"
    assert event.actor2 is not None and "Ahrar al" in event.actor2 and "Sham" in event.actor2
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")


def test_nothing_from_boilerplate_or_generalities(seed_events: tuple[Event, ...]) -> None:
    assert len(seed_events) == 3
    locations = {e.location for e in seed_events}
    assert not any(loc and ("Tanf" in loc or "Deir" in loc) for loc in locations)


def test_evidence_points_into_the_cleaned_text(
    resources: Resources, shared_path: Callable[..., Path]
) -> None:
    text = shared_path("corpus", "southfront-isis-idlib.txt").read_text(encoding="utf-8")
    result = extract_text(text, doc_id="seed", resources=resources)
    assert result.document is not None
    for event in result.events:
        for evidence in event.evidence:
            assert result.document.text[evidence.start : evidence.end] == evidence.text
