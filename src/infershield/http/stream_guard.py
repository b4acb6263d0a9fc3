"""Scanning a streamed reply as it flows, with a hold-back window.

Text is released only once it is ``holdback`` characters behind the newest text, so a secret split across
chunks is still seen whole; spans to redact are never cut in two; a block ends the stream early.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from infershield.core.redact import RedactionMap
from infershield.core.types import Span
from infershield.http.guard import Guard, OutputDecision


@dataclass(frozen=True, slots=True)
class Release:
    """Text that may be sent now, or the decision that blocks the stream."""

    text: str
    blocked: OutputDecision | None = None


class StreamGuard:
    """Feed it deltas; send what it releases; call :meth:`finish` at the end of the stream."""

    def __init__(self, guard: Guard, redactions: RedactionMap, holdback: int) -> None:
        self._guard = guard
        self._redactions = redactions
        self._holdback = holdback
        self._pending = ""
        self._sent_context = ""

    def feed(self, delta: str) -> Release:
        self._pending += delta
        if len(self._pending) <= self._holdback:
            return Release("")
        return self._release(final=False)

    def finish(self) -> Release:
        return self._release(final=True)

    def _release(self, *, final: bool) -> Release:
        context = self._sent_context
        scanned = context + self._pending
        decision = self._guard.check_output(scanned)
        if decision.blocked:
            return Release("", decision)
        cut = len(scanned) if final else len(scanned) - self._holdback
        for finding in decision.redactable:
            if finding.span.start < cut < finding.span.end:
                cut = finding.span.start
        cut = max(cut, len(context))
        inside = [f for f in decision.redactable if len(context) <= f.span.start and f.span.end <= cut]
        shifted = [replace(f, span=Span(f.span.start - len(context), f.span.end - len(context))) for f in inside]
        out = self._guard.render(scanned[len(context):cut], shifted, self._redactions)
        released = scanned[len(context):cut]
        self._pending = scanned[cut:]
        self._sent_context = (context + released)[-self._holdback:] if self._holdback else ""
        return Release(out)
