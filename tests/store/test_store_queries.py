from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy.dialects import postgresql, sqlite
from store_builders import make_article, make_document, make_event

from flashpoint.errors import StoreError
from flashpoint.events.model import Claim
from flashpoint.mentions.model import Stance
from flashpoint.store import EventQuery, SqlStore
from flashpoint.store.engine import create_store_engine, resolve_target
from flashpoint.store.queries import Extent, IndexPlan, choose_plan, select_events

TEXTS = {
    "alpha": None,  # the default market-attack report
    "bravo": "Fighters of the Rapid Support Forces clashed with the army near Omdurman on Friday. "
    "An RSF spokesman said twelve soldiers were killed.",
    "charlie": "An IED struck a bus on the road out of Mopti on New Year's Eve. Nobody was hurt.",
    "delta": "Hundreds of teachers marched peacefully through Suva over unpaid wages.",
    "echo": "Rioters torched two cars in a suburb; one man died, the prefecture said.",
}


def _corpus_events(key: str, document: Any) -> list[Any]:
    overrides: dict[str, dict[str, Any]] = {
        "alpha": {},
        "bravo": {
            "event_date": date(2025, 5, 2),
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "actor1": "Rapid Support Forces",
            "actor2": "Military Forces of Sudan (2019-)",
            "assoc_actor_2": None,
            "inter1": 2,
            "inter2": 1,
            "country": "Sudan",
            "admin1": "Khartoum",
            "latitude": 15.6,
            "longitude": 32.4,
            "fatalities": 12,
            "claims": (
                Claim(
                    field="fatalities",
                    value=12,
                    claimant="An RSF spokesman",
                    stance=Stance.ASSERTS,
                    start=84,
                    end=130,
                ),
            ),
        },
        "charlie": {
            "event_date": date(2024, 12, 31),
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": None,
            "actor2": "Civilians (Mali)",
            "assoc_actor_2": None,
            "country": "Mali",
            "admin1": "Mopti",
            "latitude": 14.5,
            "longitude": -4.2,
            "fatalities": 0,
            "injuries": 0,
        },
        "delta": {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "actor1": "Protesters (Fiji)",
            "actor2": None,
            "assoc_actor_2": None,
            "country": "Fiji",
            "admin1": "Central",
            "latitude": -18.1,
            "longitude": 178.4,
            "fatalities": 0,
            "injuries": 0,
        },
        "echo": {
            "event_date": None,
            "event_type": "Riots",
            "sub_event_type": "Mob violence",
            "actor1": "Émeutiers (France)",
            "actor2": None,
            "assoc_actor_2": None,
            "country": "France",
            "admin1": "Île-de-France",
            "latitude": None,
            "longitude": None,
            "geo_precision": None,
            "fatalities": 1,
        },
    }
    return [make_event(document, "1", **overrides[key])]


def _event_id(key: str) -> str:
    return f"event-doc-article-{key}-1"


@pytest.fixture
def corpus(store: SqlStore) -> SqlStore:
    for key, text in TEXTS.items():
        article = make_article(key) if text is None else make_article(key, text=text)
        document = make_document(article)
        store.save_article(article, document, _corpus_events(key, document))
    return store


def _ids(store: SqlStore, query: EventQuery) -> list[str]:
    return [
        record.event.id.removeprefix("event-doc-article-").removesuffix("-1")
        for record in store.events(query)
    ]


FILTERS: list[tuple[str, EventQuery, list[str]]] = [
    ("no-filter", EventQuery(), ["alpha", "delta", "bravo", "charlie", "echo"]),
    ("since", EventQuery(since=date(2025, 5, 1)), ["alpha", "delta", "bravo"]),
    ("until-inclusive", EventQuery(until=date(2024, 12, 31)), ["charlie"]),
    ("single-day", EventQuery(since=date(2025, 6, 10), until=date(2025, 6, 10)), ["alpha", "delta"]),
    ("event-type", EventQuery(event_types=("Battles",)), ["bravo"]),
    ("event-types", EventQuery(event_types=("Battles", "Protests")), ["delta", "bravo"]),
    ("sub-event-type", EventQuery(sub_event_types=("Attack",)), ["alpha"]),
    ("actor-substring-any-case", EventQuery(actor="ARMED group"), ["alpha"]),
    ("actor-in-actor2", EventQuery(actor="forces of sudan"), ["bravo"]),
    ("actor-in-assoc-actor", EventQuery(actor="traders"), ["alpha"]),
    ("actor-unicode-case", EventQuery(actor="ÉMEUTIERS"), ["echo"]),
    ("actor-wildcard-is-literal", EventQuery(actor="%"), []),
    ("country-any-case", EventQuery(country="SUDAN"), ["bravo"]),
    ("country-is-exact", EventQuery(country="Sud"), []),
    ("admin1-unicode-case", EventQuery(admin1="île-de-france"), ["echo"]),
    ("bbox", EventQuery(bbox=(-10.0, 10.0, 40.0, 20.0)), ["bravo", "charlie"]),
    ("bbox-across-antimeridian", EventQuery(bbox=(170.0, -25.0, -170.0, -10.0)), ["delta"]),
    ("bbox-edges-inclusive", EventQuery(bbox=(32.4, 15.6, 32.4, 15.6)), ["bravo"]),
    ("min-fatalities", EventQuery(min_fatalities=6), ["alpha", "bravo"]),
    ("claimant", EventQuery(claimant="rsf"), ["bravo"]),
    ("claimant-other", EventQuery(claimant="District Council"), ["alpha"]),
    ("text-in-document", EventQuery(text="ied struck"), ["charlie"]),
    ("text-in-evidence", EventQuery(text="traders were killed"), ["alpha"]),
    ("text-wildcard-is-literal", EventQuery(text="_"), []),
    ("combined-none", EventQuery(country="Syria", min_fatalities=10), []),
    (
        "combined-bbox-dates",
        EventQuery(bbox=(-180.0, -90.0, 180.0, 90.0), since=date(2025, 1, 1)),
        ["alpha", "delta", "bravo"],
    ),
]


@pytest.mark.parametrize(("query", "expected"), [f[1:] for f in FILTERS], ids=[f[0] for f in FILTERS])
def test_filters(corpus: SqlStore, query: EventQuery, expected: list[str]) -> None:
    assert _ids(corpus, query) == expected
    assert corpus.count_events(query) == len(expected)


@pytest.mark.parametrize(
    ("limit", "offset", "expected"),
    [
        (2, 0, ["alpha", "delta"]),
        (2, 2, ["bravo", "charlie"]),
        (2, 4, ["echo"]),
        (None, 3, ["charlie", "echo"]),
        (2, 10, []),
        (0, 0, []),
    ],
    ids=["first-page", "second-page", "last-page", "offset-only", "past-the-end", "limit-zero"],
)
def test_pagination(corpus: SqlStore, limit: int | None, offset: int, expected: list[str]) -> None:
    query = EventQuery(limit=limit, offset=offset)
    assert _ids(corpus, query) == expected
    assert corpus.count_events(query) == 5  # counts ignore paging


def test_iter_events_streams_in_batches(corpus: SqlStore) -> None:
    streamed = [record.event.id for record in corpus.iter_events(EventQuery(), batch_size=2)]
    assert streamed == [record.event.id for record in corpus.events(EventQuery())]
    with pytest.raises(StoreError, match="batch_size"):
        next(corpus.iter_events(EventQuery(), batch_size=0))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": -1},
        {"offset": -5},
        {"since": date(2025, 2, 1), "until": date(2025, 1, 1)},
        {"bbox": (0.0, 10.0, 5.0, 5.0)},
        {"bbox": (0.0, 0.0, 190.0, 5.0)},
    ],
    ids=["negative-limit", "negative-offset", "since-after-until", "lat-reversed", "lon-out-of-range"],
)
def test_invalid_queries_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(StoreError, match="E310"):
        EventQuery(**kwargs)


# --- loading claims and evidence per page ------------------------------------------------------
def test_claims_and_evidence_load_in_one_query_per_batch(tmp_path: Path) -> None:
    engine = create_store_engine(resolve_target(tmp_path / "n-plus-one.db"), read_only=False)
    store = SqlStore(engine, name="test")
    store.migrate()
    for key in ("a", "b", "c"):
        article = make_article(key)
        document = make_document(article)
        store.save_article(article, document, [make_event(document, str(n)) for n in range(10)])
    statements: list[str] = []
    sa_event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    records = list(store.iter_events(EventQuery(), batch_size=10))

    assert len(records) == 30
    assert all(len(record.event.claims) == 2 and len(record.event.evidence) == 2 for record in records)
    assert sum("FROM claims" in sql for sql in statements) == 3
    assert sum("FROM evidence" in sql for sql in statements) == 3
    store.close()


# --- index plans (SQLite has no range statistics; the store picks the index) --------------------
EXTENT = Extent(
    first_date=date(2020, 1, 1), last_date=date(2024, 12, 30), min_lat=-60.0, max_lat=70.0, rows=1_000_000
)


@pytest.mark.parametrize(
    ("query", "plan"),
    [
        (EventQuery(bbox=(10.0, 10.0, 15.0, 15.0), limit=100), IndexPlan.BY_AREA),
        (
            EventQuery(bbox=(10.0, 10.0, 12.0, 12.0), since=date(2022, 1, 1), until=date(2022, 12, 31)),
            IndexPlan.BY_AREA,
        ),
        (
            EventQuery(bbox=(-20.0, -40.0, 60.0, 40.0), since=date(2022, 1, 1), until=date(2022, 1, 31)),
            IndexPlan.BY_DATE,
        ),
        (EventQuery(bbox=(-180.0, -90.0, 180.0, 90.0), limit=100), IndexPlan.BY_DATE),
        (EventQuery(bbox=(-170.0, -50.0, 170.0, 60.0), limit=100), IndexPlan.BY_DATE),
        (EventQuery(bbox=(-170.0, -50.0, 170.0, 60.0)), IndexPlan.BY_AREA),
        (EventQuery(bbox=(10.0, 10.0, 15.0, 15.0), country="Mali"), IndexPlan.PLANNER),
        (EventQuery(since=date(2022, 1, 1)), IndexPlan.PLANNER),
    ],
    ids=[
        "small-box-all-time-page",
        "small-box-one-year",
        "large-box-one-month",
        "world-page",
        "nearly-world-page-stops-early",
        "nearly-world-count-reads-the-band",
        "country-filter-left-to-planner",
        "no-bbox",
    ],
)
def test_choose_plan(query: EventQuery, plan: IndexPlan) -> None:
    assert choose_plan(query, EXTENT) is plan


def test_plan_hides_the_other_column_only_from_sqlite() -> None:
    query = EventQuery(bbox=(10.0, 10.0, 15.0, 15.0), since=date(2022, 1, 1))
    by_area = str(select_events(query, IndexPlan.BY_AREA).compile(dialect=sqlite.dialect()))
    by_date = str(select_events(query, IndexPlan.BY_DATE).compile(dialect=sqlite.dialect()))
    on_postgres = str(select_events(query, IndexPlan.BY_AREA).compile(dialect=postgresql.dialect()))  # type: ignore[no-untyped-call]

    assert "+events.event_date >=" in by_area and "+events.latitude" not in by_area
    assert "+events.latitude BETWEEN" in by_date and "+events.event_date" not in by_date
    assert "+events." not in on_postgres


@pytest.fixture
def reader(corpus: SqlStore, db_path: Path) -> Iterator[Any]:
    engine = create_store_engine(resolve_target(db_path), read_only=True)
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    ("plan", "index"),
    [(IndexPlan.BY_AREA, "ix_events_lat_lon_date"), (IndexPlan.BY_DATE, "ix_events_date_lat_lon")],
    ids=["by-area", "by-date"],
)
def test_plans_use_their_covering_index(reader: Any, plan: IndexPlan, index: str) -> None:
    query = EventQuery(bbox=(-10.0, 10.0, 40.0, 20.0), since=date(2024, 1, 1), limit=10)
    sql = str(
        select_events(query, plan).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    )
    with reader.connect() as connection:
        details = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert any(f"COVERING INDEX {index}" in detail for detail in details), details


@pytest.mark.parametrize("name", [f[0] for f in FILTERS if f[1].bbox is not None])
def test_every_plan_returns_the_same_events(reader: Any, name: str) -> None:
    query = next(f[1] for f in FILTERS if f[0] == name)
    results = []
    for plan in IndexPlan:
        with reader.connect() as connection:
            results.append([row.id for row in connection.execute(select_events(query, plan))])
    assert results[0] == results[1] == results[2]
    assert results[0]
