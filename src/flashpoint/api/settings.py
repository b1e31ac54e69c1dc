"""The API server's settings: its rows of ``flashpoint.settings.SETTINGS``, read into ``ApiSettings``.

Values come from, in order: explicit arguments (CLI options), environment variables, defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import flashpoint
from flashpoint.settings import SETTINGS, SettingSpec, load_settings

# src/flashpoint/__init__.py -> the repository root, where ``make setup`` installs frontend/node_modules
DEFAULT_VENDOR_DIR = Path(flashpoint.__file__).resolve().parents[2] / "frontend" / "node_modules"

_API_NAMES = ("api_token", "tile_url", "tile_attribution", "web_vendor_dir")
API_SETTINGS: tuple[SettingSpec, ...] = tuple(spec for spec in SETTINGS if spec.name in _API_NAMES)
"""The server's rows of the one settings table (``flashpoint.settings.SETTINGS``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiSettings:
    db: str = "flashpoint.db"
    api_token: str = ""
    tile_url: str = ""
    tile_attribution: str = ""
    web_vendor_dir: Path = DEFAULT_VENDOR_DIR
    max_page_size: int = 5000  # the map asks for up to this many events at once


def load_api_settings(**overrides: str | None) -> ApiSettings:
    """API settings from the environment, with non-None ``overrides`` (CLI options) taking precedence."""
    raw = {spec.name: os.environ.get(spec.env, spec.default) for spec in API_SETTINGS}
    raw.update({k: v for k, v in overrides.items() if v is not None and k in raw})
    return ApiSettings(
        db=load_settings(db=overrides.get("db")).db,
        api_token=raw["api_token"],
        tile_url=raw["tile_url"],
        tile_attribution=raw["tile_attribution"],
        web_vendor_dir=Path(raw["web_vendor_dir"]).expanduser()
        if raw["web_vendor_dir"]
        else DEFAULT_VENDOR_DIR,
    )


__all__ = ["API_SETTINGS", "DEFAULT_VENDOR_DIR", "ApiSettings", "load_api_settings"]
