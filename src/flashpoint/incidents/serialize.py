"""The public JSON contract for incidents (``flashpoint incidents``, JSONL export, the API, the store).

Field names are stable: add fields, never rename or remove them. ``incident_from_dict`` inverts
``incident_to_dict`` exactly (the store keeps incidents in this form).
"""

from __future__ import annotations

from datetime import date

from flashpoint._json import as_int, as_list, as_obj, as_str, opt_date, opt_float, opt_int, opt_str
from flashpoint._types import JSONObject, JSONValue
from flashpoint.events.serialize import claim_from_dict, claim_to_dict
from flashpoint.incidents.model import (
    ClaimSummary,
    FieldValue,
    FigureRange,
    Incident,
    IncidentMember,
    MergedField,
)

INCIDENT_FIELDS: tuple[str, ...] = (
    "id",
    "event_type",
    "sub_event_type",
    "first_date",
    "last_date",
    "time_precision",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "fatalities",
    "injuries",
    "source_count",
    "sources",
    "first_reported",
    "last_reported",
    "event_ids",
    "fields",
    "claims",
    "members",
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def figure_to_dict(figure: FigureRange) -> JSONObject:
    return {"low": figure.low, "conservative": figure.conservative, "high": figure.high}


def claim_summary_to_dict(summary: ClaimSummary) -> JSONObject:
    return {
        "field": summary.field,
        "claimant": summary.claimant,
        "own_voice": summary.own_voice,
        "low": summary.low,
        "best": summary.best,
        "high": summary.high,
        "claims": summary.claims,
        "event_ids": list(summary.event_ids),
    }


def _value_to_dict(value: FieldValue) -> JSONObject:
    return {"value": value.value, "event_ids": list(value.event_ids), "sources": value.sources}


def merged_field_to_dict(merged: MergedField) -> JSONObject:
    return {
        "name": merged.name,
        "value": merged.value,
        "event_ids": list(merged.event_ids),
        "alternatives": [_value_to_dict(v) for v in merged.alternatives],
    }


def member_to_dict(member: IncidentMember) -> JSONObject:
    return {
        "event_id": member.event_id,
        "article_id": member.article_id,
        "outlet": member.outlet,
        "source_key": member.source_key,
        "reported": _iso(member.reported),
        "event_date": _iso(member.event_date),
        "time_precision": member.time_precision,
        "event_type": member.event_type,
        "sub_event_type": member.sub_event_type,
        "actors": list(member.actors),
        "country": member.country,
        "admin1": member.admin1,
        "admin2": member.admin2,
        "location": member.location,
        "latitude": member.latitude,
        "longitude": member.longitude,
        "geo_precision": member.geo_precision,
        "fatalities": member.fatalities,
        "injuries": member.injuries,
        "claims": [claim_to_dict(c) for c in member.claims],
        "keywords": list(member.keywords),
    }


def incident_to_dict(incident: Incident) -> JSONObject:
    """The incident as a JSON object with the contract's field names, in the contract's order.

    ``fatalities`` / ``injuries`` are ``{"low", "conservative", "high"}`` over every report.
    """
    figures = {f.field: figure_to_dict(f) for f in incident.figures}
    empty: JSONObject = {"low": 0, "conservative": 0, "high": 0}
    values: dict[str, JSONValue] = {
        "id": incident.id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "first_date": _iso(incident.first_date),
        "last_date": _iso(incident.last_date),
        "time_precision": incident.time_precision,
        "country": incident.country,
        "admin1": incident.admin1,
        "location": incident.location,
        "latitude": incident.latitude,
        "longitude": incident.longitude,
        "geo_precision": incident.geo_precision,
        "actors": list(incident.actors),
        "fatalities": figures.get("fatalities", empty),
        "injuries": figures.get("injuries", empty),
        "source_count": incident.source_count,
        "sources": list(incident.sources),
        "first_reported": _iso(incident.first_reported),
        "last_reported": _iso(incident.last_reported),
        "event_ids": list(incident.event_ids),
        "fields": [merged_field_to_dict(f) for f in incident.fields],
        "claims": [claim_summary_to_dict(c) for c in incident.claims],
        "members": [member_to_dict(m) for m in incident.members],
    }
    return {name: values[name] for name in INCIDENT_FIELDS}


# --- reading back -----------------------------------------------------------------------------------
def incident_from_dict(data: JSONObject) -> Incident:
    """Inverse of :func:`incident_to_dict`."""
    return Incident(
        id=as_str(data["id"]),
        event_type=as_str(data["event_type"]),
        sub_event_type=as_str(data["sub_event_type"]),
        first_date=opt_date(data.get("first_date")),
        last_date=opt_date(data.get("last_date")),
        time_precision=as_int(data["time_precision"]),
        country=opt_str(data.get("country")),
        admin1=opt_str(data.get("admin1")),
        location=opt_str(data.get("location")),
        latitude=opt_float(data.get("latitude")),
        longitude=opt_float(data.get("longitude")),
        geo_precision=opt_int(data.get("geo_precision")),
        actors=tuple(as_str(a) for a in as_list(data.get("actors"))),
        fields=tuple(_merged(as_obj(f)) for f in as_list(data.get("fields"))),
        members=tuple(member_from_dict(as_obj(m)) for m in as_list(data.get("members"))),
        sources=tuple(as_str(s) for s in as_list(data.get("sources"))),
        first_reported=opt_date(data.get("first_reported")),
        last_reported=opt_date(data.get("last_reported")),
        figures=tuple(
            _figure(name, as_obj(data.get(name))) for name in ("fatalities", "injuries") if name in data
        ),
        claims=tuple(_claim_summary(as_obj(c)) for c in as_list(data.get("claims"))),
    )


def member_from_dict(data: JSONObject) -> IncidentMember:
    return IncidentMember(
        event_id=as_str(data["event_id"]),
        article_id=as_str(data["article_id"]),
        outlet=opt_str(data.get("outlet")),
        source_key=as_str(data["source_key"]),
        reported=opt_date(data.get("reported")),
        event_date=opt_date(data.get("event_date")),
        time_precision=as_int(data["time_precision"]),
        event_type=as_str(data["event_type"]),
        sub_event_type=as_str(data["sub_event_type"]),
        actors=tuple(as_str(a) for a in as_list(data.get("actors"))),
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
        keywords=tuple(as_str(k) for k in as_list(data.get("keywords"))),
    )


def _figure(name: str, data: JSONObject) -> FigureRange:
    return FigureRange(
        field=name,
        low=as_int(data["low"]),
        conservative=as_int(data["conservative"]),
        high=as_int(data["high"]),
    )


def _merged(data: JSONObject) -> MergedField:
    return MergedField(
        name=as_str(data["name"]),
        value=_scalar(data.get("value")),
        event_ids=tuple(as_str(e) for e in as_list(data.get("event_ids"))),
        alternatives=tuple(
            FieldValue(
                value=_scalar(item.get("value")),
                event_ids=tuple(as_str(e) for e in as_list(item.get("event_ids"))),
                sources=as_int(item["sources"]),
            )
            for item in map(as_obj, as_list(data.get("alternatives")))
        ),
    )


def _claim_summary(data: JSONObject) -> ClaimSummary:
    return ClaimSummary(
        field=as_str(data["field"]),
        claimant=opt_str(data.get("claimant")),
        own_voice=bool(data.get("own_voice")),
        low=as_int(data["low"]),
        best=as_int(data["best"]),
        high=as_int(data["high"]),
        claims=as_int(data["claims"]),
        event_ids=tuple(as_str(e) for e in as_list(data.get("event_ids"))),
    )


def _scalar(value: JSONValue | None) -> str | int | float | None:
    return value if isinstance(value, str | int | float) and not isinstance(value, bool) else None


__all__ = ["INCIDENT_FIELDS", "incident_from_dict", "incident_to_dict", "member_from_dict", "member_to_dict"]
