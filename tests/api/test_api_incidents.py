"""``/api/incidents`` against a real server: two outlets' reports of one attack are one incident."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import Server, run_server

from flashpoint.articles.readers import iter_articles
from flashpoint.pipeline.ingest import ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.store import open_store

# Two fictional outlets report one fictional attack; a third report is about something else.
REPORTS = {
    "wire.txt": (
        "Gunmen kill five soldiers at checkpoint near Kafr Nabl\n\n"
        "IDLIB, Syria, April 14, 2025 (Levant Wire) - Gunmen attacked an army checkpoint near Kafr Nabl in "
        "southern Idlib on Monday, killing five soldiers, a military source told Levant Wire."
    ),
    "monitor.txt": (
        "Five soldiers killed in attack on army post near Kafr Nabl\n\n"
        "IDLIB, April 14, 2025 (Observatory Bulletin) - Unidentified gunmen stormed an army post near the town "
        "of Kafr Nabl in southern Idlib on Monday. The Syrian Observatory for Human Rights said eight soldiers "
        "were killed."
    ),
    "protest.txt": (
        "Teachers protest in Khartoum\n\n"
        "KHARTOUM, April 20, 2025 (Nile Daily) - Hundreds of teachers protested outside the education ministry "
        "in Khartoum on Sunday, demanding unpaid salaries."
    ),
}


@pytest.fixture(scope="module")
def incident_server(
    tmp_path_factory: pytest.TempPathFactory, resources: Resources, cache_dir: Path
) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("incident-reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    db = folder / "incidents.db"
    store = open_store(db)
    try:
        summary = ingest_items(iter_articles([folder], max_bytes=1_000_000), store, resources)
    finally:
        store.close()
    assert summary.stored == 3, summary
    with run_server(db, cache_dir=cache_dir, web=False) as server:
        yield server


@pytest.fixture
def client(incident_server: Server) -> Iterator[httpx.Client]:
    with incident_server.client() as opened:
        yield opened


def test_two_outlets_make_one_incident_with_both_figures(client: httpx.Client) -> None:
    page = client.get("/api/incidents", params={"country": "Syria"}).json()
    assert page["total"] == 1
    (incident,) = page["items"]
    assert incident["source_count"] == 2
    assert len(incident["event_ids"]) == 2
    figures = {(c["claimant"], c["best"]) for c in incident["claims"] if c["field"] == "fatalities"}
    assert any(best == 5 for _, best in figures) and any(best == 8 for _, best in figures)
    assert incident["fatalities"]["conservative"] == 5
    assert incident["fatalities"]["high"] == 8


def test_incident_filters_and_lookups(client: httpx.Client) -> None:
    everything = client.get("/api/incidents").json()
    assert everything["total"] == 2
    assert client.get("/api/incidents", params={"min_sources": 2}).json()["total"] == 1
    assert client.get("/api/incidents", params={"type": "Protests"}).json()["total"] == 1
    syria = client.get("/api/incidents", params={"country": "Syria"}).json()["items"][0]
    one = client.get(f"/api/incidents/{syria['id']}")
    assert one.status_code == 200 and one.json()["id"] == syria["id"]
    via_event = client.get(f"/api/events/{syria['event_ids'][0]}/incident")
    assert via_event.status_code == 200 and via_event.json()["id"] == syria["id"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/incidents/inc-missing", 404),
        ("/api/events/doc-missing-e0/incident", 404),
        ("/api/incidents?bbox=1,2,3", 400),
        ("/api/incidents?min_sources=0", 422),
    ],
    ids=["unknown-incident", "event-without-incident", "bad-bbox", "min-sources"],
)
def test_bad_incident_requests(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]
