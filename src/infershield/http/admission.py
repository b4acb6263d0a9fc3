"""Admission of a model request after authentication: blocked principals, monthly quota, rate limits.

Order matters for cost: the block check is a dict lookup, the quota check reads a cached total, the rate
limit is the one backend round trip. What was admitted is kept as an :class:`Accounting` in the ASGI scope,
where :mod:`infershield.http.accounting` settles tokens and usage after the last byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import InfershieldError
from infershield.http.errors import Dialect, error_response, json_response
from infershield.http.identity import Identity
from infershield.http.limiting import Admission
from infershield.http.metering import quota_limits, seconds_to_next_month
from infershield.http.offenders import Principal
from infershield.http.state import GatewayState
from infershield.limits.quota import check_quota

ACCOUNTING_KEY = "infershield.accounting"


@dataclass(slots=True)
class Accounting:
    """One admitted request: who, what it was estimated to cost, and what streaming has seen so far."""

    identity: Identity
    admission: Admission | None
    model: str
    estimated: int
    prompt_estimate: int
    stream_chars: int = 0
    forwarded: bool = True  # False once the guard blocked it: nothing reached the provider


def principals(identity: Identity, session: str, request: Request) -> list[Principal]:
    found: list[Principal] = []
    if identity.key_id and identity.key_id != "anonymous":
        found.append(("key", identity.key_id))
    found.append(("session", session[:200]))
    if request.client is not None and request.client.host:
        found.append(("ip", request.client.host))
    return found


def accounting_of(request: Request) -> Accounting | None:
    found = request.scope.get("state", {}).get(ACCOUNTING_KEY)
    return found if isinstance(found, Accounting) else None


def _blocked_response(dialect: Dialect, until: datetime | None, rid: str) -> Response:
    when = "further notice" if until is None else until.isoformat(timespec="seconds")
    return error_response(dialect, 403, f"this caller is temporarily blocked after repeated security blocks "
                                        f"(until {when}). Request id {rid}.", code="principal_blocked")


def _quota_response(dialect: Dialect, exceeded: tuple[str, ...]) -> Response:
    message = (f"You exceeded your monthly quota ({', '.join(exceeded)}); it resets at the start of next month. "
               "Contact your administrator to raise it.")
    # Not x-should-retry: false: the quota does reset, so Retry-After says when.
    headers = {"Retry-After": str(seconds_to_next_month(datetime.now(UTC)))}
    if dialect == "anthropic":
        body: dict[str, object] = {"type": "error", "error": {"type": "rate_limit_error", "message": message}}
    else:
        body = {"error": {"message": message, "type": "insufficient_quota", "param": None,
                          "code": "insufficient_quota"}}
    return json_response(body, 429, headers)


async def admit(state: GatewayState, request: Request, dialect: Dialect, identity: Identity,
                session: str, rid: str, model: str, prompt_estimate: int, estimated: int
                ) -> tuple[Accounting | None, Response | None]:
    """(accounting, None) when admitted, else (None, the 403 / 429 refusal)."""
    services = state.services
    hit = services.offenders.blocked(principals(identity, session, request))
    if hit is not None:
        await services.auditor.event("blocked_principal_refused", action="block", tenant=identity.tenant or None,
                                     principal=identity.principal, request_id=rid, route=request.url.path,
                                     detail={"kind": hit[0][0]})
        return None, _blocked_response(dialect, hit[1], rid)
    limiter = services.limits
    tier = limiter.tier_of(identity)
    if tier is not None and identity.tenant_id:
        try:
            record = await services.directory.get(identity.tenant_id) if identity.from_database else None
            used = await services.meter.month(identity.tenant_id)
        except InfershieldError:
            used = None  # storage down: the rate limit still applies; quotas resume when it is back
        if used is not None:
            result = check_quota(used, quota_limits(tier, record.quotas if record is not None else {}))
            if not result.allowed:
                if limiter.metrics is not None:
                    limiter.metrics.count_quota_exceeded(result.exceeded[0])
                return None, _quota_response(dialect, result.exceeded)
    admission = await limiter.admit(identity, estimated)
    if admission is not None and not admission.decision.allowed:
        return None, error_response(dialect, 429, f"rate limit reached for {admission.refused_by} per minute; "
                                                  "retry after the time in Retry-After",
                                    code="rate_limit_exceeded", headers=admission.headers)
    accounting = Accounting(identity, admission, model, estimated, prompt_estimate)
    request.scope.setdefault("state", {})[ACCOUNTING_KEY] = accounting
    return accounting, None
