"""Keep serving when the shared session store (Redis) is down: fall back to per-instance memory, then recover.

The counterpart of ``limits/fallback.py``. While the shared store fails, calls skip it until a backoff has
passed (an outage costs no timeouts on the request path), then one call probes it; success switches back.
While degraded, cross-request detection sees only the history this instance kept since the outage began;
what was written to memory then is not copied back to the shared store on recovery.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Literal, TypeVar

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent
from infershield.errors import BackendUnavailableError
from infershield.sessions.base import SessionState, SessionStore

State = Literal["redis", "degraded_memory"]
"""Where sessions currently live (for health checks)."""

T = TypeVar("T")


class FallbackSessionStore(SessionStore):
    """Wraps a shared store (``primary``) and a local one; never raises the shared store's availability errors."""

    def __init__(self, primary: SessionStore, local: SessionStore, *, backoff: float = 1.0,
                 max_backoff: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.primary = primary
        self.local = local
        self._base_backoff = backoff
        self._max_backoff = max_backoff
        self._clock = clock
        self._backoff = backoff
        self._retry_at = 0.0
        self._probing = False
        self._state: State = "redis"

    @property
    def state(self) -> State:
        return self._state

    async def load(self, session_id: str) -> SessionState:
        return await self._call(lambda store: store.load(session_id))

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        await self._call(lambda store: store.append(session_id, events, redactions))

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.local.aclose()

    async def _call(self, op: Callable[[SessionStore], Awaitable[T]]) -> T:
        # One probe at a time once the backoff has passed; every other call stays local without waiting.
        if self._state == "redis" or (not self._probing and self._clock() >= self._retry_at):
            probing = self._state != "redis"
            self._probing = probing
            try:
                result = await op(self.primary)
            except BackendUnavailableError:
                self._failed(probing)
            else:
                if probing:
                    self._state, self._backoff = "redis", self._base_backoff
                return result
            finally:
                if probing:
                    self._probing = False
        return await op(self.local)

    def _failed(self, probing: bool) -> None:
        if probing:
            self._backoff = min(self._backoff * 2, self._max_backoff)
        elif self._state != "redis":
            return  # a call in flight when the outage was noticed: the backoff is already running
        self._state = "degraded_memory"
        self._retry_at = self._clock() + self._backoff
