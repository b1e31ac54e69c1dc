"""The public JSON contract for events (``flashpoint extract``, JSONL export, the API).

Field names and meanings are documented in the README ("JSON contract") and must stay stable:
add fields, never rename or remove them.
"""

from __future__ import annotations

from datetime import date

from flashpoint._types import JSONObject, JSONValue
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
)


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
    }
    return {name: values[name] for name in EVENT_FIELDS}


def claim_from_dict(data: JSONObject) -> Claim:
    value = data["value"]
    return Claim(
        field=str(data["field"]),
        value=value if isinstance(value, int) else str(value),
        claimant=_opt_str(data.get("claimant")),
        stance=Stance(str(data["stance"])),
        hedge=_opt_str(data.get("hedge")),
        quantifier=_opt_str(data.get("quantifier")),
        victim_group=_opt_str(data.get("victim_group")),
        start=_int(data["start"]),
        end=_int(data["end"]),
    )


def evidence_from_dict(data: JSONObject) -> Evidence:
    return Evidence(
        field=str(data["field"]), start=_int(data["start"]), end=_int(data["end"]), text=str(data["text"])
    )


def event_from_dict(data: JSONObject) -> Event:
    """Inverse of :func:`event_to_dict` (used by the store and by tests of the contract)."""
    raw_date = data.get("event_date")
    return Event(
        id=str(data["id"]),
        document_id=str(data["document_id"]),
        event_date=date.fromisoformat(str(raw_date)) if raw_date else None,
        time_precision=_int(data["time_precision"]),
        event_type=str(data["event_type"]),
        sub_event_type=str(data["sub_event_type"]),
        actor1=_opt_str(data.get("actor1")),
        assoc_actor_1=_opt_str(data.get("assoc_actor_1")),
        actor2=_opt_str(data.get("actor2")),
        assoc_actor_2=_opt_str(data.get("assoc_actor_2")),
        inter1=_opt_int(data.get("inter1")),
        inter2=_opt_int(data.get("inter2")),
        country=_opt_str(data.get("country")),
        admin1=_opt_str(data.get("admin1")),
        admin2=_opt_str(data.get("admin2")),
        location=_opt_str(data.get("location")),
        latitude=_opt_float(data.get("latitude")),
        longitude=_opt_float(data.get("longitude")),
        geo_precision=_opt_int(data.get("geo_precision")),
        fatalities=_int(data["fatalities"]),
        injuries=_int(data["injuries"]),
        claims=tuple(claim_from_dict(_obj(c)) for c in _list(data.get("claims"))),
        evidence=tuple(evidence_from_dict(_obj(e)) for e in _list(data.get("evidence"))),
        confidence=float(str(data["confidence"])),
        notes=tuple(str(n) for n in _list(data.get("notes"))),
        extractor=str(data["extractor"]),
        extractor_version=str(data["extractor_version"]),
    )


def _opt_str(value: JSONValue | None) -> str | None:
    return None if value is None else str(value)


def _int(value: JSONValue | None) -> int:
    return int(str(value))


def _opt_int(value: JSONValue | None) -> int | None:
    return None if value is None else int(str(value))


def _opt_float(value: JSONValue | None) -> float | None:
    return None if value is None else float(str(value))


def _list(value: JSONValue | None) -> list[JSONValue]:
    return value if isinstance(value, list) else []


def _obj(value: JSONValue) -> JSONObject:
    return value if isinstance(value, dict) else {}


__all__ = ["EVENT_FIELDS", "event_from_dict", "event_to_dict"]
