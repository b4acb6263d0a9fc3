"""`infershield serve`: run the gateway with uvicorn (uvloop, httptools)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from infershield.cli.common import fail
from infershield.config.gateway import GatewaySettings, load_settings
from infershield.errors import ConfigError
from infershield.http.factory import CONFIG_ENV
from infershield.http.operations import METRICS_SUPERVISED_ENV
from infershield.http.routes.metrics import start_metrics_server
from infershield.observability.metrics import MULTIPROC_ENV


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
    server_config = uvicorn.Config("infershield.http.factory:app_from_environment", factory=True,
                             host=host or settings.host, port=port or settings.port,
                             workers=workers or settings.workers, loop="uvloop", http="httptools",
                             log_level="warning", access_log=False, timeout_graceful_shutdown=settings.shutdown.drain_seconds)
    if server_config.workers > 1:
        _share_metrics(settings)
        uvicorn.run(server_config.app, factory=True, host=server_config.host, port=server_config.port, workers=server_config.workers,
                    loop="uvloop", http="httptools", log_level="warning", access_log=False,
                    timeout_graceful_shutdown=settings.shutdown.drain_seconds)
        return
    _GracefulServer(server_config).run()


def _share_metrics(settings: GatewaySettings) -> None:
    """Several workers: metrics go through a shared multiprocess directory and, when a metrics port is
    configured, this supervisor process serves the merged view (workers would fight over the port)."""
    o = settings.observability
    if o.metrics_port is None and not o.metrics_token:
        return
    if not os.environ.get(MULTIPROC_ENV):
        os.environ[MULTIPROC_ENV] = tempfile.mkdtemp(prefix="infershield-metrics-")
    if o.metrics_port is not None:
        os.environ[METRICS_SUPERVISED_ENV] = "1"
        start_metrics_server(o.metrics_port, o.metrics_host)


class _GracefulServer(uvicorn.Server):
    """A server that exits 0 after a graceful SIGTERM/SIGINT drain.

    uvicorn re-raises the captured signal once it has drained, which makes the process die "by signal"
    (exit status -15) even though every in-flight request finished; orchestrators read that as a crash.
    """

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        with super().capture_signals():
            yield
            self._captured_signals.clear()
