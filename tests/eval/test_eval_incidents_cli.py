"""`flashpoint eval incidents`: the table shows the ceiling row, --pairs prints evidence, --jobs is passed on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from flashpoint.cli import eval_cmd
from flashpoint.eval.incidents import ClusterReport, GoldReport, cluster_reports
from flashpoint.events.model import Event

runner = CliRunner()


def _fake_report(make_event: Callable[..., Event]) -> ClusterReport:
    reports = [
        GoldReport(
            key=key,
            text=text,
            outlet=key,
            published=date(2020, 5, 3),
            country="Syria",
            gold=frozenset({gold}),
        )
        for key, text, gold in (
            ("a", "Shells hit Kafr Nabl", "1"),
            ("b", "Protest in Kafr Nabl after the shelling", "1"),
            ("c", "Second shelling of Kafr Nabl", "2"),
        )
    ]
    events = [
        (make_event(id="report-0-e0"),),
        (make_event(id="report-1-e0", event_type="Protests", sub_event_type="Peaceful protest"),),
        (make_event(id="report-2-e0"),),
    ]
    return cluster_reports(reports, events, dataset="ucdp", samples=3)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, event_factory: Callable[..., Event]) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def fake_run(benchmark: object, gold: Path, **options: Any) -> ClusterReport:
        seen.append(options)
        return _fake_report(event_factory)

    monkeypatch.setattr(eval_cmd, "run_incident_benchmark", fake_run)
    return seen


def test_table_has_the_ceiling_row_and_pair_counts(calls: list[dict[str, Any]], tmp_path: Path) -> None:
    result = runner.invoke(
        eval_cmd.eval_app, ["incidents", "ucdp", "--gold", str(tmp_path), "--jobs", "2"], terminal_width=200
    )
    assert result.exit_code == 0, result.output
    assert "ceiling (perfect clustering)" in result.output
    assert "gold pairs 1: 0 joined, 1 split" in result.output and "1 false joins" in result.output
    assert "split pairs stopped by type family: 1" in result.output
    assert calls == [{"limit": None, "jobs": 2, "samples": 0}]


def test_pairs_prints_both_headlines_with_the_evidence(calls: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "inc.json"
    args = ["incidents", "ucdp", "--gold", str(tmp_path), "--pairs", "3", "--report", str(out)]
    result = runner.invoke(eval_cmd.eval_app, args, terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "--- split: type family" in result.output
    assert "Protest in Kafr Nabl after the shelling" in result.output
    assert "--- false join: none" in result.output
    assert calls[0]["samples"] == 3
    written = orjson.loads(out.read_text(encoding="utf-8"))
    assert written["bcubed_ceiling"]["f1"] == 1.0 and len(written["pair_samples"]) == 2
