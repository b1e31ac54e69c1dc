"""Static guards on the web UI's own files: no HTML-from-strings APIs, no CDN, vendor files from npm."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flashpoint.api.web import VENDOR_FOLDERS, WEB_DIR, content_security_policy

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("api", ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("])
def test_app_js_never_builds_html_from_strings(api: str) -> None:
    assert api not in (WEB_DIR / "app.js").read_text(encoding="utf-8")


def test_index_loads_nothing_from_another_host() -> None:
    html = (WEB_DIR / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources
    assert all(s.startswith(("/", "data:")) for s in sources), sources
    assert "<script>" not in html  # no inline script: the policy forbids them


def test_vendor_packages_are_pinned_in_the_npm_lock_file() -> None:
    manifest = json.loads((REPO / "frontend" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "frontend" / "package-lock.json").read_text(encoding="utf-8"))
    packages = {folder.split("/")[0] for folder in VENDOR_FOLDERS.values()}
    assert packages == set(manifest["dependencies"])
    assert all(f"node_modules/{name}" in lock["packages"] for name in packages)


@pytest.mark.parametrize(
    ("tile_url", "expected"),
    [
        ("", "img-src 'self' data:;"),
        ("http://tiles.local:8080/{z}/{x}/{y}.png", "img-src 'self' data: http://tiles.local:8080;"),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "img-src 'self' data: https://*.tile.example.org;"),
    ],
    ids=["offline", "one-host", "subdomains"],
)
def test_policy_allows_images_only_from_the_tile_host(tile_url: str, expected: str) -> None:
    policy = content_security_policy(tile_url)
    assert expected in policy
    assert "script-src 'self';" in policy
