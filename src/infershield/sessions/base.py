"""The session-store contract. Stores keep no raw prompts: only events and the opt-in redaction map."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from infershield.core.redact import RedactionMap
from infershield.core.types import SessionEvent


@dataclass(frozen=True, slots=True)
class SessionState:
    """What a session remembers: its recent events (oldest first) and its redaction placeholders."""

    events: tuple[SessionEvent, ...] = ()
    redactions: RedactionMap = ()


class SessionStore(ABC):
    """Keeps bounded per-session state. Implementations must make ``append`` atomic per session."""

    @abstractmethod
    async def load(self, session_id: str) -> SessionState:
        """The session's state (empty for an unknown session)."""

    @abstractmethod
    async def append(self, session_id: str, events: Sequence[SessionEvent], redactions: RedactionMap) -> None:
        """Add events (keeping only the most recent) and replace the redaction map."""

    async def aclose(self) -> None:  # noqa: B027 - stores without resources need no cleanup
        """Release connections."""
