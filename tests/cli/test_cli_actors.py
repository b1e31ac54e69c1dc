"""`flashpoint actors search|show` and `flashpoint claims` through a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPORT = (
    "Clashes near Saraqib\n\n"
    "IDLIB, 5 March 2024 - Hayat Tahrir al-Sham fighters attacked army positions near Saraqib on Monday. "
    "Opposition activists said at least 12 soldiers were killed. The defence ministry denied any casualties.\n"
)


def _run(args: list[str], tmp_path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLASHPOINT_DB": str(tmp_path / "a.db"), "FLASHPOINT_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "flashpoint", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_actor_search_finds_aliases(tmp_path: Path, cache_dir: Path) -> None:
    result = _run(["actors", "search", "Daesh", "--limit", "3"], tmp_path, cache_dir)
    assert result.returncode == 0, result.stderr
    assert "islamic-state" in result.stdout


def test_actor_show_lists_brands_and_affiliations(tmp_path: Path, cache_dir: Path) -> None:
    result = _run(["actors", "show", "ypg"], tmp_path, cache_dir)
    assert result.returncode == 0, result.stderr
    assert "Afrin Liberation Forces" in result.stdout
    assert "part_of: sdf" in result.stdout
    assert _run(["actors", "show", "no-such-actor"], tmp_path, cache_dir).returncode == 1


def test_claims_of_a_stored_event_side_by_side(tmp_path: Path, cache_dir: Path) -> None:
    report = tmp_path / "saraqib.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert _run(["ingest", str(report)], tmp_path, cache_dir).returncode == 0
    listed = json.loads(_run(["events", "--format", "json"], tmp_path, cache_dir).stdout)["events"]
    assert listed
    result = _run(["claims", listed[0]["id"]], tmp_path, cache_dir)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "fatalities" in line and "│" in line]
    assert any("asserts" in line and "12" in line for line in lines), result.stdout
    assert any("denies" in line for line in lines), result.stdout
    assert _run(["claims", "no-such-event"], tmp_path, cache_dir).returncode == 1
