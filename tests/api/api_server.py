"""Helpers for tests that talk to a real ``flashpoint serve`` process (tests/api and tests/web)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from flashpoint.articles.readers import iter_articles
from flashpoint.pipeline.ingest import RunSummary, ingest_items
from flashpoint.pipeline.resources import Resources
from flashpoint.store import open_store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TOKEN = "test-token-4b1c"
_START_TIMEOUT_S = 60.0  # the server imports FastAPI and SQLAlchemy: 2-5 s on the 2-core CI machine


@dataclass(frozen=True, slots=True, kw_only=True)
class Server:
    base_url: str
    db: Path
    process: subprocess.Popen[bytes]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30.0)


def build_db(path: Path, resources: Resources) -> RunSummary:
    """Code the project-written fictional reports in tests/api/fixtures into a fresh database."""
    store = open_store(path)
    try:
        items = iter_articles([FIXTURES], max_bytes=1_000_000)
        return ingest_items(items, store, resources)
    finally:
        store.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def run_server(db: Path, *, cache_dir: Path, web: bool, token: str | None = TOKEN) -> Iterator[Server]:
    """``flashpoint serve`` as a subprocess on a free loopback port; stopped when the block ends."""
    port = free_port()
    env = {**os.environ, "FLASHPOINT_CACHE_DIR": str(cache_dir)}
    env.pop("FLASHPOINT_API_TOKEN", None)
    if token:
        env["FLASHPOINT_API_TOKEN"] = token
    command = [sys.executable, "-m", "flashpoint", "serve", "--db", str(db), "--port", str(port)]
    command.append("--web" if web else "--no-web")
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(base_url=f"http://127.0.0.1:{port}", db=db, process=process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def _wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + _START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            error = server.process.stderr.read().decode() if server.process.stderr else ""
            raise RuntimeError(f"flashpoint serve exited with {server.process.returncode}: {error}")
        try:
            if httpx.get(f"{server.base_url}/api/health", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"flashpoint serve did not answer on {server.base_url} within {_START_TIMEOUT_S} s")
