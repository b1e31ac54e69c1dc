"""`flashpoint actors search|show` and `flashpoint claims` through a real process."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

# the run_cli fixture (tests/conftest.py)
RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]

REPORT = (
    "Clashes near Saraqib\n\n"
    "IDLIB, 5 March 2024 - Hayat Tahrir al-Sham fighters attacked army positions near Saraqib on Monday. "
    "Opposition activists said at least 12 soldiers were killed. The defence ministry denied any casualties.\n"
)


def test_actor_search_finds_aliases(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(["actors", "search", "Daesh", "--limit", "3"])
    assert result.returncode == 0, result.stderr
    assert "islamic-state" in result.stdout


def test_actor_show_lists_brands_and_affiliations(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli(["actors", "show", "ypg"])
    assert result.returncode == 0, result.stderr
    assert "Afrin Liberation Forces" in result.stdout
    assert "part_of: sdf" in result.stdout
    assert run_cli(["actors", "show", "no-such-actor"]).returncode == 1


def test_claims_of_a_stored_event_side_by_side(tmp_path: Path, run_cli: RunCli) -> None:
    report = tmp_path / "saraqib.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert run_cli(["ingest", str(report)]).returncode == 0
    listed = json.loads(run_cli(["events", "--format", "json"]).stdout)["events"]
    assert listed
    result = run_cli(["claims", listed[0]["id"]])
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "fatalities" in line and "│" in line]
    assert any("asserts" in line and "12" in line for line in lines), result.stdout
    assert any("denies" in line for line in lines), result.stdout
    assert run_cli(["claims", "no-such-event"]).returncode == 1
