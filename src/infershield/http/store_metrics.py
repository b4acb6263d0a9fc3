"""A session store wrapper that counts operations and failures and tracks the backend's availability."""

from __future__ import annotations

from collections.abc import Sequence

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent
from infershield.errors import BackendUnavailableError
from infershield.observability.metrics import Metrics
from infershield.sessions.base import SessionState, SessionStore


class ObservedStore(SessionStore):
    """Delegates to ``inner``; ``dependency`` (e.g. ``redis``) names the backend's availability gauge."""

    def __init__(self, inner: SessionStore, metrics: Metrics, dependency: str | None) -> None:
        self.inner = inner
        self._metrics = metrics
        self._dependency = dependency
        self._up: bool | None = None

    def _outcome(self, op: str, ok: bool) -> None:
        self._metrics.count_session_op(op, ok)
        if self._dependency is not None and ok is not self._up:  # the gauge changes only on transitions
            self._up = ok
            self._metrics.set_dependency(self._dependency, ok)

    async def load(self, session_id: str) -> SessionState:
        try:
            state = await self.inner.load(session_id)
        except BackendUnavailableError:
            self._outcome("load", False)
            raise
        self._outcome("load", True)
        return state

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        try:
            await self.inner.append(session_id, events, redactions)
        except BackendUnavailableError:
            self._outcome("append", False)
            raise
        self._outcome("append", True)

    async def aclose(self) -> None:
        await self.inner.aclose()


def observed(store: SessionStore, metrics: Metrics) -> SessionStore:
    from infershield.sessions.fallback import FallbackSessionStore
    from infershield.sessions.redis import RedisSessionStore

    if isinstance(store, FallbackSessionStore):
        # The fallback never raises, so Redis itself is watched (operations and the availability gauge).
        store.primary = ObservedStore(store.primary, metrics, "redis")
        return store
    return ObservedStore(store, metrics, "redis" if isinstance(store, RedisSessionStore) else None)
