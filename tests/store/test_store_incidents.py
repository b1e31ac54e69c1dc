"""Incidents and article fingerprints in the store: save, query, split, fingerprints, the updater."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from store_builders import REPORT, make_article, make_document, make_event

from flashpoint.errors import StoreError
from flashpoint.events.model import Event
from flashpoint.incidents.cluster import SplitError, cluster_members
from flashpoint.incidents.fingerprint import fingerprint_text
from flashpoint.incidents.merge import member_from_event
from flashpoint.incidents.model import Incident
from flashpoint.mentions.sources import SourceRegistry
from flashpoint.pipeline.incidents import IncidentUpdater, rebuild_incidents
from flashpoint.store import SqlStore, open_store
from flashpoint.store.base import IncidentQuery
from flashpoint.store.export import (
    INCIDENT_CSV_COLUMNS,
    write_incidents_csv,
    write_incidents_geojson,
    write_incidents_jsonl,
)


def _store_reports(store: SqlStore, keys: list[str], **event_overrides: object) -> list[Event]:
    events = []
    for key in keys:
        article = make_article(key, outlet=f"Outlet {key}")
        document = make_document(article)
        event = make_event(document, **event_overrides)
        store.save_article(article, document, [event])
        events.append(event)
    return events


def _incidents(events: list[Event]) -> list[Incident]:
    members = [
        member_from_event(e, article_id=e.document_id, outlet=None, source_key=e.document_id, reported=None)
        for e in events
    ]
    return cluster_members(members)


def test_saved_incident_reads_back_whole(store: SqlStore) -> None:
    (incident,) = _incidents(_store_reports(store, ["a", "b"]))
    store.save_incidents([incident])
    assert store.get_incident(incident.id) == incident
    assert store.count_incidents(IncidentQuery()) == 1
    assert store.incident_ids_for_events(list(incident.event_ids)) == dict.fromkeys(
        incident.event_ids, incident.id
    )


@pytest.mark.parametrize(
    ("query", "matches"),
    [
        (IncidentQuery(), 1),
        (IncidentQuery(since=date(2025, 6, 10), until=date(2025, 6, 10)), 1),
        (IncidentQuery(since=date(2025, 6, 11)), 0),
        (IncidentQuery(country="syria"), 1),
        (IncidentQuery(country="Iraq"), 0),
        (IncidentQuery(event_types=("Attack",)), 1),
        (IncidentQuery(event_types=("Protests",)), 0),
        (IncidentQuery(actor="armed group"), 1),
        (IncidentQuery(min_sources=2), 1),
        (IncidentQuery(min_sources=3), 0),
        (IncidentQuery(min_fatalities=6), 1),
        (IncidentQuery(min_fatalities=7), 0),
        (IncidentQuery(bbox=(36.0, 36.0, 37.0, 37.0)), 1),
        (IncidentQuery(bbox=(40.0, 36.0, 41.0, 37.0)), 0),
    ],
    ids=[
        "all",
        "date-overlap",
        "after",
        "country-casefold",
        "other-country",
        "sub-type",
        "other-type",
        "actor",
        "two-sources",
        "three-sources",
        "fatalities",
        "too-few-fatalities",
        "bbox",
        "bbox-elsewhere",
    ],
)
def test_incident_filters(store: SqlStore, query: IncidentQuery, matches: int) -> None:
    store.save_incidents(_incidents(_store_reports(store, ["a", "b"])))
    assert len(store.incidents(query)) == matches
    assert store.count_incidents(query) == matches


def test_split_is_saved_recorded_and_survives_a_rebuild(store: SqlStore) -> None:
    events = _store_reports(store, ["a", "b", "c"])
    (incident,) = _incidents(events)
    store.save_incidents([incident])
    moved = events[2].id
    kept, new = store.split_incident(incident.id, [moved])
    assert kept.id == incident.id and moved not in kept.event_ids and new.event_ids == (moved,)
    assert store.incident_ids_for_events([moved]) == {moved: new.id}
    (record,) = store.incident_splits()
    assert record.moved == (moved,) and record.incident_id == incident.id
    assert rebuild_incidents(store) == 2
    assert sorted(len(i.members) for i in store.incidents(IncidentQuery())) == [1, 2]


def test_split_of_unknown_incident_or_bad_events_is_refused(store: SqlStore) -> None:
    (incident,) = _incidents(_store_reports(store, ["a", "b"]))
    store.save_incidents([incident])
    with pytest.raises(StoreError, match="E311"):
        store.split_incident("inc-nope", ["x"])
    with pytest.raises(SplitError, match="E610"):
        store.split_incident(incident.id, list(incident.event_ids))
    assert store.incident_splits() == []


def test_read_only_store_refuses_incident_writes(store: SqlStore, db_path: object) -> None:
    reader = open_store(str(db_path), read_only=True)
    try:
        with pytest.raises(StoreError, match="E304"):
            reader.save_incidents(_incidents(_store_reports(store, ["a"])))
    finally:
        reader.close()


def test_fingerprint_lookup_finds_a_stored_near_duplicate(store: SqlStore) -> None:
    article = make_article("a")
    store.save_article(article, make_document(article), [])
    fingerprint = fingerprint_text(article.raw)
    store.save_fingerprint(article.id, fingerprint, source_key="outlet a", duplicate_of=None)
    (found,) = store.fingerprint_candidates(fingerprint_text(article.raw + " Share this story."))
    assert found.article_id == article.id and found.source_key == "outlet a"
    assert found.fingerprint == fingerprint
    assert store.fingerprint_candidates(fingerprint_text("An unrelated protest over bread prices.")) == []


def test_updater_counts_a_repost_as_its_original_source(store: SqlStore) -> None:
    updater = IncidentUpdater(store, SourceRegistry.load())
    ids = []
    for key, text_suffix in (("wire", ""), ("repost", " Share this story.")):
        article = make_article(key, outlet=f"Outlet {key}", text=REPORT + text_suffix)
        document = make_document(article)
        event = make_event(document)
        store.save_article(article, document, [event])
        ids.extend(updater.add(article, document, [event]))
    updater.flush()
    assert ids[0] == ids[1]
    incident = store.get_incident(ids[0])
    assert incident is not None and len(incident.members) == 2 and incident.source_count == 1
    stored = store.get_fingerprint("article-repost")
    assert stored is not None and stored.duplicate_of == "article-wire"


def test_updater_joins_stored_incidents_without_a_rebuild(store: SqlStore, db_path: object) -> None:
    first = IncidentUpdater(store, SourceRegistry.load())
    article = make_article("a", outlet="Outlet a")
    document = make_document(article)
    event = make_event(document)
    store.save_article(article, document, [event])
    (incident_id,) = first.add(article, document, [event])
    first.flush()
    later = IncidentUpdater(store, SourceRegistry.load())  # a later ingest run
    other = make_article("b", outlet="Outlet b", raw="Traders at the Kafr Dalil market were attacked.")
    other_doc = make_document(other)
    other_event = make_event(other_doc)
    store.save_article(other, other_doc, [other_event])
    assert later.add(other, other_doc, [other_event]) == (incident_id,)
    later.flush()
    incident = store.get_incident(incident_id)
    assert incident is not None and incident.source_count == 2


def test_incident_exports(store: SqlStore) -> None:
    store.save_incidents(_incidents(_store_reports(store, ["a", "b"])))
    out = io.StringIO()
    assert write_incidents_csv(store.iter_incidents(IncidentQuery()), out) == 1
    header, row = out.getvalue().splitlines()[:2]
    assert header.split(",") == list(INCIDENT_CSV_COLUMNS)
    assert "Syria" in row
    geo = io.StringIO()
    assert write_incidents_geojson(store.iter_incidents(IncidentQuery()), geo) == 1
    feature = json.loads(geo.getvalue())["features"][0]
    assert feature["geometry"]["coordinates"] == [36.6, 36.1]
    lines = io.StringIO()
    assert write_incidents_jsonl(store.iter_incidents(IncidentQuery()), lines) == 1
    assert json.loads(lines.getvalue())["source_count"] == 2
