"""The CLI through a real process: the JSON contract of extract, events/export over a stored database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from flashpoint.events.serialize import EVENT_FIELDS

# the run_cli fixture (tests/conftest.py)
RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]

REPORT = (
    "Houthi drone strike hits Marib camp\n\n"
    "MARIB, 21 February 2024 - A drone launched by Houthi forces struck a camp for displaced people west of "
    "Marib city on Tuesday, killing four civilians and wounding nine others, local health officials said. "
    "The Houthi-run Saba agency denied that its forces had targeted civilians.\n"
)
ACLED_COLUMNS = [
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
]


def _feed(tmp_path: Path, *lines: dict[str, str]) -> Path:
    """A JSONL feed of ``lines`` at ``tmp_path/feed.jsonl``."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return feed


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "marib.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_json_contract(report: Path, tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(["extract", str(report)])
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    assert events, "the report describes one drone strike"
    event = events[0]
    assert list(event) == list(EVENT_FIELDS)
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["event_date"] == "2024-02-20"
    assert (event["fatalities"], event["injuries"]) == (4, 9)
    assert not (tmp_path / "cli.db").exists(), "extract must not create a store"


def test_extract_jsonl_one_line_per_input_line(tmp_path: Path, run_cli: RunCli) -> None:
    feed = _feed(
        tmp_path,
        {"id": "a", "text": REPORT, "published": "2024-02-21"},
        {"id": "b", "text": ""},
        {"id": "c", "html": "<html><body><p>" + REPORT + "</p></body></html>"},
    )
    result = run_cli(["extract", str(feed)])
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", f"{feed}:2", "c"]  # an unreadable line is named by path:line
    assert len(out) == 3
    assert out[0]["events"] and out[2]["events"]
    assert out[1]["events"] == [] and ("error" in out[1] or "rejected" in out[1])
    assert result.returncode == 1  # the empty line is a failed item


def test_ingest_then_events_and_exports(report: Path, tmp_path: Path, run_cli: RunCli) -> None:
    assert run_cli(["ingest", str(report)]).returncode == 0
    listed = run_cli(["events", "--format", "json", "--country", "Yemen"])
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["events"]) >= 1
    none = run_cli(["events", "--format", "json", "--country", "Peru"])
    assert json.loads(none.stdout)["events"] == []
    exported = run_cli(["export", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(exported.stdout)))
    assert rows[0][: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    geo = tmp_path / "events.geojson"
    assert run_cli(["export", "--format", "geojson", "--out", str(geo)]).returncode == 0
    collection = json.loads(geo.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and collection["features"]


SQUARE = "Protesters blocked the main square of Tripoli on Monday over the collapse of the currency."


def test_extract_country_weighs_the_places_of_items_without_their_own(
    tmp_path: Path, run_cli: RunCli
) -> None:
    feed = _feed(
        tmp_path,
        {"id": "own", "text": SQUARE, "published": "2024-03-04", "country": "Libya"},
        {"id": "given", "text": SQUARE, "published": "2024-03-04"},
    )
    result = run_cli(["extract", str(feed), "--country", "Lebanon"])
    assert result.returncode == 0, result.stderr
    out = {o["id"]: [e["country"] for e in o["events"]] for o in map(json.loads, result.stdout.splitlines())}
    assert out == {"own": ["Libya"], "given": ["Lebanon"]}


def test_an_unknown_country_option_is_refused_before_anything_is_stored(
    report: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    result = run_cli(["ingest", str(report), "--country", "Atlantis"])
    assert result.returncode == 2
    assert "'Atlantis' is not a country the gazetteer knows" in " ".join(result.stderr.split())
    assert not (tmp_path / "cli.db").exists()


def test_ingest_stores_the_other_lines_when_one_names_an_unknown_country(
    tmp_path: Path, run_cli: RunCli
) -> None:
    tuesday = SQUARE.replace("Monday", "Tuesday")
    feed = _feed(
        tmp_path,
        {"id": "bad", "text": SQUARE, "published": "2024-03-04", "country": "Narnia"},
        {"id": "good", "text": tuesday, "published": "2024-03-06", "country": "LB"},
    )
    result = run_cli(["ingest", str(feed)])
    assert result.returncode == 1
    assert f"{feed}:1: [E130] country 'Narnia' of 'bad' is not a country" in result.stderr
    listed = run_cli(["events", "--format", "json"])
    events = json.loads(listed.stdout)["events"]
    assert [e["country"] for e in events] == ["Lebanon"]
