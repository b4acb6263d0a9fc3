"""Plan tiers (free / pro / enterprise) and the buckets a request is charged against.

The default table is a frozen mapping; deployments pass their own mapping to override or add tiers.
Per-minute limits become token buckets whose capacity is the per-minute amount and whose refill spreads it
over the minute, so a client may burst up to one minute's budget and then runs at the steady rate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from infershield.limits.base import BucketSpec, Charge


@dataclass(frozen=True, slots=True)
class Tier:
    """Limits of one plan. Per-minute limits apply per API key and, separately, per tenant.

    Monthly limits (``None`` = unlimited) are checked by :mod:`infershield.limits.quota` per tenant.
    """

    name: str
    requests_per_minute: float
    tokens_per_minute: float
    tenant_requests_per_minute: float
    tenant_tokens_per_minute: float
    monthly_requests: int | None
    monthly_tokens: int | None
    monthly_cost_usd: float | None


DEFAULT_TIERS: Mapping[str, Tier] = MappingProxyType({
    "free": Tier("free", 20, 40_000, 60, 100_000, 10_000, 2_000_000, 5.0),
    "pro": Tier("pro", 600, 1_000_000, 3_000, 5_000_000, 1_000_000, 500_000_000, 1_000.0),
    "enterprise": Tier("enterprise", 6_000, 10_000_000, 30_000, 50_000_000, None, None, None),
})


def resolve_tier(name: str, tiers: Mapping[str, Tier] | None = None) -> Tier:
    """The tier called ``name``, from ``tiers`` (defaults when None). Unknown names raise KeyError."""
    table = DEFAULT_TIERS if tiers is None else tiers
    try:
        return table[name]
    except KeyError:
        raise KeyError(f"unknown tier {name!r}; known: {', '.join(sorted(table))}") from None


def _per_minute(name: str, per_minute: float, dimension: str) -> BucketSpec:
    return BucketSpec(name, per_minute, per_minute / 60.0, dimension)


def bucket_specs(key_id: str, tenant_id: str, tier: Tier) -> tuple[BucketSpec, ...]:
    """The four buckets of a request: requests and tokens, for the key and for its tenant."""
    return (
        _per_minute(f"key:{key_id}:requests", tier.requests_per_minute, "requests"),
        _per_minute(f"key:{key_id}:tokens", tier.tokens_per_minute, "tokens"),
        _per_minute(f"tenant:{tenant_id}:requests", tier.tenant_requests_per_minute, "requests"),
        _per_minute(f"tenant:{tenant_id}:tokens", tier.tenant_tokens_per_minute, "tokens"),
    )


def request_charges(key_id: str, tenant_id: str, tier: Tier, estimated_tokens: float) -> tuple[Charge, ...]:
    """Charges at admission: one request, and the tokens estimated before the reply is known."""
    return tuple(Charge(spec, 1.0 if spec.dimension == "requests" else estimated_tokens)
                 for spec in bucket_specs(key_id, tenant_id, tier))


def token_adjustment(key_id: str, tenant_id: str, tier: Tier, estimated: float, actual: float) -> tuple[Charge, ...]:
    """Post-hoc charges once usage is known: the difference to the estimate (negative refunds)."""
    delta = actual - estimated
    return tuple(Charge(spec, delta) for spec in bucket_specs(key_id, tenant_id, tier) if spec.dimension == "tokens")
