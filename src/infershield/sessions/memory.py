"""In-process session store: bounded in sessions (least recently used evicted), events per session and time."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent
from infershield.sessions.base import SessionState, SessionStore


class MemorySessionStore(SessionStore):
    """The zero-configuration default; state is lost on restart and not shared between processes.

    Holds at most ``max_sessions`` sessions (the least recently used is dropped first) of at most
    ``max_events`` events each. A session expires ``ttl_seconds`` after its last append (None: never),
    like the Redis store. ``clock`` is injectable for tests.
    """

    def __init__(self, *, max_sessions: int = 100_000, max_events: int = 50, ttl_seconds: float | None = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_sessions < 1 or max_events < 1:
            raise ValueError("max_sessions and max_events must be at least 1")
        self._max_sessions = max_sessions
        self._max_events = max_events
        self._ttl = math.inf if ttl_seconds is None else ttl_seconds
        self._clock = clock
        self._sessions: OrderedDict[str, tuple[SessionState, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def _live(self, session_id: str, now: float) -> SessionState | None:
        entry = self._sessions.get(session_id)
        if entry is None:
            return None
        if entry[1] <= now:
            del self._sessions[session_id]
            return None
        self._sessions.move_to_end(session_id)
        return entry[0]

    async def load(self, session_id: str) -> SessionState:
        return self._live(session_id, self._clock()) or SessionState()

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        now = self._clock()
        old = self._live(session_id, now) or SessionState()
        merged = (*old.events, *events)[-self._max_events :]
        self._sessions[session_id] = (SessionState(merged, redactions), now + self._ttl)
        self._sessions.move_to_end(session_id)
        self._evict(now)

    def _evict(self, now: float) -> None:
        # The front holds the least recently used sessions; expired ones there go first, then any over the cap.
        while self._sessions:
            _, (_, expires) = next(iter(self._sessions.items()))
            if expires > now and len(self._sessions) <= self._max_sessions:
                return
            self._sessions.popitem(last=False)
