"""The Redis token bucket against a real server: same decisions as memory, TTLs, script reload, processes."""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence

import pytest
import redis

from infershield.errors import BackendUnavailableError
from infershield.limits.base import BucketSpec, Charge, Decision, RateLimitBackend
from infershield.limits.memory_bucket import MemoryTokenBucket
from infershield.limits.redis_bucket import RedisTokenBucket, make_client
from redis_service import require_redis, unique_prefix


@pytest.fixture(scope="module")
def redis_url() -> str:
    return require_redis()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    yield from unique_prefix(redis_url, "limits")


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


Step = tuple[float, str, tuple[Charge, ...]]


def random_script(seed: int, steps: int = 400) -> list[Step]:
    rng = random.Random(seed)
    specs = [
        BucketSpec("key:requests", 5, 0.5),
        BucketSpec("key:tokens", 1000, 33.3, "tokens"),
        BucketSpec("tenant:requests", 12, 0.2),
        BucketSpec("tenant:tokens", 2500.5, 7.25, "tokens"),
    ]
    script: list[Step] = []
    for _ in range(steps):
        chosen = rng.sample(specs, rng.randint(1, len(specs)))
        charges = tuple(Charge(s, 1.0 if s.dimension == "requests" else round(rng.uniform(0, 400), 3))
                        for s in chosen)
        mode = "take"
        if rng.random() < 0.15:
            mode = "charge"
            charges = tuple(Charge(c.bucket, rng.uniform(-300, 300)) for c in charges)
        script.append((rng.choice([0.0, 0.001, 0.37, 1.5, rng.uniform(0, 20)]), mode, charges))
    return script


async def play(backend: RateLimitBackend, clock: Clock, script: Sequence[Step]) -> list[Decision]:
    out = []
    for advance, mode, charges in script:
        clock.now += advance
        out.append(await (backend.take(charges) if mode == "take" else backend.charge(charges)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_redis_and_memory_reach_identical_decisions(redis_url: str, redis_prefix: str, seed: int) -> None:
    script = random_script(seed)

    async def main() -> tuple[list[Decision], list[Decision]]:
        memory_clock, redis_clock = Clock(), Clock()
        memory = await play(MemoryTokenBucket(clock=memory_clock), memory_clock, script)
        backend = RedisTokenBucket(make_client(redis_url, timeout=1.0), prefix=redis_prefix, clock=redis_clock,
                                   owns_client=True)
        try:
            shared = await play(backend, redis_clock, script)
        finally:
            await backend.aclose()
        return memory, shared

    memory, shared = asyncio.run(main())
    assert sum(d.allowed for d in memory) not in (0, len(script))  # the script exercises both outcomes
    assert shared == memory  # every balance equal to the last bit


def test_server_clock_limits_and_expiring_keys(redis_url: str, redis_prefix: str) -> None:
    spec = BucketSpec("k1:requests", capacity=3, refill_per_second=0.001)

    async def main() -> list[Decision]:
        backend = RedisTokenBucket(make_client(redis_url, timeout=1.0), prefix=redis_prefix, owns_client=True)
        try:
            return [await backend.take([Charge(spec)]) for _ in range(4)]
        finally:
            await backend.aclose()

    decisions = asyncio.run(main())
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert decisions[3].retry_after == pytest.approx(1000, rel=0.01)  # one token at 0.001/s
    client = redis.Redis.from_url(redis_url)
    try:
        ttl = client.pttl(redis_prefix + "k1:requests")
        assert 0 < ttl <= (3 / 0.001 + 1) * 1000  # expires once it would be full again
    finally:
        client.close()


def test_the_script_is_loaded_again_after_noscript(redis_url: str, redis_prefix: str) -> None:
    spec = BucketSpec("k", capacity=2, refill_per_second=0)

    async def main() -> list[bool]:
        backend = RedisTokenBucket(make_client(redis_url, timeout=1.0), prefix=redis_prefix, owns_client=True)
        try:
            first = await backend.take([Charge(spec)])
            backend._sha = "0" * 40  # as if the server had lost its script cache (a restart)
            second = await backend.take([Charge(spec)])
            third = await backend.take([Charge(spec)])
            return [first.allowed, second.allowed, third.allowed]
        finally:
            await backend.aclose()

    assert asyncio.run(main()) == [True, True, False]


def test_a_burst_larger_than_the_pool_queues_instead_of_failing(redis_url: str, redis_prefix: str) -> None:
    spec = BucketSpec("burst", capacity=100, refill_per_second=0)

    async def main() -> list[bool]:
        backend = RedisTokenBucket(make_client(redis_url, timeout=2.0, max_connections=3, pool_timeout=5.0),
                                   prefix=redis_prefix, owns_client=True)
        try:
            return [d.allowed for d in await asyncio.gather(*(backend.take([Charge(spec)]) for _ in range(120)))]
        finally:
            await backend.aclose()

    allowed = asyncio.run(main())
    assert allowed.count(True) == 100


def test_an_unreachable_server_raises_our_error() -> None:
    async def main() -> None:
        backend = RedisTokenBucket.from_url("redis://127.0.0.1:1/0", timeout=0.05)
        try:
            with pytest.raises(BackendUnavailableError) as info:
                await backend.take([Charge(BucketSpec("k", 1, 1))])
            assert isinstance(info.value.__cause__, redis.RedisError | OSError)
        finally:
            await backend.aclose()

    asyncio.run(main())


_HAMMER = """
import asyncio, sys, time
from infershield.limits.base import BucketSpec, Charge
from infershield.limits.redis_bucket import RedisTokenBucket

url, prefix, start_at, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
spec = BucketSpec("shared:requests", capacity=1000, refill_per_second=0.01)

async def worker(backend, counts):
    # Hammer for the given time, and on until refusals show the bucket is spent (a loaded box is slower).
    while time.time() < start_at + seconds or (counts[1] < 20 and time.time() < start_at + 30):
        counts[0 if (await backend.take([Charge(spec)])).allowed else 1] += 1

async def main():
    backend = RedisTokenBucket.from_url(url, timeout=2.0, prefix=prefix)
    counts = [0, 0]
    while time.time() < start_at:
        await asyncio.sleep(0.005)
    await asyncio.gather(*(worker(backend, counts) for _ in range(4)))
    await backend.aclose()
    print(counts[0], counts[1])

asyncio.run(main())
"""


def test_three_processes_share_one_bucket_exactly(redis_url: str, redis_prefix: str) -> None:
    start_at = time.time() + 2.0  # after every process has imported, they start together
    procs = [subprocess.Popen([sys.executable, "-c", _HAMMER, redis_url, redis_prefix, str(start_at), "1.5"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        admitted, refused = (int(x) for x in out.split())
        results.append((admitted, refused))
    total = sum(a for a, _ in results)
    assert abs(total - 1000) <= 10  # within 1 %; an atomic script gives exactly 1000 (+ a negligible refill)
    assert all(admitted > 0 and refused > 0 for admitted, refused in results)  # all raced, past the limit
