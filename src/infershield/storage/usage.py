"""`UsageRepository`: per tenant, key and month counters, incremented atomically with one upsert.

``INSERT ... ON CONFLICT (tenant, key_id, period) DO UPDATE SET n = usage.n + excluded.n`` is a
single statement on both databases, so concurrent increments from many workers never lose
updates and never need a read first. Cost is kept in integer micro-dollars.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from infershield.errors import MalformedInputError
from infershield.storage.columns import utcnow
from infershield.storage.database import Database
from infershield.storage.models import Usage
from infershield.storage.upsert import insert_for

_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_COUNTERS = ("requests", "prompt_tokens", "completion_tokens", "cost_micro_usd")
MICRO = Decimal(1_000_000)


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """Totals for a tenant in a period, for one key or (``key_id`` None) all keys together."""

    tenant: str
    key_id: str | None
    period: str
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_micro_usd: int = 0

    @property
    def cost_usd(self) -> Decimal:
        return Decimal(self.cost_micro_usd) / MICRO


def period_of(moment: datetime) -> str:
    """The ``YYYY-MM`` period (UTC) a moment falls in."""
    return moment.strftime("%Y-%m")


def _check_period(period: str) -> str:
    if not _PERIOD.fullmatch(period):
        raise MalformedInputError(f"period must look like YYYY-MM, not {period!r}")
    return period


class UsageRepository:
    """Adds to and reads usage counters. ``key_id`` "" stands for traffic without an API key."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock

    async def add(self, tenant: str, key_id: str = "", *, period: str | None = None, requests: int = 1,
                  prompt_tokens: int = 0, completion_tokens: int = 0,
                  cost_usd: Decimal | float | int = 0) -> None:
        """Atomically add to the counters of (tenant, key, period); the period defaults to this month."""
        values = {"requests": requests, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "cost_micro_usd": int((Decimal(str(cost_usd)) * MICRO).to_integral_value())}
        if any(v < 0 for v in values.values()):
            raise MalformedInputError("usage increments cannot be negative")
        stmt = insert_for(self._db, Usage).values(
            tenant=tenant, key_id=key_id, period=_check_period(period or period_of(self._clock())), **values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["tenant", "key_id", "period"],
            set_={name: getattr(Usage, name) + getattr(stmt.excluded, name) for name in _COUNTERS})
        async with self._db.session() as session:
            await session.execute(stmt)

    async def get(self, tenant: str, period: str, key_id: str | None = None) -> UsageRecord:
        """Totals for one key, or summed over all the tenant's keys when ``key_id`` is None."""
        query = select(*(func.coalesce(func.sum(getattr(Usage, n)), 0) for n in _COUNTERS)).where(
            Usage.tenant == tenant, Usage.period == _check_period(period))
        if key_id is not None:
            query = query.where(Usage.key_id == key_id)
        async with self._db.session() as session:
            totals = (await session.execute(query)).one()
        return UsageRecord(tenant, key_id, period, *(int(v) for v in totals))

    async def by_key(self, tenant: str, period: str) -> list[UsageRecord]:
        """One record per key for the tenant and period."""
        async with self._db.session() as session:
            rows = (await session.scalars(select(Usage).where(
                Usage.tenant == tenant, Usage.period == _check_period(period)).order_by(Usage.key_id))).all()
        return [UsageRecord(r.tenant, r.key_id, r.period, r.requests, r.prompt_tokens, r.completion_tokens,
                            r.cost_micro_usd) for r in rows]
