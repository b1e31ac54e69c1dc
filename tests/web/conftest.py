from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from flashpoint.api.settings import DEFAULT_VENDOR_DIR
from flashpoint.pipeline.resources import Resources

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))  # the shared server helpers

from api_server import Server, build_db, run_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _missing(what: str) -> None:
    """Skip with the reason locally; fail in CI (CI installs everything the browser tests need)."""
    if os.environ.get("CI"):
        pytest.fail(f"{what}; CI must install it (see .ci/run and make setup)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def browser_ready() -> None:
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        _missing(
            "Debian chromium and chromium-driver are not installed: apt-get install chromium chromium-driver"
        )
    if not DEFAULT_VENDOR_DIR.is_dir():
        _missing(f"the web UI's npm packages are missing from {DEFAULT_VENDOR_DIR}: run make setup")


@pytest.fixture(scope="session")
def web_server(
    browser_ready: None, tmp_path_factory: pytest.TempPathFactory, resources: Resources, cache_dir: Path
) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("web") / "flashpoint.db"
    assert build_db(db, resources).stored == 4
    with run_server(db, cache_dir=cache_dir, web=True) as server:
        yield server


@pytest.fixture(scope="session")
def driver(browser_ready: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("web-*.png"):
        old.unlink()
    return SCREENSHOTS
