"""The policy-check contract."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from infershield.core.types import Finding, Message, SessionEvent


class PolicyCheck(ABC):
    """Looks at the current messages' findings and events plus the session history; returns new findings.

    Checks run in (priority, name) order, so the result is deterministic.
    """

    name: ClassVar[str]
    priority: ClassVar[int] = 100

    @abstractmethod
    def evaluate(
        self,
        messages: Sequence[Message],
        findings: Sequence[Finding],
        events: Sequence[SessionEvent],
        history: Sequence[SessionEvent],
    ) -> list[Finding]:
        """Findings this check adds, given the current turn and the earlier session events."""
