"""Model <-> row conversion. Event rows are written through the public JSON contract
(``events.serialize``) and the ``events`` columns carry the contract's field names, so the store never
re-lists an Event's fields and cannot drift from the contract.

A row here is the parameter mapping SQLAlchemy Core takes for one INSERT; it never leaves ``store/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeAlias

from sqlalchemy import RowMapping

from flashpoint._types import JSONObject
from flashpoint.articles.model import Article
from flashpoint.documents.model import Document, RemovedSpan, Sentence
from flashpoint.events.model import Claim, Event, Evidence
from flashpoint.events.serialize import EVENT_FIELDS, claim_to_dict, event_to_dict
from flashpoint.incidents.fingerprint import fingerprint_from_bytes
from flashpoint.incidents.model import Incident, SplitRecord
from flashpoint.incidents.serialize import incident_from_dict, incident_to_dict
from flashpoint.mentions.model import Stance
from flashpoint.store import schema
from flashpoint.store.base import EventRecord, StoredFingerprint

SqlParams: TypeAlias = dict[str, Any]
"""Column name -> value for one INSERT."""

ACTOR_SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in a query, so no match spans two actors
EVENT_COLUMNS: tuple[str, ...] = tuple(name for name in EVENT_FIELDS if name in schema.events.c)
"""The contract fields stored as columns of ``events``: claims and evidence have their own tables, and
derived fields (``figures_by_claimant``, computed from the claims) are not stored."""


def casefold_key(value: str | None) -> str | None:
    return None if value is None else value.strip().casefold()


def actors_key(event: Event) -> str:
    actors = (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return ACTOR_SEPARATOR.join(actor.casefold() for actor in actors if actor)


def article_row(article: Article, ingested_at: datetime) -> SqlParams:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "format": article.format.value,
        "content_hash": article.content_hash,
        "ingested_at": ingested_at,
    }


def document_row(document: Document) -> SqlParams:
    return {
        "id": document.id,
        "article_id": document.article_id,
        "text": document.text,
        "language": document.language,
        "title": document.title,
        "published": document.published,
        "outlet": document.outlet,
        "url": document.url,
        "paragraphs": [[start, end] for start, end in document.paragraphs],
        "sentences": [[s.start, s.end, s.paragraph] for s in document.sentences],
        "removed": [{"kind": span.kind, "text": span.text} for span in document.removed],
    }


def event_row(event: Event, document: Document) -> SqlParams:
    contract = event_to_dict(event)
    row: SqlParams = {name: contract[name] for name in EVENT_COLUMNS}
    row["event_date"] = event.event_date
    row["summary"] = evidence_summary(event, document)
    row["country_key"] = casefold_key(event.country)
    row["admin1_key"] = casefold_key(event.admin1)
    row["actors_key"] = actors_key(event)
    return row


def claim_rows(event: Event) -> list[SqlParams]:
    return [_claim_row(event.id, position, claim) for position, claim in enumerate(event.claims)]


def _claim_row(event_id: str, position: int, claim: Claim) -> SqlParams:
    row: SqlParams = claim_to_dict(claim)
    value = row.pop("value")
    row["value_int"] = value if isinstance(value, int) else None
    row["value_text"] = None if isinstance(value, int) else value
    return {"event_id": event_id, "position": position, **row}


def evidence_rows(event: Event) -> list[SqlParams]:
    return [_evidence_row(event.id, position, item) for position, item in enumerate(event.evidence)]


def _evidence_row(event_id: str, position: int, item: Evidence) -> SqlParams:
    return {
        "event_id": event_id,
        "position": position,
        "field": item.field,
        "start": item.start,
        "end": item.end,
        "text": item.text,
    }


def evidence_summary(event: Event, document: Document) -> str:
    """The document sentences overlapping the event's evidence, in text order.

    Falls back to the evidence texts themselves when the document has no sentence split.
    """
    spans = [(item.start, max(item.end, item.start + 1)) for item in event.evidence]
    chosen = [s for s in document.sentences if any(start < s.end and s.start < end for start, end in spans)]
    if chosen:
        return " ".join(document.text[s.start : s.end].strip() for s in chosen)
    return " ".join(dict.fromkeys(item.text.strip() for item in event.evidence))


def incident_row(incident: Incident, updated_at: datetime) -> SqlParams:
    figure = incident.figure("fatalities")
    actors = {a.casefold() for m in incident.members for a in m.actors}
    return {
        "id": incident.id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "first_date": incident.first_date,
        "last_date": incident.last_date,
        "country": incident.country,
        "admin1": incident.admin1,
        "latitude": incident.latitude,
        "longitude": incident.longitude,
        "fatalities": figure.conservative if figure else 0,
        "source_count": incident.source_count,
        "member_count": len(incident.members),
        "first_reported": incident.first_reported,
        "last_reported": incident.last_reported,
        "data": incident_to_dict(incident),
        "updated_at": updated_at,
        "country_key": casefold_key(incident.country),
        "actors_key": ACTOR_SEPARATOR.join(sorted(actors)),
    }


def incident_member_rows(incident: Incident) -> list[SqlParams]:
    return [{"event_id": event_id, "incident_id": incident.id} for event_id in incident.event_ids]


def incident_from_row(row: RowMapping) -> Incident:
    data: JSONObject = row["data"]
    return incident_from_dict(data)


def split_row(record: SplitRecord, at: datetime) -> SqlParams:
    return {
        "id": record.id,
        "incident_id": record.incident_id,
        "new_incident_id": record.new_incident_id,
        "moved": list(record.moved),
        "kept": list(record.kept),
        "at": at,
    }


def split_from_row(row: RowMapping) -> SplitRecord:
    return SplitRecord(
        id=int(row["id"]),
        incident_id=row["incident_id"],
        new_incident_id=row["new_incident_id"],
        moved=tuple(row["moved"]),
        kept=tuple(row["kept"]),
    )


def fingerprint_row(record: StoredFingerprint) -> SqlParams:
    return {
        "article_id": record.article_id,
        "signature": record.fingerprint.to_bytes(),
        "duplicate_of": record.duplicate_of,
        "source_key": record.source_key,
    }


def band_rows(record: StoredFingerprint) -> list[SqlParams]:
    return [
        {"band_key": key, "article_id": record.article_id} for key in dict.fromkeys(record.fingerprint.bands)
    ]


def stored_fingerprint_from_row(row: RowMapping) -> StoredFingerprint:
    return StoredFingerprint(
        article_id=row["article_id"],
        fingerprint=fingerprint_from_bytes(bytes(row["signature"])),
        source_key=row["source_key"],
        duplicate_of=row["duplicate_of"],
    )


def event_from_rows(row: RowMapping, claims: Sequence[RowMapping], evidence: Sequence[RowMapping]) -> Event:
    """The stored event. Column names are the contract's field names, which are Event's."""
    fields: dict[str, Any] = {name: row[name] for name in EVENT_COLUMNS}
    fields["notes"] = tuple(fields["notes"])
    return Event(
        **fields,
        claims=tuple(_claim(claim) for claim in claims),
        evidence=tuple(_evidence(item) for item in evidence),
    )


def _claim(row: RowMapping) -> Claim:
    return Claim(
        field=row["field"],
        value=row["value_int"] if row["value_int"] is not None else row["value_text"],
        claimant=row["claimant"],
        stance=Stance(row["stance"]),
        hedge=row["hedge"],
        quantifier=row["quantifier"],
        victim_group=row["victim_group"],
        start=row["start"],
        end=row["end"],
    )


def _evidence(row: RowMapping) -> Evidence:
    return Evidence(field=row["field"], start=row["start"], end=row["end"], text=row["text"])


def record_from_row(row: RowMapping, event: Event) -> EventRecord:
    return EventRecord(
        event=event,
        article_id=row["article_id"],
        source=row["article_source"],
        url=row["article_url"],
        outlet=row["article_outlet"],
        title=row["article_title"],
        published=row["article_published"],
        ingested_at=as_utc(row["article_ingested_at"]),
        summary=row["summary"],
    )


def as_utc(moment: datetime) -> datetime:
    """Datetimes come back naive from SQLite; the store always writes UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def document_from_row(row: RowMapping) -> Document:
    return Document(
        id=row["id"],
        article_id=row["article_id"],
        text=row["text"],
        paragraphs=tuple((int(start), int(end)) for start, end in row["paragraphs"]),
        sentences=tuple(Sentence(start=s, end=e, paragraph=p) for s, e, p in row["sentences"]),
        language=row["language"],
        title=row["title"],
        published=row["published"],
        outlet=row["outlet"],
        url=row["url"],
        removed=_removed_spans(row["removed"]),
    )


def _removed_spans(items: Iterable[dict[str, str]]) -> tuple[RemovedSpan, ...]:
    return tuple(RemovedSpan(kind=item["kind"], text=item["text"]) for item in items)


__all__ = [
    "EVENT_COLUMNS",
    "SqlParams",
    "article_row",
    "as_utc",
    "band_rows",
    "claim_rows",
    "document_from_row",
    "document_row",
    "event_from_rows",
    "event_row",
    "evidence_rows",
    "evidence_summary",
    "fingerprint_row",
    "incident_from_row",
    "incident_member_rows",
    "incident_row",
    "record_from_row",
    "split_from_row",
    "split_row",
    "stored_fingerprint_from_row",
]
