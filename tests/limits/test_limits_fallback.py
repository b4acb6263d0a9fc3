"""Redis down: the fallback limits in memory (or denies, or allows), never raises, and recovers by itself."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator, Sequence

import pytest

from infershield.errors import BackendUnavailableError
from infershield.limits.base import BucketSpec, Charge, Decision, RateLimitBackend
from infershield.limits.fallback import FallbackRateLimiter, OnFailure
from infershield.limits.memory_bucket import MemoryTokenBucket
from infershield.limits.redis_bucket import RedisTokenBucket, make_client
from redis_service import require_redis, unique_prefix

SPEC = BucketSpec("k:requests", capacity=2, refill_per_second=0.001)
ONE = [Charge(SPEC)]


@pytest.fixture(scope="module")
def redis_url() -> str:
    return require_redis()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    yield from unique_prefix(redis_url, "limits")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TcpProxy:
    """Forwards a local port to Redis; ``stop`` kills the listener and every live connection."""

    def __init__(self, target_port: int = 6379) -> None:
        self.target_port = target_port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.close()
        self._writers.clear()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self._writers += [writer, up_writer]
        for src, dst in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pipe(src, dst))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        dst.close()


def limiter(url: str, prefix: str, on_failure: OnFailure, clock: Clock) -> FallbackRateLimiter:
    primary = RedisTokenBucket(make_client(url, timeout=0.2), prefix=prefix, owns_client=True)
    return FallbackRateLimiter(primary, MemoryTokenBucket(), on_failure=on_failure, backoff=1.0, clock=clock)


def state_of(fallback: FallbackRateLimiter) -> str:
    # Read through a function so mypy does not narrow the property across awaits.
    return fallback.state


def test_a_closed_port_degrades_to_memory_limiting() -> None:
    async def main() -> None:
        fallback = limiter("redis://127.0.0.1:1/0", "p:", "memory", Clock())
        try:
            decisions = [await fallback.take(ONE) for _ in range(3)]
        finally:
            await fallback.aclose()
        assert [d.allowed for d in decisions] == [True, True, False]
        assert fallback.state == "degraded_memory"
        assert fallback.failures == 1  # the later calls waited out the backoff in memory

    asyncio.run(main())


@pytest.mark.parametrize(("on_failure", "allowed", "state"),
                         [("closed", False, "failed_closed"), ("open", True, "failed_open")])
def test_fail_closed_denies_and_fail_open_allows(on_failure: OnFailure, allowed: bool, state: str) -> None:
    async def main() -> list[Decision]:
        fallback = limiter("redis://127.0.0.1:1/0", "p:", on_failure, Clock())
        try:
            return [await fallback.take(ONE) for _ in range(3)]
        finally:
            assert fallback.state == state
            await fallback.aclose()

    decisions = asyncio.run(main())
    assert [d.allowed for d in decisions] == [allowed] * 3
    if not allowed:
        assert decisions[0].retry_after == pytest.approx(1.0)  # come back when Redis is probed again


def test_losing_and_regaining_redis_switches_state_both_ways(redis_url: str, redis_prefix: str) -> None:
    async def main() -> None:
        proxy = TcpProxy()
        await proxy.start()
        clock = Clock()
        fallback = limiter(f"redis://127.0.0.1:{proxy.port}/0", redis_prefix, "memory", clock)
        try:
            assert (await fallback.take(ONE)).allowed
            assert state_of(fallback) == "redis"
            await proxy.stop()  # the pooled connection dies and the port refuses new ones
            assert (await fallback.take(ONE)).allowed  # served from memory
            assert state_of(fallback) == "degraded_memory"
            await proxy.start()  # same port again
            assert (await fallback.take(ONE)).allowed  # still in backoff: memory, no probe yet
            assert state_of(fallback) == "degraded_memory"
            clock.now += 1.0
            back = await fallback.take(ONE)  # the probe reaches Redis, which remembers the first request
            assert state_of(fallback) == "redis"
            assert back.allowed
            assert back.buckets[0].remaining == pytest.approx(0, abs=0.01)
            assert not (await fallback.take(ONE)).allowed
        finally:
            await fallback.aclose()
            await proxy.stop()

    asyncio.run(main())


class FlakyBackend(RateLimitBackend):
    """Fails while ``down``; counts calls; can hold a call open to test concurrent probing."""

    def __init__(self) -> None:
        self.down = True
        self.calls = 0
        self.gate: asyncio.Event | None = None

    async def take(self, charges: Sequence[Charge]) -> Decision:
        self.calls += 1
        if self.gate is not None:
            await self.gate.wait()
        if self.down:
            raise BackendUnavailableError("down")
        return Decision(True, ())

    async def charge(self, charges: Sequence[Charge]) -> Decision:
        return await self.take(charges)


def test_backoff_doubles_up_to_a_ceiling_and_skips_the_backend_meanwhile() -> None:
    async def main() -> list[int]:
        clock, primary = Clock(), FlakyBackend()
        fallback = FallbackRateLimiter(primary, MemoryTokenBucket(), backoff=1.0, max_backoff=4.0, clock=clock)
        calls = []
        for advance in (0, 0.5, 0.5, 1.0, 1.0, 2.0, 4.0, 4.0):
            clock.now += advance
            await fallback.take([Charge(BucketSpec("k", 100, 0))])
            calls.append(primary.calls)
        return calls

    # Calls at t = 0, .5, 1, 2, 3, 5, 9, 13. Probes at 0; 1 (backoff 1); 3 (backoff 2); 7 would be next
    # (backoff 4) so 5 is skipped; 9; 13 (backoff stays at the ceiling of 4).
    assert asyncio.run(main()) == [1, 1, 2, 2, 3, 3, 4, 5]


def test_calls_in_flight_when_redis_dies_do_not_stretch_the_backoff() -> None:
    async def main() -> list[int]:
        clock, primary = Clock(), FlakyBackend()
        primary.gate = asyncio.Event()
        fallback = FallbackRateLimiter(primary, MemoryTokenBucket(), backoff=1.0, clock=clock)
        burst = [asyncio.create_task(fallback.take([Charge(BucketSpec(f"k{i}", 10, 0))])) for i in range(20)]
        await asyncio.sleep(0)
        primary.gate.set()  # all twenty fail together
        assert all(d.allowed for d in await asyncio.gather(*burst))  # served from memory
        primary.gate = None
        calls = [primary.calls]
        clock.now += 1.0  # one base backoff later, not 2 ** 19
        await fallback.take(ONE)
        calls.append(primary.calls)
        return calls

    assert asyncio.run(main()) == [20, 21]


def test_only_one_probe_runs_at_a_time() -> None:
    async def main() -> None:
        clock, primary = Clock(), FlakyBackend()
        fallback = FallbackRateLimiter(primary, MemoryTokenBucket(), backoff=1.0, clock=clock)
        await fallback.take(ONE)
        clock.now += 1.0
        primary.down, primary.gate = False, asyncio.Event()
        probe = asyncio.create_task(fallback.take(ONE))
        await asyncio.sleep(0)
        assert primary.calls == 2
        others = await asyncio.gather(*(fallback.take([Charge(BucketSpec("other", 10, 0))]) for _ in range(5)))
        assert primary.calls == 2  # served locally while the probe is in flight
        assert all(d.allowed for d in others)
        primary.gate.set()
        await probe
        assert fallback.state == "redis"

    asyncio.run(main())


def test_post_hoc_charges_land_in_memory_while_degraded() -> None:
    async def main() -> list[bool]:
        clock = Clock()
        fallback = FallbackRateLimiter(FlakyBackend(), MemoryTokenBucket(), on_failure="closed", clock=clock)
        tokens = BucketSpec("k:tokens", 100, 0, "tokens")
        charged = await fallback.charge([Charge(tokens, 80)])
        fallback_take = await fallback.take([Charge(tokens, 30)])
        return [charged.buckets[0].remaining == 20, fallback_take.allowed]

    assert asyncio.run(main()) == [True, False]
