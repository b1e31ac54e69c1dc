"""Project-written (fictional) member events for the incident tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from flashpoint._types import JSONValue
from flashpoint.events.model import Claim, Event
from flashpoint.events.serialize import event_from_dict
from flashpoint.incidents.model import IncidentMember
from flashpoint.mentions.model import Stance

STRIKE_DAY = date(2025, 6, 10)


def member(event_id: str, **overrides: Any) -> IncidentMember:
    """A drone strike on the market of the fictional town of Kafr Dalil (35.9 N, 36.6 E) by default."""
    values: dict[str, Any] = {
        "event_id": event_id,
        "article_id": f"article-{event_id}",
        "outlet": "Meridian Wire",
        "source_key": "meridian wire",
        "reported": STRIKE_DAY,
        "event_date": STRIKE_DAY,
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actors": ("Northern Wolves Brigade",),
        "country": "Syria",
        "admin1": "Idlib",
        "admin2": None,
        "location": "Kafr Dalil",
        "latitude": 35.90,
        "longitude": 36.60,
        "geo_precision": 1,
        "fatalities": 6,
        "injuries": 0,
        "claims": (),
        "keywords": ("drone", "strike", "market", "kafr", "dalil"),
    }
    values.update(overrides)
    return IncidentMember(**values)


def coded_event(event_id: str, **overrides: Any) -> Event:
    """The coded event of :func:`member`'s default strike on Kafr Dalil (no actor unless given)."""
    base = member(event_id)
    data: dict[str, JSONValue] = {
        "id": event_id,
        "document_id": f"doc-{event_id}",
        "event_date": "2025-06-10",
        "time_precision": 1,
        "event_type": base.event_type,
        "sub_event_type": base.sub_event_type,
        "actor1": None,
        "inter1": None,
        "inter2": None,
        "country": "Syria",
        "admin1": "Idlib",
        "location": "Kafr Dalil",
        "latitude": 35.9,
        "longitude": 36.6,
        "geo_precision": 1,
        "fatalities": 6,
        "injuries": 0,
        "confidence": 0.8,
        "extractor": "test",
        "extractor_version": "0",
    }
    return replace(event_from_dict(data), **overrides)


def deaths(
    value: int, claimant: str | None, *, hedge: str | None = None, quantifier: str | None = None
) -> Claim:
    return Claim(
        field="fatalities",
        value=value,
        claimant=claimant,
        stance=Stance.ASSERTS if value or claimant is None else Stance.DENIES,
        hedge=hedge,
        quantifier=quantifier,
        victim_group="unknown",
        start=0,
        end=1,
    )


def denial(claimant: str) -> Claim:
    return Claim(
        field="fatalities",
        value=0,
        claimant=claimant,
        stance=Stance.DENIES,
        victim_group="unknown",
        start=0,
        end=1,
    )
