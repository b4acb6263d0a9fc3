"""Multi-step attacks over a session: exfiltration chains, privilege escalation, sensitive data sent out.

The history is a value passed in (earlier :class:`SessionEvent` s); nothing here does I/O or reads text. A
chain is judged on the last ``window`` *active* steps (steps that were labelled with an action, a privilege
or sensitive data) plus the current turn, and reported on the current step that completes it — so idle
chatter, charts and tool results in between cannot push the start of a chain out of the window.

* ``CROSS_STEP_EXFILTRATION``: a read (database or file), then an encoding/compressing/splitting transform,
  then an external send — in that order. To an untrusted destination (egress 2: raw IP, paste or file-drop
  site, personal mailbox, "not the company's") any read counts; to an unknown one, a database read (records)
  counts, and a file read only when PII or secrets were seen in the chain (contact details count only in
  data read, not in the user's own messages, where they address the mail) — encoding a public logo and
  sending it to an unknown API is a workflow, not a chain.
* ``PRIVILEGE_ESCALATION``: the first privileged step (level 3) in the window, after at least two
  lower-privilege steps (reads, probes, ordinary writes) — privilege rising from a baseline to privileged.
  An admin session that works at level 3 throughout is not a rise.
* ``SENSITIVE_DATA_TRANSMISSION``: PII or a secret seen earlier in the session, then an external send.
  Contact details alone (e-mail and IP addresses) count only towards an untrusted destination: e-mailing a
  colleague whose address was mentioned is how mail is addressed, pasting them to a paste site is a leak.

A read followed by a summary, or a send with nothing sensitive before it, is an ordinary workflow.
"""

from __future__ import annotations

from collections.abc import Sequence

from infershield.core.policies.base import PolicyCheck
from infershield.core.policy import Policy
from infershield.core.types import Finding, Message, SessionAction, SessionEvent, Span

_READS = frozenset({SessionAction.DATABASE_READ, SessionAction.FILE_READ})
_DB_READ = frozenset({SessionAction.DATABASE_READ})
_CONTACT_KINDS = frozenset({"pii.EMAIL_ADDRESS", "pii.IP_ADDRESS", "pii.URL"})
_UNTRUSTED = 2
_PRIVILEGED = 3
_BASELINE_STEPS = 2


def _active(event: SessionEvent) -> bool:
    return bool(event.actions or event.privilege or event.sensitive_kinds)


def _read_sensitive(event: SessionEvent) -> bool:
    """PII or secrets in data the session read (a tool result or document), or beyond contact details."""
    return bool(event.sensitive_kinds if event.role.untrusted else event.sensitive_kinds - _CONTACT_KINDS)


def _exfiltration_chain(steps: Sequence[SessionEvent]) -> bool:
    """A read, then a transform (the same or a later step, the last included), then a send in the last step."""
    last = steps[-1]
    if SessionAction.EXTERNAL_API_CALL not in last.actions:
        return False
    # To an unknown destination, a file read (a logo, a report) needs PII/secrets seen on the way to count;
    # a database read returns records, which is what such chains are after.
    reads = _READS if last.egress >= _UNTRUSTED or any(map(_read_sensitive, steps)) else _DB_READ
    has_read = False
    for event in steps:
        has_read = has_read or bool(event.actions & reads)
        if has_read and SessionAction.DATA_TRANSFORM in event.actions:
            return any(e.actions & reads for e in steps[:-1]) or event is not last
    return False


def _escalation(steps: Sequence[SessionEvent]) -> bool:
    if steps[-1].privilege < _PRIVILEGED:
        return False
    earlier = [e.privilege for e in steps[:-1] if e.privilege > 0]
    return _PRIVILEGED not in earlier and len(earlier) >= _BASELINE_STEPS


def _sensitive_sent(steps: Sequence[SessionEvent]) -> frozenset[str]:
    if SessionAction.EXTERNAL_API_CALL not in steps[-1].actions:
        return frozenset()
    seen: set[str] = set()
    for event in steps[:-1]:
        seen |= event.sensitive_kinds
    return frozenset(seen if steps[-1].egress >= _UNTRUSTED else seen - _CONTACT_KINDS)


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
        timeline = [e for e in history if _active(e)]
        for index, current in enumerate(events):
            steps = [*timeline[-(self._window - 1) :], current]
            if _active(current):
                timeline.append(current)
            whole = Span(0, len(messages[index].content)) if index < len(messages) else Span(0, 0)
            if _exfiltration_chain(steps):
                out.append(Finding(self.name, "cross_step.CROSS_STEP_EXFILTRATION", "XS-EXFIL", whole, 0.9,
                                   "read, then transform, then external send within "
                                   f"{len(steps)} active steps", index))
            if _escalation(steps):
                out.append(Finding(self.name, "cross_step.PRIVILEGE_ESCALATION", "XS-PRIV", whole, 0.85,
                                   "first privileged write after lower-privilege steps", index))
            kinds = _sensitive_sent(steps)
            if kinds:
                out.append(Finding(self.name, "cross_step.SENSITIVE_DATA_TRANSMISSION", "XS-SENSITIVE", whole,
                                   0.85, f"external send after {', '.join(sorted(kinds))} seen earlier", index))
        return out
