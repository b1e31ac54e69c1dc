"""The app factory: ``create_app(services)`` wires the routes, the error mapping and (optionally) the web UI."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from flashpoint import __version__
from flashpoint.api import routes_events, routes_incidents, routes_ingest, routes_views
from flashpoint.api.deps import ApiServices
from flashpoint.api.settings import ApiSettings
from flashpoint.api.web import content_security_policy, mount_web
from flashpoint.errors import StoreError
from flashpoint.store import open_store
from flashpoint.store.base import Store
from flashpoint.store.views import open_views

logger = logging.getLogger(__name__)


def open_services(settings: ApiSettings) -> ApiServices:
    """Open the database read-only (it must exist and be current) and prepare a writer for ingestion."""
    store = open_store(settings.db, read_only=True)

    def open_writer() -> Store:
        return open_store(settings.db)

    return ApiServices(store=store, views=open_views(settings.db), settings=settings, open_writer=open_writer)


def create_app(services: ApiServices, *, web: bool = True) -> FastAPI:
    """The FastAPI app over ``services``; ``web=False`` serves the API alone (no front-end packages needed)."""
    app = FastAPI(
        title="Flashpoint",
        version=__version__,
        description="Read-only API over a Flashpoint event database, plus token-protected ingestion.",
    )
    app.state.services = services
    app.include_router(routes_events.router)
    app.include_router(routes_views.router)
    app.include_router(routes_incidents.router)
    app.include_router(routes_ingest.router)
    app.add_exception_handler(StoreError, _store_error)
    policy = content_security_policy(services.settings.tile_url)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):  # the docs pages load their own scripts
            response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    if web:
        mount_web(app, services.settings.web_vendor_dir)
    return app


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    code = getattr(exc, "code", None)
    if code == "E310":  # an invalid query (since after until, a bad bbox)
        return JSONResponse(status_code=400, content={"detail": str(exc)})
    logger.warning("store error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=503, content={"detail": str(exc)})


__all__ = ["create_app", "open_services"]
