"""The public JSON contract for events (``flashpoint extract``, JSONL export, the API).

Field names and meanings are documented in the README ("JSON contract") and must stay stable:
add fields, never rename or remove them.
"""

from __future__ import annotations

from datetime import date

from flashpoint._json import as_int, as_list, as_obj, opt_float, opt_int, opt_str
from flashpoint._types import JSONObject, JSONValue
from flashpoint.events.claims import ClaimantFigures, figures_by_claimant
from flashpoint.events.model import Claim, Event, Evidence
from flashpoint.mentions.model import Stance

EVENT_FIELDS: tuple[str, ...] = (
    "id",
    "document_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "injuries",
    "claims",
    "evidence",
    "confidence",
    "notes",
    "extractor",
    "extractor_version",
    "figures_by_claimant",
)
"""``figures_by_claimant`` is derived from ``claims`` (per claimant low, best and high of fatalities and
injuries), so :func:`event_from_dict` ignores it."""


def claim_to_dict(claim: Claim) -> JSONObject:
    return {
        "field": claim.field,
        "value": claim.value,
        "claimant": claim.claimant,
        "stance": claim.stance.value,
        "hedge": claim.hedge,
        "quantifier": claim.quantifier,
        "victim_group": claim.victim_group,
        "start": claim.start,
        "end": claim.end,
    }


def figures_to_dict(figures: ClaimantFigures) -> JSONObject:
    return {
        "field": figures.field,
        "claimant": figures.claimant,
        "stance": figures.stance.value,
        "low": figures.low,
        "best": figures.best,
        "high": figures.high,
        "quantifiers": list(figures.quantifiers),
        "hedges": list(figures.hedges),
    }


def evidence_to_dict(evidence: Evidence) -> JSONObject:
    return {"field": evidence.field, "start": evidence.start, "end": evidence.end, "text": evidence.text}


def event_to_dict(event: Event) -> JSONObject:
    """The event as a JSON object with the contract's field names, in the contract's order."""
    values: dict[str, JSONValue] = {
        "id": event.id,
        "document_id": event.document_id,
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "fatalities": event.fatalities,
        "injuries": event.injuries,
        "claims": [claim_to_dict(c) for c in event.claims],
        "evidence": [evidence_to_dict(e) for e in event.evidence],
        "confidence": event.confidence,
        "notes": list(event.notes),
        "extractor": event.extractor,
        "extractor_version": event.extractor_version,
        "figures_by_claimant": [
            figures_to_dict(f)
            for field in ("fatalities", "injuries")
            for f in figures_by_claimant(event.claims, field)
        ],
    }
    return {name: values[name] for name in EVENT_FIELDS}


def claim_from_dict(data: JSONObject) -> Claim:
    value = data["value"]
    return Claim(
        field=str(data["field"]),
        value=value if isinstance(value, int) else str(value),
        claimant=opt_str(data.get("claimant")),
        stance=Stance(str(data["stance"])),
        hedge=opt_str(data.get("hedge")),
        quantifier=opt_str(data.get("quantifier")),
        victim_group=opt_str(data.get("victim_group")),
        start=as_int(data["start"]),
        end=as_int(data["end"]),
    )


def evidence_from_dict(data: JSONObject) -> Evidence:
    return Evidence(
        field=str(data["field"]), start=as_int(data["start"]), end=as_int(data["end"]), text=str(data["text"])
    )


def event_from_dict(data: JSONObject) -> Event:
    """Inverse of :func:`event_to_dict` (used by the store and by tests of the contract)."""
    raw_date = data.get("event_date")
    return Event(
        id=str(data["id"]),
        document_id=str(data["document_id"]),
        event_date=date.fromisoformat(str(raw_date)) if raw_date else None,
        time_precision=as_int(data["time_precision"]),
        event_type=str(data["event_type"]),
        sub_event_type=str(data["sub_event_type"]),
        actor1=opt_str(data.get("actor1")),
        assoc_actor_1=opt_str(data.get("assoc_actor_1")),
        actor2=opt_str(data.get("actor2")),
        assoc_actor_2=opt_str(data.get("assoc_actor_2")),
        inter1=opt_int(data.get("inter1")),
        inter2=opt_int(data.get("inter2")),
        country=opt_str(data.get("country")),
        admin1=opt_str(data.get("admin1")),
        admin2=opt_str(data.get("admin2")),
        location=opt_str(data.get("location")),
        latitude=opt_float(data.get("latitude")),
        longitude=opt_float(data.get("longitude")),
        geo_precision=opt_int(data.get("geo_precision")),
        fatalities=as_int(data["fatalities"]),
        injuries=as_int(data["injuries"]),
        claims=tuple(claim_from_dict(as_obj(c)) for c in as_list(data.get("claims"))),
        evidence=tuple(evidence_from_dict(as_obj(e)) for e in as_list(data.get("evidence"))),
        confidence=float(str(data["confidence"])),
        notes=tuple(str(n) for n in as_list(data.get("notes"))),
        extractor=str(data["extractor"]),
        extractor_version=str(data["extractor_version"]),
    )


__all__ = ["EVENT_FIELDS", "event_from_dict", "event_to_dict", "figures_to_dict"]
