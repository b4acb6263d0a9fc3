"""``create_app(settings)``: the gateway as an ASGI app. Nothing is built at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

from infershield.config.gateway import GatewaySettings
from infershield.core.engine import Engine
from infershield.http.accounting import AccountingMiddleware
from infershield.http.admin.install import install_admin
from infershield.http.auth import KeyChecker
from infershield.http.direct_routes import DirectRoutes
from infershield.http.drain import install_drain_handlers
from infershield.http.engines import engine_for
from infershield.http.errors import Dialect, error_response
from infershield.http.guard import Guard
from infershield.http.operations import install_operations, observability_from
from infershield.http.routes import (
    anthropic_messages,
    embeddings,
    health,
    openai_chat,
    scan,
    simple_chat,
    usage,
)
from infershield.http.services import build_services, build_session_store
from infershield.http.state import GatewayState
from infershield.observability.hub import Observability
from infershield.providers.registry import build_router
from infershield.providers.router import Router
from infershield.sessions.base import SessionStore


def _router_from(settings: GatewaySettings) -> Router:
    from infershield.providers.spec import BreakerSpec, ProviderSpec, RetrySpec, RouteSpec, Timeouts

    specs = [ProviderSpec(name=p.name, type=p.type, base_url=p.base_url, api_key=p.api_key,
                          api_version=p.api_version, models=tuple(p.models), headers=tuple(p.headers.items()),
                          timeouts=Timeouts(**p.timeouts.model_dump()), retry=RetrySpec(**p.retry.model_dump()),
                          breaker=BreakerSpec(**p.breaker.model_dump()))
             for p in settings.providers]
    routes = [RouteSpec(r.match, tuple(r.providers)) for r in settings.routes]
    if specs and not routes:
        routes = [RouteSpec("*", tuple(s.name for s in specs))]
    return build_router(specs, routes)


def create_app(settings: GatewaySettings, *, router: Router | None = None, store: SessionStore | None = None,
               engine: Engine | None = None, observability: Observability | None = None) -> FastAPI:
    """The gateway app. ``router``, ``store``, ``engine`` and ``observability`` default to what ``settings``
    describe."""
    guard = Guard(engine or engine_for(settings, settings.build_policy()), store or build_session_store(settings),
                  monitor=settings.mode == "monitor", restore_pii=settings.restore_pii, canary=settings.canary)
    observability = observability or observability_from(settings)
    state = GatewayState(settings, guard, router or _router_from(settings),
                         KeyChecker({key.sha256: key.name for key in settings.auth.keys}),
                         build_services(settings, observability.metrics))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await state.services.start()  # migrations, audit and usage writers
        state.started = True
        await operations.start()
        undo_drain = install_drain_handlers(state, settings.shutdown.unready_seconds)
        try:
            yield
        finally:
            undo_drain()
            state.draining = True
            await operations.stop()
            await state.router.aclose()
            await state.guard.store.aclose()
            await state.services.aclose()  # writes every queued audit event and usage count first

    # FastAPI's own OpenTelemetry hooks stay off: traces and metrics come from observability/ (one source),
    # and with them on FastAPI asks the global OTel providers on every request (~3 µs) to find them unset.
    app = FastAPI(title="InferShield gateway", version="0.1.0", lifespan=lifespan,
                  description="OpenAI- and Anthropic-compatible security gateway for LLM traffic.",
                  telemetry={"tracing": False, "metrics": False, "logs": False})
    app.state.gateway = state
    # innermost, so the observability and accounting middleware below still wrap every request
    app.add_middleware(DirectRoutes, routes=app.router.routes)
    operations = install_operations(app, state, observability)  # logs, metrics, traces, policy reload
    app.add_middleware(AccountingMiddleware, state=state)  # rate-limit headers, token settlement, usage
    install_admin(app)  # /admin/v1: JWT roles, every change audited
    app.add_api_route("/v1/chat/completions", openai_chat.chat_completions, methods=["POST"], tags=["openai"])
    app.add_api_route("/v1/embeddings", embeddings.embeddings, methods=["POST"], tags=["openai"])
    app.add_api_route("/v1/messages", anthropic_messages.messages, methods=["POST"], tags=["anthropic"])
    app.add_api_route("/v1/scan", scan.scan, methods=["POST"], tags=["scan"])
    app.add_api_route("/v1/chat", simple_chat.chat, methods=["POST"], tags=["simple"])
    app.add_api_route("/v1/usage", usage.usage, methods=["GET"], tags=["openai"])
    app.add_api_route("/v1/models", health.models, methods=["GET"], tags=["openai"])
    app.add_api_route("/health", health.health, methods=["GET"], tags=["probes"])
    app.add_api_route("/ready", health.ready, methods=["GET"], tags=["probes"])
    app.add_api_route("/startup", health.startup, methods=["GET"], tags=["probes"])
    app.add_api_route("/.well-known/security.txt", health.security_txt, methods=["GET"], include_in_schema=False)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        dialect: Dialect = "anthropic" if request.url.path.startswith("/v1/messages") else "openai"
        return error_response(dialect, 500, "internal error in the gateway; the request was not forwarded")

    return app
