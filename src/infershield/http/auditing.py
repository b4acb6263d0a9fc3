"""Security decisions and configuration changes as audit events, handed to the ``AuditWriter`` (non-blocking).

What is recorded: principal, tenant, session, route, action, risk, finding kinds, rule ids, latency. An
excerpt is stored only with ``audit.excerpts: true``, and only as the *redacted* text that was forwarded.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from infershield.config.identity import AuditModel
from infershield.core.types import Verdict
from infershield.observability.metrics import Metrics
from infershield.storage import AuditEvent, AuditWriter


def rule_ids(verdict: Verdict) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.rule for f in verdict.findings if f.rule))


def excerpt_of(messages: Sequence[Mapping[str, Any]], limit: int) -> str | None:
    """The last user message as forwarded (already redacted), clipped to ``limit`` characters."""
    for message in reversed(messages):
        content = message.get("content")
        if message.get("role") == "user" and isinstance(content, str):
            return content[:limit]
    return None


class Auditor:
    """Builds audit events for one gateway; ``submit`` never waits on the database."""

    def __init__(self, writer: AuditWriter, settings: AuditModel, metrics: Metrics | None = None) -> None:
        self.writer = writer
        self.settings = settings
        self.metrics = metrics

    def wants(self, action: str) -> bool:
        return action in ("block", "redact") or self.settings.all

    async def submit(self, event: AuditEvent) -> None:
        dropped_before = self.writer.stats.dropped
        await self.writer.submit(event)
        if self.writer.stats.dropped > dropped_before and self.metrics is not None:
            self.metrics.count_audit_dropped()

    async def decision(self, *, stage: str, verdict: Verdict, action: str, kinds: Sequence[str], request_id: str,
                       tenant: str, principal: str, session_id: str, route: str, started: float,
                       forwarded: Sequence[Mapping[str, Any]] = (), correlation_id: str | None = None) -> None:
        """One security decision (``stage``: prompt or response), if ``action`` is worth recording."""
        if not self.wants(action):
            return
        excerpt = excerpt_of(forwarded, self.settings.excerpt_chars) if self.settings.excerpts and action != "block" \
            else None
        await self.submit(AuditEvent(
            "security_decision", request_id=request_id, correlation_id=correlation_id, tenant=tenant or None,
            principal=principal,
            session_id=session_id, route=route, action=action, risk=verdict.risk, kinds=tuple(kinds),
            rule_ids=rule_ids(verdict), latency_ms=round((time.perf_counter() - started) * 1000, 3),
            excerpt=excerpt, detail={"stage": stage}))

    async def event(self, event_type: str, *, action: str, detail: Mapping[str, Any], tenant: str | None = None,
                    principal: str | None = None, request_id: str | None = None, route: str | None = None,
                    kinds: tuple[str, ...] = (), correlation_id: str | None = None) -> None:
        await self.submit(AuditEvent(event_type, tenant=tenant, principal=principal, request_id=request_id,
                                     correlation_id=correlation_id, route=route, action=action, kinds=kinds,
                                     detail=dict(detail)))
