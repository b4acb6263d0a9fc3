"""Wiring the operational pieces into an app: observability middleware, /metrics, policy reload.

``create_app`` calls :func:`install_operations` once, then the lifespan calls :meth:`Operations.start`
and :meth:`Operations.stop` around serving.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from fastapi import FastAPI

from infershield.config.gateway import GatewaySettings
from infershield.http.observe import ObserveMiddleware
from infershield.http.reload import PolicyReloader
from infershield.http.routes.metrics import MetricsServer, metrics_endpoint, start_metrics_server
from infershield.http.state import GatewayState
from infershield.http.store_metrics import observed
from infershield.observability.hub import Observability
from infershield.observability.logging import build_logger, close_logger
from infershield.observability.metrics import Metrics
from infershield.observability.tracing import build_tracing

# Set by ``infershield serve --workers N``: the supervisor serves the merged metrics port itself.
METRICS_SUPERVISED_ENV = "INFERSHIELD_METRICS_SUPERVISED"


def observability_from(settings: GatewaySettings, *, log_stream: IO[bytes] | None = None) -> Observability:
    """Logger, metrics and tracing as ``settings.observability`` describes (``log_stream``: tests)."""
    o = settings.observability
    tracing = o.tracing
    return Observability(
        logger=build_logger(o.log_level, stream=log_stream, file=o.log_file, max_bytes=o.log_file_max_bytes,
                            backups=o.log_file_backups),
        metrics=Metrics(),
        tracing=build_tracing(enabled=tracing.enabled, endpoint=tracing.endpoint,
                              service_name=tracing.service_name, sample_ratio=tracing.sample_ratio),
        slow_request_ms=o.slow_request_ms,
        access_log=o.access_log,
        prices={glob: (p.input_per_mtok, p.output_per_mtok) for glob, p in o.prices.items()},
    )


class Operations:
    """The background parts of one app: the policy watcher and the separate metrics listener."""

    def __init__(self, state: GatewayState, obs: Observability, reloader: PolicyReloader | None) -> None:
        self.state = state
        self.obs = obs
        self.reloader = reloader
        self.metrics_server: MetricsServer | None = None

    def _refresh_router_metrics(self) -> None:
        """Breaker states and retry totals live in the router; copy them into the metrics at scrape time."""
        self.obs.metrics.set_breakers(self.state.router.breaker_states())
        self.obs.metrics.sync_retries(self.state.router.retry_counts())

    async def start(self) -> None:
        o = self.state.settings.observability
        if o.metrics_port is not None and not os.environ.get(METRICS_SUPERVISED_ENV):
            metrics = self.obs.metrics
            self.metrics_server = start_metrics_server(
                o.metrics_port, o.metrics_host, metrics,
                refresh=self._refresh_router_metrics)
        if self.reloader is not None:
            self.reloader.start()
        self.obs.logger.info("startup", policy_file=self.state.settings.policy_file,
                             metrics_port=o.metrics_port, tracing=self.obs.tracing is not None)

    async def stop(self) -> None:
        if self.reloader is not None:
            await self.reloader.stop()
        if self.metrics_server is not None:
            self.metrics_server.close()
            self.metrics_server = None
        if self.obs.tracing is not None:
            self.obs.tracing.shutdown()
        close_logger(self.obs.logger)


def install_operations(app: FastAPI, state: GatewayState, obs: Observability | None = None) -> Operations:
    """Add the middleware and the operational routes to ``app``; returns what the lifespan starts."""
    settings = state.settings
    obs = obs or observability_from(settings)
    app.state.observability = obs
    state.guard.store = observed(state.guard.store, obs.metrics)
    app.add_middleware(ObserveMiddleware, observability=obs, state=state)
    o = settings.observability
    if o.metrics_token:
        app.add_api_route("/metrics", metrics_endpoint(obs.metrics, o.metrics_token, state.router.breaker_states,
                                                           state.router.retry_counts),
                          methods=["GET"], include_in_schema=False)
    reloader = None
    if settings.policy_file:
        reloader = PolicyReloader(state, obs, Path(settings.policy_file), settings.policy_poll_seconds)
        app.state.policy_reloader = reloader
    return Operations(state, obs, reloader)
