"""Multi-step attacks over a session: exfiltration chains, privilege escalation, sensitive data sent out.

The history is a value passed in (earlier :class:`SessionEvent` s); nothing here does I/O. A chain is
judged on the events of the last ``window`` steps plus the current turn, and reported on the current step
that completes it.

* ``CROSS_STEP_EXFILTRATION``: a read (database or file), then an encoding/obfuscating transform, then an
  external send — in that order.
* ``PRIVILEGE_ESCALATION``: privilege levels rising monotonically (at least two rises) to privileged (3).
* ``SENSITIVE_DATA_TRANSMISSION``: PII or a secret seen earlier in the session, then an external send.

A read followed by a summary, or a send with nothing sensitive before it, is an ordinary workflow.
"""

from __future__ import annotations

from collections.abc import Sequence

from infershield.core.policies.base import PolicyCheck
from infershield.core.policy import Policy
from infershield.core.types import Finding, Message, SessionAction, SessionEvent, Span

_READS = frozenset({SessionAction.DATABASE_READ, SessionAction.FILE_READ})


def _exfiltration_chain(steps: Sequence[SessionEvent]) -> bool:
    """A read, then a transform (the same or a later step, the last included), then a send in the last step."""
    if SessionAction.EXTERNAL_API_CALL not in steps[-1].actions:
        return False
    has_read = False
    for event in steps:
        has_read = has_read or bool(event.actions & _READS)
        if has_read and SessionAction.DATA_TRANSFORM in event.actions:
            return any(e.actions & _READS for e in steps[:-1]) or event is not steps[-1]
    return False


def _escalation(steps: Sequence[SessionEvent]) -> bool:
    levels = [e.privilege for e in steps if e.privilege > 0]
    if not levels or levels[-1] < 3:
        return False
    rises = 0
    for earlier, later in zip(reversed(levels[:-1]), reversed(levels), strict=False):
        if earlier > later:
            break
        rises += earlier < later
    return rises >= 2


def _sensitive_sent(steps: Sequence[SessionEvent]) -> frozenset[str]:
    if SessionAction.EXTERNAL_API_CALL not in steps[-1].actions:
        return frozenset()
    seen: set[str] = set()
    for event in steps[:-1]:
        seen |= event.sensitive_kinds
    return frozenset(seen)


class CrossStepPolicy(PolicyCheck):
    """Finds the three multi-step patterns in the module docstring."""

    name = "cross_step"
    priority = 50

    def __init__(self, window: int) -> None:
        self._window = max(2, window)

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
        out: list[Finding] = []
        timeline = [*history, *events]
        first_current = len(history)
        for position in range(first_current, len(timeline)):
            steps = timeline[max(0, position + 1 - self._window) : position + 1]
            index = position - first_current
            whole = Span(0, len(messages[index].content)) if index < len(messages) else Span(0, 0)
            if _exfiltration_chain(steps):
                out.append(Finding(self.name, "cross_step.CROSS_STEP_EXFILTRATION", "XS-EXFIL", whole, 0.9,
                                   "read, then transform, then external send within "
                                   f"{len(steps)} steps", index))
            if _escalation(steps):
                out.append(Finding(self.name, "cross_step.PRIVILEGE_ESCALATION", "XS-PRIV", whole, 0.85,
                                   "privilege rose step by step to privileged write", index))
            kinds = _sensitive_sent(steps)
            if kinds:
                out.append(Finding(self.name, "cross_step.SENSITIVE_DATA_TRANSMISSION", "XS-SENSITIVE", whole,
                                   0.85, f"external send after {', '.join(sorted(kinds))} seen earlier", index))
        return out
