from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import Server, build_db, run_server

from flashpoint.pipeline.resources import Resources


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Path:
    """The fictional reports in tests/api/fixtures, coded into one database for the whole session."""
    path = tmp_path_factory.mktemp("api") / "flashpoint.db"
    summary = build_db(path, resources)
    assert summary.stored == 4, summary
    return path


@pytest.fixture(scope="session")
def api_server(api_db: Path, cache_dir: Path) -> Iterator[Server]:
    """A real ``flashpoint serve --no-web`` process over ``api_db`` (read-only: tests may share it)."""
    with run_server(api_db, cache_dir=cache_dir, web=False) as server:
        yield server


@pytest.fixture
def client(api_server: Server) -> Iterator[httpx.Client]:
    with api_server.client() as opened:
        yield opened
