"""In-process session store: bounded in sessions (least recently used evicted) and events per session."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent
from infershield.sessions.base import SessionState, SessionStore


class MemorySessionStore(SessionStore):
    """The zero-configuration default; state is lost on restart and not shared between processes."""

    def __init__(self, *, max_sessions: int = 100_000, max_events: int = 50) -> None:
        self._max_sessions = max_sessions
        self._max_events = max_events
        self._sessions: OrderedDict[str, SessionState] = OrderedDict()

    async def load(self, session_id: str) -> SessionState:
        state = self._sessions.get(session_id)
        if state is None:
            return SessionState()
        self._sessions.move_to_end(session_id)
        return state

    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        old = self._sessions.get(session_id, SessionState())
        merged = (*old.events, *events)[-self._max_events :]
        self._sessions[session_id] = SessionState(merged, redactions)
        self._sessions.move_to_end(session_id)
        while len(self._sessions) > self._max_sessions:
            self._sessions.popitem(last=False)
