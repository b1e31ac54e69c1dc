"""Time series, actor / place / claimant lists, articles with evidence and search: over HTTP and in-process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest

from flashpoint.store.base import EventQuery
from flashpoint.store.views import Interval, SeriesGroup, fold_series, open_views, period_of


@pytest.mark.parametrize(
    ("day", "interval", "expected"),
    [
        (date(2025, 3, 2), Interval.DAY, date(2025, 3, 2)),
        (date(2025, 3, 2), Interval.WEEK, date(2025, 2, 24)),  # a Sunday: its ISO week began on Monday
        (date(2025, 3, 3), Interval.WEEK, date(2025, 3, 3)),  # a Monday
    ],
    ids=["day", "sunday", "monday"],
)
def test_period_of(day: date, interval: Interval, expected: date) -> None:
    assert period_of(day, interval) == expected


def test_fold_series_sums_days_into_weeks_and_keeps_the_top_groups() -> None:
    rows = [
        (date(2025, 3, 3), "Homs", 2, 5),
        (date(2025, 3, 5), "Homs", 1, 1),
        (date(2025, 3, 4), "Idlib", 1, 0),
        (date(2025, 3, 4), None, 1, 0),
        (date(2025, 3, 11), "Homs", 1, 0),
    ]
    points = fold_series(rows, interval=Interval.WEEK, top=1)
    assert [(p.period, p.key, p.events, p.fatalities) for p in points] == [
        (date(2025, 3, 3), "Homs", 3, 6),
        (date(2025, 3, 10), "Homs", 1, 0),
    ]


def test_time_series_by_type_per_week(client: httpx.Client) -> None:
    body = client.get("/api/timeseries", params={"group_by": "event_type", "interval": "week"}).json()
    assert body["interval"] == "week"
    assert sum(p["events"] for p in body["points"]) == 4
    battles = [p for p in body["points"] if p["key"] == "Battles"]
    assert [p["period"] for p in battles] == ["2025-02-24", "2025-03-10"]
    assert sum(p["fatalities"] for p in battles) == 7


def test_trend_of_one_actor_per_region(client: httpx.Client) -> None:
    params = {"group_by": "admin1", "interval": "day", "actor": "Islamic State (Syria)"}
    body = client.get("/api/timeseries", params=params).json()
    assert [(p["period"], p["key"], p["events"]) for p in body["points"]] == [
        ("2025-03-02", "Homs", 1),
        ("2025-03-10", "Deir ez-Zor", 1),
    ]


def test_actor_place_and_claimant_lists(client: httpx.Client) -> None:
    actors = {a["name"]: a for a in client.get("/api/actors").json()}
    # "suspected Boko Haram gunmen" in 2025: since the 2016 split the name stands for either faction, so the
    # suspected group is the joint actor; the police's toll is a claim on the same event
    boko_haram = "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert actors[boko_haram]["events"] == 1
    assert "Unidentified Armed Group (Nigeria)" not in actors
    assert (actors["Islamic State (Syria)"]["events"], actors["Islamic State (Syria)"]["fatalities"]) == (
        2,
        7,
    )
    places = client.get("/api/places", params={"country": "Syria"}).json()
    assert {(p["country"], p["admin1"]) for p in places} == {("Syria", "Homs"), ("Syria", "Deir ez-Zor")}
    claimants = {c["name"] for c in client.get("/api/claimants").json()}
    assert {"Amaq", "military sources", "residents"} <= claimants


def test_article_text_keeps_markup_as_text_with_evidence_offsets(client: httpx.Client) -> None:
    nigeria = client.get("/api/events", params={"country": "Nigeria", "limit": 1}).json()["items"][0]
    article = client.get(f"/api/articles/{nigeria['article_id']}").json()
    assert "<script>" in article["text"]
    assert nigeria["id"] in article["event_ids"]
    evidence = [s for s in article["spans"] if s["kind"] == "evidence" and s["event_id"] == nigeria["id"]]
    assert evidence
    by_field = {(e["field"], e["text"]) for e in nigeria["evidence"]}
    for span in evidence:
        assert (span["field"], article["text"][span["start"] : span["end"]]) in by_field


def test_search_finds_places_actors_and_claimants(client: httpx.Client) -> None:
    hits = client.get("/api/search", params={"q": "deir"}).json()["hits"]
    assert {"kind": "place", "label": "Deir ez-Zor", "id": None, "events": 1} in hits
    kinds = {h["kind"] for h in client.get("/api/search", params={"q": "amaq"}).json()["hits"]}
    assert kinds == {"claimant"}


def test_views_in_process_match_the_filters(api_db: Path) -> None:
    views = open_views(api_db)
    try:
        series = views.time_series(
            EventQuery(country="Nigeria"), interval=Interval.DAY, group_by=SeriesGroup.TOTAL
        )
        assert [(p.period, p.key, p.events, p.fatalities) for p in series] == [
            (date(2025, 1, 20), "total", 1, 4)
        ]
        assert views.article("missing") is None
        assert views.article_id_of("doc-missing-e0") is None
        assert views.search("   ") == []
    finally:
        views.close()
