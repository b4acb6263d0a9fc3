"""Cross-step policy (being written)."""

from __future__ import annotations

from collections.abc import Sequence

from infershield.core.policies.base import PolicyCheck
from infershield.core.policy import Policy
from infershield.core.types import Finding, Message, SessionEvent


class CrossStepPolicy(PolicyCheck):
    """Multi-step attacks over the session history."""

    name = "cross_step"

    def __init__(self, window: int) -> None:
        self._window = window

    @classmethod
    def from_policy(cls, policy: Policy) -> CrossStepPolicy:
        return cls(policy.cross_step_window)

    def evaluate(
        self,
        messages: Sequence[Message],
        findings: Sequence[Finding],
        events: Sequence[SessionEvent],
        history: Sequence[SessionEvent],
    ) -> list[Finding]:
        return []
