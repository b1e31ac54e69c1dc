"""``flashpoint serve``: the read-only API and the web UI over one database (no NLP model at start-up)."""

from __future__ import annotations

import threading
from typing import Annotated

import typer
import uvicorn

from flashpoint.api import create_app, load_api_settings, open_services
from flashpoint.cli.output import stdout


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[
        str | None, typer.Option(help="Database file (default ./flashpoint.db or $FLASHPOINT_DB).")
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 8000,
    web: Annotated[
        bool, typer.Option("--web/--no-web", help="Serve the web UI too, or the API alone.")
    ] = True,
) -> None:
    """Serve the API (/api, docs at /docs) and the web map over a database, read-only.

    POST /api/ingest is on only when $FLASHPOINT_API_TOKEN is set; raster tiles only when
    $FLASHPOINT_TILE_URL is set (the map otherwise draws the bundled country outlines, offline).
    """
    settings = load_api_settings(db=db)
    services = open_services(settings)
    try:
        app = create_app(services, web=web)
        # load the in-memory event columns while the server starts (seconds per million events)
        threading.Thread(target=services.views.warm, name="flashpoint-warm", daemon=True).start()
        stdout.print(f"Flashpoint on http://{host}:{port}/  (API docs at /docs; database {settings.db})")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        services.store.close()
        services.views.close()
