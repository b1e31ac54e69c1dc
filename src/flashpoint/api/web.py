"""The web UI: Flashpoint's own static files plus the npm packages ``make setup`` installs (no CDN)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from flashpoint.errors import ConfigError

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

# URL folder -> folder inside node_modules: only these are served
VENDOR_FOLDERS: dict[str, str] = {
    "leaflet": "leaflet/dist",
    "markercluster": "leaflet.markercluster/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
}


def check_vendor_dir(vendor_dir: Path) -> None:
    """A one-line error naming the fix when the front-end packages are not installed."""
    missing = [name for name in VENDOR_FOLDERS.values() if not (vendor_dir / name).is_dir()]
    if missing:
        raise ConfigError(
            f"the web UI's front-end packages are missing from {vendor_dir} ({', '.join(missing)}): "
            "run make setup (or serve the API alone with --no-web)"
        )


def mount_web(app: FastAPI, vendor_dir: Path) -> None:
    """``/`` is the single-page UI; ``/static`` its own files; ``/vendor/<name>`` the npm packages."""
    check_vendor_dir(vendor_dir)
    index = WEB_DIR / "index.html"

    @app.get("/", include_in_schema=False)
    def _index() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    for url_name, folder in VENDOR_FOLDERS.items():
        app.mount(
            f"/vendor/{url_name}", StaticFiles(directory=vendor_dir / folder), name=f"vendor-{url_name}"
        )


def content_security_policy(tile_url: str) -> str:
    """Scripts only from this server (an injected inline ``<script>`` never runs); tiles from their host."""
    return (
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
        f"img-src 'self' data:{_tile_origin(tile_url)}; style-src 'self' 'unsafe-inline'; connect-src 'self'"
    )


def _tile_origin(tile_url: str) -> str:
    parts = urlsplit(tile_url)
    if not (parts.scheme and parts.netloc):
        return ""
    return f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"


__all__ = ["VENDOR_FOLDERS", "WEB_DIR", "check_vendor_dir", "content_security_policy", "mount_web"]
