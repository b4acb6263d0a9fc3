"""Probes (``/health``, ``/ready``, ``/startup``), ``/v1/models`` and ``/.well-known/security.txt``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from infershield.http.errors import json_response
from infershield.http.request_context import authenticate
from infershield.http.state import gateway
from infershield.http.store_metrics import ObservedStore
from infershield.sessions.base import SessionStore
from infershield.sessions.fallback import FallbackSessionStore
from infershield.sessions.redis import RedisSessionStore

SECURITY_TXT = """Contact: https://github.com/infershield/infershield/security/advisories/new
Expires: 2027-12-31T23:59:59Z
Preferred-Languages: en
Policy: https://github.com/infershield/infershield/blob/main/SECURITY.md
"""


async def health(request: Request) -> Response:
    return json_response({"status": "ok"})


async def startup(request: Request) -> Response:
    started = gateway(request).started
    return json_response({"status": "started" if started else "starting"}, 200 if started else 503)


def _session_store_state(store: SessionStore) -> str:
    """``memory`` (configured so), ``redis``, or ``degraded_memory`` while Redis is down."""
    if isinstance(store, FallbackSessionStore):
        return store.state
    return "redis" if isinstance(store, ObservedStore) and isinstance(store.inner, RedisSessionStore) else "memory"


def _health(state: str) -> str:
    """One word per dependency: ``ok``, ``degraded`` (serving on a per-instance substitute) or ``failed``."""
    if state in ("ok", "memory", "redis"):
        return "ok"
    return "degraded" if state == "degraded_memory" else "failed"


async def ready(request: Request) -> Response:
    """503 while starting, once SIGTERM has been received (draining, see ``http/drain.py``), or when every
    provider's circuit breaker is open. 200 ``degraded`` while a shared dependency (Redis for limits or
    sessions, the database) is down: every instance shares them, so a 503 would empty the whole pool at once;
    ``dependencies`` says which one is ``degraded`` (serving on per-instance memory) or ``failed``."""
    state = gateway(request)
    breakers = state.router.breaker_states()
    providers_ok = any(s != "open" for s in breakers.values()) if breakers else True
    services = state.services
    raw = {"rate_limiter": services.limits.state, "session_store": _session_store_state(state.guard.store),
           "database": await services.database_probe.state()}
    dependencies = {name: _health(value) for name, value in raw.items()}
    checks: dict[str, object] = {"started": state.started, "draining": state.draining, "providers": breakers,
                                 **raw}
    ok = state.started and not state.draining and providers_ok
    degraded = any(value != "ok" for value in dependencies.values())
    status = ("degraded" if degraded else "ready") if ok else "draining" if state.draining else "not_ready"
    return json_response({"status": status, "checks": checks, "dependencies": dependencies}, 200 if ok else 503)


async def models(request: Request) -> Response:
    state = gateway(request)
    _identity, denied = await authenticate(state, request, "openai")
    if denied is not None:
        return denied
    names = await state.router.models()
    return json_response({"object": "list", "data": [{"id": name, "object": "model", "created": 0,
                                                      "owned_by": "infershield"} for name in names]})


async def security_txt(request: Request) -> Response:
    return PlainTextResponse(SECURITY_TXT)
