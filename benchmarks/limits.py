"""Cost of one rate-limit decision: Redis (one Lua round trip on loopback), memory, and the fallback path.

    python benchmarks/limits.py [--calls 20000] [--url redis://127.0.0.1:6379/0]

Each call is a realistic request admission: four buckets (requests and tokens, for a key and its tenant)
checked and charged together. Prints p50/p95/p99 of the wall time of one ``take()`` (and the client CPU per call, which includes
building the charges) for: the memory backend,
the Redis backend, the fallback wrapper in front of a healthy Redis, and the fallback wrapper while Redis is
down (port 1: the first call pays the failed connect, the rest are served from memory during the backoff).
Keys live under a unique prefix and are deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

import redis

from infershield.limits.base import Charge, RateLimitBackend
from infershield.limits.fallback import FallbackRateLimiter
from infershield.limits.memory_bucket import MemoryTokenBucket
from infershield.limits.redis_bucket import RedisTokenBucket
from infershield.limits.tiers import request_charges, resolve_tier


def charges_for(i: int, keys: int) -> tuple[Charge, ...]:
    # Spread calls over many keys so most decisions admit (the common case) and buckets are created too.
    return request_charges(f"k{i % keys}", f"t{i % (keys // 10 + 1)}", resolve_tier("enterprise"), 150)


async def measure(backend: RateLimitBackend, calls: int, keys: int) -> tuple[list[float], float]:
    """Wall time of each call, and this process's CPU time per call (what the 2-core budget is about)."""
    for i in range(200):  # warm up: connections, script load
        await backend.take(charges_for(i, keys))
    samples = []
    cpu_start = time.process_time()
    for i in range(calls):
        charges = charges_for(i, keys)
        start = time.perf_counter()
        await backend.take(charges)
        samples.append(time.perf_counter() - start)
    return samples, (time.process_time() - cpu_start) / calls


def report(label: str, measured: tuple[list[float], float]) -> None:
    samples, cpu = measured
    q = statistics.quantiles(samples, n=100)
    print(f"{label:<38} p50 {q[49] * 1e6:7.1f} µs  p95 {q[94] * 1e6:7.1f} µs  p99 {q[98] * 1e6:7.1f} µs  "
          f"client CPU {cpu * 1e6:6.1f} µs/call  ({len(samples)} calls)")


async def main(calls: int, url: str, keys: int) -> None:
    prefix = f"bench:limits:{uuid.uuid4().hex}:"
    report("memory backend", await measure(MemoryTokenBucket(), calls, keys))
    shared = RedisTokenBucket.from_url(url, prefix=prefix, timeout=0.05)
    try:
        report("redis backend (one Lua call, 4 buckets)", await measure(shared, calls, keys))
        wrapped = FallbackRateLimiter(RedisTokenBucket.from_url(url, prefix=prefix), MemoryTokenBucket())
        report("fallback wrapper, redis healthy", await measure(wrapped, calls, keys))
        print(f"  state after: {wrapped.state}")
        await wrapped.aclose()
    finally:
        await shared.aclose()
    down = FallbackRateLimiter(RedisTokenBucket.from_url("redis://127.0.0.1:1/0", timeout=0.05),
                               MemoryTokenBucket(), backoff=60.0)
    start = time.perf_counter()
    await down.take(charges_for(0, keys))
    print(f"{'fallback, redis down: first call':<38} {(time.perf_counter() - start) * 1e6:8.1f} µs "
          f"(failed connect, then memory)")
    report("fallback, redis down: during backoff", await measure(down, calls, keys))
    print(f"  state after: {down.state}, redis failures: {down.failures}")
    await down.aclose()
    client = redis.Redis.from_url(url)
    keys_left = list(client.scan_iter(match=prefix + "*", count=1000))
    for i in range(0, len(keys_left), 1000):
        client.delete(*keys_left[i : i + 1000])
    client.close()
    print(f"cleaned up {len(keys_left)} bucket keys")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--keys", type=int, default=1_000)
    parser.add_argument("--url", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    asyncio.run(main(args.calls, args.url, args.keys))
