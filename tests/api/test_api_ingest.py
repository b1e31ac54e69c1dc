"""POST /api/ingest: off without a configured token, 401 on a wrong one, stores a report with the right one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import TOKEN, Server, run_server

REPORT = (
    "Gunmen kill two traders on the road to Gao\n\n"
    "GAO, Mali, April 2, 2025 (Sahel Desk) - Unidentified gunmen killed two traders on the road between "
    "Gao and Ansongo on Wednesday, local officials said. The attackers took the traders' truck and fled."
)


@pytest.fixture(scope="module")
def writable_server(
    api_db: Path, tmp_path_factory: pytest.TempPathFactory, cache_dir: Path
) -> Iterator[Server]:
    """A server over its own copy of the database, since ingestion writes to it."""
    db = tmp_path_factory.mktemp("ingest") / "flashpoint.db"
    shutil.copy(api_db, db)
    with run_server(db, cache_dir=cache_dir, web=False) as server:
        yield server


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": f"Basic {TOKEN}"}, 401)],
    ids=["no-token", "wrong-token", "wrong-scheme"],
)
def test_ingest_refuses_a_missing_or_wrong_token(
    client: httpx.Client, headers: dict[str, str], status: int
) -> None:
    response = client.post("/api/ingest", json={"text": REPORT}, headers=headers)
    assert response.status_code == status
    assert "Bearer" in response.json()["detail"]
    assert client.get("/api/health").json()["events"] == 4


def test_ingest_is_off_without_a_configured_token(api_db: Path, cache_dir: Path) -> None:
    with run_server(api_db, cache_dir=cache_dir, web=False, token=None) as server, server.client() as client:
        response = client.post("/api/ingest", json={"text": REPORT}, headers={"Authorization": "Bearer x"})
        assert response.status_code == 403
        assert "FLASHPOINT_API_TOKEN" in response.json()["detail"]
        assert client.get("/api/config").json()["ingest_enabled"] is False


def test_ingest_stores_a_report_once(writable_server: Server) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with writable_server.client() as client:
        first = client.post("/api/ingest", json={"text": REPORT, "outlet": "Sahel Desk"}, headers=headers)
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["outcome"] == "stored"
        assert body["event_ids"]
        event = client.get(f"/api/events/{body['event_ids'][0]}").json()
        assert event["country"] == "Mali"
        assert event["outlet"] == "Sahel Desk"
        assert client.get("/api/events", params={"country": "Mali"}).json()["total"] == len(body["event_ids"])
        other = client.post(
            "/api/ingest", json={"text": REPORT.replace("two traders", "three traders")}, headers=headers
        )
        assert other.status_code == 200, other.text  # a second report is a second article, with its own id
        assert other.json()["outcome"] == "stored" and other.json()["article_id"] != body["article_id"]
        again = client.post("/api/ingest", json={"text": REPORT}, headers=headers).json()
        assert again == {
            "outcome": "duplicate",
            "article_id": body["article_id"],
            "event_ids": [],
            "reason": None,
        }


def test_ingest_weighs_the_places_towards_the_given_country(writable_server: Server) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    square = "Protesters blocked the main square of Tripoli on Monday over the collapse of the currency."
    with writable_server.client() as client:
        stored = client.post(
            "/api/ingest",
            json={"text": square, "published": "2024-03-04", "country": "Lebanon"},
            headers=headers,
        )
        assert stored.status_code == 200, stored.text
        (event_id,) = stored.json()["event_ids"]
        assert client.get(f"/api/events/{event_id}").json()["country"] == "Lebanon"
        unknown = client.post(
            "/api/ingest",
            json={"text": square.replace("Monday", "Friday"), "country": "Narnia"},
            headers=headers,
        )
        assert unknown.status_code == 422
        assert "country 'Narnia'" in unknown.json()["detail"]
        assert "give its English name or ISO code" in unknown.json()["detail"]
        # a second distinct report over HTTP is a second article (ids come from the content, not the route)
        second = client.post(
            "/api/ingest", json={"text": square.replace("Monday", "Friday"), "country": "LB"}, headers=headers
        )
        assert second.status_code == 200, second.text
        assert second.json()["outcome"] == "stored"
        assert second.json()["article_id"] != stored.json()["article_id"]


def test_ingest_validates_the_body(client: httpx.Client) -> None:
    response = client.post("/api/ingest", json={"text": ""}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422


def test_starting_the_app_loads_no_nlp_model(api_db: Path) -> None:
    script = (
        "import sys\n"
        "from fastapi.testclient import TestClient\n"
        "from flashpoint.api import create_app, load_api_settings, open_services\n"
        f"app = create_app(open_services(load_api_settings(db={str(api_db)!r})), web=False)\n"
        "client = TestClient(app)\n"
        "assert client.get('/api/events').status_code == 200\n"
        "assert client.get('/api/timeseries').status_code == 200\n"
        "print(sorted(m for m in ('spacy', 'sklearn', 'thinc') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_serve_names_the_fix_when_the_front_end_is_missing(api_db: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "flashpoint", "serve", "--db", str(api_db), "--port", "1"]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**_environment(), "FLASHPOINT_WEB_VENDOR_DIR": str(tmp_path / "absent")},
    )
    assert done.returncode == 2
    assert "run make setup" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "flashpoint", "serve", "--db", str(tmp_path / "none.db"), "--no-web"]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, env=_environment()
    )
    assert done.returncode == 2
    assert "run ingestion first" in done.stderr


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "FLASHPOINT_API_TOKEN"}
