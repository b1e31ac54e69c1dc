from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

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
