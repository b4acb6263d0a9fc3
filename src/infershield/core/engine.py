"""The engine: normalize → scan (one multi-pattern pass) → policy checks → score → action → redact.

Pure and deterministic: no I/O, clock or global state. Build one ``Engine`` per policy and reuse it.

Chat APIs resend the whole conversation on every turn, so the same message texts come back again and
again. Scanning one message depends only on its role and text (the policy is fixed per engine), so each
engine keeps the findings of recently scanned messages by (role, BLAKE2b digest of the text) and scans a
repeated message once: verdicts are the same with or without it, and a long conversation costs one scan
per new message instead of one per message per turn. The memo holds digests, not texts, and is emptied
when it reaches ``SCAN_MEMO_SIZE`` entries.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from infershield.core import redact as redaction
from infershield.core.matcher import MultiMatcher, RuleHit
from infershield.core.normalize import NormalizedText, normalize
from infershield.core.policies.labels import label
from infershield.core.policy import Policy
from infershield.core.registry import Artifacts, build_policies, build_scanners
from infershield.core.scanners.base import RuleScanner, Scanner
from infershield.core.scoring import decide
from infershield.core.types import Action, Finding, KindAction, Message, Role, SessionEvent, Verdict
from infershield.errors import InputTooLargeError

_SENSITIVE_FAMILIES = frozenset({"pii", "secret"})
SCAN_MEMO_SIZE = 4096


def message_text(message: Message) -> str:
    """The text scanned for a message: its content, then one line per tool call (``name arguments``)."""
    if not message.tool_calls:
        return message.content
    calls = "\n".join(f"{call.name} {call.arguments}" for call in message.tool_calls)
    return f"{message.content}\n{calls}" if message.content else calls


class Engine:
    """Evaluates messages against a :class:`Policy`. See the module docstring."""

    def __init__(self, policy: Policy | None = None, artifacts: Artifacts | None = None) -> None:
        self.policy = policy if policy is not None else Policy.default()
        scanners = build_scanners(self.policy, artifacts if artifacts is not None else Artifacts())
        self._rule_scanners = [s for s in scanners if isinstance(s, RuleScanner)]
        self._other_scanners: list[Scanner] = [s for s in scanners if not isinstance(s, RuleScanner)]
        self._owner: dict[str, RuleScanner] = {}
        rules = []
        for scanner in self._rule_scanners:
            for rule in scanner.rules():
                self._owner[rule.id] = scanner
                rules.append(rule)
        self._matcher = MultiMatcher(rules)
        self._checks = build_policies(self.policy)
        self._allow = tuple(entry.casefold() for entry in self.policy.allow_list if entry)
        # (role, digest) -> findings of one message (message_index 0); see the module docstring. Plain dict
        # operations only (each atomic), so engines shared between threads need no lock.
        self._scanned: dict[tuple[Role, bytes], tuple[Finding, ...]] = {}

    def scan_text(self, text: str) -> Verdict:
        """Evaluate one user text."""
        return self.evaluate([Message(Role.USER, text)])

    def evaluate(
        self,
        messages: Sequence[Message],
        history: Sequence[SessionEvent] = (),
        *,
        redactions: redaction.RedactionMap = (),
        new_from: int = 0,
    ) -> Verdict:
        """Evaluate a turn given the session's earlier events; ``redactions`` keeps placeholders consistent.

        Chat APIs resend the whole conversation: ``messages[:new_from]`` are earlier turns, scanned again
        but already recorded in ``history``, so only ``messages[new_from:]`` become new session steps
        (and ``verdict.events`` holds only theirs).
        """
        texts = [message_text(m) for m in messages]
        findings: list[Finding] = []
        events: list[SessionEvent] = []
        for index, (message, text) in enumerate(zip(messages, texts, strict=True)):
            found = self._scan_message(message, text, index)
            findings.extend(found)
            labels = label(message)
            sensitive = frozenset(f.kind for f in found
                                  if f.family in _SENSITIVE_FAMILIES and f.score >= self.policy.redact_min_score)
            events.append(SessionEvent(message.role, labels.actions, labels.privilege, sensitive,
                                       egress=labels.egress))
        new_from = min(max(new_from, 0), len(messages))
        events = events[new_from:]
        for check in self._checks:
            added = check.evaluate(messages[new_from:], findings, events, history)
            findings.extend(replace(f, message_index=f.message_index + new_from) for f in added)
        findings.sort(key=lambda f: (f.message_index, f.span.start, f.span.end, f.kind, f.rule))
        decision = decide(findings, self.policy)
        redacted: tuple[str, ...] | None = None
        mapping = redactions
        if decision.action is Action.REDACT:
            by_message: dict[int, list[Finding]] = defaultdict(list)
            for f in decision.redactable:
                by_message[f.message_index].append(f)
            out = []
            for index, text in enumerate(texts):
                new_text, mapping = redaction.redact(text, by_message.get(index, []), mapping)
                out.append(new_text)
            redacted = tuple(out)
        risk = decision.score.value
        events = [replace(e, risk=risk) for e in events]
        return Verdict(decision.action, risk, tuple(findings), decision.reasons, decision.score,
                       self.policy.block_threshold, redacted, mapping, tuple(events))

    def redactable(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings the policy redacts (kind action *redact*, score at least ``redact_min_score``)."""
        return [f for f in findings if self.policy.action_for(f.kind) is KindAction.REDACT
                and f.score >= self.policy.redact_min_score]

    def _scan_message(self, message: Message, text: str, index: int) -> list[Finding]:
        if message.role is Role.SYSTEM and not self.policy.scan_system_prompts:
            return []
        if len(text) > self.policy.max_input_chars:
            raise InputTooLargeError(len(text), self.policy.max_input_chars)
        key = (message.role, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        found = self._scanned.get(key)
        if found is None:
            found = self._scan_text(message, text)
            if len(self._scanned) >= SCAN_MEMO_SIZE:
                self._scanned.clear()
            self._scanned[key] = found
        return [replace(f, message_index=index) for f in found]

    def _scan_text(self, message: Message, text: str) -> tuple[Finding, ...]:
        normalized = normalize(text)
        reply = message.role is Role.ASSISTANT
        found = self._scan_views(normalized, reply)
        for layer in normalized.layers:
            for f in self._scan_views(layer.text, reply):
                found.append(replace(f, span=layer.origin, why=f"in {layer.chain}-decoded text: {f.why}"))
        if message.role.untrusted:
            found = [self._as_indirect(f) for f in found]
        if self._allow:
            found = [f for f in found if not self._allowed(text, f)]
        return tuple(found)

    def _scan_views(self, text: NormalizedText, reply: bool = False) -> list[Finding]:
        per_scanner: dict[str, list[RuleHit]] = defaultdict(list)
        for hit in self._matcher.hits(text.clean.text, text.folded.text):
            per_scanner[self._owner[hit.rule.id].name].append(hit)
        found: list[Finding] = []
        for scanner in self._rule_scanners:
            if scanner.name in per_scanner:
                found.extend(scanner.confirm(per_scanner[scanner.name], text))
        for other in self._other_scanners:
            if not (reply and other.inputs_only):
                found.extend(other.scan(text))
        return found

    @staticmethod
    def _as_indirect(finding: Finding) -> Finding:
        if finding.kind == "prompt_injection":
            return replace(finding, kind="indirect_injection",
                           why=f"instruction inside untrusted content: {finding.why}")
        return finding

    def _allowed(self, text: str, finding: Finding) -> bool:
        value = text[finding.span.start : finding.span.end].casefold()
        return any(value and value in entry for entry in self._allow)
