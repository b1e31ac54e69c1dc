"""Load-test the API on a large generated database: p50/p95/p99 of events and time-series queries.

    .venv/bin/python tools/bench_api.py                      # 1,000,000 events, 400 requests per scenario
    .venv/bin/python tools/bench_api.py --events 100000 --requests 200 --concurrency 4

Generates ``--events`` synthetic events straight into SQLite (the schema comes from ``open_store``, the
rows from plain ``executemany``; about a minute per million on a 2-core machine), starts ``flashpoint
serve --no-web`` on a free loopback port, and sends each scenario's requests from ``--concurrency``
client threads. Latency is measured by the client, request sent to response read. The database is kept
(``--db``) and reused when it already holds the requested number of events.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx

from flashpoint.events.ontology import EventType, sub_event_types_of
from flashpoint.store import open_store

FIRST_DAY = date(2018, 1, 1)
DAYS = 8 * 365
EVENTS_PER_DOCUMENT = 1000
# (admin1, country, latitude, longitude): hot spots the generated events cluster around
REGIONS: tuple[tuple[str, str, float, float], ...] = (
    ("Homs", "Syria", 34.7, 37.5),
    ("Deir ez-Zor", "Syria", 35.3, 40.1),
    ("Idlib", "Syria", 35.9, 36.6),
    ("Aleppo", "Syria", 36.2, 37.2),
    ("Nineveh", "Iraq", 36.3, 43.1),
    ("Anbar", "Iraq", 33.4, 42.0),
    ("Borno", "Nigeria", 11.8, 13.2),
    ("Zamfara", "Nigeria", 12.1, 6.2),
    ("Mopti", "Mali", 14.5, -4.2),
    ("Sahel", "Burkina Faso", 14.0, -0.5),
    ("North Kivu", "Democratic Republic of the Congo", -0.6, 29.2),
    ("Ituri", "Democratic Republic of the Congo", 1.6, 30.0),
    ("Sagaing", "Myanmar", 22.0, 95.5),
    ("Donetsk", "Ukraine", 48.0, 37.8),
    ("Kharkiv", "Ukraine", 49.9, 36.2),
    ("Banadir", "Somalia", 2.05, 45.3),
    ("Khartoum", "Sudan", 15.5, 32.5),
    ("Guanajuato", "Mexico", 20.9, -101.2),
    ("Kabul", "Afghanistan", 34.5, 69.2),
    ("Tripoli", "Libya", 32.9, 13.2),
)
ACTORS: tuple[str, ...] = (
    "Islamic State (Syria)",
    "Islamic State (Iraq)",
    "Islamic State West Africa Province",
    "JNIM: Group for Support of Islam and Muslims",
    "Military Forces of Syria (2024-)",
    "QSD: Syrian Democratic Forces",
    "Military Forces of Nigeria (2023-)",
    "Unidentified Armed Group (Nigeria)",
    "M23: March 23 Movement",
    "ADF: Allied Democratic Forces",
    "Military Forces of Russia (2000-)",
    "Military Forces of Ukraine (2019-)",
    "RSF: Rapid Support Forces",
    "Al Shabaab",
    "Protesters (Sudan)",
    "Civilians (Myanmar)",
)
TYPES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (t.value, tuple(s.value for s in sub_event_types_of(t))) for t in EventType
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    name: str
    path: str
    params: Callable[[random.Random], dict[str, str]]


def main() -> None:
    args = _arguments()
    db = Path(args.db)
    if _stored_events(db) != args.events:
        generate(db, args.events, seed=args.seed)
    open_store(db).close()  # bring a kept database to the newest schema (the server opens it read-only)
    rng = random.Random(args.seed + 1)
    with _server(db) as base_url, httpx.Client(base_url=base_url, timeout=60.0) as client:
        for scenario in SCENARIOS:
            for _ in range(5):  # warm the page cache and the server
                client.get(scenario.path, params=scenario.params(rng))
            latencies = _load(client, scenario, args.requests, args.concurrency, rng)
            _report(scenario.name, latencies, args.concurrency)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="build/bench/api-events.db")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args()


# --- generating the database ---------------------------------------------------------------------
def generate(db: Path, count: int, *, seed: int) -> None:
    started = time.perf_counter()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    open_store(db).close()  # the newest schema and its indexes
    rng = random.Random(seed)
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    documents = (count + EVENTS_PER_DOCUMENT - 1) // EVENTS_PER_DOCUMENT
    with connection:
        connection.executemany(_ARTICLE_SQL, _article_rows(documents))
        connection.executemany(_DOCUMENT_SQL, _document_rows(documents))
        connection.executemany(_EVENT_SQL, _event_rows(count, rng))
    connection.close()
    print(f"generated {count:,} events in {time.perf_counter() - started:.0f} s into {db}", flush=True)


_ARTICLE_SQL = (
    "INSERT INTO articles (id, source, url, title, published, outlet, format, content_hash, ingested_at) "
    "VALUES (?, 'bench', NULL, ?, NULL, 'Bench Wire', 'text', ?, ?)"
)
_DOCUMENT_SQL = (
    "INSERT INTO documents (id, article_id, text, language, paragraphs, sentences, removed) "
    "VALUES (?, ?, ?, 'en', '[]', '[]', '[]')"
)
_EVENT_COLUMNS = (
    "id, document_id, event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1, inter1, "
    "actor2, assoc_actor_2, inter2, country, admin1, admin2, location, latitude, longitude, geo_precision, "
    "fatalities, injuries, confidence, notes, extractor, extractor_version, summary, country_key, admin1_key, "
    "actors_key"
)
_EVENT_SQL = f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({', '.join('?' * 29)})"


def _article_rows(documents: int) -> Iterator[tuple[object, ...]]:
    now = datetime.now(UTC).isoformat(sep=" ")
    for n in range(documents):
        yield (f"art-{n:06d}", f"Generated report {n}", f"{n:064x}", now)


def _document_rows(documents: int) -> Iterator[tuple[object, ...]]:
    for n in range(documents):
        yield (f"doc-{n:06d}", f"art-{n:06d}", f"Generated report {n} for the API benchmark.")


def _event_rows(count: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    for n in range(count):
        admin1, country, lat, lon = rng.choice(REGIONS)
        if rng.random() < 0.1:  # a tenth anywhere on land-ish latitudes
            lat, lon = rng.uniform(-35, 60), rng.uniform(-120, 140)
        event_type, subs = rng.choice(TYPES)
        actor1, actor2 = rng.choice(ACTORS), rng.choice((None, *ACTORS))
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        fatalities = int(rng.expovariate(0.3)) if event_type != "Protests" else 0
        yield (
            f"doc-{n // EVENTS_PER_DOCUMENT:06d}-e{n % EVENTS_PER_DOCUMENT}",
            f"doc-{n // EVENTS_PER_DOCUMENT:06d}",
            day.isoformat(),
            1,
            event_type,
            rng.choice(subs),
            actor1,
            None,
            2,
            actor2,
            None,
            1,
            country,
            admin1,
            None,
            admin1,
            round(lat + rng.gauss(0, 0.6), 5),
            round(lon + rng.gauss(0, 0.6), 5),
            2,
            fatalities,
            0,
            0.8,
            "[]",
            "bench",
            "0",
            "Generated event.",
            country.casefold(),
            admin1.casefold(),
            "\x1f".join(a.casefold() for a in (actor1, actor2) if a),
        )


def _stored_events(db: Path) -> int:
    if not db.is_file():
        return -1
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0)


# --- the scenarios -------------------------------------------------------------------------------
def _date_range(rng: random.Random, longest: int) -> tuple[str, str]:
    length = rng.randrange(7, longest)
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - length))
    return start.isoformat(), (start + timedelta(days=length)).isoformat()


def _bbox_and_dates(rng: random.Random) -> dict[str, str]:
    _, _, lat, lon = rng.choice(REGIONS)
    half = rng.uniform(0.5, 5.0)
    since, until = _date_range(rng, 365)
    bbox = f"{lon - half:.3f},{lat - half:.3f},{lon + half:.3f},{lat + half:.3f}"
    return {"bbox": bbox, "since": since, "until": until, "limit": "100"}


def _actor_trend(rng: random.Random) -> dict[str, str]:
    since, until = _date_range(rng, 2 * 365)
    actor = rng.choice(ACTORS).split(" (")[0].split(":")[0]
    return {"actor": actor, "group_by": "admin1", "interval": "week", "since": since, "until": until}


def _region_series(rng: random.Random) -> dict[str, str]:
    admin1 = rng.choice(REGIONS)[0]
    return {"admin1": admin1, "group_by": "event_type", "interval": "week"}


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(name="events bbox+dates limit 100", path="/api/events", params=_bbox_and_dates),
    Scenario(name="timeseries admin1 by type/week", path="/api/timeseries", params=_region_series),
    Scenario(name="timeseries actor+2y by admin1/week", path="/api/timeseries", params=_actor_trend),
)


def _load(
    client: httpx.Client, scenario: Scenario, requests: int, concurrency: int, rng: random.Random
) -> list[float]:
    params = [scenario.params(rng) for _ in range(requests)]

    def one(query: dict[str, str]) -> float:
        started = time.perf_counter()
        response = client.get(scenario.path, params=query)
        response.raise_for_status()
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(one, params))


def _report(name: str, latencies: list[float], concurrency: int) -> None:
    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    print(
        f"{name:38s} n={len(ordered)} c={concurrency}  p50 {statistics.median(ordered):6.1f} ms  "
        f"p95 {p95:6.1f} ms  p99 {p99:6.1f} ms  max {ordered[-1]:6.1f} ms",
        flush=True,
    )


# --- the server ----------------------------------------------------------------------------------
class _server:
    def __init__(self, db: Path) -> None:
        self._db = db
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = [sys.executable, "-m", "flashpoint", "serve", "--no-web", "--db", str(self._db)]
        env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_API_TOKEN"}
        self._process = subprocess.Popen([*command, "--port", str(port)], env=env, stdout=subprocess.DEVNULL)
        base_url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{base_url}/api/health", timeout=30).status_code == 200:
                    return base_url
            except httpx.TransportError:
                time.sleep(0.2)
        raise SystemExit(f"the server did not start on {base_url}")

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)


if __name__ == "__main__":
    main()
