"""Flashpoint's HTTP API and web UI: a read-only FastAPI app over the store (no NLP model at start-up).

    services = open_services(load_api_settings(db="flashpoint.db"))
    app = create_app(services)            # uvicorn.run(app) or `flashpoint serve`

Routes: ``/api/events`` (filters: since, until, bbox, country, admin1, type, sub_type, actor, claimant,
min_fatalities, q; limit/offset), ``/api/events/{id}``, ``/api/export.csv``, ``/api/export.geojson``,
``/api/timeseries``, ``/api/actors``, ``/api/places``, ``/api/claimants``, ``/api/articles/{id}``,
``/api/search``, ``/api/config``, ``/api/health``, ``POST /api/ingest`` (bearer token), ``/docs``.
"""

from __future__ import annotations

from flashpoint.api.app import create_app, open_services
from flashpoint.api.deps import ApiServices
from flashpoint.api.settings import API_SETTINGS, ApiSettings, load_api_settings

__all__ = ["API_SETTINGS", "ApiServices", "ApiSettings", "create_app", "load_api_settings", "open_services"]
