"""One contract, every SessionStore: the memory store and the Redis store (real server) must behave alike."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass

import pytest

from infershield.core.types import Role, SessionAction, SessionEvent
from infershield.sessions.base import SessionState, SessionStore
from infershield.sessions.memory import MemorySessionStore
from infershield.sessions.redis import RedisSessionStore
from redis_service import require_redis, unique_prefix


@pytest.fixture(scope="module")
def redis_url() -> str:
    return require_redis()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    yield from unique_prefix(redis_url, "sessions")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Backend:
    """Builds a store of one kind and moves its notion of time forward."""

    name: str
    make: Callable[[int, float], SessionStore]
    advance: Callable[[float], Awaitable[None]]


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    if request.param == "memory":
        clock = FakeClock()

        async def tick(seconds: float) -> None:
            clock.now += seconds

        yield Backend("memory", lambda n, ttl: MemorySessionStore(max_events=n, ttl_seconds=ttl, clock=clock), tick)
        return
    url: str = request.getfixturevalue("redis_url")
    prefix: str = request.getfixturevalue("redis_prefix")
    yield Backend("redis", lambda n, ttl: RedisSessionStore.from_url(url, prefix=prefix, max_events=n, timeout=2.0,
                                                                     ttl_seconds=ttl), asyncio.sleep)


def run_with(backend: Backend, body: Callable[[SessionStore], Awaitable[None]], *, max_events: int = 10,
             ttl: float = 60.0) -> None:
    async def main() -> None:
        store = backend.make(max_events, ttl)
        try:
            await body(store)
        finally:
            await store.aclose()

    asyncio.run(main())


def ev(risk: int, privilege: int = 0) -> SessionEvent:
    return SessionEvent(Role.USER, risk=risk, privilege=privilege)


def test_unknown_session_loads_empty(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        assert await store.load("nobody") == SessionState()

    run_with(backend, body)


def test_events_round_trip_with_every_field(backend: Backend) -> None:
    rich = SessionEvent(Role.TOOL, frozenset({SessionAction.FILE_READ, SessionAction.EXTERNAL_API_CALL}), 3,
                        frozenset({"pii.EMAIL_ADDRESS", "secret.aws_access_key"}), 87, 2)

    async def body(store: SessionStore) -> None:
        await store.append("s", [rich, ev(1)], (("[EMAIL_ADDRESS_1]", "a@b.example"),))
        state = await store.load("s")
        assert state.events == (rich, ev(1))
        assert state.redactions == (("[EMAIL_ADDRESS_1]", "a@b.example"),)

    run_with(backend, body)


def test_appends_keep_order_and_replace_the_redaction_map(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        await store.append("s", [ev(1), ev(2)], (("[A_1]", "x"),))
        await store.append("s", [ev(3)], (("[A_1]", "x"), ("[B_1]", "y")))
        state = await store.load("s")
        assert [e.risk for e in state.events] == [1, 2, 3]
        assert state.redactions == (("[A_1]", "x"), ("[B_1]", "y"))
        await store.append("s", [], ())
        cleared = await store.load("s")
        assert [e.risk for e in cleared.events] == [1, 2, 3]
        assert cleared.redactions == ()

    run_with(backend, body)


def test_length_is_bounded_to_the_most_recent_events(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        await store.append("s", [ev(1), ev(2)], ())
        await store.append("s", [ev(3), ev(4), ev(5)], ())
        assert [e.risk for e in (await store.load("s")).events] == [3, 4, 5]
        await store.append("s", [ev(i) for i in range(10, 20)], ())
        assert [e.risk for e in (await store.load("s")).events] == [17, 18, 19]

    run_with(backend, body, max_events=3)


def test_sessions_expire_after_the_ttl(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        await store.append("s", [ev(1)], (("[A_1]", "x"),))
        assert (await store.load("s")).events == (ev(1),)
        await backend.advance(0.6)
        assert await store.load("s") == SessionState()

    run_with(backend, body, ttl=0.25)


def test_an_append_refreshes_the_ttl(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        await store.append("s", [ev(1)], (("[A_1]", "x"),))
        await backend.advance(0.9)
        await store.append("s", [ev(2)], (("[A_1]", "x"),))
        await backend.advance(0.9)  # past the first deadline, within the refreshed one
        state = await store.load("s")
        assert [e.risk for e in state.events] == [1, 2]
        assert state.redactions == (("[A_1]", "x"),)

    run_with(backend, body, ttl=1.5)


def test_sessions_are_isolated(backend: Backend) -> None:
    async def body(store: SessionStore) -> None:
        await store.append("a", [ev(1)], (("[A_1]", "x"),))
        await store.append("b", [ev(2)], ())
        await store.append("a:ev", [ev(3)], ())  # a session id that looks like a key suffix
        assert (await store.load("a")) == SessionState((ev(1),), (("[A_1]", "x"),))
        assert (await store.load("b")) == SessionState((ev(2),), ())
        assert [e.risk for e in (await store.load("a:ev")).events] == [3]

    run_with(backend, body)


@pytest.mark.parametrize("bound", [200, 20])
def test_concurrent_appends_are_atomic(backend: Backend, bound: int) -> None:
    # Each append writes a pair of events; atomic appends keep pairs adjacent and lose none within the bound.
    async def body(store: SessionStore) -> None:
        await asyncio.gather(*(store.append("s", [ev(i, 0), ev(i, 1)], ((f"[A_{i}]", "v"),))
                               for i in range(100)))
        state = await store.load("s")
        assert len(state.events) == min(bound, 200)
        pairs = [state.events[k : k + 2] for k in range(0, len(state.events), 2)]
        assert all(p[0].risk == p[1].risk and (p[0].privilege, p[1].privilege) == (0, 1) for p in pairs)
        risks = [p[0].risk for p in pairs]
        assert len(set(risks)) == len(risks)
        assert set(risks) <= set(range(100))
        if bound >= 200:
            assert set(risks) == set(range(100))
        # The map is written in the same transaction as the events: the last writer's map goes with the
        # last pair in the list.
        assert state.redactions == ((f"[A_{risks[-1]}]", "v"),)

    run_with(backend, body, max_events=bound)
