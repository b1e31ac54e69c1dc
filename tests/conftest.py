from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from flashpoint.events.model import Event
from flashpoint.pipeline.api import extract_text
from flashpoint.pipeline.resources import Resources
from flashpoint.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (evaluation data and seed corpus) is not checked out here")
    return path


@pytest.fixture(scope="session")
def shared_path() -> Callable[..., Path]:
    """A path under ../shared; the test is skipped with a reason when it is absent."""
    return _shared_path


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One compiled gazetteer per test session (the build takes seconds)."""
    return tmp_path_factory.mktemp("flashpoint-cache")


@pytest.fixture(scope="session")
def resources(cache_dir: Path) -> Iterator[Resources]:
    yield Resources(settings=Settings(cache_dir=cache_dir), today=date(2026, 11, 26))


OneEvent = Callable[[str, date], Event]


@pytest.fixture(scope="session")
def one_event(resources: Resources) -> OneEvent:
    """The one event a text gives (published on the date given); the test fails when it gives another count."""

    def extract(text: str, published: date) -> Event:
        events = extract_text(text, published=published, doc_id="one-event", resources=resources).events
        assert len(events) == 1, events
        return events[0]

    return extract


RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_cli(cache_dir: Path, tmp_path: Path) -> RunCli:
    """``python -m flashpoint ARGS`` in a real process, on the session's gazetteer cache and a database of the
    test's own (``tmp_path/cli.db``), 200 columns wide."""

    def run(args: list[str]) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "FLASHPOINT_CACHE_DIR": str(cache_dir),
            "FLASHPOINT_DB": str(tmp_path / "cli.db"),
            "COLUMNS": "200",
        }
        return subprocess.run(
            [sys.executable, "-m", "flashpoint", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )

    return run
