"""`flashpoint places` and `flashpoint gazetteer import` through a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLASHPOINT_CACHE_DIR": str(cache), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "flashpoint", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_places_shows_the_chosen_candidate(cache_dir: Path) -> None:
    result = _run(["places", "al-Sukhna", "--country", "SY"], cache_dir)
    assert result.returncode == 0, result.stderr
    chosen = [line for line in result.stdout.splitlines() if "*" in line]
    assert chosen and "As Sukhnah" in chosen[0] and "Homs" in chosen[0]


@pytest.mark.slow
def test_imported_checkpoint_becomes_findable(tmp_path: Path, cache_dir: Path) -> None:
    cache = cache_dir  # the session's compiled gazetteer: the import adds one fictional checkpoint to it
    features = tmp_path / "checkpoints.csv"
    features.write_text(
        "name,latitude,longitude,country_code,kind,admin1,source\n"
        "Checkpoint Zulu-7,35.120,36.750,SY,checkpoint,Hama,project-written test feature\n",
        encoding="utf-8",
    )
    before = _run(["places", "Checkpoint Zulu-7"], cache)
    assert before.returncode == 1
    imported = _run(["gazetteer", "import", str(features)], cache)
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 places" in imported.stdout
    after = _run(["places", "Checkpoint Zulu-7"], cache)
    assert after.returncode == 0, after.stderr
    assert "35.1200" in after.stdout


@pytest.mark.slow
def test_places_says_a_codifier_village_needs_its_country(cache_dir: Path) -> None:
    alone = _run(["places", "Hladosove"], cache_dir)
    assert alone.returncode == 1
    assert "pass --country UA" in alone.stdout
    in_ukraine = _run(["places", "Hladosove", "--country", "ua"], cache_dir)
    assert in_ukraine.returncode == 0, in_ukraine.stderr
    chosen = [line for line in in_ukraine.stdout.splitlines() if "*" in line]
    assert chosen and "katottg:" in chosen[0] and "Donetsk" in chosen[0]
