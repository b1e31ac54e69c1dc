"""`flashpoint places` and `flashpoint gazetteer import` through a real process."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

# the run_cli fixture (tests/conftest.py)
RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


@pytest.mark.slow
def test_places_shows_the_chosen_candidate(run_cli: RunCli) -> None:
    result = run_cli(["places", "al-Sukhna", "--country", "SY"])
    assert result.returncode == 0, result.stderr
    chosen = [line for line in result.stdout.splitlines() if "*" in line]
    assert chosen and "As Sukhnah" in chosen[0] and "Homs" in chosen[0]


@pytest.mark.slow
def test_imported_checkpoint_becomes_findable(tmp_path: Path, run_cli: RunCli) -> None:
    # the import adds one fictional checkpoint to the session's compiled gazetteer
    features = tmp_path / "checkpoints.csv"
    features.write_text(
        "name,latitude,longitude,country_code,kind,admin1,source\n"
        "Checkpoint Zulu-7,35.120,36.750,SY,checkpoint,Hama,project-written test feature\n",
        encoding="utf-8",
    )
    before = run_cli(["places", "Checkpoint Zulu-7"])
    assert before.returncode == 1
    imported = run_cli(["gazetteer", "import", str(features)])
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 places" in imported.stdout
    after = run_cli(["places", "Checkpoint Zulu-7"])
    assert after.returncode == 0, after.stderr
    assert "35.1200" in after.stdout


@pytest.mark.slow
def test_places_says_a_codifier_village_needs_its_country(run_cli: RunCli) -> None:
    alone = run_cli(["places", "Hladosove"])
    assert alone.returncode == 1
    assert "pass --country UA" in alone.stdout
    in_ukraine = run_cli(["places", "Hladosove", "--country", "ua"])
    assert in_ukraine.returncode == 0, in_ukraine.stderr
    chosen = [line for line in in_ukraine.stdout.splitlines() if "*" in line]
    assert chosen and "katottg:" in chosen[0] and "Donetsk" in chosen[0]
