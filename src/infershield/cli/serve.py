"""`infershield serve`: run the gateway with uvicorn (uvloop, httptools)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from infershield.cli.common import fail
from infershield.config.gateway import load_settings
from infershield.errors import ConfigError
from infershield.http.factory import CONFIG_ENV


def serve(
    config: Annotated[Path | None, typer.Option("--config", help="Gateway YAML settings.")] = None,
    host: Annotated[str | None, typer.Option("--host", help="Listen address (default from config).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Listen port (default from config).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes.")] = None,
) -> None:
    """Run the OpenAI/Anthropic-compatible gateway. Without --config: demo provider, no auth, 127.0.0.1:8080."""
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        fail(f"{config}: {exc}")
    if config is not None:
        os.environ[CONFIG_ENV] = str(config.resolve())
    if settings.providers == [] and settings.auth.mode == "none":
        typer.echo("infershield: no providers configured: the built-in demo provider answers locally", err=True)
    uvicorn.run("infershield.http.factory:app_from_environment", factory=True, host=host or settings.host,
                port=port or settings.port, workers=workers or settings.workers, loop="uvloop", http="httptools",
                log_level="warning", access_log=False, timeout_graceful_shutdown=30)
