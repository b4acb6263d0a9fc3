"""The session fallback: memory while the shared store fails, one probe per backoff, back when it answers."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from infershield.core.redact import RedactionMap
from infershield.core.types import Role, SessionEvent
from infershield.errors import BackendUnavailableError
from infershield.sessions.base import SessionState, SessionStore
from infershield.sessions.fallback import FallbackSessionStore
from infershield.sessions.memory import MemorySessionStore

EVENT = SessionEvent(Role.USER, frozenset(), risk=5)


class Switchable(MemorySessionStore):
    """A memory store that fails like an unreachable Redis while ``down``; counts the calls it got."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False
        self.calls = 0

    async def load(self, session_id: str) -> SessionState:
        self.calls += 1
        if self.down:
            raise BackendUnavailableError("session store failed: ConnectionError")
        return await super().load(session_id)

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        self.calls += 1
        if self.down:
            raise BackendUnavailableError("session store failed: ConnectionError")
        await super().append(session_id, events, redactions)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _state(store: FallbackSessionStore) -> str:
    return store.state  # read through a call: mypy would keep the property narrowed between awaits


def _store(primary: SessionStore, clock: Clock) -> FallbackSessionStore:
    return FallbackSessionStore(primary, MemorySessionStore(), backoff=1.0, max_backoff=4.0, clock=clock)


def test_outage_goes_local_skips_the_primary_then_recovers() -> None:
    primary, clock = Switchable(), Clock()
    store = _store(primary, clock)

    async def run() -> None:
        await store.append("s", [EVENT], ())
        assert _state(store) == "redis"
        primary.down = True
        assert (await store.load("s")).events == ()  # the failed call is answered from memory
        assert _state(store) == "degraded_memory"
        await store.append("s", [EVENT], ())
        calls = primary.calls
        assert len((await store.load("s")).events) == 1  # local history, primary not asked inside the backoff
        assert primary.calls == calls
        clock.now += 1.0
        await store.load("s")  # the probe fails: backoff doubles
        assert primary.calls == calls + 1
        clock.now += 1.5
        await store.load("s")
        assert primary.calls == calls + 1
        primary.down = False
        clock.now += 0.5
        state = await store.load("s")  # the probe succeeds: back to the shared history
        assert _state(store) == "redis"
        assert len(state.events) == 1

    asyncio.run(run())


def test_backoff_is_capped() -> None:
    primary, clock = Switchable(), Clock()
    store = _store(primary, clock)
    primary.down = True

    async def run() -> None:
        await store.load("s")
        for _ in range(6):
            clock.now += 4.0  # max_backoff: every probe is due
            before = primary.calls
            await store.load("s")
            assert primary.calls == before + 1

    asyncio.run(run())
