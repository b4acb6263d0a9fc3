"""Per-request cost of identity + limits + session load, in process: cached key verification, one rate-limit
``take`` (four buckets) and one session ``load``, together, sequentially.

    python benchmarks/request_path.py [--requests 5000] [--keys 50]

Runs twice: Redis on loopback (rate limiter and session store), then the memory backends. Prints p50/p95/p99
in milliseconds per request. No asserts: numbers for the issue note (target: <= 0.5 ms p50 with Redis).
Data goes under a unique Redis prefix and a temporary SQLite file, both removed afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from infershield.limits.base import RateLimitBackend
from infershield.limits.memory_bucket import MemoryTokenBucket
from infershield.limits.redis_bucket import RedisTokenBucket
from infershield.limits.tiers import DEFAULT_TIERS, request_charges
from infershield.sessions.base import SessionStore
from infershield.sessions.memory import MemorySessionStore
from infershield.sessions.redis import RedisSessionStore
from infershield.storage import Database, KeyCache, KeyHasher, KeyStore, TenantRepository, run_migrations

REDIS_URL = "redis://127.0.0.1:6379/0"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


async def _measure(label: str, cache: KeyCache, keys: list[str], limiter: RateLimitBackend, store: SessionStore,
                   requests: int) -> None:
    tier = DEFAULT_TIERS["enterprise"]
    for key in keys:  # warm the key cache and the scripts, as a running gateway would be
        record = await cache.verify(key)
        assert record is not None
        await limiter.take(request_charges(record.id, record.tenant_id, tier, 100))
        await store.load(f"{record.id}/warm")
    times: list[float] = []
    for i in range(requests):
        key = keys[i % len(keys)]
        started = time.perf_counter()
        record = await cache.verify(key)
        assert record is not None
        await limiter.take(request_charges(record.id, record.tenant_id, tier, 100))
        await store.load(f"{record.id}/user:{i % 100}")
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<8} n={requests}  p50={statistics.median(times):.3f} ms  p95={_pct(times, 0.95):.3f} ms  "
          f"p99={_pct(times, 0.99):.3f} ms  mean={statistics.fmean(times):.3f} ms")


async def main(requests: int, key_count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        await run_migrations(db)
        tenant = await TenantRepository(db).create("bench", "enterprise")
        store = KeyStore(db, KeyHasher("benchmark-pepper-0123456789"))
        keys = [(await store.create(tenant.id, f"k{i}")).key for i in range(key_count)]
        cache = KeyCache(store, ttl=3600)
        prefix = f"bench:{uuid.uuid4().hex}:"
        limiter = RedisTokenBucket.from_url(REDIS_URL, prefix=prefix + "rl:", timeout=1.0)
        sessions = RedisSessionStore.from_url(REDIS_URL, prefix=prefix + "s:", timeout=1.0)
        try:
            await _measure("redis", cache, keys, limiter, sessions, requests)
        finally:
            client = sessions._client  # the benchmark cleans up its own prefix
            async for name in client.scan_iter(match=prefix + "*", count=1000):
                await client.delete(name)
            await limiter.aclose()
            await sessions.aclose()
        await _measure("memory", cache, keys, MemoryTokenBucket(), MemorySessionStore(), requests)
        await db.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--keys", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.keys))
