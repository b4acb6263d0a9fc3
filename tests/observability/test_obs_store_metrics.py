"""Session store operations and backend availability are counted."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent
from infershield.errors import BackendUnavailableError
from infershield.http.store_metrics import ObservedStore
from infershield.observability.metrics import Metrics
from infershield.sessions.base import SessionState, SessionStore
from infershield.sessions.memory import MemorySessionStore


class FlakyStore(SessionStore):
    def __init__(self) -> None:
        self.down = False

    async def load(self, session_id: str) -> SessionState:
        if self.down:
            raise BackendUnavailableError("session store failed: ConnectionError")
        return SessionState()

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        if self.down:
            raise BackendUnavailableError("session store failed: ConnectionError")


def _sample(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


def test_operations_outcomes_and_availability() -> None:
    metrics = Metrics()
    inner = FlakyStore()
    store = ObservedStore(inner, metrics, "redis")

    async def run() -> None:
        await store.load("s")
        await store.append("s", (), ())
        inner.down = True
        with pytest.raises(BackendUnavailableError):
            await store.load("s")
        assert _sample(metrics, "infershield_dependency_up", dependency="redis") == 0
        inner.down = False
        await store.load("s")

    asyncio.run(run())
    assert _sample(metrics, "infershield_session_store_operations_total", op="load", outcome="ok") == 2
    assert _sample(metrics, "infershield_session_store_operations_total", op="load", outcome="error") == 1
    assert _sample(metrics, "infershield_session_store_operations_total", op="append", outcome="ok") == 1
    assert _sample(metrics, "infershield_dependency_up", dependency="redis") == 1


def test_memory_store_has_no_availability_gauge() -> None:
    from infershield.http.store_metrics import observed

    metrics = Metrics()
    store = observed(MemorySessionStore(), metrics)
    asyncio.run(store.load("s"))
    assert _sample(metrics, "infershield_dependency_up", dependency="redis") is None
    assert _sample(metrics, "infershield_session_store_operations_total", op="load", outcome="ok") == 1
