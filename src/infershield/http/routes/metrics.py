"""``/metrics``: never on the public port unless a bearer token is configured.

Two ways to scrape, both off by default:

* ``observability.metrics_port``: a separate listener (bind it to a private interface), started with the
  app, or by ``infershield serve`` itself when several workers share one multiprocess directory;
* ``observability.metrics_token``: ``GET /metrics`` on the main port with ``Authorization: Bearer …``.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable, Mapping
from threading import Thread
from wsgiref.simple_server import WSGIServer

from prometheus_client import start_http_server
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response

from infershield.http.errors import error_response
from infershield.observability.metrics import Metrics, collecting_registry


class _Refreshing(Collector):
    """Refreshes state-derived gauges (circuit breakers) at scrape time, then collects ``source``."""

    def __init__(self, source: Collector, refresh: Callable[[], None]) -> None:
        self._source = source
        self._refresh = refresh

    def collect(self) -> Iterable[Metric]:
        self._refresh()
        return self._source.collect()


def bearer_matches(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    return bool(token) and given[:7].lower() == "bearer " and hmac.compare_digest(given[7:].strip(), token)


def metrics_endpoint(metrics: Metrics, token: str, breakers: Callable[[], Mapping[str, str]],
                     retries: Callable[[], Mapping[str, int]] = dict) -> Callable[[Request], object]:
    """The ``GET /metrics`` handler for the main port (only registered when ``token`` is set)."""

    async def endpoint(request: Request) -> Response:
        if not bearer_matches(request, token):
            return error_response("openai", 401, "metrics need 'Authorization: Bearer <metrics_token>'",
                                  headers={"WWW-Authenticate": "Bearer"})
        metrics.set_breakers(breakers())
        metrics.sync_retries(retries())
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    return endpoint


class MetricsServer:
    """A scrape-only listener on its own port (prometheus_client's threaded WSGI server)."""

    def __init__(self, server: WSGIServer, thread: Thread) -> None:
        self._server = server
        self._thread = thread

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def start_metrics_server(port: int, host: str, metrics: Metrics | None = None,
                         refresh: Callable[[], None] | None = None) -> MetricsServer:
    """Serve ``metrics`` (or, without it, the multiprocess directory) on ``host:port``."""
    from prometheus_client import CollectorRegistry

    registry = collecting_registry(metrics.registry if metrics is not None else CollectorRegistry())
    source: Collector = _Refreshing(registry, refresh) if refresh is not None else registry
    server, thread = start_http_server(port, addr=host, registry=source)
    return MetricsServer(server, thread)
