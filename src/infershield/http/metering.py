"""Monthly usage off the request path: counted in memory, written in batches, read through a short cache.

``record`` only adds to in-memory counters; a background task writes them every ``usage.flush_seconds``
(one upsert per tenant/key, never one write per request) and ``close`` writes the rest. ``month``
answers from a per-tenant cache of the stored totals (``usage.cache_seconds``) plus what is not yet
written, so the quota check costs no query on most requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from infershield.config.identity import PriceModel, UsageModel
from infershield.errors import InfershieldError
from infershield.limits.quota import DEFAULT_PRICES, ModelPrice, QuotaLimits, Usage, cost_usd, price_for
from infershield.limits.tiers import Tier
from infershield.storage import UsageRepository

log = logging.getLogger(__name__)
_MICRO = 1_000_000
_PRICE_CACHE_SIZE = 1024
Counters = list[int]  # requests, prompt tokens, completion tokens, cost in micro-dollars


def period_now(now: datetime) -> str:
    return f"{now.year:04d}-{now.month:02d}"  # strftime("%Y-%m"), without its cost on every request


def seconds_to_next_month(now: datetime) -> int:
    nxt = datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=UTC)
    return max(int((nxt - now).total_seconds()), 1)


def quota_limits(tier: Tier, overrides: Mapping[str, Any]) -> QuotaLimits:
    """The tier's monthly limits with the tenant's ``quotas`` (``requests``, ``tokens``, ``cost_usd``) over them."""
    base = QuotaLimits.of(tier)

    def pick(name: str, default: Any) -> Any:
        for key in (name, f"monthly_{name}"):
            if key in overrides:
                return overrides[key]
        return default

    return QuotaLimits(pick("requests", base.requests), pick("tokens", base.tokens), pick("cost_usd", base.cost_usd))


def price_table(pricing: Mapping[str, PriceModel]) -> tuple[ModelPrice, ...]:
    configured = tuple(ModelPrice(glob, p.input_per_million, p.output_per_million) for glob, p in pricing.items())
    return configured + tuple(p for p in DEFAULT_PRICES if p.pattern not in pricing)


def _usage(c: Counters) -> Usage:
    return Usage(c[0], c[1] + c[2], c[3] / _MICRO)


class UsageMeter:
    """Per-tenant monthly totals for quotas and ``/v1/usage``; see the module docstring."""

    def __init__(self, repo: UsageRepository, settings: UsageModel, pricing: Mapping[str, PriceModel], *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.repo = repo
        self.settings = settings
        self.prices = price_table(pricing)
        self.clock = clock
        self._monotonic = monotonic
        self._pending: dict[tuple[str, str, str], Counters] = {}
        self._cache: dict[tuple[str, str], tuple[Counters, float]] = {}
        self._task: asyncio.Task[None] | None = None
        # model -> its price: the glob table is matched once per model, not on every request
        self._price_of: dict[str, ModelPrice | None] = {}

    def cost(self, model: str, prompt: int, completion: int) -> float:
        if model in self._price_of:
            price = self._price_of[model]
        else:
            price = price_for(model, self.prices)
            if len(self._price_of) < _PRICE_CACHE_SIZE:  # model names come from callers: stay bounded
                self._price_of[model] = price
        if price is None:
            return 0.0
        return cost_usd(model, prompt, completion, (price,)) or 0.0

    def record(self, tenant_id: str, key_id: str, model: str, prompt: int, completion: int) -> None:
        """Count one answered request (never touches the database)."""
        period = period_now(self.clock())
        add = [1, prompt, completion, round(self.cost(model, prompt, completion) * _MICRO)]
        counters = self._pending.setdefault((tenant_id, key_id, period), [0, 0, 0, 0])
        for i, value in enumerate(add):
            counters[i] += value

    async def month(self, tenant_id: str) -> Usage:
        """This month's totals for the tenant: stored (cached) plus not yet written."""
        period = period_now(self.clock())
        cached = self._cache.get((tenant_id, period))
        if cached is None or cached[1] <= self._monotonic():
            stored = await self.repo.get(tenant_id, period)
            counts = [stored.requests, stored.prompt_tokens, stored.completion_tokens, stored.cost_micro_usd]
            cached = self._cache[(tenant_id, period)] = (counts, self._monotonic() + self.settings.cache_seconds)
        total = list(cached[0])
        for (tenant, _key, when), counters in self._pending.items():
            if tenant == tenant_id and when == period:
                total = [a + b for a, b in zip(total, counters, strict=True)]
        return _usage(total)

    async def flush(self) -> int:
        """Write what is pending; failed rows stay pending for the next flush. Returns rows written."""
        batch, self._pending = self._pending, {}
        written = 0
        for (tenant, key, period), c in batch.items():
            try:
                await self.repo.add(tenant, key, period=period, requests=c[0], prompt_tokens=c[1],
                                    completion_tokens=c[2], cost_usd=Decimal(c[3]) / _MICRO)
            except InfershieldError as exc:
                log.warning("usage flush failed: %s", exc)
                kept = self._pending.setdefault((tenant, key, period), [0, 0, 0, 0])
                for i, value in enumerate(c):
                    kept[i] += value
                continue
            written += 1
            cached = self._cache.get((tenant, period))
            if cached is not None:  # keep the cached totals in step with what was just written
                self._cache[(tenant, period)] = ([a + b for a, b in zip(cached[0], c, strict=True)], cached[1])
        return written

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.settings.flush_seconds)
            await self.flush()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="infershield-usage")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()
