"""Three real ``infershield serve`` processes share one Redis rate limit: the key gets its limit, not three.

One database key (a shared SQLite file) on the ``pro`` tier, overridden to 300 requests per minute, is
hammered through all three gateways at once with half again as many requests as the limit. The buckets
refill at limit/60 per second, so over the burst the key may use ``300 + 5 × elapsed``: the number of 200s
must be within 1 % of that, every other answer a 429 with ``Retry-After``. Per-instance buckets would let
each gateway admit all of its 150 requests. The demo provider answers, so no upstream is needed.
Redis unreachable: skipped, a failure under CI=true. Keys live under a unique prefix, deleted afterwards.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import redis
from serve_process import Served, require_or_skip, serving

from infershield.config.identity import DEV_PEPPER
from infershield.storage import Database, KeyHasher, KeyStore, TenantRepository, run_migrations

REDIS_URL = "redis://127.0.0.1:6379/0"
LIMIT = 300
REFILL_PER_SECOND = LIMIT / 60
SENT = 450
CONCURRENCY = 24
BODY = {"model": "demo", "messages": [{"role": "user", "content": "hello there"}]}


@pytest.fixture(name="prefix")
def prefix_fixture() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=2, socket_connect_timeout=2)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        client.close()
        require_or_skip(f"Redis at {REDIS_URL}", str(exc))
    prefix = f"test:three:{uuid.uuid4().hex}:"
    try:
        yield prefix
    finally:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()


async def _issue_key(url: str) -> str:
    db = Database(url)
    try:
        await run_migrations(db)
        tenant = await TenantRepository(db).create(f"three-{uuid.uuid4().hex[:8]}", "pro")
        issued = await KeyStore(db, KeyHasher(DEV_PEPPER)).create(tenant.id, scopes=("chat",))
        return issued.key
    finally:
        await db.aclose()


def _config(folder: Path, db_url: str, prefix: str) -> Path:
    config = folder / "gateway.yaml"
    # redis_timeout is generous: on a loaded 2-core box a 50 ms timeout would fall back to per-instance limits
    config.write_text(
        f"database_url: '{db_url}'\n"
        "auth: {mode: database}\n"
        "limits:\n"
        f"  rate: {{backend: redis, redis_prefix: '{prefix}', redis_timeout: 2.0,\n"
        f"         tiers: {{pro: {{requests_per_minute: {LIMIT}}}}}}}\n"
        "observability: {access_log: false, log_level: error}\n",
        encoding="utf-8")
    return config


async def _hammer(gateways: list[Served], key: str) -> tuple[list[tuple[int, int, str | None, str]], float]:
    """(gateway index, status, Retry-After, error type) per request, and the seconds the burst took."""
    gate = asyncio.Semaphore(CONCURRENCY)
    headers = {"Authorization": f"Bearer {key}"}

    async def one(session: aiohttp.ClientSession, index: int) -> tuple[int, int, str | None, str]:
        target = index % len(gateways)
        async with gate, session.post(f"{gateways[target].base_url}/v1/chat/completions", json=BODY,
                                      headers=headers) as response:
            body = await response.json()
            kind = body.get("error", {}).get("type", "") if response.status != 200 else ""
            return target, response.status, response.headers.get("Retry-After"), kind

    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        started = time.monotonic()
        results = await asyncio.gather(*(one(session, i) for i in range(SENT)))
        return list(results), time.monotonic() - started


def test_three_gateways_share_one_rate_limit(tmp_path: Path, prefix: str) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}"
    key = asyncio.run(_issue_key(db_url))
    with serving(_config(tmp_path, db_url, prefix), count=3) as gateways:
        results, elapsed = asyncio.run(_hammer(list(gateways), key))
        limiter_states = [served.ready()[1]["checks"]["rate_limiter"] for served in gateways]

    assert limiter_states == ["redis"] * 3  # no instance fell back to its own buckets during the burst
    statuses = [status for _, status, _, _ in results]
    assert set(statuses) <= {200, 429}, sorted(set(statuses))
    admitted = statuses.count(200)
    allowed = LIMIT + REFILL_PER_SECOND * elapsed  # the client's clock spans the server's window, so an upper bound
    assert 0.99 * LIMIT <= admitted <= 0.01 * LIMIT + allowed, (admitted, round(elapsed, 2))
    refused = [(retry, kind) for _, status, retry, kind in results if status == 429]
    assert len(refused) == SENT - admitted
    assert all(retry is not None and int(retry) >= 1 for retry, _ in refused)
    assert {kind for _, kind in refused} == {"rate_limit_error"}
    for index in range(3):  # every instance refused some: none of them counted on its own
        assert any(target == index and status == 429 for target, status, _, _ in results)
