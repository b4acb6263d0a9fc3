"""Deny list: operator-configured substrings that always block."""

from __future__ import annotations

from collections.abc import Sequence

from infershield.core.policies.base import PolicyCheck
from infershield.core.policy import Policy
from infershield.core.types import Finding, Message, SessionEvent, Span


class DenyListPolicy(PolicyCheck):
    """Blocks any message containing a configured deny-list entry (case-insensitive)."""

    name = "deny_list"
    priority = 10

    def __init__(self, entries: tuple[str, ...]) -> None:
        self._entries = tuple((entry, entry.casefold()) for entry in entries if entry)

    @classmethod
    def from_policy(cls, policy: Policy) -> DenyListPolicy:
        return cls(policy.deny_list)

    def evaluate(
        self,
        messages: Sequence[Message],
        findings: Sequence[Finding],
        events: Sequence[SessionEvent],
        history: Sequence[SessionEvent],
    ) -> list[Finding]:
        out: list[Finding] = []
        for index, message in enumerate(messages):
            folded = message.content.casefold()
            for entry, needle in self._entries:
                at = folded.find(needle)
                if at < 0:
                    continue
                # casefold can change lengths (ß → ss); then the exact span is unknown: report the message
                exact = len(folded) == len(message.content)
                span = Span(at, at + len(entry)) if exact else Span(0, len(message.content))
                out.append(Finding(self.name, "deny_list", "DENY-LIST", span, 1.0,
                                   f"deny-list entry of {len(entry)} chars present", index))
        return out
