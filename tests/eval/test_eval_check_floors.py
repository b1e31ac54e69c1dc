"""tools/check_floors.py, run as CI runs it, against a throw-away git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "check_floors.py"
FLOORS = '[datasets.acled]\ngold = "acled/x.csv"\n\n[floors.acled]\n"event_type.accuracy" = {a}\n{extra}'

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def _commit(repo: Path, floors: str, message: str) -> None:
    (repo / "quality").mkdir(exist_ok=True)
    (repo / "quality" / "floors.toml").write_text(floors, encoding="utf-8")
    _git(repo, "add", "quality/floors.toml")
    _git(repo, "commit", "-q", "--allow-empty", "-m", message)


def _check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--repo", str(repo)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git(tmp_path, "init", "-q")
    _commit(tmp_path, FLOORS.format(a=0.8, extra='"fatalities.exact" = 0.9\n'), "Pin floors")
    return tmp_path


@pytest.mark.parametrize(
    ("floors", "message", "status", "needle"),
    [
        (FLOORS.format(a=0.85, extra='"fatalities.exact" = 0.9\n'), "Raise a floor", 0, "no floor went down"),
        (
            FLOORS.format(a=0.7, extra='"fatalities.exact" = 0.9\n'),
            "Retune typing",
            1,
            "LOWERED without a reason",
        ),
        (
            FLOORS.format(a=0.7, extra='"fatalities.exact" = 0.9\n'),
            "Retune typing\n\nLower-floor: acled.event_type.accuracy new rules trade 1 point for 9\n",
            0,
            "allowed (new rules trade 1 point for 9)",
        ),
        (
            FLOORS.format(a=0.7, extra='"fatalities.exact" = 0.9\n'),
            "Retune\n\nLower-floor: acled.fatalities.exact wrong metric named\n",
            1,
            "LOWERED without a reason",
        ),
        (
            FLOORS.format(a=0.7, extra='"fatalities.exact" = 0.9\n'),
            "Retune\n\nLower-floor: acled.event_type.accuracy\n",
            1,
            "LOWERED without a reason",
        ),
        (FLOORS.format(a=0.8, extra=""), "Drop a floor", 1, "acled.fatalities.exact 0.9 -> removed"),
    ],
    ids=[
        "raised",
        "lowered-without-reason",
        "lowered-with-reason",
        "reason-for-another-metric",
        "flag-without-reason",
        "removed",
    ],
)
def test_check_floors(repo: Path, floors: str, message: str, status: int, needle: str) -> None:
    _commit(repo, floors, message)
    done = _check(repo)
    assert done.returncode == status, done.stdout + done.stderr
    assert needle in done.stdout


def test_first_commit_has_nothing_to_compare(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    _commit(tmp_path, FLOORS.format(a=0.5, extra=""), "First")
    done = _check(tmp_path)
    assert done.returncode == 0 and "nothing to compare" in done.stdout


def test_not_a_repository(tmp_path: Path) -> None:
    done = _check(tmp_path)
    assert done.returncode == 2 and "not a git repository" in done.stderr
