from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_builders import FIXED_NOW

from flashpoint.store import SqlStore, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "flashpoint.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SqlStore]:
    """A fresh, migrated database per test, with a fixed clock."""
    opened = open_store(db_path, clock=lambda: FIXED_NOW)
    yield opened
    opened.close()
