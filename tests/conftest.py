from __future__ import annotations

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
