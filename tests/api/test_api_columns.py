"""The in-memory event columns answer exactly as the store's SQL does, and reload when events are added."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from api_server import FIXTURES

from flashpoint.articles.readers import iter_articles
from flashpoint.pipeline.ingest import ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.store import open_store
from flashpoint.store.base import EventQuery
from flashpoint.store.views import Interval, SeriesGroup, open_views

QUERIES = [
    EventQuery(),
    EventQuery(limit=2),
    EventQuery(limit=2, offset=3),
    EventQuery(since=date(2025, 2, 1), until=date(2025, 3, 5)),
    EventQuery(event_types=("Battles", "Protests")),
    EventQuery(sub_event_types=("Attack",)),
    EventQuery(actor="  ISLAMIC state "),
    EventQuery(actor="state\x1fsyria"),
    EventQuery(country="NIGERIA"),
    EventQuery(admin1="deir ez-zor"),
    EventQuery(bbox=(35.0, 32.0, 42.0, 37.5)),
    EventQuery(bbox=(170.0, -20.0, -170.0, 0.0)),
    EventQuery(min_fatalities=4, limit=1),
    EventQuery(event_ids=("doc-missing-e0",)),
]


@pytest.mark.parametrize("query", QUERIES, ids=[str(n) for n in range(len(QUERIES))])
def test_columns_match_the_store(api_db: Path, query: EventQuery) -> None:
    store = open_store(api_db, read_only=True)
    views = open_views(api_db)
    try:
        match = views.match_events(query)
        assert match is not None
        assert list(match.ids) == [record.event.id for record in store.events(query)]
        assert match.total == store.count_events(query)
    finally:
        store.close()
        views.close()


def test_claimant_and_text_filters_are_left_to_the_store(api_db: Path) -> None:
    views = open_views(api_db)
    try:
        assert views.match_events(EventQuery(claimant="Amaq")) is None
        assert views.match_events(EventQuery(text="tear gas")) is None
        series = views.time_series(
            EventQuery(claimant="Amaq"), interval=Interval.DAY, group_by=SeriesGroup.TOTAL
        )
        assert [(p.period, p.events) for p in series] == [(date(2025, 3, 2), 1)]
    finally:
        views.close()


def test_columns_reload_when_events_are_added(tmp_path: Path, resources: Resources) -> None:
    db = tmp_path / "grow.db"
    reports = sorted(FIXTURES.glob("*.txt"))
    writer = open_store(db)
    views = open_views(db)
    try:
        ingest_items(iter_articles(reports[:1]), writer, resources)
        first = views.match_events(EventQuery())
        ingest_items(iter_articles(reports[1:2]), writer, resources)
        second = views.match_events(EventQuery())
    finally:
        writer.close()
        views.close()
    assert first is not None and second is not None
    assert first.total == 1
    assert second.total == 2
    assert set(first.ids) < set(second.ids)
