"""Probes (``/health``, ``/ready``, ``/startup``), ``/v1/models`` and ``/.well-known/security.txt``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from infershield.http.errors import json_response
from infershield.http.request_context import authenticate
from infershield.http.state import gateway

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


async def ready(request: Request) -> Response:
    """503 while starting, once SIGTERM has been received (draining, see ``http/drain.py``), or when every
    provider's circuit breaker is open. 200 ``degraded`` while the shared rate-limit store is down."""
    state = gateway(request)
    breakers = state.router.breaker_states()
    providers_ok = any(s != "open" for s in breakers.values()) if breakers else True
    limiter = state.services.limits.state  # Redis down: still serving on per-instance limits, so "degraded"
    checks = {"started": state.started, "draining": state.draining, "providers": breakers, "rate_limiter": limiter}
    ok = state.started and not state.draining and providers_ok
    degraded = limiter not in ("memory", "redis")
    status = ("degraded" if degraded else "ready") if ok else "draining" if state.draining else "not_ready"
    return json_response({"status": status, "checks": checks}, 200 if ok else 503)


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
