"""Flashpoint's settings: one table feeds the CLI help, the README and a test that each setting is documented.

Values come from, in order: explicit arguments (CLI options), environment variables, defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.errors import ConfigError


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingSpec:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        name="db",
        env="FLASHPOINT_DB",
        default="flashpoint.db",
        help="SQLite database file (or a database URL) that ingest writes and queries read.",
    ),
    SettingSpec(
        name="cache_dir",
        env="FLASHPOINT_CACHE_DIR",
        default="~/.cache/flashpoint",
        help="Where the compiled gazetteer and other derived resources are cached.",
    ),
    SettingSpec(
        name="max_article_bytes",
        env="FLASHPOINT_MAX_ARTICLE_BYTES",
        default="10000000",
        help="Input files larger than this are rejected as too large (bytes).",
    ),
    SettingSpec(
        name="actor_files",
        env="FLASHPOINT_ACTOR_FILES",
        default="",
        help="Extra actor knowledge-base TOML files, separated by the OS path separator.",
    ),
    SettingSpec(
        name="source_files",
        env="FLASHPOINT_SOURCE_FILES",
        default="",
        help="Extra source-registry TOML files, separated by the OS path separator.",
    ),
    SettingSpec(
        name="event_model",
        env="FLASHPOINT_EVENT_MODEL",
        default="",
        help="An event-type model file written by `flashpoint train` to use instead of the packaged one.",
    ),
    SettingSpec(
        name="api_token",
        env="FLASHPOINT_API_TOKEN",
        default="",
        help="Bearer token that POST /api/ingest requires; empty disables ingestion over HTTP.",
    ),
    SettingSpec(
        name="tile_url",
        env="FLASHPOINT_TILE_URL",
        default="",
        help="Raster tile URL template for the web map, e.g. http://tiles.local/{z}/{x}/{y}.png; "
        "empty shows the bundled country outlines only (works offline).",
    ),
    SettingSpec(
        name="tile_attribution",
        env="FLASHPOINT_TILE_ATTRIBUTION",
        default="",
        help="Attribution text shown under the raster tiles.",
    ),
    SettingSpec(
        name="web_vendor_dir",
        env="FLASHPOINT_WEB_VENDOR_DIR",
        default="",
        help="Folder holding the web UI's npm packages (default: frontend/node_modules, made by make setup).",
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str = "flashpoint.db"
    cache_dir: Path = field(default_factory=lambda: Path("~/.cache/flashpoint").expanduser())
    max_article_bytes: int = 10_000_000
    actor_files: tuple[Path, ...] = ()
    source_files: tuple[Path, ...] = ()
    event_model: Path | None = None  # None: the packaged classifier


def load_settings(**overrides: str | None) -> Settings:
    """Settings from the environment, with non-None ``overrides`` (CLI options) taking precedence."""
    raw = {spec.name: os.environ.get(spec.env, spec.default) for spec in SETTINGS}
    raw.update({k: v for k, v in overrides.items() if v is not None})
    try:
        max_bytes = int(raw["max_article_bytes"])
    except ValueError as exc:
        raise ConfigError(
            f"max_article_bytes must be an integer number of bytes, got {raw['max_article_bytes']!r}; "
            "fix FLASHPOINT_MAX_ARTICLE_BYTES"
        ) from exc
    return Settings(
        db=raw["db"],
        cache_dir=Path(raw["cache_dir"]).expanduser(),
        max_article_bytes=max_bytes,
        actor_files=_paths(raw["actor_files"]),
        source_files=_paths(raw["source_files"]),
        event_model=Path(raw["event_model"]).expanduser() if raw["event_model"] else None,
    )


def _paths(value: str) -> tuple[Path, ...]:
    return tuple(Path(p).expanduser() for p in value.split(os.pathsep) if p)


__all__ = ["SETTINGS", "SettingSpec", "Settings", "load_settings"]
