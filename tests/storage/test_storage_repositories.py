"""Tenants, usage counters (atomic under concurrency) and blocked principals on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.errors import ConflictError, MalformedInputError, NotFoundError
from infershield.storage import BlockedPrincipals, Database, TenantRepository, UsageRepository


def test_tenants_create_get_list_update(backend: Backend) -> None:
    async def body(db: Database) -> None:
        repo = TenantRepository(db)
        acme = await repo.create("acme", "pro", quotas={"requests_per_month": 1000})
        await repo.create("beta")
        assert (await repo.get("acme")).id == acme.id
        assert (await repo.get(acme.id)).quotas == {"requests_per_month": 1000}
        assert [t.name for t in await repo.list_all()] == ["acme", "beta"]
        updated = await repo.update("acme", tier="enterprise", policy_overrides={"block_threshold": 40})
        assert (updated.tier, updated.policy_overrides, updated.quotas) == (
            "enterprise", {"block_threshold": 40}, {"requests_per_month": 1000})
        assert (await repo.get("acme")).tier == "enterprise"
        with pytest.raises(ConflictError):
            await repo.create("acme")
        with pytest.raises(MalformedInputError):
            await repo.create("gamma", "platinum")
        with pytest.raises(MalformedInputError):
            await repo.create("  ")
        with pytest.raises(NotFoundError):
            await repo.get("nobody")
        with pytest.raises(NotFoundError):
            await repo.update("nobody", tier="pro")

    backend.run(body)


def test_fifty_concurrent_increments_give_the_exact_total(backend: Backend) -> None:
    async def body(db: Database) -> None:
        usage = UsageRepository(db)
        await asyncio.gather(*(
            usage.add("t1", "k1", period="2030-01", prompt_tokens=i, completion_tokens=1, cost_usd=Decimal("0.000123"))
            for i in range(50)))
        total = await usage.get("t1", "2030-01", "k1")
        assert (total.requests, total.prompt_tokens, total.completion_tokens) == (50, sum(range(50)), 50)
        assert total.cost_usd == Decimal("0.00615")

    backend.run(body)


def test_usage_is_kept_per_key_and_period(backend: Backend) -> None:
    async def body(db: Database) -> None:
        usage = UsageRepository(db, clock=lambda: datetime(2030, 2, 14, tzinfo=UTC))
        await usage.add("t1", "k1", requests=2)
        await usage.add("t1", "k2", requests=3, cost_usd=0.5)
        await usage.add("t1", "k1", period="2030-01", requests=7)
        await usage.add("t2", "k1", requests=100)
        assert (await usage.get("t1", "2030-02")).requests == 5
        assert (await usage.get("t1", "2030-01")).requests == 7
        assert (await usage.get("t1", "2029-12")).requests == 0
        assert [(r.key_id, r.requests, r.cost_usd) for r in await usage.by_key("t1", "2030-02")] == [
            ("k1", 2, Decimal(0)), ("k2", 3, Decimal("0.5"))]
        with pytest.raises(MalformedInputError):
            await usage.add("t1", period="2030-13")
        with pytest.raises(MalformedInputError):
            await usage.add("t1", requests=-1)

    backend.run(body)


def test_blocks_count_strikes_and_expire(backend: Backend) -> None:
    now = [datetime(2030, 1, 1, tzinfo=UTC)]

    async def body(db: Database) -> None:
        blocks = BlockedPrincipals(db, clock=lambda: now[0])
        first = await blocks.block("ip", "203.0.113.9", until=now[0] + timedelta(minutes=5), reason="burst")
        assert first.strikes == 1
        again = await blocks.block("ip", "203.0.113.9", until=now[0] + timedelta(hours=1), reason="again")
        assert (again.strikes, again.reason, again.until) == (2, "again", now[0] + timedelta(hours=1))
        await blocks.block("session", "s1", until=None, reason="cross-step attack")
        assert (await blocks.get_active("ip", "203.0.113.9")) is not None
        assert {b.kind for b in await blocks.list_active()} == {"ip", "session"}
        now[0] += timedelta(hours=1)
        assert await blocks.get_active("ip", "203.0.113.9") is None
        assert [b.value for b in await blocks.list_active()] == ["s1"]
        assert await blocks.purge_expired() == 1
        assert await blocks.unblock("session", "s1")
        assert not await blocks.unblock("session", "s1")
        with pytest.raises(MalformedInputError):
            await blocks.block("user", "x", until=None, reason="")

    backend.run(body)
