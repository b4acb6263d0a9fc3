"""Rate limits on the request path: one ``take`` before the upstream call, one ``charge`` after it.

``take`` charges one request and the *estimated* tokens (prompt characters / 4 + ``max_tokens``) to the
key's and the tenant's buckets in one backend call (one Lua script with Redis). Once the reply's real
usage is known, ``settle`` charges the difference (negative: a refund). A refusal is a 429 with
``Retry-After`` and the ``x-ratelimit-*`` headers; a 429 never means a security block.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from infershield.config.identity import RateModel
from infershield.http.identity import Identity
from infershield.limits.base import Decision, RateLimitBackend
from infershield.limits.fallback import FallbackRateLimiter
from infershield.limits.headers import rate_limit_headers
from infershield.limits.memory_bucket import MemoryTokenBucket
from infershield.limits.quota import CHARS_PER_TOKEN
from infershield.limits.redis_bucket import RedisTokenBucket
from infershield.limits.tiers import DEFAULT_TIERS, Tier, request_charges, token_adjustment
from infershield.observability.metrics import Metrics

_PER_MINUTE = ("requests_per_minute", "tokens_per_minute", "tenant_requests_per_minute", "tenant_tokens_per_minute")


def tiers_from(rate: RateModel) -> dict[str, Tier]:
    """The built-in tiers with the configured overrides laid over them (new names need every per-minute field)."""
    tiers = dict(DEFAULT_TIERS)
    for name, override in rate.tiers.items():
        given = override.model_dump(exclude_unset=True)
        if name in tiers:
            tiers[name] = replace(tiers[name], **given)
            continue
        missing = [f for f in _PER_MINUTE if given.get(f) is None]
        if missing:
            raise ValueError(f"limits.rate.tiers.{name}: a new tier needs {', '.join(missing)}")
        tiers[name] = Tier(name, given[_PER_MINUTE[0]], given[_PER_MINUTE[1]], given[_PER_MINUTE[2]],
                           given[_PER_MINUTE[3]], given.get("monthly_requests"), given.get("monthly_tokens"),
                           given.get("monthly_cost_usd"))
    return tiers


def build_backend(rate: RateModel, redis_url: str) -> RateLimitBackend:
    """Memory buckets, or Redis buckets behind the fallback that keeps limiting while Redis is down."""
    if rate.backend == "memory":
        return MemoryTokenBucket()
    shared = RedisTokenBucket.from_url(redis_url, timeout=rate.redis_timeout, prefix=rate.redis_prefix)
    return FallbackRateLimiter(shared, MemoryTokenBucket(), on_failure=rate.on_failure)


def estimate_request_tokens(messages: Sequence[Any], params: Mapping[str, Any]) -> int:
    """Prompt characters / 4 plus the completion budget the caller asked for (0 when unset)."""
    chars = 0
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            chars += len(content)
        elif isinstance(content, list):
            chars += sum(len(p.get("text", "")) for p in content if isinstance(p, dict)
                         and isinstance(p.get("text"), str))
    budget = params.get("max_tokens") or params.get("max_completion_tokens") or 0
    return math.ceil(chars / CHARS_PER_TOKEN) + (budget if isinstance(budget, int) and budget > 0 else 0)


@dataclass(slots=True)
class Admission:
    """What ``take`` decided for one request, kept to settle the token estimate afterwards."""

    tier: Tier
    key_id: str
    tenant_id: str
    estimated: int
    decision: Decision

    @property
    def headers(self) -> dict[str, str]:
        return rate_limit_headers(self.decision)

    @property
    def refused_by(self) -> str:
        """``requests`` or ``tokens``: the dimension of the bucket that refused (for the metric)."""
        waiting = [s for s in self.decision.buckets if s.retry_after > 0]
        return waiting[0].bucket.dimension if waiting else "requests"


class RequestLimiter:
    """Tier lookup plus take/settle against one backend. ``metrics`` gets refusals and the backend state."""

    def __init__(self, backend: RateLimitBackend, tiers: Mapping[str, Tier], default_tier: str | None,
                 metrics: Metrics | None = None) -> None:
        self.backend = backend
        self.tiers = dict(tiers)
        self.default_tier = default_tier
        self.metrics = metrics
        self._reported: str | None = None

    @property
    def state(self) -> str:
        """``memory``, ``redis`` or the fallback's degraded state (``degraded_memory``, ``failed_open``, …)."""
        return self.backend.state if isinstance(self.backend, FallbackRateLimiter) else "memory"

    def tier_of(self, identity: Identity) -> Tier | None:
        name = identity.tier or self.default_tier
        return None if name is None else self.tiers.get(name)

    async def admit(self, identity: Identity, estimated: int) -> Admission | None:
        """None when the caller has no limited tier; else the admission (``decision.allowed`` may be False)."""
        tier = self.tier_of(identity)
        if tier is None:
            return None
        charges = request_charges(identity.key_id, identity.tenant_id, tier, estimated)
        decision = await self.backend.take(charges)
        self._report_state()
        admission = Admission(tier, identity.key_id, identity.tenant_id, estimated, decision)
        if not decision.allowed and self.metrics is not None:
            self.metrics.count_rate_limited(admission.refused_by)
        return admission

    async def settle(self, admission: Admission, actual: int) -> None:
        """Charge the difference between the real and the estimated tokens."""
        if actual == admission.estimated or not math.isfinite(actual):
            return
        await self.backend.charge(token_adjustment(admission.key_id, admission.tenant_id, admission.tier,
                                                   admission.estimated, actual))
        self._report_state()

    def _report_state(self) -> None:
        state = self.state
        if self.metrics is not None and state != self._reported:  # the gauge changes only on transitions
            self._reported = state
            self.metrics.set_dependency("rate_limiter", state in ("memory", "redis"))
