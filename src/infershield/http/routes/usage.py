"""``GET /v1/usage``: the caller's tenant this month — requests, tokens, cost, limits and what remains."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import InfershieldError
from infershield.http.errors import error_response, json_response
from infershield.http.identity import identify
from infershield.http.metering import period_now, quota_limits
from infershield.http.state import gateway


def _remaining(limit: float | None, used: float) -> float | None:
    return None if limit is None else max(limit - used, 0)


async def usage(request: Request) -> Response:
    state = gateway(request)
    identity, denied = await identify(state, request, "openai")
    if denied is not None or identity is None:
        return denied or error_response("openai", 401, "missing or invalid API key")
    services = state.services
    try:
        used = await services.meter.month(identity.tenant_id)
        record = await services.directory.get(identity.tenant_id) if identity.from_database else None
    except InfershieldError:
        return error_response("openai", 503, "usage is unavailable right now; try again shortly")
    tier = services.limits.tier_of(identity)
    limits = quota_limits(tier, record.quotas if record is not None else {}) if tier is not None else None
    body = {
        "object": "usage", "tenant": identity.tenant, "period": period_now(datetime.now(UTC)),
        "tier": tier.name if tier is not None else None,
        "requests": used.requests, "tokens": used.tokens, "cost_usd": round(used.cost_usd, 6),
        "limits": None if limits is None else {"requests": limits.requests, "tokens": limits.tokens,
                                               "cost_usd": limits.cost_usd},
        "remaining": None if limits is None else {
            "requests": _remaining(limits.requests, used.requests),
            "tokens": _remaining(limits.tokens, used.tokens),
            "cost_usd": None if limits.cost_usd is None else round(max(limits.cost_usd - used.cost_usd, 0), 6)},
    }
    return json_response(body)
