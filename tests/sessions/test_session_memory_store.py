"""What only the memory store has: a bound on the number of sessions, least recently used evicted first."""

from __future__ import annotations

import asyncio

import pytest

from infershield.core.types import Role, SessionEvent
from infershield.sessions.memory import MemorySessionStore

EVENT = SessionEvent(Role.USER, risk=5)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_least_recently_used_session_is_evicted() -> None:
    async def main() -> None:
        store = MemorySessionStore(max_sessions=3, clock=Clock())
        for name in ("a", "b", "c"):
            await store.append(name, [EVENT], ())
        await store.load("a")  # reading counts as use: "b" is now the oldest
        await store.append("d", [EVENT], ())
        assert len(store) == 3
        assert (await store.load("b")).events == ()
        for name in ("a", "c", "d"):
            assert (await store.load(name)).events == (EVENT,)

    asyncio.run(main())


def test_size_stays_at_the_bound_under_many_sessions() -> None:
    async def main() -> None:
        store = MemorySessionStore(max_sessions=100, max_events=2, clock=Clock())
        for i in range(1000):
            await store.append(f"s{i}", [EVENT, EVENT, EVENT], ())
        assert len(store) == 100
        assert (await store.load("s999")).events == (EVENT, EVENT)
        assert (await store.load("s899")).events == ()

    asyncio.run(main())


def test_expired_sessions_are_dropped_from_the_front() -> None:
    async def main() -> None:
        clock = Clock()
        store = MemorySessionStore(max_sessions=100, ttl_seconds=10, clock=clock)
        for i in range(5):
            await store.append(f"old{i}", [EVENT], ())
        clock.now = 11
        await store.append("new", [EVENT], ())
        assert len(store) == 1

    asyncio.run(main())


def test_no_ttl_means_sessions_do_not_expire() -> None:
    async def main() -> None:
        clock = Clock()
        store = MemorySessionStore(ttl_seconds=None, clock=clock)
        await store.append("s", [EVENT], ())
        clock.now = 1e9
        assert (await store.load("s")).events == (EVENT,)

    asyncio.run(main())


def test_invalid_bounds_are_refused() -> None:
    with pytest.raises(ValueError, match="max_sessions"):
        MemorySessionStore(max_sessions=0)
