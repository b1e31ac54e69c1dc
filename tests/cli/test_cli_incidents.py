"""``flashpoint incidents`` (list, show, split, rebuild) and ``export --incidents`` over a stored database."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashpoint.cli.app import app
from flashpoint.incidents.serialize import INCIDENT_FIELDS
from flashpoint.mentions.sources import SourceRegistry
from flashpoint.pipeline.incidents import IncidentUpdater
from flashpoint.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_builders import REPORT, make_article, make_document, make_event

OWN_STORIES = {  # each outlet's own wording (not near duplicates of each other)
    "wire": REPORT,
    "daily": (
        "Traders in Kafr Dalil counted their losses on Wednesday. At least six traders were killed and four "
        "wounded, the district council said, after gunmen opened fire on the stalls."
    ),
    "north": (
        "Our correspondent in Idlib province reports a deadly raid on a market. At least six were killed "
        "and four wounded, the district council said. Residents blame an armed group from the hills."
    ),
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three outlets' reports of one market attack, clustered into one incident."""
    path = tmp_path / "incidents.db"
    store = open_store(path)
    try:
        updater = IncidentUpdater(store, SourceRegistry.load())
        for key, text in OWN_STORIES.items():
            article = make_article(key, outlet=f"{key.title()} News", text=text)
            document = make_document(article)
            event = make_event(document)
            store.save_article(article, document, [event])
            updater.add(article, document, [event])
        updater.flush()
    finally:
        store.close()
    return path


def _run(args: list[str], db: Path) -> str:
    result = CliRunner().invoke(app, args, env={"FLASHPOINT_DB": str(db)}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_list_json_contract(db: Path) -> None:
    (incident,) = json.loads(_run(["incidents", "--format", "json"], db))["incidents"]
    assert tuple(incident) == INCIDENT_FIELDS
    assert incident["source_count"] == 3 and len(incident["event_ids"]) == 3


@pytest.mark.parametrize(
    ("filters", "count"),
    [([], 1), (["--country", "Iraq"], 0), (["--min-sources", "3"], 1), (["--since", "2025-07-01"], 0)],
    ids=["all", "other-country", "three-sources", "later"],
)
def test_list_filters(db: Path, filters: list[str], count: int) -> None:
    assert len(json.loads(_run(["incidents", *filters, "--format", "json"], db))["incidents"]) == count


def test_show_table_names_members_and_claims(db: Path) -> None:
    (incident,) = json.loads(_run(["incidents", "--format", "json"], db))["incidents"]
    output = _run(["incidents", "show", incident["id"]], db)
    assert "members" in output and "Wire News" in output and "district council" in output


def test_split_then_list_shows_two_incidents(db: Path) -> None:
    (incident,) = json.loads(_run(["incidents", "--format", "json"], db))["incidents"]
    moved = incident["event_ids"][0]
    assert "new inc-" in _run(["incidents", "split", incident["id"], "--events", moved], db)
    listed = json.loads(_run(["incidents", "--format", "json"], db))["incidents"]
    assert sorted(len(i["event_ids"]) for i in listed) == [1, 2]
    assert "rebuilt 2 incidents" in _run(["incidents", "rebuild"], db)


def test_export_incidents_csv(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    assert "wrote 1 incidents" in _run(["export", "--incidents", "--format", "csv", "--out", str(out)], db)
    with out.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["source_count"] == "3" and row["fatalities"] == "6"
