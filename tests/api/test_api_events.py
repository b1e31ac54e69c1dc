"""The events API against a real ``flashpoint serve`` process over the fictional reports in fixtures/."""

from __future__ import annotations

import csv
import io

import httpx
import pytest


def _count(client: httpx.Client, **params: str | int) -> int:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    page = response.json()
    assert len(page["items"]) == page["total"]
    return int(page["total"])


def test_health_reports_the_stored_events(client: httpx.Client) -> None:
    body = client.get("/api/health").json()
    assert body == {"status": "ok", "events": 4, "read_only": True}


def test_events_come_newest_first_with_their_source(client: httpx.Client) -> None:
    page = client.get("/api/events").json()
    dates = [item["event_date"] for item in page["items"]]
    assert page["total"] == 4
    assert dates == sorted(dates, reverse=True)
    homs = next(item for item in page["items"] if item["admin1"] == "Homs")
    assert homs["event_type"] == "Battles"
    assert homs["article_id"]
    assert "Islamic State" in homs["summary"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "Battles"}, 2),
        ({"type": "Protests"}, 1),
        ({"sub_type": "Armed clash"}, 2),
        ({"since": "2025-03-01"}, 2),
        ({"until": "2025-01-31"}, 1),
        ({"since": "2025-02-01", "until": "2025-02-28"}, 1),
        ({"bbox": "35,32,42,37.5"}, 2),
        ({"bbox": "35,32,42,37.5", "since": "2025-03-05"}, 1),
        ({"country": "nigeria"}, 1),
        ({"admin1": "Homs"}, 1),
        ({"actor": "islamic state (syria)"}, 2),  # actor1 or actor2
        ({"claimant": "Amaq"}, 1),
        ({"min_fatalities": 4}, 2),
        ({"q": "tear gas"}, 1),
        ({"type": "Riots"}, 0),
    ],
    ids=[
        "type",
        "type-protests",
        "sub-type",
        "since",
        "until",
        "date-range",
        "bbox-syria",
        "bbox-and-date",
        "country-case-insensitive",
        "admin1",
        "actor-substring",
        "claimant",
        "min-fatalities",
        "text",
        "no-match",
    ],
)
def test_filters_narrow_the_events(client: httpx.Client, params: dict[str, str | int], expected: int) -> None:
    assert _count(client, **params) == expected


def test_pages_do_not_overlap_and_report_the_total(client: httpx.Client) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 4
    ids = [item["id"] for item in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 4


def test_one_event_keeps_its_competing_claims(client: httpx.Client) -> None:
    homs = client.get("/api/events", params={"admin1": "Homs"}).json()["items"][0]
    event = client.get(f"/api/events/{homs['id']}").json()
    fatalities = {(c["claimant"], c["value"]) for c in event["claims"] if c["field"] == "fatalities"}
    assert ("Amaq", 12) in fatalities
    assert ("military sources", 4) in fatalities
    assert all(e["text"] for e in event["evidence"])


def test_a_second_toll_from_another_source_is_a_claim_not_a_second_event(client: httpx.Client) -> None:
    # 04-maiduguri: residents say five farmers were killed; "the Borno state police command" says four.
    nigeria = client.get("/api/events", params={"country": "Nigeria"}).json()["items"]
    assert len(nigeria) == 1
    event = client.get(f"/api/events/{nigeria[0]['id']}").json()
    fatalities = {(c["claimant"], c["value"]) for c in event["claims"] if c["field"] == "fatalities"}
    assert fatalities == {("residents", 5), ("Borno state police command", 4)}
    assert event["location"] == "Mafa"  # not the police command's state


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events/doc-missing-e0", 404),
        ("/api/articles/missing", 404),
        ("/api/events?bbox=1,2,3", 400),
        ("/api/events?bbox=a,b,c,d", 400),
        ("/api/events?since=2025-03-01&until=2025-01-01", 400),
        ("/api/events?since=yesterday", 422),
        ("/api/events?limit=-1", 422),
        ("/api/timeseries?group_by=colour", 422),
    ],
    ids=[
        "event",
        "article",
        "bbox-3",
        "bbox-text",
        "since-after-until",
        "bad-date",
        "limit",
        "group",
    ],
)
def test_bad_requests_get_a_clear_status(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]


def test_csv_export_has_acled_columns_and_the_filtered_rows(client: httpx.Client) -> None:
    response = client.get("/api/export.csv", params={"type": "Battles"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2
    assert {row["event_type"] for row in rows} == {"Battles"}
    assert response.text.startswith("event_id_cnty,event_date,year,")
    assert {row["iso3"] for row in rows} == {"SYR"}


def test_geojson_export_is_a_feature_collection_of_points(client: httpx.Client) -> None:
    body = client.get("/api/export.geojson", params={"country": "Nigeria"}).json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == 1
    lon, lat = body["features"][0]["geometry"]["coordinates"]
    assert 12 < lon < 15 and 10 < lat < 13  # Borno
    assert body["features"][0]["properties"]["event_type"] == "Violence against civilians"


def test_openapi_documents_every_endpoint(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/timeseries",
        "/api/export.csv",
        "/api/ingest",
    ):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_responses_forbid_inline_scripts(client: httpx.Client) -> None:
    policy = client.get("/api/health").headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
