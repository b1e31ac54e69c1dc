"""Events: one coded incident as described by one document, with its claims and evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flashpoint.mentions.model import Stance


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One figure or attribution tied to who says so.

    ``field`` is the event field it bears on (``fatalities``, ``injuries``, ``actor1`` ...);
    ``claimant`` is ``None`` when the text gives no source (the outlet's own voice).
    """

    field: str
    value: str | int
    claimant: str | None
    stance: Stance
    hedge: str | None = None
    quantifier: str | None = None
    victim_group: str | None = None  # for casualty figures: civilian, combatant or unknown (VictimClass)
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Character span in ``Document.text`` supporting one event field."""

    field: str
    start: int
    end: int
    text: str


ACT_FIELD = "act"
"""Evidence of something else the event's report says was done ("two guards were carried off" in an attack on a
base): not a field of the event, a span codings that rank acts read."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    document_id: str
    event_date: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    assoc_actor_2: str | None
    inter1: int | None
    inter2: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    injuries: int
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    notes: tuple[
        str, ...
    ] = ()  # honest caveats: "year inferred from the text", "date is the publication date"
    extractor: str
    extractor_version: str


__all__ = ["ACT_FIELD", "Claim", "Event", "Evidence"]
